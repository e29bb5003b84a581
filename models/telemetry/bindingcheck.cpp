// SPDX-License-Identifier: GPL-3.0-or-later
#include "bindingcheck.h"

#include "topicfilter.h"

#include "document/project.h"

#include <QCoreApplication>

#include <cmath>

namespace twin {

namespace {

bool isNumberSchema(const QString &schema)
{
    return schema == QStringLiteral("double") || schema == QStringLiteral("float")
        || schema == QStringLiteral("integer") || schema == QStringLiteral("long");
}

bool isIntegerSchema(const QString &schema)
{
    return schema == QStringLiteral("integer") || schema == QStringLiteral("long");
}

/// A point carries numbers, booleans and text: these primitive schemas, and enums.
bool isScalarSchema(const QString &schema)
{
    static const QStringList scalars{QStringLiteral("double"),   QStringLiteral("float"),
                                     QStringLiteral("integer"),  QStringLiteral("long"),
                                     QStringLiteral("boolean"),  QStringLiteral("string"),
                                     QStringLiteral("date"),     QStringLiteral("dateTime"),
                                     QStringLiteral("time"),     QStringLiteral("duration")};
    return scalars.contains(schema);
}

QString describe(const QJsonValue &v)
{
    if (v.isString())
        return QStringLiteral("\"%1\"").arg(v.toString());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isNull())
        return QStringLiteral("null");
    if (v.isUndefined())
        return QCoreApplication::translate("twin::BindingCheck", "nothing");
    return v.isObject() ? QCoreApplication::translate("twin::BindingCheck", "an object") : QCoreApplication::translate("twin::BindingCheck", "an array");
}

} // namespace

QList<BindingTarget> BindingCheck::targets(const ModelRegistry &models, const QString &model)
{
    QList<BindingTarget> result;
    const ResolvedInterface *resolved = models.resolved(model);
    if (!resolved)
        return result;
    for (const DtdlElement *e : resolved->contents) {
        if (e->kind != DtdlKind::Telemetry && e->kind != DtdlKind::Property)
            continue;
        BindingTarget t;
        t.name = e->name;
        t.property = e->kind == DtdlKind::Property;
        t.unit = e->unit;
        if (isScalarSchema(e->schema)) {
            t.schema = e->schema;
        } else if (const DtdlElement *schema = models.element(e->schema); schema && schema->kind == DtdlKind::Enum) {
            t.schema = QStringLiteral("enum");
            for (const QString &id : schema->enumValues) {
                if (const DtdlElement *value = models.element(id)) {
                    t.enumNames.append(value->name);
                    t.enumValues.append(QJsonValue::fromVariant(value->enumValue));
                }
            }
        } else {
            continue;
        }
        result.append(t);
    }
    return result;
}

bool BindingCheck::findTarget(const ModelRegistry &models, const QString &model, const QString &name,
                              BindingTarget *target)
{
    for (const BindingTarget &t : targets(models, model)) {
        if (t.name == name) {
            *target = t;
            return true;
        }
    }
    return false;
}

bool BindingCheck::checkValue(const BindingTarget &target, const QJsonValue &raw, double scale, double offset,
                              QJsonValue *bound, QString *error)
{
    const bool scaled = scale != 1.0 || offset != 0.0;
    if (isNumberSchema(target.schema)) {
        bool ok = raw.isDouble();
        double number = raw.toDouble();
        if (raw.isBool()) {
            ok = true;
            number = raw.toBool() ? 1.0 : 0.0;
        } else if (raw.isString()) {
            number = raw.toString().trimmed().toDouble(&ok);
        }
        if (!ok) {
            *error = QCoreApplication::translate("twin::BindingCheck", "%1 takes a number, not %2").arg(target.name, describe(raw));
            return false;
        }
        number = number * scale + offset;
        if (isIntegerSchema(target.schema) && std::abs(number - std::round(number)) > 1e-9) {
            *error = QCoreApplication::translate("twin::BindingCheck", "%1 takes a whole number, not %2").arg(target.name).arg(number);
            return false;
        }
        *bound = number;
        return true;
    }
    if (scaled) {
        *error = QCoreApplication::translate("twin::BindingCheck", "Scale and offset apply to numbers only; %1 is a %2").arg(target.name, target.schema);
        return false;
    }
    if (target.schema == QStringLiteral("boolean")) {
        const QString text = raw.toString().toLower();
        if (raw.isBool() || raw.isDouble() || text == QStringLiteral("true") || text == QStringLiteral("false")) {
            *bound = raw.isBool() ? raw.toBool() : raw.isDouble() ? raw.toDouble() != 0.0 : text == QStringLiteral("true");
            return true;
        }
        *error = QCoreApplication::translate("twin::BindingCheck", "%1 takes true or false, not %2").arg(target.name, describe(raw));
        return false;
    }
    if (target.schema == QStringLiteral("enum")) {
        for (int i = 0; i < target.enumValues.size(); ++i) {
            const QJsonValue &v = target.enumValues.at(i);
            if (v == raw || (raw.isString() && raw.toString() == target.enumNames.at(i))
                || (v.isDouble() && raw.isDouble() && v.toDouble() == raw.toDouble())) {
                *bound = v;
                return true;
            }
        }
        *error = QCoreApplication::translate("twin::BindingCheck", "%1 takes one of %2, not %3").arg(target.name, target.enumNames.join(QStringLiteral(", ")), describe(raw));
        return false;
    }
    if (raw.isString() || raw.isDouble() || raw.isBool()) {
        *bound = raw.isString() ? raw.toString() : describe(raw);
        return true;
    }
    *error = QCoreApplication::translate("twin::BindingCheck", "%1 takes text, not %2").arg(target.name, describe(raw));
    return false;
}

