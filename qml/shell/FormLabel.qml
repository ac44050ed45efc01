import QtQuick
import QtQuick.Layouts
import Verrijkt

// The label above a form field.
Text {
    Layout.fillWidth: true
    Layout.topMargin: 4
    font.pixelSize: Theme.fontSmall
    font.bold: true
    color: Theme.textMuted
    wrapMode: Text.WordWrap
}
