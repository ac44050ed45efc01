import QtQuick
import QtQuick.Layouts
import Verrijkt

// A white panel with an optional title; children go in its column.
Rectangle {
    id: card
    property string title
    property alias headerItem: headerSlot.data
    default property alias content: column.data
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.smallSpacing

        RowLayout {
            Layout.fillWidth: true
            visible: card.title.length > 0 || headerSlot.children.length > 0
            Text {
                Layout.fillWidth: true
                text: card.title
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Row {
                id: headerSlot
                // Never squeezed below its buttons: a long title wraps instead of running under them.
                Layout.minimumWidth: implicitWidth
                Layout.alignment: Qt.AlignTop
                spacing: Theme.smallSpacing
            }
        }
    }
}
