import QtQuick
import QtQuick.Layouts
import Verrijkt

// One school year with the picked scenarios side by side: a column per scenario, a line per figure.
Card {
    id: card
    required property string year
    required property var cells
    required property var names
    objectName: "comparison_" + year
    title: year

    readonly property var measures: [
        { key: "twoHours", label: qsTr("2 hours a week") },
        { key: "sixHours", label: qsTr("6 hours a week") },
        { key: "newSchools", label: qsTr("New schools") },
        { key: "pupilsReached", label: qsTr("Pupils reached") },
        { key: "tvt", label: qsTr("Tijd voor Toekomst budget") },
        { key: "tvtShare", label: qsTr("Share of the yearly 36.0 M EUR") },
        { key: "total", label: qsTr("All three programmes") },
        { key: "policyTotal", label: qsTr("Policy budget, all three") }
    ]

    GridLayout {
        Layout.fillWidth: true
        columns: card.names.length + 1
        columnSpacing: Theme.spacing
        rowSpacing: 4

        Item { Layout.preferredWidth: 1 }
        Repeater {
            model: card.names
            delegate: Text {
                required property string modelData
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: modelData
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.textMuted
                horizontalAlignment: Text.AlignRight
                wrapMode: Text.WrapAnywhere
                Accessible.role: Accessible.ColumnHeader
                Accessible.name: text
            }
        }
        Repeater {
            model: card.measures.length * (card.names.length + 1)
            delegate: Text {
                required property int index
                readonly property int measure: Math.floor(index / (card.names.length + 1))
                readonly property int column: index % (card.names.length + 1)
                readonly property var cell: column > 0 ? card.cells[column - 1] : null
                Layout.fillWidth: true
                Layout.preferredWidth: column === 0 ? 2 : 1
                text: column === 0 ? card.measures[measure].label : (cell ? cell[card.measures[measure].key] : "")
                font.pixelSize: Theme.fontSmall
                color: column > 0 && card.measures[measure].key === "total" && cell && !cell.withinBudget
                       ? Theme.danger : (column === 0 ? Theme.textMuted : Theme.text)
                horizontalAlignment: column === 0 ? Text.AlignLeft : Text.AlignRight
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Cell
                Accessible.name: column === 0 ? text : card.names[column - 1] + ", " + card.measures[measure].label + ": " + text
            }
        }
    }
}
