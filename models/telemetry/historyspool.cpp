// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyspool.h"

#include "core/logging.h"
#include "historystore.h"
#include "pointregistry.h"

#include <QDataStream>
#include <QDateTime>

#include <type_traits>
#include <vector>

namespace twin {

namespace {

constexpr quint8 SampleRecord = 1;
constexpr quint8 TextRecord = 2;
/// Session marks (SessionMarks) of the batch spooled before them: the point's twin id is
/// the client id, the time says whether it is a reset, then the packed pairs.
constexpr quint8 MarksRecord = 3;
constexpr std::size_t DrainBatch = 20000;
constexpr qint64 RetryMs = 2000;

const PointInfo &registryInfo(const void *registry, int point)
{
    return static_cast<const PointRegistry *>(registry)->info(point);
}

/// One record of the spool file.
struct Record
{
    PointInfo point; ///< for MarksRecord, the client id as twinId
    quint8 record = 0;
    qint64 ts = 0;
    double value = 0.0;
    QString text;
    QByteArray seen;
};

/// Reads the next record; false at the end, or at a record cut short by a crash while it
/// was being spooled.
bool readRecord(QDataStream &in, Record *r)
{
    if (in.atEnd())
        return false;
    quint8 kind = 0, valueKind = 0;
    in >> r->point.twinId >> r->point.name >> r->point.dataType >> r->point.unit >> kind >> valueKind >> r->record
        >> r->ts;
    if (r->record == SampleRecord)
        in >> r->value;
    else if (r->record == MarksRecord)
        in >> r->seen;
    else
        in >> r->text;
    r->point.kind = PointKind(kind);
    r->point.valueKind = ValueKind(valueKind);
    return in.status() == QDataStream::Ok;
}

void writeValue(QDataStream &out, const HistorySample &s)
{
    out << SampleRecord;
    out << qint64(s.timestampMs) << s.value;
}

void writeValue(QDataStream &out, const HistoryText &t)
{
    out << TextRecord;
    out << qint64(t.timestampMs) << t.text;
}

} // namespace

HistorySpool::HistorySpool(std::unique_ptr<HistoryWriter> inner, const QString &location,
    const QString &spoolPath, qint64 maxBytes)
    : m_inner(std::move(inner))
    , m_location(location)
    , m_file(spoolPath)
    , m_maxBytes(maxBytes)
{
    // What an earlier run left is drained with the first batch.
    if (!m_file.open(QIODevice::ReadWrite))
        qCWarning(lcTelemetry).noquote()
            << "history spool" << spoolPath << "cannot be opened:" << m_file.errorString();
    else
        m_size.store(m_file.size());
}

HistorySpool::~HistorySpool()
{
    if (spoolBytes() > 0) {
        QString error;
        if (!drain(&error))
            qCWarning(lcTelemetry).noquote()
                << "history: " << spoolBytes() << "bytes stay spooled in" << m_file.fileName()
                << "for the next run:" << error;
    }
}

template<typename Row>
bool HistorySpool::spool(const Row *rows, std::size_t count, InfoFunction info, const void *context)
{
    if (!m_file.isOpen())
        return false;
    m_file.seek(m_file.size());
    QDataStream out(&m_file);
    for (std::size_t i = 0; i < count; ++i) {
        if (m_file.size() >= m_maxBytes) {
            m_dropped += qint64(count - i);
            return true;
        }
        const PointInfo &p = info(context, rows[i].point);
        out << p.twinId << p.name << p.dataType << p.unit << quint8(p.kind) << quint8(p.valueKind);
        writeValue(out, rows[i]);
        ++m_spooled;
    }
    const bool ok = out.status() == QDataStream::Ok && m_file.flush();
    m_size.store(m_file.size(), std::memory_order_relaxed);
    return ok;
}

bool HistorySpool::spoolMarks(const std::vector<SessionMarks> &marks)
{
    if (marks.empty())
        return true;
    if (!m_file.isOpen())
        return false;
    m_file.seek(m_file.size());
    QDataStream out(&m_file);
    for (const SessionMarks &m : marks)
        out << m.clientId << QString() << QString() << QString() << quint8(0) << quint8(0) << MarksRecord
            << qint64(m.reset ? 1 : 0) << m.seen;
    const bool ok = out.status() == QDataStream::Ok && m_file.flush();
    m_size.store(m_file.size(), std::memory_order_relaxed);
    return ok;
}

template<typename Row>
bool HistorySpool::write(
    const Row *rows, std::size_t count, InfoFunction info, const void *context, QString *error)
{
    // Session marks come with the numbers' batch (even an empty one); a spooled batch
    // leaves them out (see loadSession()).
    std::vector<SessionMarks> marks = std::move(m_sessionMarks);
    m_sessionMarks.clear();
    if (count == 0 && marks.empty())
        return true;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (spoolBytes() > 0 && now >= m_nextDrainMs) {
        QString why;
        if (!drain(&why))
            m_nextDrainMs = now + RetryMs;
    }
    QString why;
    // While older samples wait in the spool, newer ones queue behind them.
    const bool stored = spoolBytes() == 0 && [&] {
        m_inner->setSessionMarks(marks);
        if constexpr (std::is_same_v<Row, HistorySample>)
            return m_inner->append(rows, count, info, context, &why);
        else
            return m_inner->appendTexts(rows, count, info, context, &why);
    }();
    if (stored) {
        if (m_warned)
            qCInfo(lcTelemetry).noquote() << "history" << location() << "takes batches again";
        m_warned = false;
        return true;
    }
    if (!why.isEmpty() && !m_warned) {
        m_warned = true;
        qCWarning(lcTelemetry).noquote() << why << "- spooling to" << m_file.fileName();
        m_nextDrainMs = now + RetryMs;
    }
    if (!spool(rows, count, info, context) || !spoolMarks(marks)) {
        if (error)
            *error = QStringLiteral("%1; and the spool %2 cannot be written: %3")
                         .arg(why.isEmpty() ? QStringLiteral("history unavailable") : why,
                             m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

bool HistorySpool::append(const HistorySample *samples, std::size_t count, InfoFunction info,
    const void *context, QString *error)
{
    return write(samples, count, info, context, error);
}

bool HistorySpool::appendTexts(const HistoryText *texts, std::size_t count, InfoFunction info,
    const void *context, QString *error)
{
    return write(texts, count, info, context, error);
}

bool HistorySpool::drain(QString *error)
{
    if (spoolBytes() == 0)
        return true;
    // A writer of its own: the spool's point ids are its own registry's.
    std::unique_ptr<HistoryWriter> target = HistoryWriter::open(m_location, error);
    if (!target)
        return false;
    PointRegistry points;
    std::vector<HistorySample> samples;
    std::vector<HistoryText> texts;
    std::vector<SessionMarks> marks;
    qint64 handed = 0;
    auto hand = [&] {
        target->setSessionMarks(std::move(marks));
        marks.clear();
        const bool ok
            = target->append(samples.data(), samples.size(), &registryInfo, &points, error)
            && target->appendTexts(texts.data(), texts.size(), &registryInfo, &points, error);
        handed += qint64(samples.size() + texts.size());
        samples.clear();
        texts.clear();
        return ok;
    };
    m_file.seek(0);
    QDataStream in(&m_file);
    Record r;
    while (readRecord(in, &r)) {
        if (r.record == MarksRecord) {
            marks.push_back({r.point.twinId, r.ts != 0, r.seen});
            continue;
        }
        const int point = points.findOrCreate(r.point);
        if (r.record == SampleRecord)
            samples.push_back({ point, r.ts, r.value });
        else
            texts.push_back({ point, r.ts, r.text });
        if (samples.size() + texts.size() >= DrainBatch && !hand())
            return false; // the spool stays whole; what was handed is stored once again later
    }
    if (!hand() || !target->flush(error))
        return false;
    m_drained += handed;
    m_drainDuplicates += target->duplicates();
    m_file.resize(0);
    m_size.store(0, std::memory_order_relaxed);
    return true;
}

void HistorySpool::idle()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (spoolBytes() == 0) {
        m_inner->idle(); // the history's own idle work (a PostgreSQL writer's merge)
        return;
    }
    if (now < m_nextDrainMs)
        return;
    QString why;
    if (drain(&why)) {
        qCInfo(lcTelemetry).noquote() << "history" << location() << "takes batches again; the spool is handed over";
        m_warned = false;
    } else {
        m_nextDrainMs = now + RetryMs;
    }
}

bool HistorySpool::loadSession(const QString &clientId, SessionMarks::Seen *seen, QString *error)
{
    if (!m_inner->loadSession(clientId, seen, error))
        return false;
    if (spoolBytes() == 0)
        return true;
    // The spooled batches are newer than what the history holds: their marks come after.
    m_file.seek(0);
    QDataStream in(&m_file);
    Record r;
    while (readRecord(in, &r)) {
        if (r.record != MarksRecord || r.point.twinId != clientId)
            continue;
        if (r.ts != 0)
            seen->clear(); // a reset: what came before is of the old session
        SessionMarks::read(r.seen, seen);
    }
    return true;
}

bool HistorySpool::flush(QString *error)
{
    return drain(error) && m_inner->flush(error);
}

bool HistorySpool::applyRetention(qint64 beforeMs, qint64 *deleted, QString *error)
{
    return m_inner->applyRetention(beforeMs, deleted, error);
}

} // namespace twin
