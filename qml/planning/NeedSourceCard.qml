import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// Where the need indicator comes from: a CSV file (vestiging,need) or the synthetic demo values,
// which are said to be made up.
Card {
    id: card
    required property NeedSource need
    title: qsTr("Need indicator")

    // Short button texts with the explanation wrapped below them: the card fits a phone.
    RadioButton {
        objectName: "needSynthetic"
        text: qsTr("Synthetic")
        checked: card.need.synthetic
        focusPolicy: Qt.StrongFocus
        onClicked: card.need.synthetic = true
    }
    RowLayout {
        visible: card.need.synthetic
        Layout.leftMargin: 32
        Label { text: qsTr("Seed") }
        SpinBox {
            objectName: "needSeed"
            from: 0
            to: 99999
            editable: true
            value: card.need.seed
            Accessible.name: qsTr("Seed of the synthetic need indicator")
            onValueModified: card.need.seed = value
        }
    }
    RadioButton {
        objectName: "needFromFile"
        text: qsTr("From a file")
        checked: !card.need.synthetic
        focusPolicy: Qt.StrongFocus
        onClicked: card.need.synthetic = false
    }
    Text {
        Layout.fillWidth: true
        Layout.leftMargin: 32
        text: qsTr("From a CSV file with the columns vestiging and need")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
    }
    RowLayout {
        visible: !card.need.synthetic
        Layout.fillWidth: true
        Layout.leftMargin: 32
        TextField {
            id: path
            objectName: "needFile"
            Layout.fillWidth: true
            placeholderText: qsTr("Path of the file, e.g. /home/regioteam/behoefte.csv")
            Accessible.name: qsTr("Path of the need indicator file")
            onAccepted: read.clicked()
        }
        Button {
            id: read
            objectName: "needRead"
            text: qsTr("Read")
            focusPolicy: Qt.StrongFocus
            onClicked: {
                const url = path.text.startsWith("file:") ? path.text : "file://" + path.text
                if (String(card.need.file) === url)
                    card.need.refresh()
                else
                    card.need.file = url
            }
        }
    }
    Text {
        objectName: "needDescription"
        Layout.fillWidth: true
        text: card.need.description
        color: card.need.synthetic ? Theme.warning : Theme.textMuted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
    }
    Text {
        objectName: "needError"
        Layout.fillWidth: true
        visible: !card.need.synthetic && card.need.error.length > 0
        text: card.need.error
        color: Theme.danger
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
    }
}
