import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// The school register: search and filters over every location; a school opens its page (all
// three programmes there) on the same stack, Escape or "Back" returns to the list.
Item {
    id: page
    objectName: "schoolRegister"
    required property AppContext app
    // Opens a school's page (the map page and the UI test use this too).
    function openSchool(vestiging) {
        stack.push(schoolPageComponent, { vestiging: vestiging })
    }

    RegionalStore {
        id: regional
        deviceStore: page.app.store
    }
    SchoolListModel {
        id: schools
        store: regional
        schoolYear: schoolYearOf(regional.today)
        function schoolYearOf(day) { return day.getMonth() >= 7 ? day.getFullYear() : day.getFullYear() - 1 }
    }
    SchoolFilterModel {
        id: filtered
        sourceModel: schools
    }

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: registerList
        // No sliding: the page is there at once (also for keyboard users and the UI test's clicks).
        pushEnter: Transition {}
        pushExit: Transition {}
        popEnter: Transition {}
        popExit: Transition {}
        Keys.onEscapePressed: function(event) {
            if (stack.depth > 1) {
                stack.pop()
                event.accepted = true
            }
        }
    }

    Component {
        id: schoolPageComponent
        SchoolPage {
            store: regional
            onBackRequested: stack.pop()
        }
    }

    Component {
        id: registerList
        ColumnLayout {
            spacing: Theme.smallSpacing

            SchoolFilterBar {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                Layout.bottomMargin: 0
                store: regional
                filter: filtered
                listView: list
            }
            Text {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                text: qsTr("%n school location(s)", "", filtered.count)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            ListView {
                id: list
                objectName: "schoolList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: filtered
                focus: true
                keyNavigationEnabled: true
                activeFocusOnTab: true
                currentIndex: -1
                Accessible.role: Accessible.List
                Accessible.name: qsTr("School locations")
                ScrollBar.vertical: ScrollBar {}
                Keys.onReturnPressed: if (currentIndex >= 0) page.openSchool(filtered.vestigingAt(currentIndex))
                Keys.onEnterPressed: if (currentIndex >= 0) page.openSchool(filtered.vestigingAt(currentIndex))
                delegate: SchoolRow {
                    width: ListView.view.width
                    highlighted: ListView.isCurrentItem && list.activeFocus
                    onActivated: page.openSchool(vestiging)
                }
            }
        }
    }
}
