// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionworkerprotocol.h"

#include <QDeadlineTimer>
#include <QIODevice>
#include <QJsonArray>
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

void FunctionWorkerProtocol::write(QDataStream &s, const TelemetrySample &sample)
{
    s << sample.sensorId << sample.dataType << sample.value << sample.valueText << sample.message
      << sample.timestampMs << sample.enqueuedMs << sample.receivedMs << sample.correlationId << sample.recordValue;
}

void FunctionWorkerProtocol::read(QDataStream &s, TelemetrySample *sample)
{
    s >> sample->sensorId >> sample->dataType >> sample->value >> sample->valueText >> sample->message
        >> sample->timestampMs >> sample->enqueuedMs >> sample->receivedMs >> sample->correlationId
        >> sample->recordValue;
}

void FunctionWorkerProtocol::write(QDataStream &s, const InvocationResult &r)
{
    s << r.function << r.sensorId << quint8(r.error.kind) << r.error.message << qint32(r.error.line)
      << qint32(r.error.column) << r.error.stack << r.durationNs;
    s << quint32(r.writes.size());
    for (const ValueWrite &w : r.writes)
        s << quint8(w.kind) << w.twinId << w.name << w.value;
    s << r.logs;
    s << quint32(r.notifications.size());
    for (const FunctionNotification &n : r.notifications)
        s << n.twinId << n.type << n.payload << n.timeMs;
    s << quint32(r.calls.size());
    for (const ApiCall &c : r.calls)
        s << c.api << c.arguments << c.result << c.error << qint32(c.line);
}

void FunctionWorkerProtocol::read(QDataStream &s, InvocationResult *r)
{
    quint8 kind = 0;
    qint32 line = 0;
    qint32 column = 0;
    s >> r->function >> r->sensorId >> kind >> r->error.message >> line >> column >> r->error.stack >> r->durationNs;
    if (kind > quint8(FunctionError::Kind::Scope))
        s.setStatus(QDataStream::ReadCorruptData);
    r->error.kind = FunctionError::Kind(kind);
    r->error.line = line;
    r->error.column = column;
    // Counts are checked against what is left: a count cannot make the reader allocate
    // more than the frame holds.
    const auto count = [&s](qint64 minSize) {
        quint32 n = 0;
        s >> n;
        if (s.status() != QDataStream::Ok || qint64(n) * minSize > s.device()->bytesAvailable()) {
            s.setStatus(QDataStream::ReadCorruptData);
            return quint32(0);
        }
        return n;
    };
    for (quint32 i = 0, n = count(13); i < n && s.status() == QDataStream::Ok; ++i) {
        ValueWrite w;
        quint8 k = 0;
        s >> k >> w.twinId >> w.name >> w.value;
        if (k > quint8(ValueWrite::Kind::Space))
            s.setStatus(QDataStream::ReadCorruptData);
        w.kind = ValueWrite::Kind(k);
        r->writes.append(w);
    }
    s >> r->logs;
    for (quint32 i = 0, n = count(20); i < n && s.status() == QDataStream::Ok; ++i) {
        FunctionNotification n2;
        s >> n2.twinId >> n2.type >> n2.payload >> n2.timeMs;
        n2.function = r->function;
        r->notifications.append(n2);
    }
    for (quint32 i = 0, n = count(20); i < n && s.status() == QDataStream::Ok; ++i) {
        ApiCall c;
        qint32 callLine = 0;
        s >> c.api >> c.arguments >> c.result >> c.error >> callLine;
        c.line = callLine;
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
