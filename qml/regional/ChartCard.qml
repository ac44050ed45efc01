import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// One dashboard figure: a chart with, one click away, the table of the numbers behind it.
Card {
    id: card
    required property FigureTable table
    property string summary
    property bool showTable: false
    default property alias chart: chartSlot.data
    property int chartHeight: 280
    // Set on a phone (with the chart's own legend hidden): series names and colours, wrapped.
    property var legendNames: []
    property var legendColours: []

    // The toggle sits beside the summary, not in the card's header: there, beside a title that
    // wraps on a phone, it overlapped the summary below.
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.smallSpacing
        Text {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
            text: card.summary
            color: Theme.textMuted
            font.pixelSize: Theme.fontNormal
            wrapMode: Text.WordWrap
        }
        Button {
            id: toggle
            objectName: card.objectName + "_toggle"
            Layout.alignment: Qt.AlignTop | Qt.AlignRight
            text: card.showTable ? qsTr("Chart") : qsTr("Table")
            focusPolicy: Qt.StrongFocus
            Accessible.name: card.showTable ? qsTr("Show %1 as a chart").arg(card.title)
                                            : qsTr("Show the numbers of %1 as a table").arg(card.title)
            onClicked: card.showTable = !card.showTable
        }
    }
    Item {
        id: chartSlot
        Layout.fillWidth: true
        Layout.preferredHeight: card.chartHeight
        visible: !card.showTable
    }
    ChartLegend {
        Layout.fillWidth: true
        visible: !card.showTable && card.legendNames.length > 0
        names: card.legendNames
        colours: card.legendColours
    }
    FigureTableView {
        Layout.fillWidth: true
        visible: card.showTable
        table: card.table
        accessibleName: qsTr("Numbers of %1").arg(card.title)
    }
}
