// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace twin {

/**
 * One test case of a function, kept in the function's JSON object (its "tests" array):
 *
 *     { "name": "stale air is reported",
 *       "start": { "sensors": { "motion-1": "false" },
 *                  "spaces": { "room-1": { "AvailableAndFresh": "available" } } },
 *       "messages": [ { "SensorId": "co2-1", "Message": "{\"SensorValue\": 1400}" } ],
 *       "expect": { "spaceValues": { "room-1": { "AvailableAndFresh": "stale" } },
 *                   "sensorValues": { "co2-1": { "CarbonDioxide": "1400" } },
 *                   "notifications": [ { "id": "room-1", "type": "Space",
 *                                        "payload": { "co2": 1400, "presence": false } } ],
 *                   "errors": 0 } }
 *
 * start: the values the sensors and spaces have before the first message. messages: the
 * telemetry, one object each as in `twinctl function run` (SensorId, Message, optional
 * Timestamp, DataType, Value). expect: the last value the function sets for each value
 * named (values not named are not checked), every notification in order when the member
 * is there (a payload given as JSON is compared as JSON), and the number of failed
 * invocations (0 when absent).
 */
struct FunctionTestCase
{
    QString name;
    QJsonObject startSensors; ///< sensor id → value
    QJsonObject startSpaces;  ///< space id → {name: value}
    QJsonArray messages;
    QJsonObject expectedSpaceValues;
    QJsonObject expectedSensorValues;
    bool checkNotifications = false;
    QJsonArray expectedNotifications;
    int expectedErrors = 0;

    QJsonObject toJson() const;
    /// False, with why, when \a json is not a test case.
    static bool fromJson(const QJsonObject &json, FunctionTestCase *testCase, QString *error);
};

} // namespace twin
