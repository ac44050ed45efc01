import QtQuick
import QtQuick.Controls
import Verrijkt
import Verrijkt.Models

ApplicationWindow {
    id: window
    required property AppContext app

    width: 1024
    height: 720
    minimumWidth: 360
    minimumHeight: 480
    visible: true
    title: qsTr("Verrijkt")
    color: Theme.background

    // The pages of each role, in navigation order: key (objectName of the page), title, source.
    // The regional team's pages (APP-REGIONAL) go in "regional"; the administrator sees them too.
    readonly property var pagesByRole: ({
        "coordinator": [
            { key: "coordinatorHome", title: qsTr("My school"), source: Qt.resolvedUrl("coordinator/CoordinatorHome.qml") },
            { key: "coordinatorSessions", title: qsTr("Sessions this school year"), source: Qt.resolvedUrl("coordinator/SessionsPage.qml") }
        ],
        "officer": [
            { key: "officerHome", title: qsTr("Log a contact"), source: Qt.resolvedUrl("officer/OfficerHome.qml") },
            { key: "officerContacts", title: qsTr("My contacts"), source: Qt.resolvedUrl("officer/ContactsPage.qml") },
            { key: "officerPlacements", title: qsTr("My placements"), source: Qt.resolvedUrl("officer/PlacementsPage.qml") }
        ],
        "regional": [
            { key: "regionalDashboard", title: qsTr("Dashboard"), source: Qt.resolvedUrl("regional/DashboardPage.qml") },
            { key: "regionalMap", title: qsTr("Map"), source: Qt.resolvedUrl("regional/RegionMapPage.qml") },
            { key: "schoolRegister", title: qsTr("Schools"), source: Qt.resolvedUrl("regional/SchoolRegisterPage.qml") },
            { key: "planningPage", title: qsTr("Planning"), source: Qt.resolvedUrl("planning/PlanningPage.qml") }
        ],
        "admin": []
    })
    // Every role ends with these.
    readonly property var commonPages: [
        { key: "accountPage", title: qsTr("Account and sync"), source: Qt.resolvedUrl("shell/AccountPage.qml") }
    ]
    readonly property var currentPages: {
        const role = app.account.role
        const own = pagesByRole[role] || []
        const extra = role === "admin" ? pagesByRole["regional"] : []
        return own.concat(extra).concat(commonPages)
    }

    Loader {
        id: screen
        objectName: "screen"
        anchors.fill: parent
        sourceComponent: window.app.account.signedIn ? shellComponent : signInComponent
    }

    Component {
        id: signInComponent
        SignInPage {
            app: window.app
        }
    }

    Component {
        id: shellComponent
        AppShell {
            app: window.app
            pages: window.currentPages
        }
    }
}
