// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotevaluestore.h"

#include "functions/functionworkerprotocol.h"

#include <QIODevice>

namespace twin {

using Protocol = FunctionWorkerProtocol;

RemoteValueStore::RemoteValueStore(std::function<QByteArray(const QByteArray &)> ask)
    : m_ask(std::move(ask))
{
}

bool RemoteValueStore::value(quint8 kind, const QString &twinId, const QString &name, StoredValue *value) const
{
    QByteArray request;
    {
        QDataStream s(&request, QIODevice::WriteOnly);
        Protocol::prepare(s);
        s << kind << twinId << name;
    }
    const QByteArray reply = m_ask(request);
    QDataStream s(reply);
    Protocol::prepare(s);
    bool found = false;
    s >> found;
    if (found)
        Protocol::read(s, value);
    return found && s.status() == QDataStream::Ok;
}

HistoryRead RemoteValueStore::history(quint8 kind, const QString &twinId, const QString &name, qint64 fromMs,
                                      qint64 toMs, int limit) const
{
    QByteArray request;
    {
        QDataStream s(&request, QIODevice::WriteOnly);
        Protocol::prepare(s);
        s << kind << twinId << name << fromMs << toMs << qint32(limit);
    }
    const QByteArray reply = m_ask(request);
    QDataStream s(reply);
    Protocol::prepare(s);
    HistoryRead read;
    Protocol::read(s, &read);
    if (s.status() != QDataStream::Ok)
        read = HistoryRead{{}, false, QStringLiteral("the history reply could not be read")};
    return read;
}

bool RemoteValueStore::sensorValue(const QString &sensorId, StoredValue *value) const
{
    return this->value(quint8(Protocol::Read::SensorValue), sensorId, QString(), value);
}

bool RemoteValueStore::spaceValue(const QString &spaceId, const QString &name, StoredValue *value) const
{
    return this->value(quint8(Protocol::Read::SpaceValue), spaceId, name, value);
}

HistoryRead RemoteValueStore::sensorHistory(const QString &sensorId, const QString &dataType, qint64 fromMs,
                                            qint64 toMs, int limit) const
{
    return history(quint8(Protocol::Read::SensorHistory), sensorId, dataType, fromMs, toMs, limit);
}

HistoryRead RemoteValueStore::spaceHistory(const QString &spaceId, const QString &name, qint64 fromMs, qint64 toMs,
                                           int limit) const
{
    return history(quint8(Protocol::Read::SpaceHistory), spaceId, name, fromMs, toMs, limit);
}

QByteArray RemoteValueStore::answer(const ValueStore &store, const QByteArray &request, bool *ok,
                                    CachedKeyFilter *cached)
{
    QDataStream in(request);
    Protocol::prepare(in);
    quint8 kind = 0;
    QString twinId;
    QString name;
    in >> kind >> twinId >> name;
    QByteArray reply;
    QDataStream out(&reply, QIODevice::WriteOnly);
    Protocol::prepare(out);
    const auto read = Protocol::Read(kind);
    if (read == Protocol::Read::SensorValue || read == Protocol::Read::SpaceValue) {
        if (cached)
            cached->add(read == Protocol::Read::SensorValue ? CachedKeyFilter::keyOf(twinId)
                                                            : CachedKeyFilter::keyOf(twinId, name));
        StoredValue v;
        const bool found = read == Protocol::Read::SensorValue ? store.sensorValue(twinId, &v)
                                                               : store.spaceValue(twinId, name, &v);
        out << found;
        if (found)
            Protocol::write(out, v);
    } else if (read == Protocol::Read::SensorHistory || read == Protocol::Read::SpaceHistory) {
        qint64 from = 0;
        qint64 to = 0;
        qint32 limit = 0;
        in >> from >> to >> limit;
        // The worker asks for at most what the API allows; a larger limit is not obeyed.
        limit = qBound(0, limit, 100000);
        Protocol::write(out, read == Protocol::Read::SensorHistory ? store.sensorHistory(twinId, name, from, to, limit)
                                                                   : store.spaceHistory(twinId, name, from, to, limit));
    } else {
        in.setStatus(QDataStream::ReadCorruptData);
    }
    *ok = in.status() == QDataStream::Ok && in.atEnd();
    return reply;
}

} // namespace twin
