import QtQuick
import QtQuick.Layouts
import Verrijkt

// "Nothing recorded yet" inside a card.
Text {
    Layout.fillWidth: true
    color: Theme.textMuted
    font.pixelSize: Theme.fontNormal
    font.italic: true
    wrapMode: Text.WordWrap
}
