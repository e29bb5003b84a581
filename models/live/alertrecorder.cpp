// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertrecorder.h"

#include "itemmodels/notificationmodel.h"
#include "telemetry/alertstore.h"

namespace twin {

namespace {

constexpr qint64 RetryMs = 5000;

} // namespace

AlertRecorder::AlertRecorder(const QString &location)
    : m_location(location)
    , m_model(std::make_unique<NotificationModel>())
{
    QObject::connect(m_model.get(), &NotificationModel::errorOccurred,
                     [this](const QString &message) { m_errors.append(message); });
}

AlertRecorder::~AlertRecorder() = default;

bool AlertRecorder::isOpen() const
{
    return m_model->log() != nullptr;
}

void AlertRecorder::tryOpen(QStringList *errors)
{
    if (isOpen() || m_location.isEmpty() || (m_sinceTry.isValid() && m_sinceTry.elapsed() < RetryMs))
        return;
    m_sinceTry.start();
    QString error;
    const std::shared_ptr<AlertStore> log = AlertStore::open(m_location, &error);
    if (!log || !m_model->setLog(log, &error)) {
        m_model->setLog(nullptr, nullptr);
        errors->append(error);
    }
}

void AlertRecorder::record(const QList<FunctionNotification> &notifications, QStringList *errors)
{
    tryOpen(errors);
    m_model->addNotifications(notifications);
    if (m_errors.isEmpty())
        return;
    errors->append(m_errors);
    m_errors.clear();
    // The history went away: the alerts not stored are stored when it is opened again.
    m_model->setLog(nullptr, nullptr);
}

} // namespace twin
