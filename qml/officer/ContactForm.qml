import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// Log a family contact: the family, then only structured choices. Last time's form, initiator and
// duration are already chosen.
Card {
    id: card
    objectName: "contactForm"
    required property ContactEditor editor
    required property DeviceStore store
    title: editor.correcting ? qsTr("Correct a contact") : qsTr("Log a contact")

    FamilyPicker {
        Layout.fillWidth: true
        editor: card.editor
        store: card.store
        visible: !card.editor.correcting
    }
    FieldError { text: card.editor.errors.familyCode || card.editor.errors.officer || "" }

    RowLayout {
        Layout.fillWidth: true
        ToolButton {
            objectName: "contactDayBeforeButton"
            text: "\u2039"
            font.pixelSize: 20
            Accessible.name: qsTr("Day before")
            onClicked: card.editor.shiftDate(-1)
        }
        Text {
            Layout.fillWidth: true
            text: card.editor.dateIsToday ? qsTr("Today, %1").arg(card.editor.dateText) : card.editor.dateText
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.fontNormal
            font.bold: true
            color: Theme.text
            // One line that shrinks on a phone: a wrapped line in a RowLayout overlapped the next row.
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 10
            elide: Text.ElideRight
        }
        ToolButton {
            objectName: "contactDayAfterButton"
            text: "\u203a"
            font.pixelSize: 20
            enabled: !card.editor.dateIsToday
            Accessible.name: qsTr("Day after")
            onClicked: card.editor.shiftDate(1)
        }
    }
    FieldError { text: card.editor.errors.date || "" }

    FormLabel {
        text: qsTr("School")
        visible: card.editor.schoolChoices.length > 1
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.smallSpacing
        visible: card.editor.schoolChoices.length > 1
        Repeater {
            model: card.editor.schoolChoices
            delegate: Button {
                required property var modelData
                objectName: "school_" + modelData.vestiging
                text: modelData.name
                highlighted: card.editor.school === modelData.vestiging
                Accessible.name: qsTr("School: %1").arg(modelData.name)
                onClicked: card.editor.school = modelData.vestiging
            }
        }
    }
    FieldError { text: card.editor.errors.vestiging || "" }

    FormLabel { text: qsTr("Who asked for the contact") }
    ChoiceChips {
        Layout.fillWidth: true
        kind: "initiator"
        selected: card.editor.initiatedBy
        accessibleGroupName: qsTr("Who asked for the contact")
        onToggled: key => card.editor.initiatedBy = key
    }
    FormLabel { text: qsTr("How") }
    ChoiceChips {
        Layout.fillWidth: true
        kind: "form"
        selected: card.editor.form
        accessibleGroupName: qsTr("How")
        onToggled: key => card.editor.form = key
    }
    FormLabel { text: qsTr("Topics") }
    ChoiceChips {
        Layout.fillWidth: true
        kind: "topic"
        multiple: true
        selectedKeys: card.editor.topics
        accessibleGroupName: qsTr("Topics")
        onToggled: key => card.editor.toggleTopic(key)
    }
    FieldError { text: card.editor.errors.topics || "" }
    FormLabel { text: qsTr("Support given") }
    ChoiceChips {
        Layout.fillWidth: true
        kind: "support"
        multiple: true
        selectedKeys: card.editor.support
        accessibleGroupName: qsTr("Support given")
        onToggled: key => card.editor.toggleSupport(key)
    }
    FieldError { text: card.editor.errors.support || "" }
    FormLabel {
        text: qsTr("Referred to")
        visible: card.editor.referralNeeded
    }
    ChoiceChips {
        Layout.fillWidth: true
        visible: card.editor.referralNeeded
        kind: "referral"
        selected: card.editor.referral
        accessibleGroupName: qsTr("Referred to")
        onToggled: key => card.editor.referral = key
    }
    FieldError { text: card.editor.errors.referral || "" }

    FormLabel { text: qsTr("Duration") }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.smallSpacing
        Repeater {
            model: [10, 15, 30, 45, 60, 90, 120]
            delegate: Button {
                required property int modelData
                objectName: "duration_" + modelData
                text: qsTr("%1 min").arg(modelData)
                highlighted: card.editor.durationMinutes === modelData
                Accessible.name: qsTr("Duration %1 minutes").arg(modelData)
                onClicked: card.editor.durationMinutes = modelData
            }
        }
    }
    FieldError { text: card.editor.errors.durationMinutes || "" }

    FormLabel { text: qsTr("Follow-up") }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.smallSpacing
        Repeater {
            model: [0, 1, 2, 4, 6]
            delegate: Button {
                required property int modelData
                objectName: "followUp_" + modelData
                text: modelData === 0 ? qsTr("None") : qsTr("In %n week(s)", "", modelData)
                highlighted: card.editor.followUpWeeks === modelData
                Accessible.name: modelData === 0 ? qsTr("No follow-up") : qsTr("Follow up in %n week(s)", "", modelData)
                onClicked: card.editor.followUpWeeks = modelData
            }
        }
    }
    FieldError { text: card.editor.errors.followUp || "" }

    Text {
        Layout.fillWidth: true
        objectName: "contactStatus"
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
            objectName: "saveContactButton"
            Layout.fillWidth: true
            text: card.editor.correcting ? qsTr("Save correction") : qsTr("Save contact")
            highlighted: true
            Accessible.name: text
            onClicked: card.editor.save()
        }
        Button {
            visible: card.editor.correcting
            text: qsTr("Cancel")
            Accessible.name: qsTr("Cancel the correction")
            onClicked: card.editor.reset()
        }
    }
}
