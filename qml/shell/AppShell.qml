import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// The frame around every page once signed in: a header with the page title and the sync status,
// the navigation (beside the page on wide windows, in a drawer on phones) and the page itself.
Item {
    id: shell
    objectName: "appShell"
    required property AppContext app
    required property var pages
    property int currentIndex: 0
    readonly property bool wide: width >= Theme.wideBreakpoint
    readonly property var currentPage: pages.length > 0 ? pages[Math.min(currentIndex, pages.length - 1)] : null

    function open(key) {
        for (let i = 0; i < pages.length; ++i) {
            if (pages[i].key === key) {
                currentIndex = i
                return true
            }
        }
        return false
    }

    onCurrentPageChanged: {
        if (currentPage)
            content.setSource(currentPage.source, { app: shell.app })
        drawer.close()
    }
    Component.onCompleted: if (currentPage) content.setSource(currentPage.source, { app: shell.app })

    Rectangle {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: 56
        color: Theme.primary

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.smallSpacing
            anchors.rightMargin: Theme.spacing
            spacing: Theme.smallSpacing

            ToolButton {
                objectName: "menuButton"
                visible: !shell.wide
                text: "\u2630"
                font.pixelSize: 22
                palette.buttonText: "white"
                Accessible.name: qsTr("Menu")
                onClicked: drawer.open()
            }
            Text {
                objectName: "pageTitle"
                Layout.fillWidth: true
                Layout.leftMargin: shell.wide ? Theme.spacing : 0
                text: shell.currentPage ? shell.currentPage.title : ""
                color: "white"
                font.pixelSize: shell.wide ? Theme.fontTitle : Theme.fontLarge
                font.bold: true
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            SyncIndicator {
                sync: shell.app.sync
                compact: !shell.wide
            }
        }
    }

    SyncBanner {
        id: banner
        anchors { left: parent.left; right: parent.right; top: header.bottom }
        sync: shell.app.sync
    }

    Component {
        id: navigationList
        ListView {
            id: navList
            objectName: "navigation"
            clip: true
            model: shell.pages
            keyNavigationEnabled: true
            currentIndex: shell.currentIndex
            header: Column {
                width: navList.width
                padding: Theme.spacing
                spacing: 2
                Text {
                    text: qsTr("Verrijkt")
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.primaryDark
                }
                Text {
                    width: navList.width - 2 * Theme.spacing
                    text: shell.app.account.userName + " · " + shell.app.account.roleLabel
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    elide: Text.ElideRight
                }
            }
            delegate: ItemDelegate {
                id: navItem
                required property var modelData
                required property int index
                objectName: "nav_" + modelData.key
                width: ListView.view.width
                text: modelData.title
                highlighted: index === shell.currentIndex
                font.pixelSize: Theme.fontNormal
                Accessible.name: modelData.title
                onClicked: shell.currentIndex = index
                background: Rectangle {
                    color: navItem.highlighted ? Theme.primaryLight : (navItem.hovered ? "#eef2f5" : "transparent")
                    border.color: navItem.visualFocus ? Theme.focus : "transparent"
                    border.width: 2
                    Rectangle {
                        visible: navItem.highlighted
                        width: 4
                        height: parent.height
                        color: Theme.primary
                    }
                }
            }
        }
    }

    Rectangle {
        id: sidePanel
        visible: shell.wide
        anchors { left: parent.left; top: banner.bottom; bottom: parent.bottom }
        width: shell.wide ? 230 : 0
        color: Theme.surface
        border.color: Theme.border
        Loader {
            anchors.fill: parent
            active: shell.wide
            sourceComponent: navigationList
        }
    }

    Drawer {
        id: drawer
        width: Math.min(shell.width * 0.8, 300)
        height: shell.height
        interactive: !shell.wide
        Loader {
            anchors.fill: parent
            active: !shell.wide
            sourceComponent: navigationList
        }
    }

    Loader {
        id: content
        objectName: "pageLoader"
        anchors { left: sidePanel.right; right: parent.right; top: banner.bottom; bottom: parent.bottom }
        focus: true
    }
}
