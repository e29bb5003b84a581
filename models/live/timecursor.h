// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "live/historysnapshotfeed.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

namespace twin {

class HistoryQueries;
class Project;

/**
 * One moment every view shows: live (the default), or a moment T of the history file,
 * whose values snapshot() holds (one batched query per move, HistoryQueries::snapshot()): the project's file
 * or a shared PostgreSQL history.
 * Playing moves T forward at speed() times real time; reaching the present returns to
 * live. Nothing of it is kept in the project.
 */
class TimeCursor : public QObject
{
    Q_OBJECT

public:
    static constexpr int PlayIntervalMs = 100;

    explicit TimeCursor(const Project *project, QObject *parent = nullptr);
    ~TimeCursor() override;

    /// The history read for the past: a file or a `postgresql://` URL (empty: none).
    QString historyPath() const { return m_path; }
    void setHistoryPath(const QString &path);

    /// Re-reads the first and last time of the history file; false with \a error when it
    /// cannot be read.
    bool refreshSpan(QString *error = nullptr);
    qint64 spanFromMs() const { return m_fromMs; }
    qint64 spanToMs() const { return m_toMs; }
    bool hasHistory() const { return m_toMs > 0; }

    bool isLive() const { return m_live; }
    /// The moment shown when not live.
    qint64 timeMs() const { return m_timeMs; }
    /// Shows \a ms from history (leaving live); false with \a error when it cannot be read.
    bool moveTo(qint64 ms, QString *error = nullptr);
    /// Moves by \a steps steps of speed() seconds (back when negative); from live, the
    /// first step back starts at the present.
    bool step(int steps, QString *error = nullptr);
    /// Back to live values (stops playing).
    void goLive();

    bool isPlaying() const { return m_play.isActive(); }
    void play();
    void pause();
    double speed() const { return m_speed; }
    void setSpeed(double speed);
    /// The playing speeds offered: 1×, 10×, 60×, 600×, 3600×.
    static QList<double> speeds();

    /// The values at timeMs() (valid when not live).
    const HistorySnapshotFeed *snapshot() const { return m_snapshot; }
    /// How long the last snapshot query took, in ms.
    double lastQueryMs() const { return m_lastQueryMs; }

signals:
    void liveChanged(bool live);
    /// The moment moved (also when leaving live); the snapshot holds its values.
    void timeChanged(qint64 ms);
    void playingChanged(bool playing);
    void speedChanged(double speed);
    void spanChanged();
    /// The history could not be read (with the file named).
    void errorOccurred(const QString &message);

private:
    void advance();
    void updateBoundPoints();

    const Project *const m_project;
    HistorySnapshotFeed *const m_snapshot;
    std::shared_ptr<HistoryQueries> m_reader;
    QString m_path;
    QTimer m_play;
    QElapsedTimer m_playClock;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    qint64 m_timeMs = 0;
    double m_speed = 1.0;
    double m_lastQueryMs = 0.0;
    bool m_live = true;
};

} // namespace twin
