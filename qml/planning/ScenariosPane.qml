import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// The stored scenarios (pick two or more to compare), a new scenario as a copy, and the picked
// scenarios side by side per school year.
ScrollView {
    id: pane
    objectName: "scenariosPane"
    required property PlanningStore store
    required property ScenarioListModel scenarios
    required property ScenarioComparisonModel comparison
    property bool wide: false
    signal reasonsRequested()
    contentWidth: availableWidth

    ColumnLayout {
        width: pane.availableWidth - 2 * Theme.spacing
        x: Theme.spacing
        spacing: Theme.spacing

        Item { Layout.preferredHeight: Theme.smallSpacing }

        Card {
            Layout.fillWidth: true
            title: qsTr("Scenarios")

            Text {
                Layout.fillWidth: true
                text: qsTr("Tick the scenarios to compare side by side.")
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            Repeater {
                model: pane.scenarios
                delegate: ScenarioRow {
                    Layout.fillWidth: true
                    onToggled: function(on) { pane.scenarios.setSelected(name, on) }
                    onReasonsRequested: pane.reasonsRequested()
                }
            }
            NewScenarioForm {
                Layout.fillWidth: true
                Layout.topMargin: Theme.smallSpacing
                store: pane.store
                wide: pane.wide
            }
        }

        Text {
            Layout.fillWidth: true
            objectName: "comparisonDifferences"
            text: pane.comparison.differences
            color: Theme.text
            font.pixelSize: Theme.fontNormal
            wrapMode: Text.WordWrap
        }

        ComparisonCharts {
            Layout.fillWidth: true
            visible: pane.comparison.names.length > 0
            comparison: pane.comparison
            wide: pane.wide
        }

        Card {
            objectName: "comparisonMunicipalities"
            Layout.fillWidth: true
            visible: pane.comparison.names.length > 0
            title: qsTr("Per municipality")
            ComboBox {
                objectName: "comparisonMunicipalityYear"
                model: pane.comparison.pupils.rowLabels
                currentIndex: pane.comparison.municipalityYear
                focusPolicy: Qt.StrongFocus
                Accessible.name: qsTr("School year")
                onActivated: function(index) { pane.comparison.municipalityYear = index }
            }
            FigureTableView {
                Layout.fillWidth: true
                table: pane.comparison.municipalities
                accessibleName: qsTr("Schools on 2 and 6 hours and pupils reached per municipality in each picked scenario")
            }
        }

        Repeater {
            model: pane.comparison
            delegate: ComparisonYearCard {
                Layout.fillWidth: true
                names: pane.comparison.names
            }
        }
        Item { Layout.preferredHeight: Theme.spacing }
    }
}
