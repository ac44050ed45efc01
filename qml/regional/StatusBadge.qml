import QtQuick
import Verrijkt

// A small rounded label for a programme state.
Rectangle {
    id: badge
    property string text
    property string tone: "muted" // muted, primary, accent, success
    implicitWidth: label.implicitWidth + 12
    implicitHeight: label.implicitHeight + 4
    radius: height / 2
    color: tone === "primary" ? Theme.primaryLight : tone === "accent" ? "#f6e6f0" : tone === "success" ? Theme.successLight : "#eceff2"
    Text {
        id: label
        anchors.centerIn: parent
        text: badge.text
        font.pixelSize: Theme.fontSmall
        color: badge.tone === "primary" ? Theme.primaryDark : badge.tone === "accent" ? "#7a2d5c" : badge.tone === "success" ? Theme.success : Theme.textMuted
    }
}
