import QtQuick
import QtQuick.Layouts
import Verrijkt

// One labelled bar: how much of what is due has been delivered.
ColumnLayout {
    id: line
    property string label
    property string text
    property real ratio
    property bool shown: true
    property bool warn: false
    spacing: 4

    Text {
        Layout.fillWidth: true
        text: line.label
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: Theme.textMuted
    }
    Rectangle {
        Layout.fillWidth: true
        visible: line.shown
        implicitHeight: 12
        radius: 6
        color: "#e3e8ed"
        Accessible.role: Accessible.ProgressBar
        Accessible.name: line.label + ": " + line.text
        Rectangle {
            width: parent.width * Math.max(0, Math.min(1, line.ratio))
            height: parent.height
            radius: 6
            color: line.warn ? "#d98a1f" : Theme.success
        }
    }
    Text {
        Layout.fillWidth: true
        text: line.text
        font.pixelSize: Theme.fontNormal
        color: Theme.text
        wrapMode: Text.WordWrap
    }
}
