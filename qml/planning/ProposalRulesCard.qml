import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// The rules of the automatic proposal, "Propose" and "Save as scenario".
Card {
    id: card
    required property ProposalModel proposal
    property bool wide: false
    property string saveMessage
    title: qsTr("Rules")

    GridLayout {
        Layout.fillWidth: true
        columns: card.wide ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.smallSpacing

        Label { text: qsTr("Ceiling per school year (million EUR): 36 rises evenly to 36.0; or seven amounts, e.g. 6; 11; 16; 21; 26; 31; 36"); wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextField {
            objectName: "proposalCeiling"
            Layout.fillWidth: true
            text: card.proposal.ceiling
            Accessible.name: qsTr("Ceiling per school year in million euros")
            onEditingFinished: card.proposal.ceiling = text
        }
        Label { text: qsTr("6 hours a week above need"); Layout.fillWidth: true }
        TextField {
            objectName: "proposalThreshold"
            Layout.fillWidth: true
            text: Number(card.proposal.threshold).toLocaleString(Qt.locale(), 'f', 1)
            validator: DoubleValidator { bottom: 0; decimals: 2 }
            Accessible.name: qsTr("Need above which a school gets 6 hours")
            onEditingFinished: card.proposal.threshold = Number.fromLocaleString(Qt.locale(), text)
        }
        Label { text: qsTr("At most this many new schools a year"); Layout.fillWidth: true }
        SpinBox {
            objectName: "proposalMaxNew"
            from: 1
            to: 400
            editable: true
            value: card.proposal.maxNewSchools
            Accessible.name: qsTr("Maximum number of new schools per school year")
            onValueModified: card.proposal.maxNewSchools = value
        }
        Label { text: qsTr("Every municipality progresses each year"); Layout.fillWidth: true }
        Switch {
            objectName: "proposalMunicipalityRule"
            checked: card.proposal.municipalityRule
            Accessible.name: qsTr("Every municipality progresses each year")
            onToggled: card.proposal.municipalityRule = checked
        }
        Label { text: qsTr("Name of the proposal"); Layout.fillWidth: true }
        TextField {
            objectName: "proposalName"
            Layout.fillWidth: true
            text: card.proposal.name
            Accessible.name: qsTr("Name of the proposal")
            onEditingFinished: card.proposal.name = text
        }
    }
    RowLayout {
        spacing: Theme.smallSpacing
        Button {
            objectName: "proposalRun"
            text: qsTr("Propose")
            highlighted: true
            focusPolicy: Qt.StrongFocus
            onClicked: {
                card.saveMessage = ""
                card.proposal.propose()
            }
        }
        Button {
            objectName: "proposalSave"
            text: qsTr("Save as scenario")
            enabled: card.proposal.hasProposal && !card.proposal.saved
            focusPolicy: Qt.StrongFocus
            onClicked: {
                const error = card.proposal.save()
                card.saveMessage = error.length === 0 ? qsTr("Saved as scenario '%1'.").arg(card.proposal.name) : ""
            }
        }
    }
    Text {
        objectName: "proposalError"
        Layout.fillWidth: true
        visible: card.proposal.error.length > 0
        text: card.proposal.error
        color: Theme.danger
        wrapMode: Text.WordWrap
    }
    Text {
        objectName: "proposalSaved"
        Layout.fillWidth: true
        visible: card.saveMessage.length > 0
        text: card.saveMessage
        color: Theme.success
        wrapMode: Text.WordWrap
    }
}
