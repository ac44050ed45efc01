import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// Follow-ups due within a week; a tap starts the next contact with that family.
Card {
    id: card
    objectName: "followUpsCard"
    required property FollowUpModel followUps
    required property ContactEditor editor
    title: qsTr("Follow-ups due")

    Text {
        Layout.fillWidth: true
        visible: card.followUps.count === 0
        text: qsTr("No follow-ups due in the coming week.")
        color: Theme.textMuted
        wrapMode: Text.WordWrap
    }
    Repeater {
        model: card.followUps
        delegate: ItemDelegate {
            id: item
            required property string familyCode
            required property string followUpText
            required property string schoolName
            required property bool overdue
            Layout.fillWidth: true
            objectName: "followUp_" + familyCode
            Accessible.name: qsTr("Follow up family %1 at %2, due %3").arg(familyCode).arg(schoolName).arg(followUpText)
            onClicked: card.editor.pickFamily(familyCode)
            contentItem: RowLayout {
                Rectangle {
                    implicitWidth: 8
                    implicitHeight: 8
                    radius: 4
                    color: item.overdue ? Theme.danger : Theme.warning
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Text {
                        text: item.familyCode
                        font.family: "monospace"
                        font.bold: true
                        color: Theme.text
                    }
                    Text {
                        Layout.fillWidth: true
                        text: item.schoolName
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                    }
                }
                Text {
                    text: item.overdue ? qsTr("overdue since %1").arg(item.followUpText) : item.followUpText
                    color: item.overdue ? Theme.danger : Theme.text
                    font.pixelSize: Theme.fontSmall
                }
            }
        }
    }
}
