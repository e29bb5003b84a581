// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick3D

// The building in 3D: one model per floor (rooms, walls, slab) coloured through its colour
// table, and the floor's markers drawn by instancing. The C++ side (BuildingScene,
// RoomColouring) sets `scene` and `colouring`; this file only draws and turns input into
// camera moves and picks.
Item {
    id: root
    property var scene: null
    property var colouring: null
    /// Badges over rooms with open notifications (NotificationBadges).
    property var badges: null
    property alias view: view
    property alias camera: camera
    /// Orbit camera: it looks at `target` from `distance` metres, turned by yaw and pitch.
    property vector3d target: Qt.vector3d(0, 0, 0)
    property real distance: 60
    property real yaw: -28
    property real pitch: -42
    property bool animating: false
    /// Floors shown: -1 every floor; else floor `soloFloor`, with those above it see-through
    /// when `transparentAbove`, hidden otherwise.
    property int soloFloor: -1
    property bool transparentAbove: false
    property bool antialiasing: true
    property string hoveredId: ""

    signal twinClicked(string id, int modifiers)

    function fitAll() {
        if (!scene)
            return
        const r = Math.max(scene.radius, 2)
        animating = false
        target = scene.centre
        // The sphere around every floor inside the narrower of the two fields of view
        // (the camera's is vertical): the whole building, however the view is shaped.
        const vertical = camera.fieldOfView * Math.PI / 360
        const horizontal = Math.atan(Math.tan(vertical) * Math.max(1, view.width) / Math.max(1, view.height))
        distance = r / Math.sin(Math.min(vertical, horizontal))
    }
    function focusOn(id) {
        if (!scene || !scene.contains(id))
            return
        animating = true
        target = scene.positionOf(id)
        distance = Math.min(distance, 30)
    }
    /// Screen position of a scene point (tests: where a room's centre is drawn).
    function project(scenePosition) {
        return view.mapFrom3DScene(scenePosition)
    }
    /// The twin drawn at (x, y): the nearest marker on the line of sight, else the room
    /// or floor that View3D.pick hits; empty over the background.
    function pickAt(x, y) {
        if (!scene)
            return ""
        let id = ""
        let hitDistance = Number.POSITIVE_INFINITY
        const hit = view.pick(x, y)
        if (hit.objectHit && hit.objectHit.floorIndex !== undefined) {
            id = scene.twinAt(hit.objectHit.floorIndex, hit.scenePosition)
            hitDistance = hit.distance
        }
        const near = view.mapTo3DScene(Qt.vector3d(x, y, 0))
        const far = view.mapTo3DScene(Qt.vector3d(x, y, 1000))
        const marker = scene.markerAlong(near, far.minus(near))
        if (marker.id !== undefined && marker.distance <= hitDistance)
            return marker.id
        return id
    }

    Behavior on target {
        enabled: root.animating
        Vector3dAnimation { duration: 350; easing.type: Easing.InOutQuad }
    }
    Behavior on distance {
        enabled: root.animating
        NumberAnimation { duration: 350; easing.type: Easing.InOutQuad }
    }

    View3D {
        id: view
        anchors.fill: parent
        camera: camera
        environment: SceneEnvironment {
            clearColor: "#20242a"
            backgroundMode: SceneEnvironment.Color
            antialiasingMode: root.antialiasing ? SceneEnvironment.MSAA : SceneEnvironment.NoAA
            antialiasingQuality: SceneEnvironment.Medium
        }

        Node {
            id: orbit
            position: root.target
            eulerRotation: Qt.vector3d(root.pitch, root.yaw, 0)
            PerspectiveCamera {
                id: camera
                z: root.distance
                fieldOfView: 45
                clipNear: Math.max(0.05, root.distance / 500)
                clipFar: root.distance + Math.max(50, root.scene ? root.scene.radius * 4 : 0)
            }
        }
        DirectionalLight {
            eulerRotation: Qt.vector3d(-55, -30, 0)
            ambientColor: "#808080"
        }

        // One material and one colour table for every floor: a recolour updates one texture.
        DefaultMaterial {
            id: roomMaterial
            lighting: DefaultMaterial.NoLighting
            vertexColorsEnabled: true
            cullMode: Material.NoCulling
            diffuseMap: Texture {
                textureData: root.scene ? root.scene.colours : null
                minFilter: Texture.Nearest
                magFilter: Texture.Nearest
                mipFilter: Texture.None
                tilingModeHorizontal: Texture.ClampToEdge
                tilingModeVertical: Texture.ClampToEdge
            }
        }

        DefaultMaterial {
            id: markerMaterial
            diffuseColor: "white"
        }

        Repeater3D {
            model: root.scene ? root.scene.floors : []
            delegate: Node {
                id: floorNode
                required property var modelData
                readonly property bool above: root.soloFloor >= 0 && modelData.index > root.soloFloor
                y: modelData.y
                visible: root.soloFloor < 0 || modelData.index === root.soloFloor || root.transparentAbove
                opacity: above && root.transparentAbove ? 0.18 : 1.0

                Model {
                    readonly property int floorIndex: floorNode.modelData.index
                    geometry: floorNode.modelData.geometry
                    pickable: !floorNode.above
                    materials: [roomMaterial]
                }
                Model {
                    source: "#Cube"
                    instancing: floorNode.modelData.markers
                    visible: floorNode.modelData.markerCount > 0
                    materials: [markerMaterial]
                }
            }
        }

        // Badges over rooms with open notifications, in scene space, one instance a room.
        DefaultMaterial {
            id: badgeMaterial
            lighting: DefaultMaterial.NoLighting
            diffuseColor: "white"
        }
        Model {
            source: "#Sphere"
            instancing: root.badges ? root.badges.instancing : null
            visible: root.badges !== null && root.badges.count > 0
            pickable: false
            materials: [badgeMaterial]
        }
    }

    MouseArea {
        id: mouse
        anchors.fill: parent
        acceptedButtons: Qt.LeftButton | Qt.RightButton | Qt.MiddleButton
        hoverEnabled: true
        property point last
        property point pressedAt
        property bool dragged: false
        onPressed: (event) => {
            last = Qt.point(event.x, event.y)
            pressedAt = last
            dragged = false
            root.animating = false
            root.forceActiveFocus()
        }
        onPositionChanged: (event) => {
            if (!pressed) {
                hover.restart()
                return
            }
            const dx = event.x - last.x, dy = event.y - last.y
            last = Qt.point(event.x, event.y)
            if (Math.abs(event.x - pressedAt.x) + Math.abs(event.y - pressedAt.y) > 4)
                dragged = true
            const pan = (event.buttons & (Qt.RightButton | Qt.MiddleButton)) || (event.modifiers & Qt.ShiftModifier)
            if (pan) {
                const k = 2 * root.distance * Math.tan(camera.fieldOfView * Math.PI / 360) / Math.max(1, height)
                root.target = root.target.minus(camera.right.times(dx * k)).plus(camera.up.times(dy * k))
            } else {
                root.yaw -= dx * 0.3
                root.pitch = Math.max(-89, Math.min(-3, root.pitch - dy * 0.3))
            }
        }
        onReleased: (event) => {
            if (!dragged && event.button === Qt.LeftButton)
                root.twinClicked(root.pickAt(event.x, event.y), event.modifiers)
        }
        onWheel: (wheel) => {
            root.animating = false
            const steps = wheel.pixelDelta.y !== 0 ? wheel.pixelDelta.y / 40 : wheel.angleDelta.y / 120
            root.distance = Math.max(1, Math.min(5000, root.distance * Math.pow(0.88, steps)))
        }
        onExited: { hover.stop(); root.hoveredId = "" }
    }
    PinchHandler {
        target: null
        onActiveScaleChanged: root.distance = Math.max(1, Math.min(5000, root.distance / Math.max(0.5, Math.min(2, activeScale))))
    }
    Timer {
        id: hover
        interval: 80
        onTriggered: root.hoveredId = root.pickAt(mouse.mouseX, mouse.mouseY)
    }

    focus: true
    Keys.onPressed: (event) => {
        const step = 5
        switch (event.key) {
        case Qt.Key_Left: root.yaw += step; break
        case Qt.Key_Right: root.yaw -= step; break
        case Qt.Key_Up: root.pitch = Math.max(-89, root.pitch - step); break
        case Qt.Key_Down: root.pitch = Math.min(-3, root.pitch + step); break
        case Qt.Key_Plus: case Qt.Key_Equal: root.distance = Math.max(1, root.distance * 0.85); break
        case Qt.Key_Minus: root.distance = Math.min(5000, root.distance / 0.85); break
        case Qt.Key_F: root.fitAll(); break
        default: return
        }
        event.accepted = true
    }

    Legend {
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: 12
        colouring: root.colouring
    }
    HoverCard {
        visible: root.hoveredId !== "" && text !== ""
        text: root.colouring && root.hoveredId !== "" ? root.colouring.describe(root.hoveredId) : ""
        x: Math.min(mouse.mouseX + 16, root.width - width - 4)
        y: Math.min(mouse.mouseY + 16, root.height - height - 4)
    }
}
