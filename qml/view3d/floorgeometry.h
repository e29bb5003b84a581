// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQuick3DGeometry>
#include <QtQml/qqmlregistration.h>

namespace twin::view3d {

class FloorMesh;

/// One floor's triangles for a Model (see FloorMesh). Replaced as a whole when the floor's
/// plan changes; colours never touch it.
class FloorGeometry : public QQuick3DGeometry
{
    Q_OBJECT
    QML_ANONYMOUS

public:
    explicit FloorGeometry(QQuick3DObject *parent = nullptr);

    /// Uploads \a mesh in place of the current one.
    void setMesh(const FloorMesh &mesh);
    /// How often setMesh() ran (tests: a colour change must not rebuild geometry).
    int rebuildCount() const { return m_rebuilds; }
    int triangleCount() const { return m_triangles; }

private:
    int m_rebuilds = 0;
    int m_triangles = 0;
};

} // namespace twin::view3d
