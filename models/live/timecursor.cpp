// SPDX-License-Identifier: GPL-3.0-or-later
#include "timecursor.h"

#include "document/project.h"
#include "telemetry/bindingset.h"
#include "telemetry/historyqueries.h"
#include "telemetry/pointregistry.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace twin {

TimeCursor::TimeCursor(const Project *project, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_snapshot(new HistorySnapshotFeed(this))
{
    m_play.setInterval(PlayIntervalMs);
    connect(&m_play, &QTimer::timeout, this, &TimeCursor::advance);
}

TimeCursor::~TimeCursor() = default;

QList<double> TimeCursor::speeds()
{
    return {1.0, 10.0, 60.0, 600.0, 3600.0};
}

void TimeCursor::setHistoryPath(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    m_reader.reset();
    m_fromMs = m_toMs = 0;
    if (!m_live)
        goLive();
    emit spanChanged();
}

bool TimeCursor::refreshSpan(QString *error)
{
    if (!HistoryQueries::isAvailable(m_path)) {
        const bool changed = m_toMs != 0;
        m_fromMs = m_toMs = 0;
        if (changed)
            emit spanChanged();
        return true;
    }
    if (!m_reader)
        m_reader = HistoryQueries::open(m_path);
    qint64 from = 0, to = 0;
    if (!m_reader->span(&from, &to, error))
        return false;
    if (from != m_fromMs || to != m_toMs) {
        m_fromMs = from;
        m_toMs = to;
        emit spanChanged();
    }
    return true;
}

void TimeCursor::updateBoundPoints()
{
    // Which points bindings feed decides what is telemetry and what functions computed.
    PointRegistry points;
    BindingSet bindings;
    Diagnostics ignored; // binding problems are the live session's to report
    bindings.build(*m_project, &points, &ignored);
    QSet<QPair<QString, QString>> bound;
    bound.reserve(points.count());
    for (int i = 0; i < points.count(); ++i)
        bound.insert({points.info(i).twinId, points.info(i).name});
    m_snapshot->setBoundPoints(bound);
}

bool TimeCursor::moveTo(qint64 ms, QString *error)
{
    QString why;
    if (!HistoryQueries::isAvailable(m_path))
        why = tr("There is no history to show: record a live run of a saved project first.");
    if (why.isEmpty() && !m_reader)
        m_reader = HistoryQueries::open(m_path);
    QElapsedTimer clock;
    clock.start();
    QList<HistoryPointValue> values;
    if (why.isEmpty() && !m_reader->snapshot(ms, &values, &why))
        m_reader.reset();
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        emit errorOccurred(why);
        return false;
    }
    m_lastQueryMs = double(clock.nsecsElapsed()) / 1e6;
    const bool wasLive = m_live;
    if (wasLive) {
        // Another file, or the same one grown: nothing of an earlier visit stays.
        m_snapshot->clear();
        updateBoundPoints();
    }
    m_live = false;
    m_timeMs = ms;
    m_snapshot->setSnapshot(ms, values);
    if (wasLive)
        emit liveChanged(false);
    emit timeChanged(ms);
    return true;
}

bool TimeCursor::step(int steps, QString *error)
{
    const qint64 from = m_live ? QDateTime::currentMSecsSinceEpoch() : m_timeMs;
    const qint64 to = from + qint64(steps) * qint64(std::llround(m_speed * 1000.0));
    if (!m_live && to >= QDateTime::currentMSecsSinceEpoch()) {
        goLive();
        return true;
    }
    if (m_live && steps > 0)
        return true; // nothing ahead of the present
    return moveTo(to, error);
}

void TimeCursor::goLive()
{
    pause();
    if (m_live)
        return;
    m_live = true;
    emit liveChanged(true);
}

void TimeCursor::play()
{
    if (m_live || m_play.isActive())
        return;
    m_playClock.start();
    m_play.start();
    emit playingChanged(true);
}

void TimeCursor::pause()
{
    if (!m_play.isActive())
        return;
    m_play.stop();
    emit playingChanged(false);
}

void TimeCursor::setSpeed(double speed)
{
    if (speed <= 0.0 || speed == m_speed)
        return;
    m_speed = speed;
    emit speedChanged(speed);
}

void TimeCursor::advance()
{
    const qint64 elapsed = m_playClock.restart();
    const qint64 to = m_timeMs + qint64(std::llround(double(elapsed) * m_speed));
    if (to >= QDateTime::currentMSecsSinceEpoch()) {
        goLive();
        return;
    }
    if (!moveTo(to))
        pause();
}

} // namespace twin
