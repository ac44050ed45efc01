import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt

// The frame of the regional editors: a modal form with Save and Cancel that fits a phone.
// Save calls `submit()`, which returns true when written; the dialog then closes.
Dialog {
    id: dialog
    property string schoolName
    property string status
    property var submit: function() { return false }
    default property alias form: formColumn.data
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(520, (parent ? parent.width : 520) - 2 * Theme.spacing)
    padding: Theme.spacing
    closePolicy: Popup.CloseOnEscape

    header: Text {
        text: dialog.title
        padding: Theme.spacing
        font.pixelSize: Theme.fontLarge
        font.bold: true
        color: Theme.text
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    ScrollView {
        anchors.fill: parent
        implicitHeight: Math.min(formColumn.implicitHeight, (dialog.parent ? dialog.parent.height : 600) * 0.65)
        contentWidth: availableWidth
        ColumnLayout {
            id: formColumn
            width: parent.width
            spacing: Theme.smallSpacing
            Text {
                Layout.fillWidth: true
                text: dialog.schoolName
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
        }
    }

    footer: ColumnLayout {
        spacing: 0
        Text {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            visible: dialog.status.length > 0
            text: dialog.status
            color: Theme.danger
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            spacing: Theme.smallSpacing
            Item { Layout.fillWidth: true }
            Button {
                objectName: dialog.objectName + "_cancel"
                text: qsTr("Cancel")
                Accessible.name: qsTr("Cancel without saving")
                onClicked: dialog.reject()
            }
            Button {
                objectName: dialog.objectName + "_save"
                text: qsTr("Save")
                highlighted: true
                Accessible.name: qsTr("Save")
                onClicked: if (dialog.submit()) dialog.accept()
            }
        }
    }
}
