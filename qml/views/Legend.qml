// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// The colour scale of the current room colouring, with the grey of rooms without a value
// and the fade of stale ones.
Rectangle {
    id: legend
    property var colouring: null
    readonly property var entries: colouring ? colouring.legend : []
    visible: entries.length > 0
    color: "#e6ffffff"
    radius: 4
    width: column.implicitWidth + 16
    height: column.implicitHeight + 12

    Column {
        id: column
        x: 8
        y: 6
        spacing: 3
        Text {
            text: legend.colouring ? legend.colouring.tintName : ""
            font.bold: true
            color: "#1c242e"
        }
        Repeater {
            model: legend.entries
            Row {
                required property var modelData
                spacing: 6
                Rectangle { width: 14; height: 14; color: modelData.colour; border.color: "#40000000" }
                Text { text: modelData.text; color: "#1c242e" }
            }
        }
        Row {
            spacing: 6
            Rectangle { width: 14; height: 14; color: "#a3a8ae"; border.color: "#40000000" }
            Text { text: qsTr("no value"); color: "#1c242e" }
        }
        Row {
            spacing: 6
            Rectangle { width: 14; height: 14; color: "#dde1e6"; border.color: "#40000000" }
            Text { text: qsTr("stale (faded)"); color: "#1c242e" }
        }
    }
}
