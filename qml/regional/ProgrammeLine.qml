import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt

// One record of a programme (a school year, a placement) with its edit action.
RowLayout {
    id: line
    property string heading
    property string detail
    property string actionText
    signal actionTriggered()
    Layout.fillWidth: true
    spacing: Theme.smallSpacing

    ColumnLayout {
        Layout.fillWidth: true
        spacing: 0
        Text {
            Layout.fillWidth: true
            text: line.heading
            font.pixelSize: Theme.fontNormal
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            visible: line.detail.length > 0
            text: line.detail
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
    }
    Button {
        objectName: line.objectName.length > 0 ? line.objectName + "_edit" : ""
        text: line.actionText
        flat: true
        focusPolicy: Qt.StrongFocus
        Accessible.name: line.actionText + ": " + line.heading
        onClicked: line.actionTriggered()
    }
}
