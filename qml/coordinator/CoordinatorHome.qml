import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// The coordinator's start: their school and the current week. Recording a session is right here,
// with today's date and last time's values already filled in.
ScrollView {
    id: page
    objectName: "coordinatorHome"
    required property AppContext app
    readonly property string school: app.account.currentSchool
    readonly property bool wide: availableWidth >= Theme.wideBreakpoint
    contentWidth: availableWidth

    SchoolProgress {
        id: schoolProgress
        store: page.app.store
        vestiging: page.school
    }
    SessionEditor {
        id: sessionEditor
        store: page.app.store
        vestiging: page.school
    }
    SessionListModel {
        id: weekSessions
        store: page.app.store
        vestiging: page.school
        week: schoolProgress.weekStart
    }

    ColumnLayout {
        width: page.availableWidth - 2 * Theme.spacing
        x: Theme.spacing
        spacing: Theme.spacing

        Item { Layout.preferredHeight: Theme.smallSpacing }

        SchoolHeader {
            Layout.fillWidth: true
            app: page.app
            schoolName: schoolProgress.schoolName
            subtitle: qsTr("School year %1 · %2").arg(schoolProgress.schoolYearLabel).arg(schoolProgress.tierLabel)
        }

        GridLayout {
            Layout.fillWidth: true
            columns: page.wide ? 2 : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing

            RecordSessionCard {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 1
                editor: sessionEditor
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 1
                spacing: Theme.spacing

                ProgressCard {
                    Layout.fillWidth: true
                    progress: schoolProgress
                }
                WeekSessionsCard {
                    Layout.fillWidth: true
                    sessions: weekSessions
                    editor: sessionEditor
                    title: schoolProgress.isCurrentWeek ? qsTr("Sessions this week") : qsTr("Sessions in week %1").arg(schoolProgress.weekNumber)
                }
            }
        }
        Item { Layout.preferredHeight: Theme.spacing }
    }
}
