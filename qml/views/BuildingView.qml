// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick3D

// The building in 3D: floors extruded from their plans. Filled in by the 3D view work.
View3D {
    id: view
    environment: SceneEnvironment {
        clearColor: "#20242a"
        backgroundMode: SceneEnvironment.Color
        antialiasingMode: SceneEnvironment.MSAA
    }
    PerspectiveCamera { position: Qt.vector3d(0, 600, 900); eulerRotation.x: -30 }
    DirectionalLight { eulerRotation.x: -45; eulerRotation.y: 30 }
    Model {
        source: "#Rectangle"
        scale: Qt.vector3d(10, 10, 1)
        eulerRotation.x: -90
        materials: PrincipledMaterial { baseColor: "#5a6470" }
    }
}
