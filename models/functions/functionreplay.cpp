// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionreplay.h"

#include "functions/functionworkerprocess.h"

#include "telemetry/payloaddecoder.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace twin {

namespace {

QVariant scalar(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Double: return v.toDouble();
    case QJsonValue::Bool: return v.toBool();
    case QJsonValue::String: return v.toString();
    default: return QVariant();
    }
}

QString valueText(const QVariant &v)
{
    if (!v.isValid())
        return QString();
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'g', 15);
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

/// Reads the value as the live pipeline does for a sensor of \a dataType (a numeric string
/// is a number for a Temperature sensor, "true" a boolean for a Motion one); false when
/// the pipeline would count it as of the wrong type.
bool coerceForDataType(const QString &dataType, QVariant *value)
{
    if (!value->isValid())
        return true;
    DecodedValue decoded;
    QByteArray text;
    if (value->typeId() == QMetaType::Bool) {
        decoded.kind = ValueKind::Bool;
        decoded.number = value->toBool() ? 1.0 : 0.0;
    } else if (value->typeId() == QMetaType::Double) {
        decoded.number = value->toDouble();
    } else {
        text = value->toString().toUtf8();
        decoded.kind = ValueKind::String;
        decoded.text = std::string_view(text.constData(), std::size_t(text.size()));
    }
    if (!coerceToKind(valueKindForDataType(dataType), &decoded))
        return false;
    if (decoded.kind == ValueKind::Number)
        *value = decoded.number;
    else if (decoded.kind == ValueKind::Bool)
        *value = decoded.number != 0.0;
    return true;
}

qint64 timeFrom(const QJsonValue &v)
{
    if (v.isDouble())
        return qint64(v.toDouble());
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

} // namespace

FunctionReplay::FunctionReplay(ValueStore *store)
    : m_store(store)
    , m_engine(store)
{
    m_engine.setTracing(true);
}

FunctionReplay::~FunctionReplay() = default;

void FunctionReplay::setIsolation(FunctionRuntime::Isolation isolation)
{
    if (isolation == FunctionRuntime::Isolation::Thread) {
        m_process.reset();
        return;
    }
    m_process = std::make_unique<FunctionWorkerProcess>(m_store);
    m_process->setTracing(true);
    m_process->setDefaultTimeout(m_engine.defaultTimeout());
    m_process->setFailureLimit(m_health.failureLimit());
}

void FunctionReplay::setTopology(const std::shared_ptr<const FunctionTopology> &topology)
{
    m_topology = topology;
    m_engine.setTopology(topology);
}

QVariant FunctionReplay::decodePayload(const QString &message)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(message.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        // A bare scalar is not a JSON document for Qt; read it as one value.
        const QJsonDocument wrapped = QJsonDocument::fromJson("[" + message.toUtf8() + "]");
        return wrapped.isArray() ? scalar(wrapped.array().at(0)) : QVariant(message);
    }
    const QJsonObject o = doc.object();
    for (const QString &key : {QStringLiteral("SensorValue"), QStringLiteral("value")}) {
        if (o.contains(key))
            return scalar(o.value(key));
    }
    if (o.size() == 1)
        return scalar(o.begin().value());
    return QVariant();
}

bool FunctionReplay::sampleFrom(const QJsonObject &line, TelemetrySample *sample, QString *error) const
{
    TelemetrySample s;
    s.sensorId = line.value(QStringLiteral("SensorId")).toString();
    if (s.sensorId.isEmpty()) {
        if (error)
            *error = QStringLiteral("the line has no SensorId");
        return false;
    }
    if (!m_topology || !m_topology->isSensor(s.sensorId)) {
        if (error)
            *error = QStringLiteral("'%1' is not a sensor of the project").arg(s.sensorId);
        return false;
    }
    const QJsonValue message = line.value(QStringLiteral("Message"));
    if (message.isString())
        s.message = message.toString();
    else if (message.isObject())
        s.message = QString::fromUtf8(QJsonDocument(message.toObject()).toJson(QJsonDocument::Compact));
    else if (message.isArray())
        s.message = QString::fromUtf8(QJsonDocument(message.toArray()).toJson(QJsonDocument::Compact));
    else if (!message.isUndefined())
        s.message = QString::fromUtf8(QJsonDocument(QJsonArray{message}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    s.dataType = line.value(QStringLiteral("DataType")).toString(m_topology->sensorDataType(s.sensorId));
    s.value = line.contains(QStringLiteral("Value")) ? scalar(line.value(QStringLiteral("Value")))
                                                      : decodePayload(s.message);
    if (!coerceForDataType(s.dataType, &s.value)) {
        if (error)
            *error = QStringLiteral("value of the wrong type for %1 (%2 expected)")
                         .arg(s.sensorId, valueKindForDataType(s.dataType) == ValueKind::Bool
                                              ? QStringLiteral("a boolean")
                                              : QStringLiteral("a number"));
        return false;
    }
    s.valueText = valueText(s.value);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    s.timestampMs = timeFrom(line.value(QStringLiteral("Timestamp")));
    if (s.timestampMs <= 0)
        s.timestampMs = now;
    s.enqueuedMs = s.timestampMs;
    s.receivedMs = s.timestampMs;
    *sample = s;
    return true;
}

QList<InvocationResult> FunctionReplay::feed(const TelemetrySample &sample)
{
    TelemetrySample s = sample;
    s.correlationId = ++m_correlation;
    m_store->recordSensorValue(s.sensorId, StoredValue{s.dataType, s.valueText, s.timestampMs});
    // An invocation may have read (and cached) the sensor's earlier value, also when no
    // function runs for this message.
    m_engine.invalidateSensor(s.sensorId);
    QList<InvocationResult> results;
    if (!m_topology)
        return results;
    if (m_process) {
        m_process->invalidateSensor(s.sensorId);
        m_process->setDefaultTimeout(m_engine.defaultTimeout());
        const FunctionWorkerProcess::Callbacks callbacks{
            [](const TelemetrySample &) {},
            [this, &results](const InvocationResult &result) {
                InvocationResult r = result;
                if (m_health.record(r.function, r.ok(), r.error.format(r.function)))
                    r.error.message += QStringLiteral(" (") + m_health.disabledReason(r.function) + u')';
                results.append(r);
            },
            [this](const QString &function) { return m_health.isDisabled(function); },
        };
        m_process->run(m_topology, {FunctionWorkerProcess::Job{&s, &m_topology->functionsFor(s.sensorId)}}, callbacks);
        return results;
    }
    for (int slot : m_topology->functionsFor(s.sensorId)) {
        const QString &name = m_topology->functions().at(slot).name;
        if (m_health.isDisabled(name))
            continue;
        InvocationResult r = m_engine.invoke(slot, s);
        if (m_health.record(name, r.ok(), r.error.format(name)))
            r.error.message += QStringLiteral(" (") + m_health.disabledReason(name) + u')';
        results.append(r);
    }
    return results;
}

} // namespace twin
