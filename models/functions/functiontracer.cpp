// SPDX-License-Identifier: GPL-3.0-or-later
#include "functiontracer.h"

#include <QJsonDocument>

namespace twin {

namespace {

QString compact(const QJsonValue &v)
{
    if (v.isString()) {
        const QString s = v.toString();
        // Twin references read better bare.
        if ((s.startsWith(QStringLiteral("Sensor(")) || s.startsWith(QStringLiteral("Space("))
             || s.startsWith(QStringLiteral("Device(")))
            && s.endsWith(u')'))
            return s;
    }
    if (v.isUndefined())
        return QStringLiteral("undefined");
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QJsonValue nullable(const QString &s)
{
    return s.isNull() ? QJsonValue() : QJsonValue(s);
}

} // namespace

QJsonObject FunctionTracer::toJson(const TelemetrySample &sample, const InvocationResult &r)
{
    QJsonArray calls;
    for (const ApiCall &c : r.calls) {
        QJsonObject o{{QStringLiteral("api"), c.api},
                      {QStringLiteral("args"), c.arguments},
                      {QStringLiteral("result"), c.result},
                      {QStringLiteral("line"), c.line}};
        if (!c.error.isEmpty())
            o.insert(QStringLiteral("error"), c.error);
        calls.append(o);
    }
    QJsonArray notifications;
    for (const FunctionNotification &n : r.notifications)
        notifications.append(QJsonObject{{QStringLiteral("id"), n.twinId},
                                         {QStringLiteral("type"), n.type},
                                         {QStringLiteral("payload"), n.payload}});
    QJsonObject o{{QStringLiteral("function"), r.function},
                  {QStringLiteral("input"), QJsonObject{{QStringLiteral("SensorId"), sample.sensorId},
                                                        {QStringLiteral("Message"), sample.message},
                                                        {QStringLiteral("DataType"), sample.dataType},
                                                        {QStringLiteral("Value"), nullable(sample.valueText)}}},
                  {QStringLiteral("calls"), calls},
                  {QStringLiteral("logs"), QJsonArray::fromStringList(r.logs)},
                  {QStringLiteral("notifications"), notifications},
                  {QStringLiteral("durationMs"), double(r.durationNs) / 1e6}};
    if (!r.ok()) {
        o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), FunctionError::kindName(r.error.kind)},
                                                     {QStringLiteral("message"), r.error.message},
                                                     {QStringLiteral("line"), r.error.line},
                                                     {QStringLiteral("stack"), r.error.stack}});
    }
    return o;
}

QString FunctionTracer::toText(int number, const TelemetrySample &sample, const InvocationResult &r)
{
    QStringList parts;
    parts << QStringLiteral("#%1 %2 sensor=%3 message=%4")
                 .arg(number)
                 .arg(r.function, sample.sensorId, sample.message);
    for (const ApiCall &c : r.calls) {
        QStringList args;
        for (const QJsonValue &a : c.arguments)
            args << compact(a);
        QString call = QStringLiteral("L%1 %2(%3)").arg(c.line).arg(c.api, args.join(u','));
        if (!c.error.isEmpty())
            call += QStringLiteral(" threw ") + c.error;
        else if (!c.result.isNull() && !c.result.isUndefined())
            call += QStringLiteral(" -> ") + compact(c.result);
        parts << call;
    }
    for (const QString &log : r.logs)
        parts << QStringLiteral("log ") + compact(log);
    for (const FunctionNotification &n : r.notifications)
        parts << QStringLiteral("notify %1(%2) %3").arg(n.type, n.twinId, compact(n.payload));
    const QString duration = QString::number(double(r.durationNs) / 1e6, 'f', 3) + QStringLiteral(" ms");
    if (r.ok())
        parts << QStringLiteral("ok ") + duration;
    else
        parts << QStringLiteral("error (%1) %2 %3")
                     .arg(FunctionError::kindName(r.error.kind), r.error.format(r.function), duration);
    return parts.join(QStringLiteral(" | "));
}

QString FunctionTracer::add(const TelemetrySample &sample, const InvocationResult &r, bool json)
{
    ++m_invocations;
    m_logs += int(r.logs.size());
    for (const ValueWrite &w : r.writes) {
        auto &map = w.kind == ValueWrite::Kind::Space ? m_spaceValues : m_sensorValues;
        map[w.twinId].insert(w.name, nullable(w.value));
    }
    for (const FunctionNotification &n : r.notifications)
        m_notifications.append(QJsonObject{{QStringLiteral("id"), n.twinId},
                                           {QStringLiteral("type"), n.type},
                                           {QStringLiteral("payload"), n.payload}});
    if (!r.ok())
        m_errors.append(QJsonObject{{QStringLiteral("function"), r.function},
                                    {QStringLiteral("sensorId"), r.sensorId},
                                    {QStringLiteral("kind"), FunctionError::kindName(r.error.kind)},
                                    {QStringLiteral("message"), r.error.message},
                                    {QStringLiteral("line"), r.error.line}});
    if (json)
        return QString::fromUtf8(QJsonDocument(toJson(sample, r)).toJson(QJsonDocument::Compact));
    return toText(m_invocations, sample, r);
}

void FunctionTracer::addInputError(int lineNumber, const QString &message)
{
    m_errors.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("input")},
                                {QStringLiteral("line"), lineNumber},
                                {QStringLiteral("message"), message}});
}

QJsonObject FunctionTracer::summary() const
{
    QJsonObject spaces;
    for (auto it = m_spaceValues.cbegin(); it != m_spaceValues.cend(); ++it)
        spaces.insert(it.key(), it.value());
    QJsonObject sensors;
    for (auto it = m_sensorValues.cbegin(); it != m_sensorValues.cend(); ++it)
        sensors.insert(it.key(), it.value());
    return {{QStringLiteral("invocations"), m_invocations},
            {QStringLiteral("errors"), m_errors},
            {QStringLiteral("spaceValues"), spaces},
            {QStringLiteral("sensorValues"), sensors},
            {QStringLiteral("notifications"), m_notifications},
            {QStringLiteral("logs"), m_logs}};
}

} // namespace twin
