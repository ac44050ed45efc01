import QtQuick
import Verrijkt

// A chart legend that wraps onto more lines: on a phone Qt Charts' own legend cut the series
// names short ("Plan ...").
Flow {
    id: legend
    property var names: []
    property var colours: []
    spacing: Theme.spacing
    Accessible.role: Accessible.List
    Repeater {
        model: legend.names.length
        delegate: Row {
            required property int index
            spacing: 4
            Accessible.role: Accessible.ListItem
            Accessible.name: legend.names[index]
            Rectangle {
                width: 10
                height: 10
                anchors.verticalCenter: parent.verticalCenter
                color: legend.colours[index % Math.max(1, legend.colours.length)] || "#888888"
            }
            Text {
                text: legend.names[index]
                font.pixelSize: Theme.fontSmall
                color: Theme.text
            }
        }
    }
}
