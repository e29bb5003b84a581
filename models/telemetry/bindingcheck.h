// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace twin {

class ModelRegistry;
class Project;

/// A telemetry or property of a model that a binding can feed.
struct BindingTarget
{
    QString name;
    bool property = false; ///< a Property, else a Telemetry
    QString schema;        ///< "double", "boolean", "string", ... or "enum"
    QString unit;
    QStringList enumNames;   ///< for an enum: the names of its values
    QList<QJsonValue> enumValues; ///< and the values themselves, in the same order
};

/**
 * The checks a binding goes through, whoever writes it (the binding picker, the bindings
 * table, BindingSet when it binds): the twin or, for a pattern, the model must exist, the
 * name must be a telemetry or property of the model with a schema a point can carry, a
 * sample value must fit that schema, and scale and offset apply to numbers only.
 *
 * A pattern binding has no "twin": one level of its topic is the placeholder `{twin}`
 * (`site/+/{twin}/climate`) and it binds every twin of its "model" (and the interfaces
 * extending it) whose id can stand at that level.
 */
class BindingCheck
{
public:
    /// The placeholder of a pattern binding's topic.
    static QString twinPlaceholder() { return QStringLiteral("{twin}"); }

    /// The telemetries and properties of \a model (inherited ones too) with a schema a
    /// point can carry: numbers, booleans, strings (and dates, times) and enums.
    static QList<BindingTarget> targets(const ModelRegistry &models, const QString &model);
    /// \a name among \a model's targets; false when it is not one.
    static bool findTarget(const ModelRegistry &models, const QString &model, const QString &name,
                           BindingTarget *target);

    /// Reads \a raw (a value of a payload) as \a target's schema takes it, applying
    /// \a scale and \a offset to numbers, into \a bound; false with a message otherwise.
    static bool checkValue(const BindingTarget &target, const QJsonValue &raw, double scale, double offset,
                           QJsonValue *bound, QString *error);

    static bool isPattern(const QString &topic) { return topic.contains(twinPlaceholder()); }
    /// What to subscribe to for \a topic: the placeholder becomes "+".
    static QString subscriptionFilter(const QString &topic);
    /// \a topic with the placeholder replaced by \a twinId.
    static QString expand(const QString &topic, const QString &twinId);
    /// The id at the placeholder's level when \a topic matches the pattern; empty otherwise.
    static QString twinOf(const QString &pattern, const QString &topic);
    /// Whether \a id can stand at one topic level (no "/", "+", "#").
    static bool isTopicLevel(const QString &id);
    /// The twins a pattern \a entry binds, in the graph's order.
    static QStringList patternTwins(const Project &project, const QJsonObject &entry);

    /// Why \a entry does not fit \a project (its twin, model, name, schema or topic);
    /// empty when it fits.
    static QString problem(const Project &project, const QJsonObject &entry);
};

} // namespace twin
