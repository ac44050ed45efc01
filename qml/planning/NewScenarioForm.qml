import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// A new scenario: a name and what it starts as (a fresh default plan or a copy of a scenario).
GridLayout {
    id: form
    required property PlanningStore store
    property bool wide: false
    property string error
    columns: wide ? 4 : 1
    columnSpacing: Theme.spacing
    rowSpacing: Theme.smallSpacing

    TextField {
        id: nameField
        objectName: "newScenarioName"
        Layout.fillWidth: true
        placeholderText: qsTr("Name of the new scenario")
        Accessible.name: qsTr("Name of the new scenario")
        onAccepted: create.clicked()
    }
    ComboBox {
        id: source
        objectName: "newScenarioSource"
        Layout.fillWidth: !form.wide
        Layout.preferredWidth: form.wide ? 260 : -1
        model: [qsTr("Fresh default plan")].concat(form.store.scenarioNames.map(function(n) {
            return qsTr("Copy of %1").arg(n)
        }))
        focusPolicy: Qt.StrongFocus
        Accessible.name: qsTr("Start from")
    }
    Button {
        id: create
        objectName: "newScenarioCreate"
        text: qsTr("Create")
        focusPolicy: Qt.StrongFocus
        Accessible.name: qsTr("Create the scenario")
        onClicked: {
            const from = source.currentIndex > 0 ? form.store.scenarioNames[source.currentIndex - 1] : ""
            form.error = form.store.createScenario(nameField.text, from)
            if (form.error.length === 0)
                nameField.text = ""
        }
    }
    Text {
        objectName: "newScenarioError"
        Layout.fillWidth: true
        Layout.columnSpan: form.columns
        visible: form.error.length > 0
        text: form.error
        color: Theme.danger
        wrapMode: Text.WordWrap
    }
}
