import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// The school's name; a picker when the account covers more than one school.
RowLayout {
    id: root
    required property AppContext app
    property string schoolName
    property string subtitle
    spacing: Theme.spacing

    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2
        Text {
            Layout.fillWidth: true
            text: root.schoolName.length > 0 ? root.schoolName : qsTr("No school linked to this account yet")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Text {
            Layout.fillWidth: true
            visible: root.subtitle.length > 0
            text: root.subtitle
            color: Theme.textMuted
            font.pixelSize: Theme.fontNormal
            wrapMode: Text.WordWrap
        }
    }
    ComboBox {
        objectName: "schoolPicker"
        visible: root.app.account.schools.length > 1
        model: root.app.account.schools
        currentIndex: Math.max(0, root.app.account.schools.indexOf(root.app.account.currentSchool))
        Accessible.name: qsTr("School")
        onActivated: index => root.app.account.currentSchool = root.app.account.schools[index]
    }
}
