import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Verrijkt
import Verrijkt.Models
import "ChartColours.js" as Colours

// The regional team's rollout dashboard: five figures of one school year, each a chart with its
// numbers one click away. Everything is computed in C++ (DashboardModel) from the local store.
ScrollView {
    id: page
    objectName: "regionalDashboard"
    required property AppContext app
    readonly property bool wide: availableWidth >= Theme.wideBreakpoint
    readonly property bool narrow: availableWidth < 520
    contentWidth: availableWidth

    RegionalStore {
        id: regional
        deviceStore: page.app.store
    }
    DashboardModel {
        id: dashboard
        store: regional
    }

    ColumnLayout {
        width: page.availableWidth - 2 * Theme.spacing
        x: Theme.spacing
        spacing: Theme.spacing

        Item { Layout.preferredHeight: Theme.smallSpacing }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Text {
                Layout.fillWidth: true
                text: qsTr("Rollout %1").arg(dashboard.schoolYearLabel)
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            ComboBox {
                id: yearBox
                objectName: "dashboardYear"
                model: dashboard.yearLabels
                currentIndex: dashboard.schoolYear - dashboard.firstYear
                focusPolicy: Qt.StrongFocus
                Accessible.name: qsTr("School year")
                onActivated: function(index) {
                    dashboard.schoolYear = dashboard.firstYear + index
                    currentIndex = Qt.binding(function() { return dashboard.schoolYear - dashboard.firstYear })
                }
            }
        }

        Text {
            Layout.fillWidth: true
            visible: regional.lastError.length > 0
            text: regional.lastError
            color: Theme.danger
            wrapMode: Text.WordWrap
        }

        GridLayout {
            Layout.fillWidth: true
            columns: page.wide ? 4 : 2
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            HeadlineTile { Layout.fillWidth: true; Layout.preferredWidth: 1; title: qsTr("Tijd voor Toekomst"); value: dashboard.schoolsText }
            HeadlineTile { Layout.fillWidth: true; Layout.preferredWidth: 1; title: qsTr("Realisation"); value: dashboard.realisationText }
            HeadlineTile { Layout.fillWidth: true; Layout.preferredWidth: 1; title: qsTr("Bridge officers"); value: dashboard.fteText }
            HeadlineTile { Layout.fillWidth: true; Layout.preferredWidth: 1; title: qsTr("Bibliotheek op school"); value: dashboard.libraryText }
        }

        GridLayout {
            Layout.fillWidth: true
            columns: page.wide ? 2 : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing

            ChartCard {
                objectName: "tiersCard"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                title: qsTr("Schools per tier against the plan")
                summary: dashboard.schoolsText
                table: dashboard.tiers
                legendNames: page.narrow ? dashboard.tiers.columnTitles.slice(1, 5) : []
                legendColours: Colours.tiers
                ChartView {
                    anchors.fill: parent
                    antialiasing: true
                    backgroundColor: "transparent"
                    legend.visible: !page.narrow
                    legend.alignment: Qt.AlignBottom
                    legend.font.pixelSize: Theme.fontSmall
                    margins { left: 0; right: 0; top: 0; bottom: 0 }
                    Accessible.role: Accessible.Chart
                    Accessible.name: qsTr("Bar chart: schools per tier against the plan per school year")
                    BarSeries {
                        id: tierSeries
                        axisX: BarCategoryAxis {
                            categories: dashboard.tiers.rowLabels
                            labelsFont.pixelSize: Theme.fontSmall
                            labelsAngle: -90 // at -45 Qt Charts elided the school years ("2025-...")
                        }
                        axisY: ValueAxis {
                            min: 0
                            max: dashboard.tiers.revision, Colours.niceMax(dashboard.tiers.maximum(1, 4), 10)
                            labelFormat: "%d"
                            labelsFont.pixelSize: Theme.fontSmall
                        }
                        onCountChanged: Colours.paint(tierSeries, Colours.tiers)
                        VBarModelMapper {
                            model: dashboard.tiers
                            firstBarSetColumn: 1
                            lastBarSetColumn: 4
                            firstRow: 0
                        }
                    }
                }
            }

            ChartCard {
                objectName: "realisationCard"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                title: qsTr("Delivered against entitled hours per municipality")
                summary: dashboard.realisationText
                table: dashboard.realisation
                chartHeight: 420
                legendNames: page.narrow ? dashboard.realisation.columnTitles.slice(2, 4) : []
                legendColours: Colours.pair
                ChartView {
                    anchors.fill: parent
                    antialiasing: true
                    backgroundColor: "transparent"
                    legend.visible: !page.narrow
                    legend.alignment: Qt.AlignBottom
                    legend.font.pixelSize: Theme.fontSmall
                    margins { left: 0; right: 0; top: 0; bottom: 0 }
                    Accessible.role: Accessible.Chart
                    Accessible.name: qsTr("Bar chart: entitled and delivered pupil-hours per municipality")
                    HorizontalBarSeries {
                        id: realisationSeries
                        axisY: BarCategoryAxis {
                            categories: dashboard.realisation.rowLabels
                            labelsFont.pixelSize: Theme.fontSmall
                        }
                        axisX: ValueAxis {
                            min: 0
                            max: dashboard.realisation.revision, Colours.niceMax(dashboard.realisation.maximum(2, 3), 1)
                            labelFormat: "%.0f"
                            labelsFont.pixelSize: Theme.fontSmall
                            titleText: qsTr("1,000 pupil-hours")
                            titleFont.pixelSize: Theme.fontSmall
                        }
                        onCountChanged: Colours.paint(realisationSeries, Colours.pair)
                        VBarModelMapper {
                            model: dashboard.realisation
                            firstBarSetColumn: 2
                            lastBarSetColumn: 3
                            firstRow: 0
                        }
                    }
                }
            }

            ChartCard {
                id: fteCard
                objectName: "fteCard"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                title: qsTr("Bridge officers: FTE placed against the build-up to 64 FTE")
                summary: dashboard.fteText
                table: dashboard.fte
                legendNames: page.narrow ? [dashboard.fte.columnTitles[2], dashboard.fte.columnTitles[1]] : []
                legendColours: [Colours.single[0], "#1b1f23"]
                ChartView {
                    id: fteChart
                    anchors.fill: parent
                    antialiasing: true
                    backgroundColor: "transparent"
                    legend.visible: !page.narrow
                    legend.alignment: Qt.AlignBottom
                    legend.font.pixelSize: Theme.fontSmall
                    margins { left: 0; right: 0; top: 0; bottom: 0 }
                    Accessible.role: Accessible.Chart
                    Accessible.name: qsTr("Chart: placed FTE per school year against the build-up target")
                    BarCategoryAxis {
                        id: fteYears
                        categories: dashboard.fte.rowLabels
                        labelsFont.pixelSize: Theme.fontSmall
                        labelsAngle: -90 // at -45 Qt Charts elided the school years ("2025-...")
                    }
                    ValueAxis {
                        id: fteAxis
                        min: 0
                        max: dashboard.fte.revision, Colours.niceMax(dashboard.fte.maximum(1, 2), 10)
                        labelFormat: "%d"
                        labelsFont.pixelSize: Theme.fontSmall
                    }
                    BarSeries {
                        id: placedSeries
                        axisX: fteYears
                        axisY: fteAxis
                        onCountChanged: Colours.paint(placedSeries, Colours.single)
                        VBarModelMapper {
                            model: dashboard.fte
                            firstBarSetColumn: 2
                            lastBarSetColumn: 2
                            firstRow: 0
                        }
                    }
                    LineSeries {
                        id: targetLine
                        name: dashboard.fte.revision, dashboard.fte.columnTitles[1] || ""
                        axisX: fteYears
                        axisY: fteAxis
                        color: "#1b1f23"
                        width: 2.5
                        pointsVisible: true
                    }
                    // The build-up target as a line over the bars: points at the category centres.
                    function fillTarget() {
                        targetLine.clear()
                        for (let row = 0; row < dashboard.fte.rows; ++row)
                            targetLine.append(row, dashboard.fte.value(row, 1))
                    }
                    Connections {
                        target: dashboard.fte
                        function onContentChanged() { fteChart.fillTarget() }
                    }
                    Component.onCompleted: fillTarget()
                }
            }

            ChartCard {
                objectName: "libraryCard"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                title: qsTr("Bibliotheek op school coverage per municipality")
                summary: dashboard.libraryText
                table: dashboard.library
                chartHeight: 420
                ChartView {
                    anchors.fill: parent
                    antialiasing: true
                    backgroundColor: "transparent"
                    legend.visible: false
                    margins { left: 0; right: 0; top: 0; bottom: 0 }
                    Accessible.role: Accessible.Chart
                    Accessible.name: qsTr("Bar chart: share of locations covered per municipality")
                    HorizontalBarSeries {
                        id: librarySeries
                        axisY: BarCategoryAxis {
                            categories: dashboard.library.rowLabels
                            labelsFont.pixelSize: Theme.fontSmall
                        }
                        axisX: ValueAxis {
                            min: 0
                            max: 100
                            labelFormat: "%d%%"
                            labelsFont.pixelSize: Theme.fontSmall
                        }
                        onCountChanged: Colours.paint(librarySeries, Colours.single)
                        VBarModelMapper {
                            model: dashboard.library
                            firstBarSetColumn: 3
                            lastBarSetColumn: 3
                            firstRow: 0
                        }
                    }
                }
            }

            ChartCard {
                objectName: "budgetCard"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                Layout.columnSpan: page.wide ? 2 : 1
                title: qsTr("Budget per programme against the policy figures")
                summary: dashboard.budgetText + (dashboard.basisNote.length > 0 ? "\n" + dashboard.basisNote : "")
                table: dashboard.budget
                legendNames: page.narrow ? dashboard.budget.columnTitles.slice(1, 3) : []
                legendColours: Colours.pair
                ChartView {
                    anchors.fill: parent
                    antialiasing: true
                    backgroundColor: "transparent"
                    legend.visible: !page.narrow
                    legend.alignment: Qt.AlignBottom
                    legend.font.pixelSize: Theme.fontSmall
                    margins { left: 0; right: 0; top: 0; bottom: 0 }
                    Accessible.role: Accessible.Chart
                    Accessible.name: qsTr("Bar chart: estimated budget and policy figure per programme, millions of euros")
                    BarSeries {
                        id: budgetSeries
                        axisX: BarCategoryAxis {
                            categories: dashboard.budget.rowLabels
                            labelsFont.pixelSize: Theme.fontSmall
                        }
                        axisY: ValueAxis {
                            min: 0
                            max: dashboard.budget.revision, Colours.niceMax(dashboard.budget.maximum(1, 2), 1)
                            labelFormat: "%.0f"
                            labelsFont.pixelSize: Theme.fontSmall
                            titleText: qsTr("million EUR")
                            titleFont.pixelSize: Theme.fontSmall
                        }
                        onCountChanged: Colours.paint(budgetSeries, Colours.pair)
                        VBarModelMapper {
                            model: dashboard.budget
                            firstBarSetColumn: 1
                            lastBarSetColumn: 2
                            firstRow: 0
                        }
                    }
                }
            }
        }
        Item { Layout.preferredHeight: Theme.spacing }
    }
}
