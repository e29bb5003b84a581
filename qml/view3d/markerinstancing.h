// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QQuick3DInstancing>
#include <QVector3D>
#include <QtQml/qqmlregistration.h>

namespace twin::view3d {

/// The device, sensor and person markers of one floor: one instance each, placed in the
/// floor's space, coloured by category (a selected one larger and brighter).
class MarkerInstancing : public QQuick3DInstancing
{
    Q_OBJECT
    QML_ANONYMOUS

public:
    struct Marker
    {
        QVector3D position;
        QColor colour;
        float size = 0.35f;
    };

    explicit MarkerInstancing(QQuick3DObject *parent = nullptr);

    void setMarkers(const QList<Marker> &markers);
    const QList<Marker> &markers() const { return m_markers; }
    /// Draws marker \a index highlighted or not; takes effect at the next frame.
    void setHighlighted(int index, bool on);

protected:
    QByteArray getInstanceBuffer(int *instanceCount) override;

private:
    QList<Marker> m_markers;
    QList<bool> m_highlighted;
    QByteArray m_buffer;
    bool m_dirty = true;
};

} // namespace twin::view3d
