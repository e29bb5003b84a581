// SPDX-License-Identifier: GPL-3.0-or-later
#include "bindingpicker.h"

#include "payloadlayout.h"
#include "setbindingscommand.h"

#include "document/project.h"

#include <QCoreApplication>
#include <QSet>

namespace twin {

QList<BindingPicker::Conversion> BindingPicker::conversions()
{
    return {
        {QCoreApplication::translate("twin::BindingPicker", "None"), 1.0, 0.0},
        {QCoreApplication::translate("twin::BindingPicker", "°F → °C"), 5.0 / 9.0, -160.0 / 9.0},
        {QCoreApplication::translate("twin::BindingPicker", "K → °C"), 1.0, -273.15},
        {QCoreApplication::translate("twin::BindingPicker", "Fraction 0–1 → %"), 100.0, 0.0},
        {QCoreApplication::translate("twin::BindingPicker", "Raw 0–255 → %"), 100.0 / 255.0, 0.0},
        {QCoreApplication::translate("twin::BindingPicker", "Raw 0–1023 → %"), 100.0 / 1023.0, 0.0},
        {QCoreApplication::translate("twin::BindingPicker", "Raw 0–4095 → %"), 100.0 / 4095.0, 0.0},
    };
}

BindingPicker::BindingPicker(const Project *project)
    : m_project(project)
{
}

void BindingPicker::setTwin(const QString &twinId)
{
    m_twin = twinId;
    const Twin *twin = m_project->graph()->findTwin(twinId);
    m_model = twin ? twin->model : QString();
    m_targets = twin ? BindingCheck::targets(m_project->models(), m_model) : QList<BindingTarget>();
    m_target = m_targets.isEmpty() ? BindingTarget() : m_targets.constFirst();
}

bool BindingPicker::setTarget(const QString &name)
{
    for (const BindingTarget &t : std::as_const(m_targets)) {
        if (t.name == name) {
            m_target = t;
            return true;
        }
    }
    return false;
}

int BindingPicker::twinLevel() const
{
    return m_twin.isEmpty() ? -1 : int(levels().indexOf(m_twin));
}

QString BindingPicker::topicFilter() const
{
    QStringList l = levels();
    if (m_patternLevel < 0 || m_patternLevel >= l.size())
        return m_topic;
    l[m_patternLevel] = BindingCheck::twinPlaceholder();
    return l.join(u'/');
}

QStringList BindingPicker::patternTwins() const
{
    if (m_patternLevel < 0)
        return {};
    return BindingCheck::patternTwins(*m_project, entry());
}

QStringList BindingPicker::seenTwins(const QStringList &seenTopics) const
{
    const QStringList bound = patternTwins();
    const QSet<QString> candidates(bound.cbegin(), bound.cend());
    QStringList seen;
    const QString pattern = topicFilter();
    for (const QString &topic : seenTopics) {
        const QString id = BindingCheck::twinOf(pattern, topic);
        if (candidates.contains(id) && !seen.contains(id))
            seen.append(id);
    }
    return seen;
}

QJsonValue BindingPicker::rawValue() const
{
    return PayloadLayout::valueAt(m_payload, m_field);
}

bool BindingPicker::preview(QJsonValue *bound, QString *error) const
{
    if (m_target.name.isEmpty()) {
        *error = m_twin.isEmpty() ? QCoreApplication::translate("twin::BindingPicker", "Choose a twin") : QCoreApplication::translate("twin::BindingPicker", "The model of %1 has no telemetry or property to bind").arg(m_twin);
        return false;
    }
    return BindingCheck::checkValue(m_target, rawValue(), m_scale, m_offset, bound, error);
}

QJsonObject BindingPicker::entry() const
{
    QJsonObject e;
    if (m_patternLevel >= 0)
        e.insert(QStringLiteral("model"), m_model);
    else
        e.insert(QStringLiteral("twin"), m_twin);
    e.insert(QStringLiteral("name"), m_target.name);
    e.insert(QStringLiteral("topic"), topicFilter());
    if (!m_field.isEmpty())
        e.insert(QStringLiteral("path"), m_field);
    if (!m_target.unit.isEmpty())
        e.insert(QStringLiteral("unit"), m_target.unit);
    if (m_scale != 1.0)
        e.insert(QStringLiteral("scale"), m_scale);
    if (m_offset != 0.0)
        e.insert(QStringLiteral("offset"), m_offset);
    if (!m_connection.isEmpty())
        e.insert(QStringLiteral("connection"), m_connection);
    return e;
}

bool BindingPicker::validate(QString *error) const
{
    QJsonValue bound;
    if (!preview(&bound, error))
        return false;
    *error = BindingCheck::problem(*m_project, entry());
    return error->isEmpty();
}

bool BindingPicker::commit(Project *project, QString *error) const
{
    return validate(error) && SetBindingsCommand::add(project, entry(), error);
}

} // namespace twin
