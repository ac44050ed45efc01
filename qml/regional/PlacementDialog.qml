import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// A bridge officer's placement at the school: officer, FTE, from and to.
EditorDialog {
    id: dialog
    objectName: "placementDialog"
    required property RegionalStore store
    required property string vestiging
    title: editor.placementId.length > 0 ? qsTr("Change placement") : qsTr("New placement")
    status: editor.status
    submit: function() { return editor.save() }

    function openNew() {
        editor.startNew()
        open()
        officerBox.forceActiveFocus()
    }
    function openEdit(placementId) {
        editor.startEdit(placementId)
        open()
        officerBox.forceActiveFocus()
    }

    PlacementEditor {
        id: editor
        store: dialog.store
        vestiging: dialog.vestiging
    }

    FormLabel { text: qsTr("Bridge officer") }
    OptionCombo {
        id: officerBox
        objectName: "placementOfficer"
        Layout.fillWidth: true
        options: [{ key: "", label: qsTr("Choose an officer") }].concat(editor.officerOptions)
        selectedKey: editor.officerId
        Accessible.name: qsTr("Bridge officer")
        onPicked: function(key) { editor.officerId = key }
    }
    FieldError { objectName: "placementOfficerError"; text: editor.errors.officerId || "" }

    FormLabel { text: qsTr("FTE at this school") }
    TextField {
        objectName: "placementFte"
        Layout.fillWidth: true
        text: editor.fte
        placeholderText: qsTr("e.g. 0,6")
        inputMethodHints: Qt.ImhFormattedNumbersOnly
        Accessible.name: qsTr("FTE at this school")
        onTextEdited: editor.fte = text
    }
    FieldError { objectName: "placementFteError"; text: editor.errors.fte || "" }

    FormLabel { text: qsTr("From (day-month-year)") }
    TextField {
        objectName: "placementFrom"
        Layout.fillWidth: true
        text: editor.from
        Accessible.name: qsTr("Placed from")
        onTextEdited: editor.from = text
    }
    FieldError { objectName: "placementFromError"; text: editor.errors.from || "" }

    FormLabel { text: qsTr("To (empty: open-ended)") }
    TextField {
        objectName: "placementTo"
        Layout.fillWidth: true
        text: editor.to
        Accessible.name: qsTr("Placed until")
        onTextEdited: editor.to = text
    }
    FieldError { objectName: "placementToError"; text: editor.errors.to || "" }
}
