// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// What the pointer is over: name, type, latest values and why a room has its colour.
Rectangle {
    property alias text: label.text
    color: "#f2ffffff"
    border.color: "#9aa5b1"
    radius: 4
    width: Math.min(label.implicitWidth, 360) + 16
    height: label.implicitHeight + 12
    Text {
        id: label
        x: 8
        y: 6
        width: Math.min(implicitWidth, 360)
        textFormat: Text.RichText
        wrapMode: Text.Wrap
        color: "#1c242e"
    }
}
