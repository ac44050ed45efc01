import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// The region drawn by the app itself: municipality shapes and every school location as a dot
// coloured by a programme's state. Tap a dot (or move with the arrow keys and press Enter) to
// open the school.
Item {
    id: page
    objectName: "regionalMap"
    required property AppContext app
    readonly property bool wide: width >= Theme.wideBreakpoint

    function openSchool(vestiging) {
        if (vestiging.length > 0)
            stack.push(schoolPageComponent, { vestiging: vestiging })
    }

    RegionalStore {
        id: regional
        deviceStore: page.app.store
    }
    SchoolListModel {
        id: schoolRows
        store: regional
        schoolYear: regional.today.getMonth() >= 7 ? regional.today.getFullYear() : regional.today.getFullYear() - 1
    }

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: mapView
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
        id: mapView
        GridLayout {
            columns: page.wide ? 2 : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.smallSpacing

            ColumnLayout {
                Layout.margins: Theme.spacing
                Layout.bottomMargin: page.wide ? Theme.spacing : 0
                Layout.preferredWidth: page.wide ? 260 : -1
                Layout.fillWidth: !page.wide
                Layout.alignment: Qt.AlignTop
                spacing: Theme.smallSpacing

                FormLabel { text: qsTr("Colour by") }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.smallSpacing
                    Repeater {
                        model: [
                            { key: RegionMap.ByTier, label: qsTr("Tijd voor Toekomst") },
                            { key: RegionMap.ByBridgeOfficer, label: qsTr("Bridge officer") },
                            { key: RegionMap.ByLibrary, label: qsTr("Bibliotheek op school") }
                        ]
                        delegate: Button {
                            required property var modelData
                            objectName: "colourBy_" + modelData.key
                            text: modelData.label
                            highlighted: map.colouring === modelData.key
                            Accessible.checkable: true
                            Accessible.checked: highlighted
                            focusPolicy: Qt.StrongFocus
                            Accessible.name: qsTr("Colour the schools by %1").arg(modelData.label)
                            onClicked: map.colouring = modelData.key
                        }
                    }
                }
                FormLabel { text: qsTr("Municipality") }
                OptionCombo {
                    objectName: "mapMunicipality"
                    Layout.fillWidth: true
                    options: regional.municipalityOptions
                    selectedKey: map.municipalityCode
                    Accessible.name: qsTr("Show municipality")
                    onPicked: function(key) { map.municipalityCode = key }
                }
                MapLegend {
                    Layout.fillWidth: true
                    entries: map.legend
                    total: map.visibleSchools
                }
                Text {
                    Layout.fillWidth: true
                    visible: !map.shapesLoaded
                    text: qsTr("Municipality borders not found (%1): only the schools are drawn.").arg(map.shapesError)
                    color: Theme.warning
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
                SelectedSchoolCard {
                    Layout.fillWidth: true
                    visible: map.selectedVestiging.length > 0 && page.wide
                    schools: schoolRows
                    vestiging: map.selectedVestiging
                    onOpenRequested: page.openSchool(map.selectedVestiging)
                }
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: 280
                Layout.margins: page.wide ? Theme.spacing : 0
                Layout.leftMargin: page.wide ? 0 : Theme.spacing
                Layout.rightMargin: Theme.spacing
                color: "#dce9f2" // the sea and the world beyond the region
                radius: Theme.radius
                border.color: map.activeFocus ? Theme.focus : Theme.border
                border.width: map.activeFocus ? 3 : 1

                RegionMap {
                    id: map
                    objectName: "regionMap"
                    anchors.fill: parent
                    anchors.margins: 2
                    schools: schoolRows
                    shapesFile: regional.shapesFile
                    activeFocusOnTab: true
                    focus: true
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("Map of the region with %n school location(s); arrow keys move between schools, Enter opens one", "", map.visibleSchools)
                    Keys.onLeftPressed: map.selectTowards(-1, 0)
                    Keys.onRightPressed: map.selectTowards(1, 0)
                    Keys.onUpPressed: map.selectTowards(0, -1)
                    Keys.onDownPressed: map.selectTowards(0, 1)
                    Keys.onReturnPressed: page.openSchool(map.selectedVestiging)
                    Keys.onEnterPressed: page.openSchool(map.selectedVestiging)

                    TapHandler {
                        onTapped: function(eventPoint) {
                            map.forceActiveFocus()
                            const hit = map.schoolAt(eventPoint.position.x, eventPoint.position.y)
                            if (hit.length > 0) {
                                // A tap on the selected school opens it; the first tap selects.
                                if (hit === map.selectedVestiging || !page.wide)
                                    page.openSchool(hit)
                                map.selectedVestiging = hit
                            } else {
                                const municipality = map.municipalityAt(eventPoint.position.x, eventPoint.position.y)
                                if (municipality.length > 0 && map.municipalityCode.length === 0)
                                    map.municipalityCode = municipality
                            }
                        }
                    }
                }
                Button {
                    objectName: "mapShowRegion"
                    anchors { right: parent.right; top: parent.top; margins: Theme.smallSpacing }
                    visible: map.municipalityCode.length > 0
                    text: qsTr("Whole region")
                    Accessible.name: qsTr("Show the whole region")
                    onClicked: map.municipalityCode = ""
                }
            }
        }
    }
}
