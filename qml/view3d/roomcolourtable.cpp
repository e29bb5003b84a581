// SPDX-License-Identifier: GPL-3.0-or-later
#include "roomcolourtable.h"

namespace twin::view3d {

RoomColourTable::RoomColourTable(QQuick3DObject *parent)
    : QQuick3DTextureData(parent)
{
    setFormat(Format::RGBA8);
    setHasTransparency(false);
}

void RoomColourTable::reset(QSize size, QColor fill)
{
    m_size = size;
    m_texels = QByteArray(qsizetype(size.width()) * size.height() * 4, Qt::Uninitialized);
    setSize(size);
    for (int i = 0; i < slotCount(); ++i)
        setColour(i, fill);
    commit();
}

void RoomColourTable::setColour(int slot, QColor colour)
{
    Q_ASSERT(slot >= 0 && slot < slotCount());
    uchar *texel = reinterpret_cast<uchar *>(m_texels.data()) + qsizetype(slot) * 4;
    const QRgb rgb = colour.rgba();
    texel[0] = uchar(qRed(rgb));
    texel[1] = uchar(qGreen(rgb));
    texel[2] = uchar(qBlue(rgb));
    texel[3] = uchar(qAlpha(rgb));
    m_dirty = true;
    ++m_writes;
}

QColor RoomColourTable::colour(int slot) const
{
    const uchar *texel = reinterpret_cast<const uchar *>(m_texels.constData()) + qsizetype(slot) * 4;
    return QColor(texel[0], texel[1], texel[2], texel[3]);
}

void RoomColourTable::commit()
{
    if (!m_dirty)
        return;
    m_dirty = false;
    ++m_commits;
    setTextureData(m_texels);
}

} // namespace twin::view3d
