import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// Record a session: date (today), kind of activity, provider, duration, groups and pupils, with the
// school's previous values already filled in. Every field is checked as it changes.
Card {
    id: card
    objectName: "recordSessionCard"
    required property SessionEditor editor
    title: editor.correcting ? qsTr("Correct a session") : qsTr("Record a session")

    // Date: today unless moved.
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.smallSpacing
        ToolButton {
            objectName: "dayBeforeButton"
            text: "\u2039"
            font.pixelSize: 20
            Accessible.name: qsTr("Day before")
            onClicked: card.editor.shiftDate(-1)
        }
        Text {
            Layout.fillWidth: true
            objectName: "sessionDate"
            text: card.editor.dateIsToday ? qsTr("Today, %1").arg(card.editor.dateText) : card.editor.dateText
            font.pixelSize: Theme.fontNormal
            font.bold: true
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            // One line that shrinks on a phone: a wrapped line in a RowLayout overlapped the next row.
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 10
            elide: Text.ElideRight
        }
        ToolButton {
            objectName: "dayAfterButton"
            text: "\u203a"
            font.pixelSize: 20
            enabled: !card.editor.dateIsToday
            Accessible.name: qsTr("Day after")
            onClicked: card.editor.shiftDate(1)
        }
    }
    FieldError { text: card.editor.errors.date || "" }

    FormLabel { text: qsTr("Kind of activity") }
    ChoiceChips {
        Layout.fillWidth: true
        objectName: "domainChoice"
        kind: "domain"
        selected: card.editor.domain
        accessibleGroupName: qsTr("Kind of activity")
        onToggled: key => card.editor.domain = key
    }
    FieldError { text: card.editor.errors.domain || "" }

    FormLabel { text: qsTr("Provider") }
    TextField {
        id: providerField
        objectName: "providerField"
        Layout.fillWidth: true
        text: card.editor.provider
        placeholderText: qsTr("For example: the sports club, the music school")
        Accessible.name: qsTr("Provider")
        onTextEdited: card.editor.provider = text
    }
    FieldError { text: card.editor.errors.provider || "" }

    GridLayout {
        Layout.fillWidth: true
        columns: card.width > 420 ? 2 : 1
        columnSpacing: Theme.spacing
        ColumnLayout {
            FormLabel { text: qsTr("Duration (hours)") }
            SpinBox {
                id: hoursBox
                objectName: "hoursField"
                from: 1
                to: 32 // quarters of an hour, up to 8 hours
                editable: true
                value: Math.round(card.editor.hours * 4)
                textFromValue: (v, locale) => Number(v / 4).toLocaleString(locale, 'f', v % 4 === 0 ? 0 : 2)
                valueFromText: (t, locale) => Math.round(Number.fromLocaleString(locale, t) * 4)
                Accessible.name: qsTr("Duration in hours")
                onValueModified: card.editor.hours = value / 4
            }
            FieldError { text: card.editor.errors.hours || "" }
        }
        ColumnLayout {
            FormLabel { text: qsTr("Pupils taking part") }
            SpinBox {
                objectName: "pupilsField"
                from: 0
                to: 2000
                editable: true
                value: card.editor.pupils
                Accessible.name: qsTr("Pupils taking part")
                onValueModified: card.editor.pupils = value
            }
            FieldError { text: card.editor.errors.pupils || "" }
        }
    }

    FormLabel { text: qsTr("Groups") }
    Flow {
        Layout.fillWidth: true
        spacing: 4
        Repeater {
            model: 8
            delegate: Button {
                required property int index
                readonly property int groep: index + 1
                readonly property bool isOn: (card.editor.groups >> index) & 1
                objectName: "groep_" + groep
                implicitWidth: Theme.touchTarget
                text: groep
                Accessible.name: qsTr("Group %1").arg(groep)
                Accessible.checkable: true
                Accessible.checked: isOn
                highlighted: isOn
                onClicked: card.editor.toggleGroup(groep)
            }
        }
    }
    FieldError { text: card.editor.errors.groups || "" }

    Text {
        Layout.fillWidth: true
        objectName: "sessionStatus"
        visible: text.length > 0
        text: card.editor.status
        color: card.editor.statusIsProblem ? Theme.danger : Theme.success
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    RowLayout {
        Layout.fillWidth: true
        Layout.topMargin: Theme.smallSpacing
        Button {
            objectName: "saveSessionButton"
            Layout.fillWidth: true
            text: card.editor.correcting ? qsTr("Save correction") : qsTr("Save session")
            highlighted: true
            Accessible.name: text
            onClicked: card.editor.save()
        }
        Button {
            objectName: "cancelCorrectionButton"
            visible: card.editor.correcting
            text: qsTr("Cancel")
            Accessible.name: qsTr("Cancel the correction")
            onClicked: card.editor.cancelCorrection()
        }
    }
}
