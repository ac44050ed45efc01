import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt

// A programme at a school: title, a line of context, its records and one main action.
Card {
    id: card
    property string subtitle
    property string actionText
    property string actionObjectName
    signal actionTriggered()
    Layout.fillWidth: true
    Layout.preferredWidth: 1
    Layout.alignment: Qt.AlignTop

    headerItem: [
        Button {
            objectName: card.actionObjectName
            text: card.actionText
            focusPolicy: Qt.StrongFocus
            Accessible.name: card.actionText + " (" + card.title + ")"
            onClicked: card.actionTriggered()
        }
    ]
    Text {
        Layout.fillWidth: true
        visible: card.subtitle.length > 0
        text: card.subtitle
        color: Theme.textMuted
        font.pixelSize: Theme.fontNormal
        wrapMode: Text.WordWrap
    }
}
