import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// Tijd voor Toekomst at one school in one school year: tier, start date, pupils reached.
EditorDialog {
    id: dialog
    objectName: "participationDialog"
    required property RegionalStore store
    required property string vestiging
    title: qsTr("Tijd voor Toekomst %1").arg(editor.schoolYearLabel)
    status: editor.status
    submit: function() { return editor.save() }

    function openFor(startYear) {
        editor.schoolYear = startYear
        editor.load()
        open()
        yearBox.forceActiveFocus()
    }

    ParticipationEditor {
        id: editor
        store: dialog.store
        vestiging: dialog.vestiging
    }

    FormLabel { text: qsTr("School year") }
    OptionCombo {
        id: yearBox
        objectName: "participationYear"
        Layout.fillWidth: true
        options: {
            const out = []
            for (let y = 2025; y <= 2032; ++y)
                out.push({ key: String(y), label: y + "-" + (y + 1) })
            return out
        }
        selectedKey: String(editor.schoolYear)
        Accessible.name: qsTr("School year")
        onPicked: function(key) { editor.schoolYear = Number(key) }
    }

    FormLabel { text: qsTr("Tier") }
    Flow {
        id: tierRow
        Layout.fillWidth: true
        spacing: Theme.smallSpacing
        Repeater {
            model: dialog.store.tierOptions
            delegate: RadioButton {
                required property var modelData
                objectName: "participationTier_" + modelData.key
                text: modelData.label
                checked: editor.tier === modelData.key
                Accessible.name: qsTr("Tier: %1").arg(modelData.label)
                onToggled: {
                    if (checked)
                        editor.tier = modelData.key
                    // A click assigned `checked`; follow the editor again.
                    checked = Qt.binding(function() { return editor.tier === modelData.key })
                }
            }
        }
    }
    FieldError { objectName: "participationTierError"; text: editor.errors.tier || "" }

    FormLabel { text: qsTr("Start date (day-month-year)") }
    TextField {
        objectName: "participationStartDate"
        Layout.fillWidth: true
        text: editor.startDate
        inputMethodHints: Qt.ImhDate
        Accessible.name: qsTr("Start date")
        onTextEdited: editor.startDate = text
    }
    FieldError { objectName: "participationStartDateError"; text: editor.errors.startDate || "" }

    FormLabel { text: qsTr("Pupils reached") }
    TextField {
        objectName: "participationPupils"
        Layout.fillWidth: true
        text: editor.pupilsReached
        inputMethodHints: Qt.ImhDigitsOnly
        Accessible.name: qsTr("Pupils reached")
        onTextEdited: editor.pupilsReached = text
    }
    FieldError { objectName: "participationPupilsError"; text: editor.errors.pupilsReached || "" }
}
