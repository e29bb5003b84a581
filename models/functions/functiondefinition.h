// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "functions/matcher.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace twin {

/**
 * A user-defined function as stored in Project::functions(), one JSON object each:
 *
 *     { "name": "availability", "source": "function process(telemetry, executionContext) {...}",
 *       "assignedTo": "room-1", "enabled": true, "disabledReason": "",
 *       "timeoutMs": 100,
 *       "matchers": [ { "name": "co2", "conditions": [
 *           { "target": "Sensor", "path": "$.dataType", "value": "CarbonDioxide",
 *             "comparison": "Equals" } ] } ],
 *       "tests": [ ... ] }
 *
 * The name is unique in a project and is the function's id (executionContext's
 * UserDefinedFunctionId). An empty assignedTo means the whole project; timeoutMs 0 (or
 * absent) means the runtime's default. "tests" holds the function's test cases (FunctionTestCase).
 *
 * A function writes values and notifies only inside its scope: by default its assigned
 * twin and what that twin contains (the whole project when assignedTo is empty);
 * "scope": "project" grants it the whole project.
 */
struct FunctionDefinition
{
    /// The scope that lets a function write and notify anywhere in the project.
    static inline const QString ProjectScope = QStringLiteral("project");

    QString name;
    QString source;
    QString assignedTo;
    bool enabled = true;
    QString disabledReason;  ///< why the runtime disabled it (empty when the user did)
    int timeoutMs = 0;
    QString scope;           ///< empty: its assigned twin and below; ProjectScope: anywhere
    QList<Matcher> matchers;
    QJsonArray tests;        ///< its test cases (FunctionTestCase::toJson() each), kept as written

    bool operator==(const FunctionDefinition &) const = default;

    /// False when it may write and notify outside its assigned twin's subtree.
    bool hasProjectScope() const { return assignedTo.isEmpty() || scope == ProjectScope; }

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, FunctionDefinition *definition, QString *error);
};

} // namespace twin
