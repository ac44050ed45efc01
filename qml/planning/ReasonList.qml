import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// Every school of the proposal with why it starts when it does, searchable.
ColumnLayout {
    id: list
    required property ProposalModel proposal
    spacing: Theme.smallSpacing

    TextField {
        objectName: "reasonSearch"
        Layout.fillWidth: true
        placeholderText: qsTr("Search a school, code or municipality")
        Accessible.name: qsTr("Search the reasons")
        onTextChanged: list.proposal.filter = text
    }
    ListView {
        objectName: "reasonList"
        Layout.fillWidth: true
        Layout.preferredHeight: 460
        clip: true
        model: list.proposal
        spacing: Theme.smallSpacing
        keyNavigationEnabled: true
        activeFocusOnTab: true
        ScrollBar.vertical: ScrollBar {}
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Reasons per school")
        delegate: Rectangle {
            id: row
            required property int index
            required property string vestiging
            required property string name
            required property string municipality
            required property string start
            required property string tier
            required property string reason
            objectName: "reason_" + vestiging
            width: ListView.view.width
            implicitHeight: text.implicitHeight + 2 * Theme.smallSpacing
            color: ListView.isCurrentItem ? Theme.primaryLight : (index % 2 ? Theme.background : Theme.surface)
            Accessible.role: Accessible.ListItem
            Accessible.name: name + ", " + start + ", " + tier + ": " + reason
            ColumnLayout {
                id: text
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
                anchors.margins: Theme.smallSpacing
                spacing: 2
                Text {
                    Layout.fillWidth: true
                    text: row.name + " (" + row.vestiging + "), " + row.municipality + " \u2014 " + row.start + ", " + row.tier
                    font.bold: true
                    font.pixelSize: Theme.fontNormal
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Text {
                    Layout.fillWidth: true
                    text: row.reason
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
}
