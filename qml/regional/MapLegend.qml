import QtQuick
import QtQuick.Layouts
import Verrijkt

// The map's legend: colour, state and how many schools are in it.
ColumnLayout {
    id: legend
    property var entries: []
    property int total: 0
    spacing: 4
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Legend")

    FormLabel { text: qsTr("%n school location(s)", "", legend.total) }
    Repeater {
        model: legend.entries
        delegate: RowLayout {
            required property var modelData
            Layout.fillWidth: true
            spacing: Theme.smallSpacing
            Accessible.role: Accessible.ListItem
            Accessible.name: modelData.label + ": " + modelData.count
            Rectangle {
                width: 14
                height: 14
                radius: 7
                color: modelData.colour
                border.color: "white"
            }
            Text {
                Layout.fillWidth: true
                text: modelData.label
                color: Theme.text
                font.pixelSize: Theme.fontNormal
            }
            Text {
                text: modelData.count
                color: Theme.textMuted
                font.pixelSize: Theme.fontNormal
            }
        }
    }
}
