import QtQuick
import QtQuick.Controls
import Verrijkt
import Verrijkt.Models

// The choices of one structured field as buttons. Single choice: `selected` is a key; multiple:
// `selectedKeys` is a list. Emits toggled(key) on a tap or Space/Enter.
Flow {
    id: chips
    property alias kind: options.kind
    property bool multiple: false
    property string selected
    property var selectedKeys: []
    property string accessibleGroupName
    signal toggled(string key)
    spacing: Theme.smallSpacing

    OptionListModel { id: options }

    Repeater {
        model: options
        delegate: Button {
            id: chip
            required property string key
            required property string label
            readonly property bool isOn: chips.multiple ? chips.selectedKeys.indexOf(key) >= 0 : chips.selected === key
            objectName: "chip_" + chips.kind + "_" + key
            text: label
            focusPolicy: Qt.StrongFocus
            font.pixelSize: Theme.fontNormal
            Accessible.name: chips.accessibleGroupName + ": " + label
            Accessible.checkable: true
            Accessible.checked: isOn
            onClicked: chips.toggled(key)
            contentItem: Text {
                text: chip.text
                font: chip.font
                color: chip.isOn ? "white" : Theme.text
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            background: Rectangle {
                implicitHeight: Theme.touchTarget
                radius: height / 2
                color: chip.isOn ? Theme.primary : (chip.hovered ? Theme.primaryLight : Theme.surface)
                border.color: chip.visualFocus ? Theme.focus : (chip.isOn ? Theme.primary : Theme.border)
                border.width: chip.visualFocus ? 3 : 1
            }
        }
    }
}
