// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionworkerprotocol.h"

#include <QDeadlineTimer>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <cerrno>
#include <poll.h>
#include <sys/socket.h>

namespace twin {

QByteArray FunctionWorkerProtocol::frame(Message type, const QByteArray &payload)
{
    QByteArray out(HeaderSize, Qt::Uninitialized);
    qToLittleEndian<quint32>(quint32(payload.size()), out.data());
    out[4] = char(type);
    out.append(payload);
    return out;
}

quint32 FunctionWorkerProtocol::payloadLength(const char *data)
{
    return qFromLittleEndian<quint32>(data);
}

namespace {

// A sample's decoded value as the engine takes it (FunctionEngine's toScript): none, a
// number, a boolean or text.
enum class ValueTag : quint8 { None = 0, Number = 1, Boolean = 2, Text = 3 };

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray jsonArray(const QString &text, FunctionWireReader &in)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        in.fail();
    return document.array();
}

} // namespace

void FunctionWorkerProtocol::write(FunctionWireWriter &out, const TelemetrySample &sample, bool recordValue)
{
    out.string(sample.sensorId);
    out.string(sample.dataType);
    const int type = sample.value.typeId();
    if (isNumericValueType(type)) {
        out.byte(quint8(ValueTag::Number));
        out.number<double>(sample.value.toDouble());
    } else if (type == QMetaType::Bool) {
        out.byte(quint8(ValueTag::Boolean));
        out.boolean(sample.value.toBool());
    } else if (type == QMetaType::UnknownType) {
        out.byte(quint8(ValueTag::None));
    } else {
        out.byte(quint8(ValueTag::Text));
        out.string(sample.value.toString());
    }
    out.string(sample.valueText);
    out.string(sample.message);
    out.number<qint64>(sample.timestampMs);
    out.number<qint64>(sample.enqueuedMs);
    out.number<qint64>(sample.receivedMs);
    out.number<qint64>(sample.correlationId);
    out.boolean(recordValue);
}

void FunctionWorkerProtocol::read(FunctionWireReader &in, TelemetrySample *sample, const TelemetrySample *previous)
{
    sample->sensorId = in.string({previous ? &previous->sensorId : nullptr});
    sample->dataType = in.string({previous ? &previous->dataType : nullptr});
    switch (ValueTag(in.byte())) {
    case ValueTag::None:
        sample->value = QVariant();
        break;
    case ValueTag::Number:
        sample->value = in.number<double>();
        break;
    case ValueTag::Boolean:
        sample->value = in.boolean();
        break;
    case ValueTag::Text:
        sample->value = in.string();
        break;
    default:
        in.fail();
    }
    sample->valueText = in.string();
    sample->message = in.string();
    sample->timestampMs = in.number<qint64>();
    sample->enqueuedMs = in.number<qint64>();
    sample->receivedMs = in.number<qint64>();
    sample->correlationId = in.number<qint64>();
    sample->recordValue = in.boolean();
}

void FunctionWorkerProtocol::write(FunctionWireWriter &out, const InvocationResult &r)
{
    out.string(r.function);
    out.string(r.sensorId);
    writeOutcome(out, r);
}

void FunctionWorkerProtocol::writeOutcome(FunctionWireWriter &out, const InvocationResult &r)
{
    out.byte(quint8(r.error.kind));
    out.string(r.error.message);
    out.number<qint32>(r.error.line);
    out.number<qint32>(r.error.column);
    out.string(r.error.stack);
    out.number<qint64>(r.durationNs);
    out.number<quint32>(quint32(r.writes.size()));
    for (const ValueWrite &w : r.writes) {
        out.byte(quint8(w.kind));
        out.string(w.twinId);
        out.string(w.name);
        out.string(w.value);
    }
    out.strings(r.logs);
    out.number<quint32>(quint32(r.notifications.size()));
    for (const FunctionNotification &n : r.notifications) {
        out.string(n.twinId);
        out.string(n.type);
        out.string(n.payload);
        out.number<qint64>(n.timeMs);
    }
    out.number<quint32>(quint32(r.calls.size()));
    for (const ApiCall &c : r.calls) {
        out.string(c.api);
        out.string(jsonText(c.arguments));
        out.string(jsonText(QJsonArray{c.result}));
        out.string(c.error);
        out.number<qint32>(c.line);
    }
}

void FunctionWorkerProtocol::read(FunctionWireReader &in, InvocationResult *r)
{
    r->function = in.string();
    r->sensorId = in.string();
    readOutcome(in, r);
}

