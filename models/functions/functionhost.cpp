// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionhost.h"

#include "functions/valuestore.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace twin {

namespace {

QString encode(const StoredValue &v)
{
    return QString::number(v.timeMs) + QChar(0x1f) + v.dataType + QChar(0x1f)
        + (v.value.isNull() ? QStringLiteral("0") : QStringLiteral("1") + v.value);
}

QString encodeHistory(const QList<StoredValue> &values)
{
    QJsonArray list;
    for (const StoredValue &v : values)
        list.append(QJsonArray{v.dataType, v.value.isNull() ? QJsonValue() : QJsonValue(v.value), double(v.timeMs)});
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

constexpr qint64 kAllTime = std::numeric_limits<qint64>::max();

} // namespace

FunctionHost::FunctionHost(ValueStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

QString FunctionHost::sensorValue(const QString &sensorId) const
{
    StoredValue v;
    return m_store->sensorValue(sensorId, &v) ? encode(v) : QString();
}

QString FunctionHost::spaceValue(const QString &spaceId, const QString &name) const
{
    StoredValue v;
    return m_store->spaceValue(spaceId, name, &v) ? encode(v) : QString();
}

QString FunctionHost::sensorHistory(const QString &sensorId) const
{
    return encodeHistory(m_store->sensorHistory(sensorId, 0, kAllTime));
}

QString FunctionHost::spaceHistory(const QString &spaceId, const QString &name) const
{
    return encodeHistory(m_store->spaceHistory(spaceId, name, 0, kAllTime));
}

} // namespace twin
