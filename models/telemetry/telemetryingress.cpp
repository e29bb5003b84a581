// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetryingress.h"

#include "core/logging.h"
#include "core/vectorstate.h"
#include "telemetrypipeline.h"

#include <QMutexLocker>

#include <algorithm>

namespace twin {

namespace {
// Beyond this many distinct topics, unbound ones are no longer remembered one by one, so
// that a publisher spraying random topics cannot grow the cache without bound.
constexpr std::size_t MaxCachedTopics = 100000;
} // namespace

TelemetryIngress::TelemetryIngress(TelemetryPipeline *pipeline, const QString &connection)
    : m_pipeline(pipeline)
    , m_connection(connection)
    , m_connectionUtf8(connection.toStdString())
{
}

TelemetryIngress::TopicEntry &TelemetryIngress::entryFor(std::string_view topic)
{
    const int generation = m_pipeline->m_generation.load(std::memory_order_acquire);
    if (generation != m_generation) {
        m_index.clear();
        m_entries.clear();
        m_generation = generation;
    }
    const auto it = m_index.find(topic);
    if (it != m_index.end())
        return m_entries[it->second];
    TopicEntry entry;
    entry.topic.assign(topic);
    entry.resolution = m_pipeline->m_bindings.resolve(topic, m_connection);
    if (!entry.resolution.isBound() && m_entries.size() >= MaxCachedTopics) {
        // Reuse one shared overflow entry for the unbound rest.
        static const std::string overflow = "(other unbound topics)";
        const auto o = m_index.find(overflow);
        if (o != m_index.end())
            return m_entries[o->second];
        entry.topic = overflow;
    }
    m_entries.push_back(std::move(entry));
    m_index.emplace(m_entries.back().topic, m_entries.size() - 1);
    return m_entries.back();
}

int TelemetryIngress::fieldPoint(TopicEntry &entry, std::string_view name)
{
    for (const auto &[n, point] : entry.fieldPoints) {
        if (n == name)
            return point;
    }
    const QString qname = QString::fromUtf8(name.data(), qsizetype(name.size()));
    int point = entry.resolution.defaultPoint;
    if (qname != entry.resolution.defaultDataType) {
        // {"<telemetryName>": x}: a named telemetry of the sensor, created on first use.
        PointInfo info;
        info.twinId = entry.resolution.defaultTwin;
        info.name = qname;
        info.dataType = qname;
        info.kind = PointKind::Bound;
        info.valueKind = valueKindForDataType(qname);
        point = m_pipeline->m_points.findOrCreate(info);
    }
    entry.fieldPoints.emplace_back(std::string(name), point);
    return point;
}

bool TelemetryIngress::accept(int point, DecodedValue *value, TopicEntry &entry)
{
    const ValueKind expected = m_pipeline->m_points.info(point).valueKind;
    if (coerceToKind(expected, value))
        return true;
    ++entry.wrongType;
    m_pipeline->m_counters.wrongType.fetch_add(1, std::memory_order_relaxed);
    logOnce(entry, m_receivedMs,
            QStringLiteral("value of the wrong type for %1 (%2 expected)")
                .arg(m_pipeline->m_points.info(point).twinId,
                     expected == ValueKind::Bool ? QStringLiteral("a boolean") : QStringLiteral("a number")));
    return false;
}

void TelemetryIngress::addSample(int point, const DecodedValue &value, qint64 ts)
{
    StagedSample s;
    s.point = point;
    s.kind = value.kind;
    s.number = value.number;
    s.timestampMs = ts;
    s.receiveStamped = m_receiveStamped;
    s.receivedMs = m_receivedMs;
    s.receivedNs = m_receivedNs;
    s.payloadOffset = m_payloadOffset;
    s.payloadSize = m_payloadSize;
    if (value.kind == ValueKind::String) {
        // Texts go after the payload in the arena.
        s.textOffset = quint32(m_local.bytes.size());
        s.textSize = quint32(value.text.size());
        m_local.bytes.append(value.text);
    }
    s.firstOfMessage = m_local.samples.size() == m_messageStart;
    m_local.samples.push_back(s);
}

void TelemetryIngress::logOnce(TopicEntry &entry, qint64 nowMs, const QString &problem)
{
    if (entry.lastLogMs >= 0 && nowMs - entry.lastLogMs < m_pipeline->m_options.logIntervalMs)
        return;
    entry.lastLogMs = nowMs;
    const QString message = QStringLiteral("topic '%1': %2").arg(QString::fromStdString(entry.topic), problem);
    qCWarning(lcTelemetry).noquote() << message;
    m_pipeline->report(message);
}

void TelemetryIngress::deliver(std::string_view topic, std::string_view payload)
{
    m_receivedNs = monotonicNanoseconds();
    m_receivedMs = m_recordedMs > 0 ? m_recordedMs : currentMsecsSinceEpoch();
    auto &counters = m_pipeline->m_counters;
    if (counters.received.fetch_add(1, std::memory_order_relaxed) == 0) {
        qint64 none = 0;
        m_pipeline->m_firstReceivedNs.compare_exchange_strong(none, m_receivedNs);
    }

    QMutexLocker lock(&m_mutex);
    TopicEntry &entry = entryFor(topic);
    ++entry.received;
    if (TopicCatalogue *tap = m_pipeline->m_topicTap.get())
        tap->record(m_connectionUtf8, topic, payload, m_retained, entry.resolution.isBound(), m_receivedMs);
    const std::size_t payloadSize = std::max(payload.size(), m_wholeSize);
    if (payloadSize > std::size_t(m_pipeline->m_options.maxPayloadBytes)) {
        ++entry.oversize;
        counters.oversize.fetch_add(1, std::memory_order_relaxed);
        logOnce(entry, m_receivedMs, QStringLiteral("payload of %1 bytes is over the limit of %2 bytes")
                                         .arg(payloadSize)
                                         .arg(m_pipeline->m_options.maxPayloadBytes));
        return;
    }
    const BindingSet::Resolution &r = entry.resolution;
    if (!r.isBound()) {
        ++entry.unbound;
        counters.unbound.fetch_add(1, std::memory_order_relaxed);
        // While the topic browser taps the stream, it shows unbound topics: no log of its
        // thousands of them.
        if (!m_pipeline->m_topicTap)
            logOnce(entry, m_receivedMs, QStringLiteral("no binding for this topic"));
        return;
    }
    if (!m_decoder.parse(payload)) {
        ++entry.malformed;
        counters.malformed.fetch_add(1, std::memory_order_relaxed);
        logOnce(entry, m_receivedMs, QStringLiteral("payload is not JSON"));
        return;
    }
    bool badTs = false;
    qint64 ts = m_decoder.timestamp(&badTs);
    if (badTs) {
        counters.badTimestamp.fetch_add(1, std::memory_order_relaxed);
        logOnce(entry, m_receivedMs, QStringLiteral("\"ts\" is neither ISO-8601 nor epoch milliseconds since 1970; the receive time is used"));
    }
    if (ts > m_receivedMs + m_pipeline->m_options.futureToleranceMs) {
        ++entry.future;
        counters.futureTimestamp.fetch_add(1, std::memory_order_relaxed);
        logOnce(entry, m_receivedMs, QStringLiteral("timestamp lies in the future; the receive time is used"));
        ts = -1;
    }
    m_receiveStamped = ts < 0;
    if (m_receiveStamped)
        ts = m_receivedMs;

    if (!m_burst)
        m_local.clear();
    m_messageStart = m_local.samples.size();
    m_payloadOffset = quint32(m_local.bytes.size());
    m_local.bytes.append(payload);
    m_payloadSize = quint32(payload.size());
    bool anyValue = false;
    if (r.defaultPoint >= 0 && m_decoder.readDefault(&m_fields)) {
        anyValue = true;
        for (DecodedField &f : m_fields) {
            const int point = f.name.empty() ? r.defaultPoint : fieldPoint(entry, f.name);
            if (point >= 0 && accept(point, &f.value, entry))
                addSample(point, f.value, ts);
        }
    }
    for (int index : r.rules) {
        const BindingRule &rule = m_pipeline->m_bindings.rules()[std::size_t(index)];
        DecodedValue v;
        bool found = false;
        if (rule.pointer.empty()) {
            if (m_decoder.readDefault(&m_fields)) {
                const QString &name = m_pipeline->m_points.info(rule.point).name;
                for (const DecodedField &f : m_fields) {
                    if (f.name.empty() || QLatin1StringView(f.name.data(), qsizetype(f.name.size())) == name) {
                        v = f.value;
                        found = true;
                        break;
                    }
                }
            }
        } else {
            found = m_decoder.readPointer(rule.pointer, &v);
        }
        if (!found)
            continue;
        anyValue = true;
        if (!accept(rule.point, &v, entry))
            continue;
        if (v.kind == ValueKind::Number)
            v.number = v.number * rule.scale + rule.offset;
        addSample(rule.point, v, ts);
    }
    if (m_local.samples.size() == m_messageStart) {
        // Nothing to stage from this message: take its bytes back out of the arena.
        m_local.bytes.resize(m_payloadOffset);
        if (!anyValue) {
            ++entry.malformed;
            counters.malformed.fetch_add(1, std::memory_order_relaxed);
            logOnce(entry, m_receivedMs, QStringLiteral("payload holds no value in a known form"));
        }
        return; // else every value had the wrong type: counted above
    }
    m_local.messages += 1;
    if (m_packetId != 0 && m_session >= 0) {
        m_local.marks.push_back({m_session, m_packetId, m_sessionReset, m_digest});
        m_sessionReset = false;
    }
    lock.unlock();
    if (!m_burst || m_local.samples.size() >= 4096) {
        m_pipeline->stage(m_local);
        m_local.clear();
    }
}

void TelemetryIngress::deliverMessage(std::string_view topic, std::string_view payload, const MessageMeta &meta)
{
    m_recordedMs = meta.receivedMs;
    m_retained = meta.retained;
    m_wholeSize = meta.payloadSize;
    m_packetId = meta.packetId;
    m_digest = meta.digest;
    deliver(topic, payload);
    m_recordedMs = 0;
    m_retained = false;
    m_wholeSize = 0;
    m_packetId = 0;
}

bool TelemetryIngress::sessionStarted(const std::string &clientId, bool present,
                                      std::vector<std::pair<std::uint16_t, std::uint64_t>> *seen)
{
    if (!m_pipeline->isWritingHistory())
        return false;
    const QString id = QString::fromStdString(clientId);
    m_session = m_pipeline->registerSession(id);
    m_sessionReset = !present;
    if (!present || !seen)
        return true;
    QString error;
    if (m_pipeline->loadSession(id, seen, &error))
        return true;
    m_pipeline->report(QStringLiteral("history: the stored state of MQTT session %1 cannot be read: %2").arg(id, error));
    return false;
}

void TelemetryIngress::watchDurable(std::function<void()> wake)
{
    m_pipeline->watchDurable(this, std::move(wake));
}

std::size_t TelemetryIngress::payloadLimit() const
{
    return std::size_t(std::max(0, m_pipeline->m_options.maxPayloadBytes));
}

void TelemetryIngress::beginBurst()
{
    clearUpperVectorState(); // see core/vectorstate.h
    m_burst = true;
}

void TelemetryIngress::endBurst()
{
    m_burst = false;
    if (!m_local.empty())
        m_pipeline->stage(m_local);
    m_local.clear();
}

quint64 TelemetryIngress::receivedMark() const
{
    return m_pipeline->m_stagedMark.load(std::memory_order_acquire);
}

quint64 TelemetryIngress::durableMark() const
{
    return m_pipeline->m_durableMark.load(std::memory_order_acquire);
}

void TelemetryIngress::requestDurable(quint64 mark)
{
    m_pipeline->requestDurable(mark);
}

} // namespace twin
