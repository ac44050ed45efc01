import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Verrijkt
import Verrijkt.Models
import "../regional/ChartColours.js" as Colours

// The picked scenarios as charts per school year: pupils reached, and the Tijd voor Toekomst
// budget against the policy's 36.0 M EUR a year. The numbers are one click away (Table).
GridLayout {
    id: charts
    required property ScenarioComparisonModel comparison
    property bool wide: false
    readonly property var scenarioColours: ["#56b4e9", "#e69f00", "#009e73", "#cc79a7", "#0072b2", "#d55e00"]
    columns: wide ? 2 : 1
    columnSpacing: Theme.spacing
    rowSpacing: Theme.spacing

    ChartCard {
        objectName: "comparisonPupilsCard"
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.alignment: Qt.AlignTop
        title: qsTr("Pupils reached per school year")
        table: charts.comparison.pupils
        ChartView {
            anchors.fill: parent
            antialiasing: true
            backgroundColor: "transparent"
            legend.alignment: Qt.AlignBottom
            legend.font.pixelSize: Theme.fontSmall
            margins { left: 0; right: 0; top: 0; bottom: 0 }
            Accessible.role: Accessible.Chart
            Accessible.name: qsTr("Bar chart: pupils reached per school year in each picked scenario")
            BarSeries {
                id: pupilSeries
                axisX: BarCategoryAxis {
                    categories: charts.comparison.pupils.rowLabels
                    labelsFont.pixelSize: Theme.fontSmall
                    labelsAngle: -90
                }
                axisY: ValueAxis {
                    min: 0
                    max: charts.comparison.pupils.revision, Colours.niceMax(charts.comparison.pupils.maximum(1, 20), 1000)
                    tickCount: 6
                    labelFormat: "%d"
                    labelsFont.pixelSize: Theme.fontSmall
                }
                onCountChanged: Colours.paint(pupilSeries, charts.scenarioColours)
                VBarModelMapper {
                    model: charts.comparison.pupils
                    firstBarSetColumn: 1
                    lastBarSetColumn: Math.max(1, charts.comparison.pupils.columns - 1)
                    firstRow: 0
                }
            }
        }
    }

    ChartCard {
        id: budgetCard
        objectName: "comparisonBudgetCard"
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.alignment: Qt.AlignTop
        title: qsTr("Tijd voor Toekomst budget against the policy budget")
        table: charts.comparison.budget
        ChartView {
            id: budgetChart
            anchors.fill: parent
            antialiasing: true
            backgroundColor: "transparent"
            legend.alignment: Qt.AlignBottom
            legend.font.pixelSize: Theme.fontSmall
            margins { left: 0; right: 0; top: 0; bottom: 0 }
            Accessible.role: Accessible.Chart
            Accessible.name: qsTr("Bar chart: Tijd voor Toekomst budget per school year in each picked scenario, with the policy budget as a line")
            BarCategoryAxis {
                id: budgetYears
                categories: charts.comparison.budget.rowLabels
                labelsFont.pixelSize: Theme.fontSmall
                labelsAngle: -90
            }
            ValueAxis {
                id: budgetAxis
                min: 0
                max: charts.comparison.budget.revision, Colours.niceMax(charts.comparison.budget.maximum(1, 20), 10)
                tickCount: 6
                labelFormat: "%.0f"
                labelsFont.pixelSize: Theme.fontSmall
                titleText: qsTr("million EUR")
                titleFont.pixelSize: Theme.fontSmall
            }
            BarSeries {
                id: budgetSeries
                axisX: budgetYears
                axisY: budgetAxis
                onCountChanged: Colours.paint(budgetSeries, charts.scenarioColours)
                VBarModelMapper {
                    model: charts.comparison.budget
                    firstBarSetColumn: 1
                    lastBarSetColumn: Math.max(1, charts.comparison.budget.columns - 2)
                    firstRow: 0
                }
            }
            LineSeries {
                id: policyLine
                name: charts.comparison.budget.revision, charts.comparison.budget.columnTitles[charts.comparison.budget.columns - 1] || ""
                axisX: budgetYears
                axisY: budgetAxis
                color: "#1b1f23"
                width: 2.5
            }
            // The policy budget as a line over the bars: points at the category centres.
            function fillPolicy() {
                policyLine.clear()
                const table = charts.comparison.budget
                for (let row = 0; row < table.rows; ++row)
                    policyLine.append(row, table.value(row, table.columns - 1))
            }
            Connections {
                target: charts.comparison.budget
                function onContentChanged() { budgetChart.fillPolicy() }
            }
            Component.onCompleted: fillPolicy()
        }
    }
}