QString BindingCheck::subscriptionFilter(const QString &topic)
{
    return expand(topic, QStringLiteral("+"));
}

QString BindingCheck::expand(const QString &topic, const QString &twinId)
{
    QString result = topic;
    return result.replace(twinPlaceholder(), twinId);
}

QString BindingCheck::twinOf(const QString &pattern, const QString &topic)
{
    const QStringList levels = pattern.split(u'/');
    const qsizetype level = levels.indexOf(twinPlaceholder());
    const QStringList topicLevels = topic.split(u'/');
    if (level < 0 || level >= topicLevels.size()
        || !TopicFilter::matches(subscriptionFilter(pattern).toStdString(), topic.toStdString()))
        return QString();
    return topicLevels.at(level);
}

bool BindingCheck::isTopicLevel(const QString &id)
{
    return !id.isEmpty() && !id.contains(u'/') && !id.contains(u'+') && !id.contains(u'#');
}

QStringList BindingCheck::patternTwins(const Project &project, const QJsonObject &entry)
{
    QStringList ids;
    const QString model = entry.value(QStringLiteral("model")).toString();
    if (model.isEmpty() || !project.models().contains(model))
        return ids;
    const TwinGraph *graph = project.graph();
    for (int index : graph->twinIndices()) {
        const Twin &t = graph->twin(index);
        if (isTopicLevel(t.id) && project.models().isA(t.model, model))
            ids.append(t.id);
    }
    return ids;
}

QString BindingCheck::problem(const Project &project, const QJsonObject &entry)
{
    const QString topic = entry.value(QStringLiteral("topic")).toString();
    const bool pattern = isPattern(topic);
    if (topic.isEmpty() || !TopicFilter::isValid(subscriptionFilter(topic).toStdString())
        || (pattern && topic.split(u'/').count(twinPlaceholder()) != 1))
        return QCoreApplication::translate("twin::BindingCheck", "The topic '%1' is not a valid MQTT topic filter").arg(topic);
    const QJsonValue scale = entry.value(QStringLiteral("scale"));
    const QJsonValue offset = entry.value(QStringLiteral("offset"));
    if ((!scale.isUndefined() && !scale.isDouble()) || (!offset.isUndefined() && !offset.isDouble()))
        return QCoreApplication::translate("twin::BindingCheck", "Scale and offset must be numbers");
    QString model;
    QString sensorType;
    if (pattern) {
        model = entry.value(QStringLiteral("model")).toString();
        if (model.isEmpty())
            return QCoreApplication::translate("twin::BindingCheck", "A pattern binding needs the model of the twins it binds");
        if (!project.models().contains(model))
            return QCoreApplication::translate("twin::BindingCheck", "The model %1 is not loaded").arg(model);
        if (patternTwins(project, entry).isEmpty())
            return QCoreApplication::translate("twin::BindingCheck", "No twin of %1 can stand at the {twin} level").arg(model);
    } else {
        const QString twinId = entry.value(QStringLiteral("twin")).toString();
        const Twin *twin = project.graph()->findTwin(twinId);
        if (!twin)
            return twinId.isEmpty() ? QCoreApplication::translate("twin::BindingCheck", "The binding names no twin") : QCoreApplication::translate("twin::BindingCheck", "The twin '%1' does not exist").arg(twinId);
        model = twin->model;
        sensorType = project.sensorDataType(*twin);
    }
    const QString name = entry.value(QStringLiteral("name")).toString();
    if (name.isEmpty() || name == sensorType)
        return QString();
    const ResolvedInterface *resolved = project.models().resolved(model);
    const DtdlElement *content = resolved ? resolved->byName.value(name) : nullptr;
    if (!content || (content->kind != DtdlKind::Telemetry && content->kind != DtdlKind::Property))
        return QCoreApplication::translate("twin::BindingCheck", "%1 is not a telemetry or property of %2").arg(name, model);
    BindingTarget target;
    if (!findTarget(project.models(), model, name, &target))
        return QCoreApplication::translate("twin::BindingCheck", "The schema of %1 is not a number, boolean, string or enum").arg(name);
    if (!isNumberSchema(target.schema) && (scale.toDouble(1.0) != 1.0 || offset.toDouble(0.0) != 0.0))
        return QCoreApplication::translate("twin::BindingCheck", "Scale and offset apply to numbers only; %1 is a %2").arg(name, target.schema);
    return QString();
}

} // namespace twin
