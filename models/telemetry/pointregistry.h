// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetrytypes.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <array>
#include <atomic>
#include <memory>

namespace twin {

/// What a point is: the (twin, name) pair, its semantic type and unit.
struct PointInfo
{
    QString twinId;
    QString name;     ///< telemetry or property name; a sensor's primary point is named after its data type
    QString dataType; ///< semantic type: Temperature, Humidity, CarbonDioxide, Motion, ...
    QString unit;
    PointKind kind = PointKind::Bound;
    ValueKind valueKind = ValueKind::Number;
};

/**
 * Dense integer ids for points. Creating a point takes a lock (once per point, at binding
 * time or on first use); reading an existing point's info is lock-free from any thread,
 * since entries never move (fixed-size chunks) and never change once published.
 */
class PointRegistry
{
public:
    static constexpr int ChunkSize = 1024;
    static constexpr int MaxChunks = 4096; ///< up to 4M points

    PointRegistry();
    ~PointRegistry();
    PointRegistry(const PointRegistry &) = delete;
    PointRegistry &operator=(const PointRegistry &) = delete;

    /// The id of (twinId, name), or -1.
    int find(const QString &twinId, const QString &name) const;
    /// The id of (info.twinId, info.name), created with \a info when new.
    int findOrCreate(const PointInfo &info);
    /// Valid for ids below count(), from any thread.
    const PointInfo &info(int id) const;
    int count() const { return m_count.load(std::memory_order_acquire); }

private:
    using Chunk = std::array<PointInfo, ChunkSize>;
    mutable QMutex m_mutex;
    QHash<QString, int> m_index; ///< "twinId\nname" → id
    std::array<std::atomic<Chunk *>, MaxChunks> m_chunks{};
    std::atomic<int> m_count{0};
};

} // namespace twin
