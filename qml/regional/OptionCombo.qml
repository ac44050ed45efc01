import QtQuick
import QtQuick.Controls

// A drop-down over [{key, label}] options; `selectedKey` follows the owner, picked(key) reports.
ComboBox {
    id: combo
    property var options: []
    property string selectedKey
    signal picked(string key)
    model: options
    textRole: "label"
    valueRole: "key"
    focusPolicy: Qt.StrongFocus
    currentIndex: {
        for (let i = 0; i < options.length; ++i) {
            if (options[i].key === selectedKey)
                return i
        }
        return options.length > 0 ? 0 : -1
    }
    onActivated: function(index) { combo.picked(options[index].key) }
}
