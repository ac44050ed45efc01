import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// One school and the three programmes there, each with its editor.
ScrollView {
    id: page
    objectName: "schoolPage"
    required property RegionalStore store
    required property string vestiging
    readonly property bool wide: availableWidth >= Theme.wideBreakpoint
    readonly property int currentYear: store.today.getMonth() >= 7 ? store.today.getFullYear() : store.today.getFullYear() - 1
    signal backRequested()
    contentWidth: availableWidth
    Accessible.name: qsTr("School page of %1").arg(school.name)

    SchoolProgrammes {
        id: school
        store: page.store
        vestiging: page.vestiging
    }

    ColumnLayout {
        width: page.availableWidth - 2 * Theme.spacing
        x: Theme.spacing
        spacing: Theme.spacing

        Item { Layout.preferredHeight: Theme.smallSpacing }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                objectName: "schoolBack"
                text: qsTr("Back")
                Accessible.name: qsTr("Back to the list")
                onClicked: page.backRequested()
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Text {
                    Layout.fillWidth: true
                    text: school.found ? school.name : qsTr("Unknown school %1").arg(page.vestiging)
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Text {
                    Layout.fillWidth: true
                    visible: school.found
                    text: [school.city, school.municipalityName, school.schoolTypeLabel, school.pupilsText, page.vestiging].join(" · ")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontNormal
                    wrapMode: Text.WordWrap
                }
            }
        }

        GridLayout {
            Layout.fillWidth: true
            visible: school.found
            columns: page.wide ? 2 : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing

            ProgrammeCard {
                objectName: "tvtCard"
                title: qsTr("Tijd voor Toekomst")
                subtitle: school.planText
                actionText: qsTr("Change participation")
                actionObjectName: "editParticipation"
                onActionTriggered: participationDialog.openFor(page.currentYear)
                Repeater {
                    model: school.participations
                    delegate: ProgrammeLine {
                        required property int schoolYear
                        required property string schoolYearLabel
                        required property string tierLabel
                        required property string startDateText
                        required property int pupilsReached
                        required property string realisationText
                        objectName: "participation_" + schoolYear
                        heading: schoolYearLabel + " · " + tierLabel
                        detail: qsTr("from %1 · %n pupil(s) reached", "", pupilsReached).arg(startDateText)
                                + (realisationText.length > 0 ? " · " + qsTr("%1 delivered").arg(realisationText) : "")
                        actionText: qsTr("Change")
                        onActionTriggered: participationDialog.openFor(schoolYear)
                    }
                }
                EmptyLine { visible: school.participations.count === 0; text: qsTr("No participation recorded yet.") }
            }

            ProgrammeCard {
                objectName: "officerCard"
                title: qsTr("Bridge officer")
                subtitle: school.placedFteText
                actionText: qsTr("Add placement")
                actionObjectName: "addPlacement"
                onActionTriggered: placementDialog.openNew()
                Repeater {
                    model: school.placements
                    delegate: ProgrammeLine {
                        required property string placementId
                        required property string officerName
                        required property string employer
                        required property string fteText
                        required property string periodText
                        required property bool activeToday
                        heading: officerName + " · " + qsTr("%1 FTE").arg(fteText)
                        detail: employer + " · " + periodText + (activeToday ? "" : " · " + qsTr("not active today"))
                        actionText: qsTr("Change")
                        onActionTriggered: placementDialog.openEdit(placementId)
                    }
                }
                EmptyLine { visible: school.placements.count === 0; text: qsTr("No bridge officer placed.") }
            }

            ProgrammeCard {
                objectName: "libraryCard"
                title: qsTr("Bibliotheek op school")
                actionText: qsTr("Change status")
                actionObjectName: "editLibrary"
                onActionTriggered: libraryDialog.openFor(page.currentYear)
                Repeater {
                    model: school.library
                    delegate: ProgrammeLine {
                        required property int schoolYear
                        required property string schoolYearLabel
                        required property string statusLabel
                        required property string organisation
                        required property bool collectionPresent
                        required property bool readingPlanAdopted
                        required property bool monitorDone
                        heading: schoolYearLabel + " · " + statusLabel
                        detail: [organisation,
                                 collectionPresent ? qsTr("collection") : "",
                                 readingPlanAdopted ? qsTr("reading plan") : "",
                                 monitorDone ? qsTr("monitor done") : ""].filter(function(s) { return s.length > 0 }).join(" · ")
                        actionText: qsTr("Change")
                        onActionTriggered: libraryDialog.openFor(schoolYear)
                    }
                }
                EmptyLine { visible: school.library.count === 0; text: qsTr("No status recorded yet.") }
            }
        }
        Item { Layout.preferredHeight: Theme.spacing }
    }

    ParticipationDialog {
        id: participationDialog
        store: page.store
        vestiging: page.vestiging
        schoolName: school.name
    }
    PlacementDialog {
        id: placementDialog
        store: page.store
        vestiging: page.vestiging
        schoolName: school.name
    }
    LibraryDialog {
        id: libraryDialog
        store: page.store
        vestiging: page.vestiging
        schoolName: school.name
    }
}
