import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt

// One location in the register: name, place, and the three programmes as small badges.
ItemDelegate {
    id: row
    required property string vestiging
    required property string name
    required property string city
    required property string municipalityName
    required property string schoolTypeLabel
    required property string tierLabel
    required property string tier
    required property double placedFte
    required property string libraryStatusLabel
    required property string libraryStatus
    signal activated()
    objectName: "school_" + vestiging
    padding: Theme.spacing
    topPadding: Theme.smallSpacing
    bottomPadding: Theme.smallSpacing
    Accessible.name: qsTr("%1, %2, %3. Tijd voor Toekomst: %4. Bridge officer: %5. Library: %6")
        .arg(name).arg(city).arg(municipalityName).arg(tierLabel)
        .arg(placedFte > 0 ? qsTr("%1 FTE").arg(Number(placedFte).toLocaleString(Qt.locale(), "f", 1)) : qsTr("none"))
        .arg(libraryStatusLabel)
    onClicked: activated()

    background: Rectangle {
        color: row.highlighted ? Theme.primaryLight : (row.hovered ? "#f7f9fb" : Theme.surface)
        border.color: row.highlighted ? Theme.focus : "transparent"
        border.width: row.highlighted ? 2 : 0
        Rectangle {
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
            height: 1
            color: Theme.border
        }
    }
    contentItem: RowLayout {
        spacing: Theme.spacing
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Text {
                Layout.fillWidth: true
                text: row.name
                font.pixelSize: Theme.fontNormal
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                text: row.city + " · " + row.municipalityName + " · " + row.vestiging
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                elide: Text.ElideRight
            }
        }
        Flow {
            Layout.preferredWidth: Math.min(implicitWidth, row.width * 0.45)
            spacing: 4
            StatusBadge { text: row.tierLabel; tone: row.tier === "none" ? "muted" : "primary" }
            StatusBadge {
                text: row.placedFte > 0 ? qsTr("BF %1").arg(Number(row.placedFte).toLocaleString(Qt.locale(), "f", 1)) : qsTr("No BF")
                tone: row.placedFte > 0 ? "accent" : "muted"
            }
            StatusBadge { text: row.libraryStatusLabel; tone: row.libraryStatus === "none" ? "muted" : "success" }
        }
    }
}
