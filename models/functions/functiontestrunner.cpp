// SPDX-License-Identifier: GPL-3.0-or-later
#include "functiontestrunner.h"

#include "functions/functionreplay.h"
#include "functions/functiontopology.h"
#include "functions/functiontracer.h"
#include "functions/memoryvaluestore.h"

#include <QDateTime>
#include <QJsonDocument>

namespace twin {

namespace {

/// A JSON value as functions store values: text.
QString valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString();
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
    case QJsonValue::Undefined: return QString();
    default: return QString::fromUtf8(v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                                   : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    }
}

QString quoted(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("nothing");
    if (v.isString())
        return u'"' + v.toString() + u'"';
    return valueText(v);
}

/// Expected {twin: {name: value}} against what the function set last.
void compareValues(const QString &what, const QJsonObject &expected, const QJsonObject &actual, QStringList *out)
{
    for (auto twin = expected.begin(); twin != expected.end(); ++twin) {
        const QJsonObject names = twin.value().toObject();
        const QJsonObject got = actual.value(twin.key()).toObject();
        for (auto name = names.begin(); name != names.end(); ++name) {
            const QJsonValue want = name.value();
            const QJsonValue have = got.value(name.key());
            const bool same = (want.isNull() && (have.isNull() || have.isUndefined()))
                || (!have.isUndefined() && !have.isNull() && valueText(want) == have.toString());
            if (!same) {
                out->append(QStringLiteral("%1 %2.%3: expected %4, got %5")
                                .arg(what, twin.key(), name.key(), quoted(want), quoted(have)));
            }
        }
    }
}

/// A payload given as JSON compares as JSON; a string compares as text.
bool samePayload(const QJsonValue &want, const QString &have)
{
    if (want.isUndefined())
        return true;
    if (want.isString())
        return want.toString() == have;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(have.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return false;
    return want.isObject() ? doc.isObject() && doc.object() == want.toObject()
                           : doc.isArray() && doc.array() == want.toArray();
}

QString payloadText(const QJsonValue &v)
{
    return v.isString() ? v.toString() : valueText(v);
}

void compareNotifications(const QJsonArray &expected, const QJsonArray &actual, QStringList *out)
{
    for (qsizetype i = 0; i < qMax(expected.size(), actual.size()); ++i) {
        const QJsonObject want = expected.at(i).toObject();
        const QJsonObject have = actual.at(i).toObject();
        const QString haveText = QStringLiteral("%1 %2 %3").arg(have.value(QStringLiteral("type")).toString(),
                                                                 have.value(QStringLiteral("id")).toString(),
                                                                 have.value(QStringLiteral("payload")).toString());
        if (i >= expected.size()) {
            out->append(QStringLiteral("notification %1: not expected, got %2").arg(i + 1).arg(haveText));
            continue;
        }
        const QString wantText = QStringLiteral("%1 %2 %3").arg(want.value(QStringLiteral("type")).toString(QStringLiteral("*")),
                                                                 want.value(QStringLiteral("id")).toString(QStringLiteral("*")),
                                                                 payloadText(want.value(QStringLiteral("payload"))));
        if (i >= actual.size()) {
            out->append(QStringLiteral("notification %1: expected %2, got none").arg(i + 1).arg(wantText));
            continue;
        }
        const bool same = (!want.contains(QStringLiteral("id"))
                           || want.value(QStringLiteral("id")).toString() == have.value(QStringLiteral("id")).toString())
            && (!want.contains(QStringLiteral("type"))
                || want.value(QStringLiteral("type")).toString() == have.value(QStringLiteral("type")).toString())
            && samePayload(want.value(QStringLiteral("payload")), have.value(QStringLiteral("payload")).toString());
        if (!same)
            out->append(QStringLiteral("notification %1: expected %2, got %3").arg(i + 1).arg(wantText, haveText));
    }
}

} // namespace

QJsonObject FunctionTestResult::toJson() const
{
    return {{QStringLiteral("function"), function},
            {QStringLiteral("test"), testCase},
            {QStringLiteral("passed"), passed},
            {QStringLiteral("differences"), QJsonArray::fromStringList(differences)}};
}

FunctionTestRunner::FunctionTestRunner(const Project &project)
    : m_project(project)
{
}

QList<FunctionTestResult> FunctionTestRunner::run(const FunctionDefinition &function) const
{
    QList<FunctionTestResult> results;
    for (qsizetype i = 0; i < function.tests.size(); ++i) {
        FunctionTestCase testCase;
        QString why;
        if (!FunctionTestCase::fromJson(function.tests.at(i).toObject(), &testCase, &why)) {
            FunctionTestResult r;
            r.function = function.name;
            r.testCase = function.tests.at(i).toObject().value(QStringLiteral("name")).toString(QString::number(i + 1));
            r.differences.append(QStringLiteral("tests[%1]: %2").arg(i).arg(why));
            results.append(r);
            continue;
        }
        results.append(run(function, testCase));
    }
    return results;
}

FunctionTestResult FunctionTestRunner::run(const FunctionDefinition &function, const FunctionTestCase &testCase) const
{
    FunctionTestResult result;
    result.function = function.name;
    result.testCase = testCase.name;

    FunctionDefinition definition = function;
    definition.enabled = true; // a test runs the code, whatever the live run made of it
    definition.disabledReason.clear();
    MemoryValueStore store;
    FunctionReplay replay(&store);
    const auto topology = FunctionTopology::build(m_project, {definition});
    replay.setTopology(topology);

    // Starting values are older than any message without a time of its own.
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch() - 60 * 1000;
    for (auto it = testCase.startSensors.begin(); it != testCase.startSensors.end(); ++it) {
        if (!topology->isSensor(it.key())) {
            result.differences.append(QStringLiteral("start: '%1' is not a sensor of the project").arg(it.key()));
            continue;
        }
        store.recordSensorValue(it.key(), StoredValue{topology->sensorDataType(it.key()), valueText(it.value()), startMs});
    }
    for (auto space = testCase.startSpaces.begin(); space != testCase.startSpaces.end(); ++space) {
        const FunctionTopology::Node *node = topology->node(space.key());
        if (!node || node->kind != FunctionTopology::Kind::Space) {
            result.differences.append(QStringLiteral("start: '%1' is not a space of the project").arg(space.key()));
            continue;
        }
        const QJsonObject names = space.value().toObject();
        for (auto it = names.begin(); it != names.end(); ++it)
            store.setSpaceValue(space.key(), it.key(), StoredValue{it.key(), valueText(it.value()), startMs});
    }

    FunctionTracer tracer;
    for (qsizetype i = 0; i < testCase.messages.size(); ++i) {
        TelemetrySample sample;
        QString why;
        if (!replay.sampleFrom(testCase.messages.at(i).toObject(), &sample, &why)) {
            result.differences.append(QStringLiteral("message %1: %2").arg(i + 1).arg(why));
            continue;
        }
        for (const InvocationResult &r : replay.feed(sample))
            result.trace.append(tracer.add(sample, r));
    }

    const QJsonObject summary = tracer.summary();
    compareValues(QStringLiteral("spaceValues"), testCase.expectedSpaceValues,
                  summary.value(QStringLiteral("spaceValues")).toObject(), &result.differences);
    compareValues(QStringLiteral("sensorValues"), testCase.expectedSensorValues,
                  summary.value(QStringLiteral("sensorValues")).toObject(), &result.differences);
    if (testCase.checkNotifications)
        compareNotifications(testCase.expectedNotifications, summary.value(QStringLiteral("notifications")).toArray(),
                             &result.differences);
    const QJsonArray errors = summary.value(QStringLiteral("errors")).toArray();
    if (errors.size() != testCase.expectedErrors) {
        QString text = QStringLiteral("errors: expected %1, got %2").arg(testCase.expectedErrors).arg(errors.size());
        for (const QJsonValue &e : errors) {
            const QJsonObject o = e.toObject();
            text += QStringLiteral("; %1.js:%2: %3")
                        .arg(function.name)
                        .arg(o.value(QStringLiteral("line")).toInt())
                        .arg(o.value(QStringLiteral("message")).toString());
        }
        result.differences.append(text);
    }
    result.passed = result.differences.isEmpty();
    return result;
}

} // namespace twin
