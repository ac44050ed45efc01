import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// One of the officer's contacts; can be corrected or withdrawn.
Rectangle {
    id: row
    required property string contactId
    required property string dateText
    required property string familyCode
    required property string schoolName
    required property string formLabel
    required property string topicsText
    required property string supportText
    required property string referralLabel
    required property int durationMinutes
    required property string followUpText
    required property string syncState
    required property string syncReason
    required property ContactEditor editor
    property bool confirming: false
    signal correctionStarted()

    objectName: "contact_" + contactId
    implicitHeight: layout.implicitHeight + 2 * Theme.smallSpacing
    color: "transparent"
    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.border
    }

    ColumnLayout {
        id: layout
        anchors.fill: parent
        anchors.topMargin: Theme.smallSpacing
        anchors.bottomMargin: Theme.smallSpacing
        spacing: 2
        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.preferredWidth: 84
                text: row.dateText
                color: Theme.textMuted
            }
            Text {
                text: row.familyCode
                font.family: "monospace"
                font.bold: true
                color: Theme.text
            }
            Text {
                Layout.fillWidth: true
                text: row.formLabel + " · " + qsTr("%1 min").arg(row.durationMinutes)
                color: Theme.text
                elide: Text.ElideRight
            }
            SyncStateBadge {
                objectName: "syncState_" + row.contactId
                state: row.syncState
            }
        }
        Text {
            Layout.fillWidth: true
            Layout.leftMargin: 84 + Theme.smallSpacing
            text: row.schoolName + " · " + row.topicsText + " → " + row.supportText
                  + (row.referralLabel.length > 0 ? " (" + row.referralLabel + ")" : "")
                  + (row.followUpText.length > 0 ? " · " + qsTr("follow-up %1").arg(row.followUpText) : "")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            Layout.leftMargin: 84 + Theme.smallSpacing
            visible: row.syncState === "rejected"
            text: qsTr("Refused by the server: %1").arg(row.syncReason)
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 84
            Item { Layout.fillWidth: true }
            Button {
                objectName: "fixContact_" + row.contactId
                visible: row.syncState === "rejected"
                flat: true
                text: qsTr("Fix")
                Accessible.name: qsTr("Fix the refused contact of %1").arg(row.dateText)
                onClicked: if (row.editor.startFix(row.contactId)) row.correctionStarted()
            }
            Button {
                objectName: "discardContact_" + row.contactId
                visible: row.syncState === "rejected"
                flat: true
                text: qsTr("Discard")
                Accessible.name: qsTr("Discard the refused contact of %1").arg(row.dateText)
                onClicked: row.editor.discardRejected(row.contactId)
            }
            Button {
                objectName: "correctContact_" + row.contactId
                visible: !row.confirming && row.syncState !== "rejected"
                flat: true
                text: qsTr("Correct")
                Accessible.name: qsTr("Correct the contact of %1").arg(row.dateText)
                onClicked: if (row.editor.startCorrection(row.contactId)) row.correctionStarted()
            }
            Button {
                visible: !row.confirming && row.syncState !== "rejected"
                flat: true
                text: qsTr("Withdraw")
                Accessible.name: qsTr("Withdraw the contact of %1").arg(row.dateText)
                onClicked: row.confirming = true
            }
            Button {
                visible: row.confirming
                text: qsTr("Yes, withdraw")
                Accessible.name: text
                onClicked: { row.confirming = false; row.editor.withdraw(row.contactId) }
            }
            Button {
                visible: row.confirming
                flat: true
                text: qsTr("Keep")
                Accessible.name: qsTr("Keep the contact")
                onClicked: row.confirming = false
            }
        }
    }
}
