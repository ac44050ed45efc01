import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Verrijkt
import Verrijkt.Models

// Bridge officers: placed FTE per month against the build-up to 64 FTE, the cost per school year
// against 6.4 M EUR, and the schools without an officer, highest need first.
ScrollView {
    id: pane
    objectName: "buildUpPane"
    required property PlanningStore store
    required property NeedSource need
    property bool wide: false
    contentWidth: availableWidth

    BuildUpModel {
        id: buildUp
        store: pane.store
        needSource: pane.need
    }

    ColumnLayout {
        width: pane.availableWidth - 2 * Theme.spacing
        x: Theme.spacing
        spacing: Theme.spacing

        Item { Layout.preferredHeight: Theme.smallSpacing }

        ChartCard {
            objectName: "buildUpCard"
            Layout.fillWidth: true
            title: qsTr("Placed FTE per month against the build-up to 64 FTE")
            summary: buildUp.summary
            table: buildUp.months
            ChartView {
                id: chart
                anchors.fill: parent
                antialiasing: true
                backgroundColor: "transparent"
                legend.alignment: Qt.AlignBottom
                legend.font.pixelSize: Theme.fontSmall
                margins { left: 0; right: 0; top: 0; bottom: 0 }
                Accessible.role: Accessible.Chart
                Accessible.name: qsTr("Line chart: placed FTE and target FTE on the first of every month")
                ValueAxis {
                    id: monthAxis
                    min: 0
                    max: Math.max(1, buildUp.months.rows - 1)
                    tickCount: Math.min(9, Math.max(2, Math.floor(chart.width / 90)))
                    labelFormat: "%d"
                    labelsFont.pixelSize: Theme.fontSmall
                    titleText: qsTr("months from August 2026")
                    titleFont.pixelSize: Theme.fontSmall
                }
                ValueAxis {
                    id: fteAxis
                    min: 0
                    max: 70
                    labelFormat: "%d"
                    labelsFont.pixelSize: Theme.fontSmall
                }
                LineSeries { id: placed; name: qsTr("Placed FTE"); axisX: monthAxis; axisY: fteAxis; color: "#009e73"; width: 2.5 }
                LineSeries { id: targetLine; name: qsTr("Target FTE"); axisX: monthAxis; axisY: fteAxis; color: "#1b1f23"; width: 2; style: Qt.DashLine }
                function fill() {
                    placed.clear()
                    targetLine.clear()
                    for (let row = 0; row < buildUp.months.rows; ++row) {
                        placed.append(row, buildUp.months.value(row, 1))
                        targetLine.append(row, buildUp.months.value(row, 2))
                    }
                }
                Connections {
                    target: buildUp.months
                    function onContentChanged() { chart.fill() }
                }
                Component.onCompleted: fill()
            }
        }

        Card {
            Layout.fillWidth: true
            title: qsTr("Cost per school year against 6.4 M EUR")
            FigureTableView {
                Layout.fillWidth: true
                table: buildUp.years
                accessibleName: qsTr("Bridge-officer cost per school year")
            }
        }

        Card {
            Layout.fillWidth: true
            title: qsTr("Schools without a bridge officer, highest need first")
            Text {
                Layout.fillWidth: true
                text: pane.need.description
                color: pane.need.synthetic ? Theme.warning : Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
            ListView {
                objectName: "withoutOfficerList"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(contentHeight, 420)
                clip: true
                model: buildUp.withoutOfficer
                activeFocusOnTab: true
                keyNavigationEnabled: true
                ScrollBar.vertical: ScrollBar {}
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Schools without a bridge officer")
                delegate: RowLayout {
                    required property int rank
                    required property string name
                    required property string municipality
                    required property int pupils
                    required property string need
                    width: ListView.view.width
                    spacing: Theme.smallSpacing
                    Accessible.role: Accessible.ListItem
                    Accessible.name: qsTr("%1. %2, %3: need %4, %5 pupils").arg(rank).arg(name).arg(municipality).arg(need).arg(pupils)
                    Text { text: rank + "."; color: Theme.textMuted; Layout.preferredWidth: 36; horizontalAlignment: Text.AlignRight }
                    Text { Layout.fillWidth: true; text: name + ", " + municipality; elide: Text.ElideRight; color: Theme.text }
                    Text { text: qsTr("need %1").arg(need); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
                }
            }
        }
        Item { Layout.preferredHeight: Theme.spacing }
    }
}
