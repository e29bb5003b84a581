// SPDX-License-Identifier: GPL-3.0-or-later
#include "markerinstancing.h"

namespace twin::view3d {

namespace {
// The #Cube mesh is 100 units wide; markers are sized in metres.
constexpr float kCubeSize = 100.0f;
} // namespace

MarkerInstancing::MarkerInstancing(QQuick3DObject *parent)
    : QQuick3DInstancing(parent)
{
}

void MarkerInstancing::setMarkers(const QList<Marker> &markers)
{
    m_markers = markers;
    m_highlighted = QList<bool>(markers.size(), false);
    m_dirty = true;
    markDirty();
}

void MarkerInstancing::setHighlighted(int index, bool on)
{
    if (index < 0 || index >= m_highlighted.size() || m_highlighted[index] == on)
        return;
    m_highlighted[index] = on;
    m_dirty = true;
    markDirty();
}

QByteArray MarkerInstancing::getInstanceBuffer(int *instanceCount)
{
    if (m_dirty) {
        m_buffer.resize(m_markers.size() * qsizetype(sizeof(InstanceTableEntry)));
        auto *entry = reinterpret_cast<InstanceTableEntry *>(m_buffer.data());
        for (qsizetype i = 0; i < m_markers.size(); ++i) {
            const Marker &m = m_markers[i];
            const bool lit = m_highlighted[i];
            const float size = m.size * (lit ? 1.6f : 1.0f) / kCubeSize;
            const QColor colour = lit ? m.colour.lighter(150) : m.colour;
            entry[i] = calculateTableEntry(m.position, QVector3D(size, size, size), QVector3D(0, 45, 0), colour);
        }
        m_dirty = false;
    }
    if (instanceCount)
        *instanceCount = int(m_markers.size());
    return m_buffer;
}

} // namespace twin::view3d
