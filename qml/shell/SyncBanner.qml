import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// Under the header while it matters: the progress of the first download, or a sync error in plain
// words. Takes no space otherwise.
Rectangle {
    id: banner
    objectName: "syncBanner"
    required property SyncStatus sync
    readonly property bool showProgress: sync.syncing && sync.initialSync
    readonly property bool showError: !sync.syncing && sync.errorText.length > 0
    visible: showProgress || showError
    implicitHeight: visible ? column.implicitHeight + 2 * Theme.smallSpacing : 0
    color: showError ? Theme.dangerLight : Theme.primaryLight

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.smallSpacing
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: 4
        Text {
            Layout.fillWidth: true
            objectName: "syncBannerText"
            text: banner.showError ? banner.sync.errorText
                                   : qsTr("Downloading the data for your schools. You can keep working.")
            color: banner.showError ? Theme.danger : Theme.primaryDark
            wrapMode: Text.WordWrap
            Accessible.role: banner.showError ? Accessible.AlertMessage : Accessible.StaticText
            Accessible.name: text
        }
        ProgressBar {
            Layout.fillWidth: true
            objectName: "initialSyncProgress"
            visible: banner.showProgress
            from: 0
            to: 1
            value: Math.max(0, banner.sync.progress)
            indeterminate: banner.sync.progress < 0
            Accessible.name: qsTr("Download progress")
        }
    }
}
