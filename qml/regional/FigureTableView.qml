import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// The numbers behind a chart: the same FigureTable the chart maps, as a table. Scrolls sideways
// on a phone instead of squeezing the columns.
Flickable {
    id: view
    required property FigureTable table
    property string accessibleName
    implicitHeight: grid.implicitHeight
    contentWidth: Math.max(width, grid.implicitWidth)
    contentHeight: grid.implicitHeight
    flickableDirection: Flickable.HorizontalFlick
    boundsBehavior: Flickable.StopAtBounds
    clip: true
    Accessible.role: Accessible.Table
    Accessible.name: accessibleName
    ScrollBar.horizontal: ScrollBar { policy: view.contentWidth > view.width ? ScrollBar.AsNeeded : ScrollBar.AlwaysOff }

    GridLayout {
        id: grid
        width: view.contentWidth
        columns: view.table.columns
        columnSpacing: Theme.spacing
        rowSpacing: 0

        Repeater {
            model: view.table.columns
            delegate: Text {
                required property int index
                Layout.fillWidth: index === 0
                Layout.bottomMargin: Theme.smallSpacing
                text: view.table.revision, view.table.columnTitles[index]
                horizontalAlignment: index === 0 ? Text.AlignLeft : Text.AlignRight
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.textMuted
                wrapMode: Text.WordWrap
                Layout.maximumWidth: 150
                Accessible.role: Accessible.ColumnHeader
                Accessible.name: text
            }
        }
        Repeater {
            model: view.table.rows * view.table.columns
            delegate: Text {
                required property int index
                readonly property int row: Math.floor(index / view.table.columns)
                readonly property int column: index % view.table.columns
                Layout.fillWidth: column === 0
                Layout.topMargin: 3
                Layout.bottomMargin: 3
                text: view.table.revision, view.table.text(row, column)
                horizontalAlignment: column === 0 ? Text.AlignLeft : Text.AlignRight
                font.pixelSize: Theme.fontNormal
                color: Theme.text
                Accessible.role: Accessible.Cell
                Accessible.name: view.table.revision, view.table.columnTitles[column] + ": " + text
            }
        }
    }
}