void FunctionWorkerProtocol::readOutcome(FunctionWireReader &in, InvocationResult *r, const QList<ValueWrite> &likely)
{
    const quint8 kind = in.byte();
    if (kind > quint8(FunctionError::Kind::Scope))
        in.fail();
    r->error.kind = in.ok() ? FunctionError::Kind(kind) : FunctionError::Kind::Exception;
    r->error.message = in.string();
    r->error.line = in.number<qint32>();
    r->error.column = in.number<qint32>();
    r->error.stack = in.string();
    r->durationNs = in.number<qint64>();
    // Counts are checked against what is left: a count cannot make the reader allocate
    // more than the frame holds.
    const quint32 writes = in.count(13);
    r->writes.reserve(writes);
    for (quint32 i = 0; i < writes && in.ok(); ++i) {
        ValueWrite w;
        const quint8 k = in.byte();
        if (k > quint8(ValueWrite::Kind::Space))
            in.fail();
        w.kind = ValueWrite::Kind(k);
        // A twin and a name as \a likely has them at this place are shared, not copied.
        const ValueWrite *before = i < quint32(likely.size()) ? &likely.at(qsizetype(i)) : nullptr;
        w.twinId = in.string({before ? &before->twinId : nullptr, &r->sensorId});
        w.name = in.string({before ? &before->name : nullptr});
        w.value = in.string();
        r->writes.append(std::move(w));
    }
    r->logs = in.strings();
    for (quint32 i = 0, n = in.count(20); i < n && in.ok(); ++i) {
        FunctionNotification n2;
        n2.twinId = in.string();
        n2.type = in.string();
        n2.payload = in.string();
        n2.timeMs = in.number<qint64>();
        n2.function = r->function;
        r->notifications.append(n2);
    }
    for (quint32 i = 0, n = in.count(20); i < n && in.ok(); ++i) {
        ApiCall c;
        c.api = in.string();
        c.arguments = jsonArray(in.string(), in);
        const QJsonArray result = jsonArray(in.string(), in);
        c.result = result.isEmpty() ? QJsonValue() : result.at(0);
        c.error = in.string();
        c.line = in.number<qint32>();
        r->calls.append(c);
    }
}

void FunctionWorkerProtocol::write(QDataStream &s, const StoredValue &v)
{
    s << v.dataType << v.value << v.timeMs;
}

void FunctionWorkerProtocol::read(QDataStream &s, StoredValue *v)
{
    s >> v->dataType >> v->value >> v->timeMs;
}

void FunctionWorkerProtocol::write(QDataStream &s, const HistoryRead &h)
{
    s << quint32(h.values.size());
    for (const StoredValue &v : h.values)
        write(s, v);
    s << h.truncated << h.error;
}

void FunctionWorkerProtocol::read(QDataStream &s, HistoryRead *h)
{
    quint32 n = 0;
    s >> n;
    if (qint64(n) * 16 > s.device()->bytesAvailable()) {
        s.setStatus(QDataStream::ReadCorruptData);
        return;
    }
    h->values.reserve(qsizetype(n));
    for (quint32 i = 0; i < n && s.status() == QDataStream::Ok; ++i) {
        StoredValue v;
        read(s, &v);
        h->values.append(v);
    }
    s >> h->truncated >> h->error;
}

QByteArray FunctionWorkerProtocol::encodeTopology(const FunctionTopology &t)
{
    QByteArray data;
    QDataStream s(&data, QIODevice::WriteOnly);
    prepare(s);
    s << t.m_generation << quint32(t.m_functions.size());
    for (const FunctionDefinition &f : t.m_functions)
        s << f.name << f.source << f.assignedTo << f.enabled << qint32(f.timeoutMs) << f.scope;
    s << quint32(t.m_nodes.size());
    for (const FunctionTopology::Node &n : t.m_nodes) {
        s << n.id << quint8(n.kind) << n.metadata << n.properties << n.parentSpace << n.space << n.device
          << n.childSpaces << n.childDevices << n.childSensors;
    }
    s << t.m_writeScopes << t.m_projectScope << t.m_scriptJson;
    return data;
}

std::shared_ptr<const FunctionTopology> FunctionWorkerProtocol::decodeTopology(const QByteArray &data)
{
    QDataStream s(data);
    prepare(s);
    auto t = std::make_shared<FunctionTopology>();
    quint32 functions = 0;
    s >> t->m_generation >> functions;
    for (quint32 i = 0; i < functions && s.status() == QDataStream::Ok; ++i) {
        FunctionDefinition f;
        qint32 timeout = 0;
        s >> f.name >> f.source >> f.assignedTo >> f.enabled >> timeout >> f.scope;
        f.timeoutMs = timeout;
        t->m_functionSlots.insert(f.name, t->m_functions.size());
        t->m_functions.append(f);
    }
    quint32 nodes = 0;
    s >> nodes;
    for (quint32 i = 0; i < nodes && s.status() == QDataStream::Ok; ++i) {
        FunctionTopology::Node n;
        quint8 kind = 0;
        s >> n.id >> kind >> n.metadata >> n.properties >> n.parentSpace >> n.space >> n.device >> n.childSpaces
            >> n.childDevices >> n.childSensors;
        n.kind = FunctionTopology::Kind(qMin<quint8>(kind, quint8(FunctionTopology::Kind::Sensor)));
        t->m_nodes.insert(n.id, n);
    }
    s >> t->m_writeScopes >> t->m_projectScope >> t->m_scriptJson;
    if (s.status() != QDataStream::Ok || t->m_writeScopes.size() != t->m_functions.size()
        || t->m_projectScope.size() != t->m_functions.size())
        return nullptr;
    return t;
}

bool FunctionWorkerProtocol::writeAll(int fd, const QByteArray &data, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::send(fd, data.constData() + done, size_t(data.size() - done), MSG_NOSIGNAL);
        if (n > 0) {
            done += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            pollfd p{fd, POLLOUT, 0};
            const int left = int(qMax<qint64>(0, deadline.remainingTime()));
            if (left == 0 || ::poll(&p, 1, left) <= 0)
                return false;
            continue;
        }
        return false;
    }
    return true;
}

} // namespace twin
