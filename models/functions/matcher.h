// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace twin {

/// One condition of a matcher: a JSON path into the metadata of the sensor, its device
/// or its space, compared with a value.
struct MatcherCondition
{
    enum class Target { Sensor, SensorDevice, SensorSpace };
    enum class Comparison { Equals, NotEquals, Contains };

    Target target = Target::Sensor;
    QString path = QStringLiteral("$.dataType");
    QString value;
    Comparison comparison = Comparison::Equals;

    bool operator==(const MatcherCondition &) const = default;

    /// Whether the condition holds for \a metadata (the target's metadata object).
    bool matches(const QJsonObject &metadata) const;

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, MatcherCondition *condition, QString *error);
    /// Parses the command-line form TARGET:PATH:COMPARISON:VALUE.
    static bool fromString(const QString &text, MatcherCondition *condition, QString *error);

    static QString targetName(Target target);
    static QString comparisonName(Comparison comparison);
};

/// A matcher: all its conditions must hold. A function runs for a sensor when any of its
/// matchers holds (a function without matchers runs for every sensor in its subtree).
struct Matcher
{
    QString name;
    QList<MatcherCondition> conditions;

    bool operator==(const Matcher &) const = default;

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, Matcher *matcher, QString *error);
    /// Parses the command-line form: conditions TARGET:PATH:COMPARISON:VALUE joined by
    /// "&&", all of which must hold.
    static bool fromString(const QString &text, Matcher *matcher, QString *error);
    /// The command-line form (conditions joined by " && ").
    QString toString() const;
};

/// Resolves a simple JSON path ("$", "$.a.b", "$.a[0]", "$['a b']") in \a root. Member
/// names match exactly, or else case-insensitively. Returns an undefined value when absent.
QJsonValue resolveJsonPath(const QJsonObject &root, const QString &path, bool *validPath = nullptr);

} // namespace twin
