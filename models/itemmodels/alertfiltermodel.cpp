// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertfiltermodel.h"

#include "notificationmodel.h"

namespace twin {

void AlertFilterModel::change(QString *field, const QString &value)
{
    if (*field == value)
        return;
    *field = value;
    invalidateFilter();
}

void AlertFilterModel::setSeverity(const QString &severity)
{
    change(&m_severity, severity);
}

void AlertFilterModel::setState(const QString &state)
{
    change(&m_state, state);
}

void AlertFilterModel::setTwin(const QString &twin)
{
    change(&m_twin, twin.trimmed());
}

void AlertFilterModel::setText(const QString &text)
{
    change(&m_text, text.trimmed());
}

bool AlertFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_severity.isEmpty() && row.data(NotificationModel::SeverityRole).toString() != m_severity)
        return false;
    if (!m_state.isEmpty()) {
        const QString state = row.data(NotificationModel::StateRole).toString();
        const bool active = state != QLatin1StringView("cleared");
        if (m_state == QLatin1StringView("active") ? !active : state != m_state)
            return false;
    }
    if (!m_twin.isEmpty() && !row.data(NotificationModel::TwinIdRole).toString().contains(m_twin, Qt::CaseInsensitive))
        return false;
    if (!m_text.isEmpty()) {
        const bool found = row.data(NotificationModel::PayloadRole).toString().contains(m_text, Qt::CaseInsensitive)
                           || row.data(NotificationModel::TypeRole).toString().contains(m_text, Qt::CaseInsensitive)
                           || row.data(NotificationModel::CommentRole).toString().contains(m_text, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

} // namespace twin
