import QtQuick
import QtQuick.Controls
import Verrijkt
import Verrijkt.Models

// Hosts one regional page the way the shell does (a Loader handing over `app`), so the pages are
// tested and photographed on their own while the shell's navigation evolves.
ApplicationWindow {
    id: window
    required property AppContext app
    required property string page
    width: 1280
    height: 900
    visible: true
    color: Theme.background

    Loader {
        id: content
        objectName: "pageLoader"
        anchors.fill: parent
        // "DashboardPage.qml" is a regional page; "planning/PlanningPage.qml" names its folder.
        Component.onCompleted: setSource("qrc:/Verrijkt/" + (window.page.indexOf("/") < 0 ? "regional/" : "") + window.page,
                                         { app: window.app })
    }
}
