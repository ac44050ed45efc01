import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// Pick the family: one of the officer's recent families, a search on the code, or a new family whose
// pseudonymous code the app makes. Never a name.
ColumnLayout {
    id: picker
    required property ContactEditor editor
    required property DeviceStore store
    spacing: Theme.smallSpacing

    FamilyListModel {
        id: families
        store: picker.store
        search: searchField.text
    }

    RowLayout {
        Layout.fillWidth: true
        Button {
            objectName: "newFamilyButton"
            text: qsTr("New family")
            highlighted: picker.editor.newFamily
            Accessible.name: qsTr("New family: make a new family code")
            onClicked: picker.editor.createFamily()
        }
        TextField {
            id: searchField
            objectName: "familySearchField"
            Layout.fillWidth: true
            placeholderText: qsTr("Search a family code")
            inputMethodHints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Search a family code")
        }
    }
    Text {
        Layout.fillWidth: true
        visible: picker.editor.familyCode.length > 0
        objectName: "chosenFamily"
        text: picker.editor.newFamily ? qsTr("New family: %1").arg(picker.editor.familyCode)
                                      : qsTr("Family: %1").arg(picker.editor.familyCode)
        font.pixelSize: Theme.fontLarge
        font.family: "monospace"
        font.bold: true
        color: Theme.primaryDark
        Accessible.name: text
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.smallSpacing
        Repeater {
            model: families
            delegate: Button {
                id: familyButton
                required property string code
                required property string lastContactText
                required property int index
                readonly property bool isOn: picker.editor.familyCode === code
                visible: index < 8
                objectName: "family_" + code
                text: code
                font.family: "monospace"
                highlighted: isOn
                Accessible.name: qsTr("Family %1, last contact %2").arg(code).arg(lastContactText)
                onClicked: picker.editor.pickFamily(code)
            }
        }
    }
    Text {
        Layout.fillWidth: true
        visible: families.count > 8
        text: qsTr("%n more: search on the code to find them.", "", families.count - 8)
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
    }
}
