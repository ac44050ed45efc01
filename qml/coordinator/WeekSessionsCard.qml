import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// The sessions of the week shown (a week holds few rows: listed in full).
Card {
    id: card
    objectName: "weekSessionsCard"
    required property SessionListModel sessions
    required property SessionEditor editor

    Text {
        Layout.fillWidth: true
        visible: card.sessions.count === 0
        text: qsTr("No sessions recorded in this week yet.")
        color: Theme.textMuted
        wrapMode: Text.WordWrap
    }
    Repeater {
        model: card.sessions
        delegate: SessionRow {
            Layout.fillWidth: true
            editor: card.editor
        }
    }
}
