import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// Bibliotheek op school at the school in one school year.
EditorDialog {
    id: dialog
    objectName: "libraryDialog"
    required property RegionalStore store
    required property string vestiging
    title: qsTr("Bibliotheek op school %1").arg(editor.schoolYearLabel)
    status: editor.message
    submit: function() { return editor.save() }

    function openFor(startYear) {
        editor.schoolYear = startYear
        editor.load()
        open()
        statusBox.forceActiveFocus()
    }

    LibraryEditor {
        id: editor
        store: dialog.store
        vestiging: dialog.vestiging
    }

    FormLabel { text: qsTr("Status") }
    OptionCombo {
        id: statusBox
        objectName: "libraryStatus"
        Layout.fillWidth: true
        options: dialog.store.libraryStatusOptions
        selectedKey: editor.status
        Accessible.name: qsTr("Status")
        onPicked: function(key) { editor.status = key }
    }
    FieldError { objectName: "libraryStatusError"; text: editor.errors.status || "" }

    FormLabel { text: qsTr("Library organisation") }
    TextField {
        objectName: "libraryOrganisation"
        Layout.fillWidth: true
        text: editor.organisation
        Accessible.name: qsTr("Library organisation")
        onTextEdited: editor.organisation = text
    }
    FieldError { objectName: "libraryOrganisationError"; text: editor.errors.libraryOrganisation || "" }

    FormLabel { text: qsTr("Reading consultant, hours a week") }
    TextField {
        objectName: "libraryConsultantHours"
        Layout.fillWidth: true
        text: editor.consultantHours
        inputMethodHints: Qt.ImhFormattedNumbersOnly
        Accessible.name: qsTr("Reading consultant, hours a week")
        onTextEdited: editor.consultantHours = text
    }
    FieldError { objectName: "libraryConsultantHoursError"; text: editor.errors.consultantHoursPerWeek || "" }

    CheckBox {
        objectName: "libraryCollection"
        text: qsTr("Collection at school")
        checked: editor.collectionPresent
        Accessible.name: text
        onToggled: {
            editor.collectionPresent = checked
            checked = Qt.binding(function() { return editor.collectionPresent })
        }
    }
    CheckBox {
        objectName: "libraryReadingPlan"
        text: qsTr("Reading plan adopted")
        checked: editor.readingPlanAdopted
        Accessible.name: text
        onToggled: {
            editor.readingPlanAdopted = checked
            checked = Qt.binding(function() { return editor.readingPlanAdopted })
        }
    }
    CheckBox {
        objectName: "libraryMonitor"
        text: qsTr("Reading monitor done")
        checked: editor.monitorDone
        Accessible.name: text
        onToggled: {
            editor.monitorDone = checked
            checked = Qt.binding(function() { return editor.monitorDone })
        }
    }
}
