import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// The automatic proposal: the need indicator, the rules, then the proposal's years against the
// ceiling and, one click away, why each school starts when it does.
ScrollView {
    id: pane
    objectName: "proposalPane"
    required property NeedSource need
    required property ProposalModel proposal
    property bool wide: false
    property bool reasonsShown: false
    contentWidth: availableWidth

    ColumnLayout {
        width: pane.availableWidth - 2 * Theme.spacing
        x: Theme.spacing
        spacing: Theme.spacing

        Item { Layout.preferredHeight: Theme.smallSpacing }

        NeedSourceCard {
            Layout.fillWidth: true
            need: pane.need
        }
        ProposalRulesCard {
            Layout.fillWidth: true
            proposal: pane.proposal
            wide: pane.wide
        }

        Card {
            Layout.fillWidth: true
            visible: pane.proposal.hasProposal
            title: qsTr("Proposal '%1'").arg(pane.proposal.name)
            headerItem: [
                Button {
                    objectName: "proposalReasonsToggle"
                    text: pane.reasonsShown ? qsTr("Hide reasons") : qsTr("Reasons per school")
                    focusPolicy: Qt.StrongFocus
                    Accessible.name: text
                    onClicked: pane.reasonsShown = !pane.reasonsShown
                }
            ]
            Text {
                objectName: "proposalSummary"
                Layout.fillWidth: true
                text: pane.proposal.summary
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text {
                Layout.fillWidth: true
                text: pane.proposal.needNote
                color: Theme.warning
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
            FigureTableView {
                Layout.fillWidth: true
                table: pane.proposal.years
                accessibleName: qsTr("Cost against the ceiling per school year")
            }
            ReasonList {
                Layout.fillWidth: true
                visible: pane.reasonsShown
                proposal: pane.proposal
            }
        }
        Item { Layout.preferredHeight: Theme.spacing }
    }
}
