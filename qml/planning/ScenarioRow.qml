import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt

// One scenario in the list: a tick to compare it, its name and how far it gets.
RowLayout {
    id: row
    required property string name
    required property string label
    required property string summary
    required property bool selected
    required property bool unsaved
    signal toggled(bool on)
    signal reasonsRequested()
    spacing: Theme.smallSpacing

    CheckBox {
        objectName: "scenarioPick_" + (row.unsaved ? "proposal" : row.name)
        checked: row.selected
        focusPolicy: Qt.StrongFocus
        Accessible.name: qsTr("Compare %1").arg(row.label)
        onToggled: row.toggled(checked)
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 0
        Text {
            Layout.fillWidth: true
            text: row.label
            font.pixelSize: Theme.fontNormal
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            text: row.summary
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
    }
    Button {
        objectName: "scenarioReasons"
        visible: row.unsaved
        text: qsTr("Reasons")
        focusPolicy: Qt.StrongFocus
        Accessible.name: qsTr("Show why each school starts when it does in %1").arg(row.label)
        onClicked: row.reasonsRequested()
    }
}
