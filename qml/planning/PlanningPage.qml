import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// The regional team's planning: rollout scenarios side by side, the automatic proposal with every
// school's reason, the bridge-officer build-up, coverage, completeness and the yearly report.
// Everything is computed in C++ (src/app/planning) from the local store; this page only presents.
Item {
    id: page
    objectName: "planningPage"
    required property AppContext app
    readonly property bool wide: width >= Theme.wideBreakpoint

    // Opens the proposal tab with the reasons per school shown.
    function showReasons() {
        tabs.currentIndex = 1
        proposalPane.reasonsShown = true
    }

    PlanningStore {
        id: planningStore
        deviceStore: page.app.store
    }
    NeedSource {
        id: needSource
        store: planningStore
    }
    ProposalModel {
        id: proposalModel
        store: planningStore
        needSource: needSource
    }
    ScenarioListModel {
        id: scenarioList
        store: planningStore
        proposal: proposalModel
    }
    ScenarioComparisonModel {
        id: comparisonModel
        store: planningStore
        scenarios: scenarioList
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TabBar {
            id: tabs
            objectName: "planningTabs"
            Layout.fillWidth: true
            Accessible.name: qsTr("Planning sections")
            Repeater {
                model: [
                    { key: "scenarios", title: qsTr("Scenarios") },
                    { key: "proposal", title: qsTr("Proposal") },
                    { key: "buildup", title: qsTr("Bridge officers") },
                    { key: "coverage", title: qsTr("Coverage") },
                    { key: "completeness", title: qsTr("Completeness") },
                    { key: "report", title: qsTr("Yearly report") }
                ]
                delegate: TabButton {
                    required property var modelData
                    objectName: "planningTab_" + modelData.key
                    text: modelData.title
                    width: implicitWidth
                    focusPolicy: Qt.StrongFocus
                    Accessible.name: text
                }
            }
        }

        Text {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            visible: planningStore.lastError.length > 0
            text: planningStore.lastError
            color: Theme.danger
            wrapMode: Text.WordWrap
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            ScenariosPane {
                store: planningStore
                scenarios: scenarioList
                comparison: comparisonModel
                wide: page.wide
                onReasonsRequested: page.showReasons()
            }
            ProposalPane {
                id: proposalPane
                need: needSource
                proposal: proposalModel
                wide: page.wide
            }
            // The other sections read and compute only once they are first opened.
            Loader {
                active: tabs.currentIndex === 2 || item !== null
                sourceComponent: BuildUpPane { store: planningStore; need: needSource; wide: page.wide }
            }
            Loader {
                active: tabs.currentIndex === 3 || item !== null
                sourceComponent: CoveragePane { store: planningStore; wide: page.wide }
            }
            Loader {
                active: tabs.currentIndex === 4 || item !== null
                sourceComponent: CompletenessPane { store: planningStore }
            }
            Loader {
                active: tabs.currentIndex === 5 || item !== null
                sourceComponent: ReportPane { store: planningStore }
            }
        }
    }
}
