import QtQuick
import QtQuick.Controls

ApplicationWindow {
    width: 1024
    height: 720
    visible: true
    title: qsTr("Verrijkt")

    Label {
        anchors.centerIn: parent
        text: qsTr("Verrijkt")
    }
}
