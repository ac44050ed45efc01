import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// The bridge officer's start: log a contact, and the follow-ups that are due.
ScrollView {
    id: page
    objectName: "officerHome"
    required property AppContext app
    readonly property bool wide: availableWidth >= Theme.wideBreakpoint
    contentWidth: availableWidth

    ContactEditor {
        id: contactEditor
        store: page.app.store
    }
    FollowUpModel {
        id: followUpModel
        store: page.app.store
    }

    GridLayout {
        width: page.availableWidth - 2 * Theme.spacing
        x: Theme.spacing
        y: Theme.spacing
        columns: page.wide ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        ContactForm {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: 3
            editor: contactEditor
            store: page.app.store
        }
        FollowUpsCard {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: 2
            followUps: followUpModel
            editor: contactEditor
        }
        Item { Layout.preferredHeight: Theme.spacing }
    }
}
