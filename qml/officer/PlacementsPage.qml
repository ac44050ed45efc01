import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// The officer's placements at schools and the FTE placed against the contract.
ScrollView {
    id: page
    objectName: "officerPlacements"
    required property AppContext app
    contentWidth: availableWidth

    PlacementModel {
        id: placementModel
        store: page.app.store
    }

    ColumnLayout {
        width: Math.min(page.availableWidth - 2 * Theme.spacing, 720)
        x: Theme.spacing
        y: Theme.spacing
        spacing: Theme.spacing

        Card {
            Layout.fillWidth: true
            title: placementModel.officerName.length > 0 ? placementModel.officerName : page.app.account.userName
            Text {
                Layout.fillWidth: true
                visible: placementModel.employer.length > 0
                text: qsTr("Employed by %1").arg(placementModel.employer)
                color: Theme.textMuted
            }
            Text {
                Layout.fillWidth: true
                objectName: "placedFte"
                text: placementModel.fteText
                font.pixelSize: Theme.fontLarge
                color: Theme.text
            }
        }
        Card {
            Layout.fillWidth: true
            title: qsTr("Placements")
            Text {
                visible: placementModel.count === 0
                text: qsTr("No placements on this device yet. They arrive with the next synchronisation.")
                color: Theme.textMuted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Repeater {
                model: placementModel
                delegate: RowLayout {
                    required property string schoolName
                    required property string fteText
                    required property string periodText
                    required property bool active
                    Layout.fillWidth: true
                    Accessible.name: schoolName + ", " + fteText + ", " + periodText
                    Text {
                        Layout.fillWidth: true
                        text: schoolName
                        font.bold: active
                        color: active ? Theme.text : Theme.textMuted
                        elide: Text.ElideRight
                    }
                    Text {
                        text: fteText
                        color: Theme.text
                    }
                    Text {
                        Layout.preferredWidth: 190
                        text: periodText
                        color: Theme.textMuted
                        horizontalAlignment: Text.AlignRight
                    }
                }
            }
        }
    }
}
