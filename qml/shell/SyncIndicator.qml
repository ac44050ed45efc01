import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// Always in the header: how many changes wait, when the last sync succeeded, any error, and
// "Sync now". On narrow windows only the essentials.
RowLayout {
    id: indicator
    objectName: "syncIndicator"
    required property SyncStatus sync
    property bool compact: false
    spacing: Theme.smallSpacing

    Rectangle {
        implicitWidth: 10
        implicitHeight: 10
        radius: 5
        color: indicator.sync.errorText.length > 0 ? "#ffb4a9"
             : indicator.sync.pendingCount > 0 || indicator.sync.syncing ? "#ffd58a" : "#9be3a9"
        Accessible.ignored: true
    }
    // Phone width: the number of waiting changes only (the full sentence is the accessible name and
    // the button's tooltip), so the page title keeps the room.
    Text {
        objectName: "syncPendingCount"
        visible: indicator.compact && indicator.sync.pendingCount > 0
        text: indicator.sync.pendingCount
        color: "white"
        font.pixelSize: Theme.fontSmall
        font.bold: true
        Accessible.ignored: true
    }
    ColumnLayout {
        spacing: 0
        visible: !indicator.compact
        Layout.maximumWidth: 320
        Text {
            Layout.fillWidth: true
            objectName: "syncSummary"
            text: indicator.sync.errorText.length > 0 && !indicator.sync.syncing
                  ? qsTr("Not synchronised") : indicator.sync.summary
            color: "white"
            font.pixelSize: Theme.fontSmall
            font.bold: true
            elide: Text.ElideRight
        }
        Text {
            Layout.fillWidth: true
            visible: !indicator.compact
            text: indicator.sync.lastSuccessText
            color: "#d6e6f2"
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
    }
    Button {
        objectName: "syncNowButton"
        text: indicator.compact ? "\u21bb" : qsTr("Sync now")
        font.pixelSize: indicator.compact ? Theme.fontLarge : Theme.fontNormal
        implicitWidth: indicator.compact ? Theme.touchTarget : implicitContentWidth + leftPadding + rightPadding
        enabled: !indicator.sync.syncing
        Accessible.name: qsTr("Synchronise now")
        ToolTip.visible: hovered && indicator.compact
        ToolTip.text: indicator.sync.summary
        onClicked: indicator.sync.syncNow()
    }
    Accessible.role: Accessible.StatusBar
    Accessible.name: indicator.sync.summary + ". " + indicator.sync.lastSuccessText
                     + (indicator.sync.errorText.length > 0 ? ". " + indicator.sync.errorText : "")
}
