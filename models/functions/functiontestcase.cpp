// SPDX-License-Identifier: GPL-3.0-or-later
#include "functiontestcase.h"

namespace twin {

namespace {

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

} // namespace

QJsonObject FunctionTestCase::toJson() const
{
    QJsonObject start;
    if (!startSensors.isEmpty())
        start.insert(QStringLiteral("sensors"), startSensors);
    if (!startSpaces.isEmpty())
        start.insert(QStringLiteral("spaces"), startSpaces);
    QJsonObject expect;
    if (!expectedSpaceValues.isEmpty())
        expect.insert(QStringLiteral("spaceValues"), expectedSpaceValues);
    if (!expectedSensorValues.isEmpty())
        expect.insert(QStringLiteral("sensorValues"), expectedSensorValues);
    if (checkNotifications)
        expect.insert(QStringLiteral("notifications"), expectedNotifications);
    if (expectedErrors != 0)
        expect.insert(QStringLiteral("errors"), expectedErrors);
    QJsonObject json{{QStringLiteral("name"), name},
                     {QStringLiteral("messages"), messages},
                     {QStringLiteral("expect"), expect}};
    if (!start.isEmpty())
        json.insert(QStringLiteral("start"), start);
    return json;
}

bool FunctionTestCase::fromJson(const QJsonObject &json, FunctionTestCase *testCase, QString *error)
{
    FunctionTestCase t;
    t.name = json.value(QStringLiteral("name")).toString();
    if (t.name.trimmed().isEmpty())
        return fail(error, QStringLiteral("a test case needs a name"));
    const QJsonValue messages = json.value(QStringLiteral("messages"));
    if (!messages.isArray() || messages.toArray().isEmpty())
        return fail(error, QStringLiteral("test '%1': \"messages\" must be a non-empty array").arg(t.name));
    t.messages = messages.toArray();
    for (const QJsonValue &m : std::as_const(t.messages)) {
        if (!m.isObject())
            return fail(error, QStringLiteral("test '%1': each message must be an object").arg(t.name));
    }
    const QJsonObject start = json.value(QStringLiteral("start")).toObject();
    t.startSensors = start.value(QStringLiteral("sensors")).toObject();
    t.startSpaces = start.value(QStringLiteral("spaces")).toObject();
    const QJsonValue expectValue = json.value(QStringLiteral("expect"));
    if (!expectValue.isObject())
        return fail(error, QStringLiteral("test '%1': \"expect\" must be an object").arg(t.name));
    const QJsonObject expect = expectValue.toObject();
    t.expectedSpaceValues = expect.value(QStringLiteral("spaceValues")).toObject();
    t.expectedSensorValues = expect.value(QStringLiteral("sensorValues")).toObject();
    t.checkNotifications = expect.contains(QStringLiteral("notifications"));
    t.expectedNotifications = expect.value(QStringLiteral("notifications")).toArray();
    t.expectedErrors = expect.value(QStringLiteral("errors")).toInt(0);
    *testCase = t;
    return true;
}

} // namespace twin
