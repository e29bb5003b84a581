// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetrytypes.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <memory>
#include <vector>

namespace twin {

/// The latest value of a point.
struct LiveValue
{
    double number = 0.0;        ///< numbers; booleans as 0/1; 0 for strings
    qint64 timestampMs = 0;
    ValueKind kind = ValueKind::Number;
    QString text;               ///< string values only
};

/// One sample in a point's ring buffer.
struct RecentSample
{
    qint64 timestampMs = 0;
    double value = 0.0;
};

/// A point whose latest value changed since the last takeChanges().
struct PointUpdate
{
    int point = -1;
    double value = 0.0;
    qint64 timestampMs = 0;
};

/**
 * Live state of every point: the latest value and time in dense arrays indexed by point
 * id, and a ring buffer of the recent window per point (allocated when the point first
 * gets a value, never per sample).
 *
 * The pipeline thread writes a whole batch between beginUpdate() and endUpdate() (one
 * lock per batch); readers on other threads lock per call. At the end of each batch the
 * writer publishes what changed (one entry per point, the latest) under a second lock
 * that is only ever held for a copy, so the GUI's tick takes the changes with
 * tryTakeChanges() without waiting for a batch in progress, and without being starved
 * when batches follow each other back to back under a flood.
 */
class LiveState
{
public:
    explicit LiveState(int ringCapacity = 512);

    int ringCapacity() const { return m_ringCapacity; }

    // --- writer (pipeline thread) ------------------------------------------------------------
    void beginUpdate();
    /// Sets a value; returns whether it became the latest (older timestamps only go to the
    /// ring buffer). \a previous receives the old latest value when there was one.
    bool set(int point, ValueKind kind, double number, const QString *text, qint64 timestampMs,
             bool *hadPrevious, double *previous);
    void endUpdate();

    // --- readers (any thread) ----------------------------------------------------------------
    bool latest(int point, LiveValue *value) const;
    /// Samples of the ring buffer with timestamp >= \a sinceMs, oldest first.
    QList<RecentSample> recent(int point, qint64 sinceMs = 0) const;
    /// Appends the points changed since the previous call and forgets them.
    void takeChanges(std::vector<PointUpdate> *changes);
    /// Appends the changes of the batches finished since the previous call, without
    /// waiting for a batch in progress (its changes come with the next call). For a GUI
    /// tick. Always true.
    bool tryTakeChanges(std::vector<PointUpdate> *changes);
    /// Number of points with a value.
    int valueCount() const;
    /// Reads a value without locking; only for the writer thread between begin/endUpdate().
    bool latestUnlocked(int point, double *number) const;

private:
    struct Ring
    {
        std::vector<RecentSample> samples;
        int head = 0;
        int size = 0;
    };
    void grow(int point);
    /// Moves m_changed into m_published; m_mutex held.
    void publishLocked();
    void takePublished(std::vector<PointUpdate> *changes);

    mutable QMutex m_mutex;
    int m_ringCapacity;
    std::vector<double> m_values;
    std::vector<qint64> m_times;
    std::vector<ValueKind> m_kinds;
    std::vector<std::uint8_t> m_flags; // bit 0: has a value, bit 1: changed since takeChanges
    std::vector<std::unique_ptr<Ring>> m_rings;
    std::vector<int> m_changed;
    QMutex m_publishMutex;                 ///< guards the two below; held for copies only
    std::vector<PointUpdate> m_published;  ///< one entry per point, the latest
    std::vector<int> m_publishedSlot;      ///< point → index in m_published, or -1
    QHash<int, QString> m_texts;
    int m_valueCount = 0;
};

} // namespace twin
