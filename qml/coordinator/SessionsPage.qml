import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// The school year's sessions, newest first, read from the database page by page while scrolling.
Item {
    id: page
    objectName: "coordinatorSessions"
    required property AppContext app
    readonly property string school: app.account.currentSchool

    SessionListModel {
        id: yearSessions
        store: page.app.store
        vestiging: page.school
        schoolYear: yearBox.currentValue !== undefined ? yearBox.currentValue : 0
    }
    SessionEditor {
        id: sessionEditor
        store: page.app.store
        vestiging: page.school
        onSaved: correctionPopup.close()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.smallSpacing

        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: qsTr("%n session(s)", "", yearSessions.count)
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
            }
            ComboBox {
                id: yearBox
                objectName: "schoolYearPicker"
                textRole: "label"
                valueRole: "year"
                Accessible.name: qsTr("School year")
                model: {
                    const current = page.app.store.today.getMonth() >= 7 ? page.app.store.today.getFullYear()
                                                                       : page.app.store.today.getFullYear() - 1
                    const years = []
                    for (let y = current; y >= 2025; --y)
                        years.push({ year: y, label: y + "-" + (y + 1) })
                    return years
                }
            }
        }
        Text {
            Layout.fillWidth: true
            objectName: "sessionsStatus"
            visible: text.length > 0
            text: sessionEditor.status
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.border

            ListView {
                id: list
                objectName: "sessionList"
                anchors.fill: parent
                anchors.margins: Theme.smallSpacing
                clip: true
                model: yearSessions
                keyNavigationEnabled: true
                ScrollBar.vertical: ScrollBar {}
                delegate: SessionRow {
                    width: ListView.view.width
                    editor: sessionEditor
                    onCorrectionStarted: correctionPopup.open()
                }
                Text {
                    anchors.centerIn: parent
                    visible: yearSessions.count === 0
                    text: qsTr("No sessions recorded in this school year yet.")
                    color: Theme.textMuted
                }
            }
        }
    }

    Popup {
        id: correctionPopup
        objectName: "correctionPopup"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(page.width - 2 * Theme.spacing, 560)
        height: Math.min(page.height - 2 * Theme.spacing, popupScroll.contentHeight + 2 * padding)
        modal: true
        padding: 0
        onClosed: if (sessionEditor.correcting) sessionEditor.cancelCorrection()
        ScrollView {
            id: popupScroll
            anchors.fill: parent
            contentWidth: availableWidth
            RecordSessionCard {
                width: popupScroll.availableWidth
                editor: sessionEditor
            }
        }
    }
}
