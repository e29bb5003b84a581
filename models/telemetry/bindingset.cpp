// SPDX-License-Identifier: GPL-3.0-or-later
#include "bindingset.h"

#include "bindingcheck.h"
#include "document/connectionprofile.h"
#include "document/project.h"
#include "payloaddecoder.h"
#include "pointregistry.h"
#include "topicfilter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace twin {

bool BindingSet::parseEntry(const QJsonObject &entry, const Project &project, BindingRule *rule,
                            PointInfo *info, QString *error)
{
    const QString twinId = entry.value(QStringLiteral("twin")).toString();
    const Twin *twin = project.graph()->findTwin(twinId);
    if (twinId.isEmpty() || !twin) {
        *error = twinId.isEmpty() ? QStringLiteral("\"twin\" is missing")
                                  : QStringLiteral("twin '%1' does not exist").arg(twinId);
        return false;
    }
    const QString topic = entry.value(QStringLiteral("topic")).toString();
    if (!TopicFilter::isValid(topic.toStdString())) {
        *error = QStringLiteral("\"topic\" '%1' is not a valid MQTT topic filter").arg(topic);
        return false;
    }
    const QString twinType = project.sensorDataType(*twin);
    info->twinId = twinId;
    info->name = entry.value(QStringLiteral("name")).toString();
    if (info->name.isEmpty())
        info->name = twinType.isEmpty() ? QStringLiteral("value") : twinType;
    info->dataType = entry.value(QStringLiteral("dataType")).toString();
    if (info->dataType.isEmpty())
        info->dataType = twinType.isEmpty() ? info->name : twinType;
    info->unit = entry.value(QStringLiteral("unit")).toString();
    info->kind = PointKind::Bound;
    info->valueKind = valueKindForDataType(info->dataType);
    rule->filter = topic.toStdString();
    rule->pointer = PayloadDecoder::toJsonPointer(entry.value(QStringLiteral("path")).toString().toStdString());
    const QJsonValue scale = entry.value(QStringLiteral("scale"));
    const QJsonValue offset = entry.value(QStringLiteral("offset"));
    if ((!scale.isUndefined() && !scale.isDouble()) || (!offset.isUndefined() && !offset.isDouble())) {
        *error = QStringLiteral("\"scale\" and \"offset\" must be numbers");
        return false;
    }
    rule->scale = scale.toDouble(1.0);
    rule->offset = offset.toDouble(0.0);
    rule->connection = entry.value(QStringLiteral("connection")).toString();
    rule->qos = entry.value(QStringLiteral("qos")).toInt(1);
    if (rule->qos < 0 || rule->qos > 2) {
        *error = QStringLiteral("\"qos\" must be 0, 1 or 2");
        return false;
    }
    return true;
}

