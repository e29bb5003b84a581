// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick3D

// The benchmark's reference: the same triangles as the building, one static mesh, one
// material, the same camera.
Item {
    id: root
    property var mesh: null
    property vector3d target
    property real distance: 60
    property real yaw: -28
    property real pitch: -42
    property real clipFar: 1000

    View3D {
        anchors.fill: parent
        // Drawn on every frame, as the building is in the benchmark.
        renderMode: View3D.Underlay
        environment: SceneEnvironment {
            clearColor: "#20242a"
            backgroundMode: SceneEnvironment.Color
            antialiasingMode: SceneEnvironment.NoAA
        }
        Node {
            position: root.target
            eulerRotation: Qt.vector3d(root.pitch, root.yaw, 0)
            PerspectiveCamera {
                z: root.distance
                fieldOfView: 45
                clipNear: Math.max(0.05, root.distance / 500)
                clipFar: root.clipFar
            }
        }
        Model {
            geometry: root.mesh
            materials: DefaultMaterial {
                lighting: DefaultMaterial.NoLighting
                diffuseColor: "#8fd16a"
                cullMode: Material.NoCulling
            }
        }
    }
}
