// SPDX-License-Identifier: GPL-3.0-or-later
#include "pointregistry.h"

#include <QMutexLocker>

namespace twin {

namespace {
QString keyOf(const QString &twinId, const QString &name)
{
    return twinId + u'\n' + name;
}
} // namespace

PointRegistry::PointRegistry() = default;

PointRegistry::~PointRegistry()
{
    for (auto &chunk : m_chunks)
        delete chunk.load();
}

int PointRegistry::find(const QString &twinId, const QString &name) const
{
    QMutexLocker lock(&m_mutex);
    return m_index.value(keyOf(twinId, name), -1);
}

int PointRegistry::findOrCreate(const PointInfo &info)
{
    QMutexLocker lock(&m_mutex);
    const QString key = keyOf(info.twinId, info.name);
    const auto it = m_index.constFind(key);
    if (it != m_index.cend())
        return *it;
    const int id = m_count.load(std::memory_order_relaxed);
    const int chunk = id / ChunkSize;
    Q_ASSERT(chunk < MaxChunks);
    if (chunk >= MaxChunks)
        return -1;
    Chunk *c = m_chunks[chunk].load(std::memory_order_relaxed);
    if (!c) {
        c = new Chunk;
        m_chunks[chunk].store(c, std::memory_order_release);
    }
    (*c)[id % ChunkSize] = info;
    m_index.insert(key, id);
    m_count.store(id + 1, std::memory_order_release);
    return id;
}

const PointInfo &PointRegistry::info(int id) const
{
    Q_ASSERT(id >= 0 && id < count());
    return (*m_chunks[id / ChunkSize].load(std::memory_order_acquire))[id % ChunkSize];
}

} // namespace twin
