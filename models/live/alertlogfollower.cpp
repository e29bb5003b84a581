// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertlogfollower.h"

#include "document/project.h"
#include "itemmodels/notificationmodel.h"
#include "telemetry/alertstore.h"
#include "telemetry/historyqueries.h"

#include <QFileInfo>

#include <utility>

namespace twin {

AlertLogFollower::AlertLogFollower(Project *project, NotificationModel *model, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_model(model)
{
    m_pool.setMaxThreadCount(1);
    m_refresh.setInterval(5000);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (currentLocation() != m_location)
            follow();
        else if (!m_model->log() && !m_busy && HistoryQueries::isShared(m_location))
            openShared(m_location); // the server was away: try again
        else
            refresh();
    });
    m_refresh.start();
    // An acknowledgement or clearing on a shared history is written on the pool thread.
    connect(m_model, &NotificationModel::unstoredChanged, this, [this] {
        if (m_busy)
            m_writeAgain = true;
        else
            refresh();
    });
}

AlertLogFollower::~AlertLogFollower()
{
    // A connect in progress ends within its timeout; its result is dropped with this.
    m_pool.waitForDone();
}

QString AlertLogFollower::currentLocation() const
{
    // A project never saved and given no history has none.
    return HistoryQueries::locationOf(*m_project);
}

void AlertLogFollower::follow()
{
    const QString location = currentLocation();
    if (location == m_location && (m_model->log() || m_busy))
        return;
    ++m_generation;
    m_busy = false;
    m_model->setLog(nullptr, nullptr);
    m_model->setWritesDeferred(HistoryQueries::isShared(location));
    m_location = location;
    m_lastError.clear();
    if (location.isEmpty())
        return;
    if (HistoryQueries::isShared(location))
        openShared(location);
    else if (QFileInfo::exists(location))
        open(); // a project without history yet gets its file with its first alert
}

void AlertLogFollower::open()
{
    if (m_location != currentLocation()) {
        follow();
        if (m_model->log() || m_busy)
            return;
    }
    if (m_location.isEmpty() || m_model->log() || m_busy)
        return;
    if (HistoryQueries::isShared(m_location)) {
        openShared(m_location);
        return;
    }
    QString error;
    const std::shared_ptr<AlertStore> log = AlertStore::open(m_location, &error);
    if (!log || !m_model->setLog(log, &error))
        emit errorOccurred(error);
}

namespace {

/// Writes \a changes into \a log (on the pool thread); those written go to \a written.
bool writeChanges(AlertStore *log, const QList<AlertRecord> &changes, QList<AlertRecord> *written, QString *error)
{
    for (const AlertRecord &change : changes) {
        if (!log->update(change, error))
            return false;
        written->append(change);
    }
    return true;
}

} // namespace

void AlertLogFollower::openShared(const QString &location)
{
    m_busy = true;
    const int generation = m_generation;
    const int limit = m_model->limit();
    const QList<AlertRecord> changes = m_model->unstored();
    m_pool.start([this, location, generation, limit, changes] {
        QString error;
        QList<AlertRecord> stored, written;
        std::shared_ptr<AlertStore> log = AlertStore::open(location, &error);
        if (log && !(writeChanges(log.get(), changes, &written, &error) && log->load(limit, &stored, &error)))
            log.reset();
        QMetaObject::invokeMethod(this, [this, log, stored, written, error, generation] {
            if (generation != m_generation)
                return;
            m_busy = false;
            m_model->markStored(written);
            QString why = error;
            const bool ok = log && m_model->setLog(log, &why, &stored);
            report(ok, why);
            emit opened(ok);
            writeAgain();
        }, Qt::QueuedConnection);
    });
}

void AlertLogFollower::refresh()
{
    if (m_busy || !m_model->log() || !HistoryQueries::isShared(m_location))
        return;
    m_busy = true;
    m_writeAgain = false;
    const int generation = m_generation;
    const int limit = m_model->limit();
    const QList<AlertRecord> changes = m_model->unstored();
    std::shared_ptr<AlertStore> log = m_model->sharedLog();
    m_pool.start([this, log, generation, limit, changes] {
        QString error;
        QList<AlertRecord> stored, written;
        const bool ok = writeChanges(log.get(), changes, &written, &error) && log->load(limit, &stored, &error);
        QMetaObject::invokeMethod(this, [this, ok, stored, written, error, generation] {
            if (generation != m_generation)
                return;
            m_busy = false;
            m_model->markStored(written);
            if (ok)
                m_model->showStored(stored);
            report(ok, error);
            writeAgain();
        }, Qt::QueuedConnection);
    });
}

void AlertLogFollower::report(bool ok, const QString &error)
{
    // While the server stays away, its message is given once.
    if (!ok && error != std::exchange(m_lastError, error))
        emit errorOccurred(error);
    if (ok)
        m_lastError.clear();
}

void AlertLogFollower::writeAgain()
{
    // A change made while the pool was busy is written now, not at the next round.
    if (std::exchange(m_writeAgain, false) && !m_model->unstored().isEmpty())
        refresh();
}

} // namespace twin
