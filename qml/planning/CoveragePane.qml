import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// The coverage matrix: per municipality how many locations have each programme, all three or none.
ScrollView {
    id: pane
    objectName: "coveragePane"
    required property PlanningStore store
    property bool wide: false
    contentWidth: availableWidth

    CoverageModel {
        id: coverage
        store: pane.store
        schoolYear: Math.max(2026, Math.min(2032, pane.store.today.getFullYear() - (pane.store.today.getMonth() < 7 ? 1 : 0)))
    }

    ColumnLayout {
        width: pane.availableWidth - 2 * Theme.spacing
        x: Theme.spacing
        spacing: Theme.spacing

        Item { Layout.preferredHeight: Theme.smallSpacing }

        Card {
            Layout.fillWidth: true
            title: qsTr("Coverage per municipality")
            GridLayout {
                columns: pane.wide ? 4 : 2
                columnSpacing: Theme.spacing
                Label { text: qsTr("School year") }
                ComboBox {
                    objectName: "coverageYear"
                    model: [2026, 2027, 2028, 2029, 2030, 2031, 2032].map(function(y) { return y + "-" + (y + 1) })
                    currentIndex: coverage.schoolYear - 2026
                    focusPolicy: Qt.StrongFocus
                    Accessible.name: qsTr("School year")
                    onActivated: function(index) { coverage.schoolYear = 2026 + index }
                }
                Label { text: qsTr("Plan for years without participations") }
                ComboBox {
                    objectName: "coveragePlan"
                    model: pane.store.scenarioNames
                    currentIndex: Math.max(0, pane.store.scenarioNames.indexOf(coverage.planName))
                    focusPolicy: Qt.StrongFocus
                    Accessible.name: qsTr("Plan for years without participations")
                    onActivated: function(index) { coverage.planName = pane.store.scenarioNames[index] }
                }
            }
            Text {
                objectName: "coverageSummary"
                Layout.fillWidth: true
                text: coverage.summary
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text {
                Layout.fillWidth: true
                text: coverage.basis
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
            FigureTableView {
                Layout.fillWidth: true
                table: coverage.municipalities
                accessibleName: qsTr("Coverage per municipality")
            }
        }
        Item { Layout.preferredHeight: Theme.spacing }
    }
}
