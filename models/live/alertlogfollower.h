// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetry/alertrecord.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace twin {

class AlertStore;
class NotificationModel;
class Project;

/**
 * Keeps a NotificationModel's alerts in the history the project reads
 * (HistoryQueries::locationOf()): its history file, or a shared PostgreSQL history that
 * recorders and other desktops write to as well.
 *
 * A shared history is opened on a thread of its own, so a server that does not answer
 * never blocks the GUI (the connection gives up after its connect timeout, with
 * errorOccurred()); while it is open, its alerts are read again every refreshInterval()
 * on that thread, so what a recorder raised and another desktop acknowledged shows here;
 * a server that was away is tried again on the same timer. Acknowledgements and
 * clearings made here are written on that thread too (NotificationModel's deferred
 * writes), before each read, and wait while the server is away.
 * The history location is checked on the same timer (a `--history` given after the
 * project was opened, the project's setting edited).
 */
class AlertLogFollower : public QObject
{
    Q_OBJECT

public:
    AlertLogFollower(Project *project, NotificationModel *model, QObject *parent = nullptr);
    ~AlertLogFollower() override;

    /// Follows the project's history: drops the log of another location and opens this
    /// one when it exists (a file that does not exist yet is made by open()).
    void follow();
    /// Opens the project's history for alerts, creating a history file.
    void open();
    /// The location being followed (empty: none).
    const QString &location() const { return m_location; }
    /// Whether a shared history is being opened or read on the background thread.
    bool isBusy() const { return m_busy; }

    int refreshInterval() const { return m_refresh.interval(); }
    void setRefreshInterval(int ms) { m_refresh.setInterval(ms); }

signals:
    void errorOccurred(const QString &message);
    /// A shared history was opened (or failed to open: errorOccurred() came first).
    void opened(bool ok);

private:
    /// Opens \a location on the background thread and hands the store to the model.
    void openShared(const QString &location);
    /// Reads the shared store's alerts on the background thread and shows them.
    void refresh();
    QString currentLocation() const;
    /// Emits errorOccurred() for a failure, once while the same one lasts.
    void report(bool ok, const QString &error);
    /// Writes the changes made while the pool was busy.
    void writeAgain();

    Project *const m_project;
    NotificationModel *const m_model;
    QString m_location;
    QThreadPool m_pool; ///< one thread: the shared store's connects and reads
    QTimer m_refresh;
    QString m_lastError; ///< the last failure to open the shared history, reported once
    bool m_busy = false;
    bool m_writeAgain = false; ///< a change came while the pool was busy
    int m_generation = 0; ///< bumped per location: late results of an older one are dropped
};

} // namespace twin
