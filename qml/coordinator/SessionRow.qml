import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// One recorded session; own entries can be corrected or withdrawn.
Rectangle {
    id: row
    required property string sessionId
    required property string dateText
    required property string domainLabel
    required property string provider
    required property string hoursText
    required property int pupils
    required property bool isOwn
    required property bool isCorrection
    required property string syncState
    required property string syncReason
    required property SessionEditor editor
    property bool confirming: false
    signal correctionStarted()

    objectName: "session_" + sessionId
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
                font.pixelSize: Theme.fontNormal
            }
            Text {
                Layout.fillWidth: true
                text: row.domainLabel + (row.isCorrection ? " " + qsTr("(corrected)") : "")
                font.pixelSize: Theme.fontNormal
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            SyncStateBadge {
                objectName: "syncState_" + row.sessionId
                state: row.syncState
            }
        }
        // Refused by the server: why, and what to do about it.
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 84 + Theme.smallSpacing
            visible: row.syncState === "rejected"
            Text {
                Layout.fillWidth: true
                text: qsTr("Refused by the server: %1").arg(row.syncReason)
                color: Theme.danger
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
            Button {
                objectName: "fix_" + row.sessionId
                flat: true
                text: qsTr("Fix")
                Accessible.name: qsTr("Fix the refused session of %1").arg(row.dateText)
                onClicked: if (row.editor.startFix(row.sessionId)) row.correctionStarted()
            }
            Button {
                objectName: "discard_" + row.sessionId
                flat: true
                text: qsTr("Discard")
                Accessible.name: qsTr("Discard the refused session of %1").arg(row.dateText)
                onClicked: row.editor.discardRejected(row.sessionId)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                Layout.leftMargin: 84 + Theme.smallSpacing
                // The figures sit here, not beside the kind of activity, so that keeps its room in a
                // narrow card.
                text: qsTr("%1 h · %n pupil(s)", "", row.pupils).arg(row.hoursText) + " · " + row.provider
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
            Button {
                objectName: "correct_" + row.sessionId
                visible: row.isOwn && !row.confirming && row.syncState !== "rejected"
                flat: true
                text: qsTr("Correct")
                Accessible.name: qsTr("Correct the session of %1").arg(row.dateText)
                onClicked: if (row.editor.startCorrection(row.sessionId)) row.correctionStarted()
            }
            Button {
                objectName: "withdraw_" + row.sessionId
                visible: row.isOwn && !row.confirming && row.syncState !== "rejected"
                flat: true
                text: qsTr("Withdraw")
                Accessible.name: qsTr("Withdraw the session of %1").arg(row.dateText)
                onClicked: row.confirming = true
            }
            Text {
                visible: row.confirming
                text: qsTr("Withdraw this session?")
                color: Theme.danger
                font.pixelSize: Theme.fontSmall
            }
            Button {
                objectName: "confirmWithdraw_" + row.sessionId
                visible: row.confirming
                text: qsTr("Yes, withdraw")
                Accessible.name: text
                onClicked: { row.confirming = false; row.editor.withdraw(row.sessionId) }
            }
            Button {
                visible: row.confirming
                flat: true
                text: qsTr("Keep")
                Accessible.name: qsTr("Keep the session")
                onClicked: row.confirming = false
            }
        }
    }
}
