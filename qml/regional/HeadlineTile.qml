import QtQuick
import QtQuick.Layouts
import Verrijkt

// A headline figure of the dashboard: what it is about and the figure as a sentence.
Rectangle {
    id: tile
    property string title
    property string value
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    color: Theme.primaryLight
    radius: Theme.radius
    Accessible.role: Accessible.StaticText
    Accessible.name: title + ": " + value

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 2
        Text {
            Layout.fillWidth: true
            text: tile.title
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.primaryDark
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            text: tile.value
            font.pixelSize: Theme.fontNormal
            color: Theme.text
            wrapMode: Text.WordWrap
        }
    }
}
