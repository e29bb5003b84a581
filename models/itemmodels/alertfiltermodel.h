// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace twin {

/**
 * The alerts panel's filter over a NotificationModel: by severity, by state, by twin (a
 * part of its id) and by text (a part of the payload, the type or the comment), all
 * case-insensitive. An empty filter lets everything through.
 */
class AlertFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    /// "critical", "warning", "info" or empty (any).
    void setSeverity(const QString &severity);
    /// "open", "acknowledged", "cleared", "active" (open or acknowledged) or empty (any).
    void setState(const QString &state);
    void setTwin(const QString &twin);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void change(QString *field, const QString &value);

    QString m_severity;
    QString m_state;
    QString m_twin;
    QString m_text;
};

} // namespace twin
