import QtQuick
import QtQuick.Layouts
import Verrijkt

// A record's sync state in a list row: waiting to be sent, sent, or refused by the server.
Rectangle {
    id: badge
    property string state: "synced"
    readonly property string label: state === "pending" ? qsTr("Not sent yet")
                                  : state === "rejected" ? qsTr("Refused") : qsTr("Sent")
    implicitWidth: text.implicitWidth + 12
    implicitHeight: text.implicitHeight + 4
    radius: height / 2
    color: state === "rejected" ? Theme.dangerLight : state === "pending" ? Theme.warningLight : Theme.successLight
    Accessible.role: Accessible.StaticText
    Accessible.name: label
    Text {
        id: text
        anchors.centerIn: parent
        text: badge.label
        font.pixelSize: Theme.fontSmall - 1
        color: badge.state === "rejected" ? Theme.danger : badge.state === "pending" ? Theme.warning : Theme.success
    }
}
