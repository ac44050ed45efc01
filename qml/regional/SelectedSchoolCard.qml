import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// The school selected on the map, with a button to open its page.
Card {
    id: card
    required property SchoolListModel schools
    required property string vestiging
    signal openRequested()
    readonly property var info: schools.revision, schools.school(vestiging)
    function role(name) { return info[name] || "" }
    title: role("name")

    Text {
        Layout.fillWidth: true
        text: card.role("city") + " · " + card.role("municipalityName")
        color: Theme.textMuted
        wrapMode: Text.WordWrap
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("Tijd voor Toekomst: %1").arg(card.role("tierLabel")) + "\n"
              + qsTr("Bibliotheek op school: %1").arg(card.role("libraryStatusLabel"))
        color: Theme.text
        wrapMode: Text.WordWrap
    }
    Button {
        objectName: "mapOpenSchool"
        text: qsTr("Open school")
        Accessible.name: qsTr("Open %1").arg(card.title)
        onClicked: card.openRequested()
    }
}
