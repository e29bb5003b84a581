// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace twin {

/**
 * The notifications of a NotificationModel raised up to a moment (the time cursor's), by
 * their time (NotificationModel::TimeRole); every one while live (untilMs() < 0).
 */
class NotificationTimeFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    qint64 untilMs() const { return m_untilMs; }
    /// Shows those raised at or before \a ms; a negative \a ms shows every one.
    void setUntilMs(qint64 ms);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    qint64 m_untilMs = -1;
};

} // namespace twin
