// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "functions/valuestore.h"
#include "telemetry/alertrecord.h"

#include <QAbstractTableModel>
#include <QList>

#include <array>
#include <memory>

namespace twin {

class AlertStore;

/**
 * The alerts panel's rows: the notifications functions and alert rules raised
 * (sendNotification, Notify(), AlertRuleEngine), newest first, each an alert with a
 * severity and a state: open → acknowledged (who, when, a comment) → cleared. An alert
 * rule's "cleared" notification clears the alert the same rule raised on the same twin
 * instead of adding a row. Holds at most limit() rows; the oldest go when more arrive.
 * Rows arrive in batches (one insert per batch, from the live session's tick).
 *
 * With a log (setLog()), alerts and what becomes of them are stored in the history file
 * and the newest limit() are read back from it, so that they survive a restart.
 */
class NotificationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, TwinColumn, TypeColumn, PayloadColumn, SeverityColumn, StateColumn, ColumnCount };
    enum Role {
        TimeRole = Qt::UserRole + 1, ///< when it was raised: epoch ms (qint64); the time cursor filters on it
        TwinIdRole,
        TypeRole,
        PayloadRole,
        FunctionRole,
        SeverityRole,       ///< "critical", "warning" or "info"
        StateRole,          ///< "open", "acknowledged" or "cleared"
        AcknowledgedByRole, ///< the user who acknowledged it
        AcknowledgedTimeRole, ///< epoch ms; 0 while not acknowledged
        CommentRole,
        ClearedTimeRole,    ///< epoch ms; 0 while not cleared
        RaisedTimeRole = TimeRole,
    };
    /// Counts of alerts not yet cleared, by severity.
    struct Counts
    {
        int critical = 0;
        int warning = 0;
        int info = 0;
    };

    explicit NotificationModel(QObject *parent = nullptr);
    ~NotificationModel() override;

    int limit() const { return m_limit; }
    /// At least 1; trims the oldest rows beyond it.
    void setLimit(int limit);

    /// Where alerts are stored: rows not stored yet are added to it, then the rows are
    /// replaced by the newest limit() the log holds (\a loaded: those, read from it just
    /// before). Null: none (rows stay in memory). False with \a error when the log cannot be read.
    bool setLog(std::shared_ptr<AlertStore> log, QString *error, const QList<AlertRecord> *loaded = nullptr);
    AlertStore *log() const { return m_log.get(); }
    const std::shared_ptr<AlertStore> &sharedLog() const { return m_log; }
    /// Shows \a stored, the newest limit() alerts the log holds now (others write to a
    /// shared history too), with the changes not stored yet on top; nothing changes when
    /// they are the rows shown.
    void showStored(const QList<AlertRecord> &stored);

    /// Changes of stored alerts (acknowledged, cleared) that wait to be written: the log
    /// did not take them (the database is away) or writes are deferred. They stay (in
    /// memory, the latest per alert) until written, and are written before the log is read
    /// again. A log of another location drops them.
    const QList<AlertRecord> &unstored() const { return m_unstored; }
    /// Writes the changes that wait; false with \a error (those not written still wait).
    bool storeUnstored(QString *error);
    /// Forgets the waiting changes in \a written (written elsewhere, on a thread of the
    /// caller's), unless they changed again meanwhile.
    void markStored(const QList<AlertRecord> &written);
    /// Deferred: a change of a stored alert only waits (unstoredChanged()) for the caller to
    /// write it off the GUI thread, where a shared database may be slow or away.
    void setWritesDeferred(bool deferred) { m_deferred = deferred; }

    /// Adds \a notifications, given oldest first, at the top.
    void addNotifications(const QList<FunctionNotification> &notifications);
    /// Row \a row (0 = newest).
    FunctionNotification notification(int row) const;
    const AlertRecord &alert(int row) const { return m_rows.at(row); }
    /// Removes every row from the list (the stored alerts stay in the history file).
    void clear();

    /// Acknowledges the alert of \a row as \a user at \a timeMs with \a comment; false with
    /// why when it is cleared already (nothing changes) or cannot be stored now (the
    /// acknowledgement stays and waits, see unstored()).
    bool acknowledge(int row, const QString &comment, const QString &user, qint64 timeMs, QString *error);
    /// Clears the alert of \a row at \a timeMs (the user's "Clear Alert").
    bool clearAlert(int row, qint64 timeMs, QString *error);
    Counts openCounts() const;

    /// "critical", "warning" or "info": the "severity" of a JSON payload ("error" counts as
    /// critical), info otherwise.
    static QString severityOf(const FunctionNotification &notification);
    /// The name of the user running the program, as acknowledgements record it.
    static QString currentUser();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    /// Storing or reading an alert failed (the alert stays in the list).
    void errorOccurred(const QString &message);
    /// A change waits to be written (see unstored()).
    void unstoredChanged();

private:
    void trim();
    /// The newest open or acknowledged alert that \a rule raised on \a twinId, or -1.
    int raisedBy(const QString &twinId, const QString &rule) const;
    bool store(int row, QString *error);
    /// The rows with the waiting changes of their alerts applied.
    void overlayUnstored(QList<AlertRecord> *rows) const;
    QVariant display(const AlertRecord &a, int column) const;

    QList<AlertRecord> m_rows; // newest first
    int m_limit = 1000;
    std::shared_ptr<AlertStore> m_log;
    QList<AlertRecord> m_unstored;
    QString m_unstoredLocation; ///< the log the waiting changes belong to
    bool m_deferred = false;
};

} // namespace twin
