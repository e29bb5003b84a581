// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "functions/valuestore.h"

#include <QAbstractTableModel>
#include <QList>

namespace twin {

/**
 * The notifications functions raised (sendNotification, Notify()), newest first: time,
 * twin, type and payload. Holds at most limit() rows; the oldest go when more arrive.
 * Rows arrive in batches (one insert per batch, from the live session's tick).
 */
class NotificationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, TwinColumn, TypeColumn, PayloadColumn, ColumnCount };
    enum Role {
        TimeRole = Qt::UserRole + 1, ///< epoch ms (qint64)
        TwinIdRole,
        TypeRole,
        PayloadRole,
        FunctionRole,
        SeverityRole, ///< "critical", "warning" or "info"
        StateRole,    ///< "open", "acknowledged" or "cleared"
    };

    explicit NotificationModel(QObject *parent = nullptr);

    int limit() const { return m_limit; }
    /// At least 1; trims the oldest rows beyond it.
    void setLimit(int limit);

    /// Adds \a notifications, given oldest first, at the top.
    void addNotifications(const QList<FunctionNotification> &notifications);
    /// Row \a row (0 = newest).
    FunctionNotification notification(int row) const { return m_rows.at(row); }
    void clear();
    /// "critical", "warning" or "info": the "severity" of a JSON payload, info otherwise.
    static QString severityOf(const FunctionNotification &notification);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void trim();

    QList<FunctionNotification> m_rows; // newest first
    int m_limit = 1000;
};

} // namespace twin
