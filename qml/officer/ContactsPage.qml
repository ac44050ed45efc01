import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// The officer's own contacts, by school and month, read page by page while scrolling.
Item {
    id: page
    objectName: "officerContacts"
    required property AppContext app

    ContactListModel {
        id: contactModel
        store: page.app.store
        month: page.app.store.today
        school: schoolBox.currentValue !== undefined ? schoolBox.currentValue : ""
    }
    ContactEditor {
        id: contactEditor
        store: page.app.store
        onSaved: correctionPopup.close()
    }
    PlacementModel {
        id: placementModel
        store: page.app.store
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.smallSpacing

        Flow {
            Layout.fillWidth: true
            spacing: Theme.smallSpacing
            ToolButton {
                objectName: "previousMonthButton"
                text: "\u2039"
                font.pixelSize: 20
                Accessible.name: qsTr("Previous month")
                onClicked: contactModel.previousMonth()
            }
            Text {
                height: 40
                verticalAlignment: Text.AlignVCenter
                text: contactModel.monthLabel
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
            }
            ToolButton {
                objectName: "nextMonthButton"
                text: "\u203a"
                font.pixelSize: 20
                Accessible.name: qsTr("Next month")
                onClicked: contactModel.nextMonth()
            }
            ComboBox {
                id: schoolBox
                objectName: "contactSchoolFilter"
                width: 240
                textRole: "name"
                valueRole: "vestiging"
                Accessible.name: qsTr("School")
                model: [{ vestiging: "", name: qsTr("All schools") }].concat(placementModel.schools)
            }
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("%n contact(s)", "", contactModel.count) + (contactEditor.status.length > 0 ? " · " + contactEditor.status : "")
            color: Theme.textMuted
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.border
            ListView {
                objectName: "contactList"
                anchors.fill: parent
                anchors.margins: Theme.smallSpacing
                clip: true
                model: contactModel
                keyNavigationEnabled: true
                ScrollBar.vertical: ScrollBar {}
                delegate: ContactRow {
                    width: ListView.view.width
                    editor: contactEditor
                    onCorrectionStarted: correctionPopup.open()
                }
                Text {
                    anchors.centerIn: parent
                    visible: contactModel.count === 0
                    text: qsTr("No contacts in this selection.")
                    color: Theme.textMuted
                }
            }
        }
    }

    Popup {
        id: correctionPopup
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(page.width - 2 * Theme.spacing, 640)
        height: page.height - 2 * Theme.spacing
        modal: true
        padding: 0
        onClosed: if (contactEditor.correcting) contactEditor.reset()
        ScrollView {
            id: popupScroll
            anchors.fill: parent
            contentWidth: availableWidth
            ContactForm {
                width: popupScroll.availableWidth
                editor: contactEditor
                store: page.app.store
            }
        }
    }
}