void BindingSet::build(const Project &project, PointRegistry *points, Diagnostics *diagnostics)
{
    m_sensorPoints.clear();
    m_sensorTypes.clear();
    m_rules.clear();
    const QList<ConnectionProfile> profiles = ConnectionProfile::listFromJson(project.connections());
    QSet<QString> connections;
    for (const ConnectionProfile &profile : profiles)
        connections.insert(profile.id);
    m_defaultConnection = profiles.value(0).id;
    const TwinGraph *graph = project.graph();
    for (int index : graph->twinIndices()) {
        const Twin &t = graph->twin(index);
        if (project.categoryOf(t) != Category::Sensor)
            continue;
        PointInfo info;
        info.twinId = t.id;
        info.dataType = project.sensorDataType(t);
        info.name = info.dataType.isEmpty() ? QStringLiteral("value") : info.dataType;
        info.unit = project.sensorUnit(t);
        info.kind = PointKind::Sensor;
        info.valueKind = valueKindForDataType(info.dataType);
        m_sensorPoints.insert(t.id, points->findOrCreate(info));
        m_sensorTypes.insert(t.id, info.dataType);
    }
    const QJsonArray entries = project.bindings();
    for (int i = 0; i < entries.size(); ++i) {
        QStringList errors;
        QString error;
        const QJsonObject entry = entries.at(i).toObject();
        const QString topic = entry.value(QStringLiteral("topic")).toString();
        if (!entries.at(i).isObject()) {
            errors.append(QStringLiteral("a binding must be an object"));
        } else if (!BindingCheck::isPattern(topic)) {
            if (!addRule(entry, project, points, std::string(), &error))
                errors.append(error);
        } else if (const QString problem = BindingCheck::problem(project, entry); !problem.isEmpty()) {
            errors.append(problem);
        } else {
            const std::string subscription = BindingCheck::subscriptionFilter(topic).toStdString();
            for (const QString &twinId : BindingCheck::patternTwins(project, entry)) {
                QJsonObject one = entry;
                one.insert(QStringLiteral("twin"), twinId);
                one.insert(QStringLiteral("topic"), BindingCheck::expand(topic, twinId));
                if (!addRule(one, project, points, subscription, &error))
                    errors.append(QStringLiteral("%1: %2").arg(twinId, error));
            }
        }
        // Kept: the binding works again once its connection exists (or is renamed back).
        const QString connection = entry.value(QStringLiteral("connection")).toString();
        if (!connection.isEmpty() && !connections.contains(connection) && diagnostics) {
            Diagnostic d = Diagnostic::errorAt(project.fileName(), QStringLiteral("/bindings/%1").arg(i),
                                               QStringLiteral("the connection '%1' does not exist in the project")
                                                   .arg(connection));
            d.severity = Diagnostic::Severity::Warning;
            diagnostics->append(d);
        }
        if (diagnostics) {
            for (const QString &e : std::as_const(errors))
                diagnostics->append(Diagnostic::errorAt(project.fileName(), QStringLiteral("/bindings/%1").arg(i), e));
        }
    }
}

bool BindingSet::addRule(const QJsonObject &entry, const Project &project, PointRegistry *points,
                         const std::string &subscription, QString *error)
{
    BindingRule rule;
    PointInfo info;
    if (!parseEntry(entry, project, &rule, &info, error))
        return false;
    rule.point = points->findOrCreate(info);
    rule.subscription = subscription;
    m_rules.push_back(std::move(rule));
    return true;
}

BindingSet::Resolution BindingSet::resolve(std::string_view topic, const QString &connection) const
{
    Resolution r;
    if (sees(connection, QString()) && topic.size() > DefaultTopicPrefix.size() + DefaultTopicSuffix.size()
        && topic.substr(0, DefaultTopicPrefix.size()) == DefaultTopicPrefix
        && topic.substr(topic.size() - DefaultTopicSuffix.size()) == DefaultTopicSuffix) {
        const std::string_view id = topic.substr(DefaultTopicPrefix.size(),
                                                 topic.size() - DefaultTopicPrefix.size()
                                                     - DefaultTopicSuffix.size());
        if (id.find('/') == std::string_view::npos) {
            const QString twinId = QString::fromUtf8(id.data(), qsizetype(id.size()));
            const auto it = m_sensorPoints.constFind(twinId);
            if (it != m_sensorPoints.cend()) {
                r.defaultTwin = twinId;
                r.defaultPoint = *it;
                r.defaultDataType = m_sensorTypes.value(twinId);
            }
        }
    }
    for (std::size_t i = 0; i < m_rules.size(); ++i) {
        if (sees(connection, m_rules[i].connection) && TopicFilter::matches(m_rules[i].filter, topic))
            r.rules.push_back(int(i));
    }
    return r;
}

QList<Subscription> BindingSet::subscriptions(int defaultQos, const QString &connection) const
{
    QList<Subscription> result;
    if (sees(connection, QString()))
        result.append({QStringLiteral("twins/+/telemetry"), defaultQos});
    for (const BindingRule &rule : m_rules) {
        if (!sees(connection, rule.connection))
            continue;
        const QString filter = QString::fromStdString(rule.subscription.empty() ? rule.filter : rule.subscription);
        bool found = false;
        for (Subscription &s : result) {
            if (s.filter == filter) {
                s.qos = std::max(s.qos, rule.qos);
                found = true;
            }
        }
        if (!found)
            result.append({filter, rule.qos});
    }
    return result;
}

} // namespace twin
