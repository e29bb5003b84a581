// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QQuick3DTextureData>
#include <QSize>
#include <QtQml/qqmlregistration.h>

namespace twin::view3d {

/**
 * A floor's colours, one texel per slot (FloorMesh::WallSlot, SlabSlot, then one per
 * room), read by the floor's material through the texel coordinates of its vertices.
 * setColour() writes one texel in a CPU copy; commit() hands the table over once, so a
 * tick that recolours every room uploads one small texture.
 */
class RoomColourTable : public QQuick3DTextureData
{
    Q_OBJECT
    QML_ANONYMOUS

public:
    explicit RoomColourTable(QQuick3DObject *parent = nullptr);

    /// Resizes the table to \a size (FloorMesh::tableSizeFor()); every slot becomes \a fill.
    void reset(QSize size, QColor fill);
    int slotCount() const { return m_size.width() * m_size.height(); }
    void setColour(int slot, QColor colour);
    QColor colour(int slot) const;
    /// Uploads the colours written since the last commit, if any.
    void commit();
    /// Texels written by setColour() over the table's life (tests, benchmarks).
    qint64 writes() const { return m_writes; }
    int commits() const { return m_commits; }

private:
    QSize m_size;
    QByteArray m_texels;
    bool m_dirty = false;
    qint64 m_writes = 0;
    int m_commits = 0;
};

} // namespace twin::view3d
