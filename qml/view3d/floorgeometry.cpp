// SPDX-License-Identifier: GPL-3.0-or-later
#include "floorgeometry.h"

#include "floormesh.h"

namespace twin::view3d {

FloorGeometry::FloorGeometry(QQuick3DObject *parent)
    : QQuick3DGeometry(parent)
{
}

void FloorGeometry::setMesh(const FloorMesh &mesh)
{
    clear();
    setStride(FloorMesh::Stride);
    setPrimitiveType(PrimitiveType::Triangles);
    addAttribute(Attribute::PositionSemantic, 0, Attribute::F32Type);
    addAttribute(Attribute::TexCoord0Semantic, FloorMesh::TexelOffset, Attribute::F32Type);
    addAttribute(Attribute::ColorSemantic, FloorMesh::ShadeOffset, Attribute::F32Type);
    addAttribute(Attribute::IndexSemantic, 0, Attribute::U32Type);
    setVertexData(mesh.vertices);
    setIndexData(mesh.indices);
    setBounds(mesh.boundsMin, mesh.boundsMax);
    m_triangles = mesh.triangleCount();
    ++m_rebuilds;
    update();
}

} // namespace twin::view3d
