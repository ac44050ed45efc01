import QtQuick
import QtQuick.Layouts
import Verrijkt

// The message under a field whose value breaks a rule (empty: takes no space).
Text {
    Layout.fillWidth: true
    visible: text.length > 0
    color: Theme.danger
    font.pixelSize: Theme.fontSmall
    wrapMode: Text.WordWrap
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text
}
