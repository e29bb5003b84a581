// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "functions/valuestore.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace twin {

class NotificationModel;

/**
 * What a recorder (`twinctl record-service`) does with the alerts its rules raise and
 * clear, and with the notifications of its functions: it keeps them in the history it
 * records into, as the desktop's alerts panel does (the same NotificationModel rules:
 * a rule's "cleared" clears what it raised), so that desktops reading that history show
 * them. In a shared history each alert is stored once however many recorders raise it
 * (PostgresAlertStore).
 *
 * While the history cannot be opened, alerts wait in memory (the newest limit()) and
 * the open is tried again every few seconds. One thread.
 */
class AlertRecorder
{
public:
    explicit AlertRecorder(const QString &location);
    ~AlertRecorder();
    AlertRecorder(const AlertRecorder &) = delete;
    AlertRecorder &operator=(const AlertRecorder &) = delete;

    /// Stores \a notifications (oldest first); the errors met on the way go to \a errors.
    void record(const QList<FunctionNotification> &notifications, QStringList *errors);
    /// Whether the history is open for alerts.
    bool isOpen() const;
    const NotificationModel &model() const { return *m_model; }

private:
    void tryOpen(QStringList *errors);

    QString m_location;
    std::unique_ptr<NotificationModel> m_model;
    QStringList m_errors; ///< what the model reported while storing
    QElapsedTimer m_sinceTry;
};

} // namespace twin
