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
    function indexOfKey(key) {
        for (let i = 0; i < options.length; ++i) {
            if (options[i].key === key)
                return i
        }
        return options.length > 0 ? 0 : -1
    }
    currentIndex: indexOfKey(selectedKey)
    onActivated: function(index) {
        combo.picked(options[index].key)
        // Activation assigned currentIndex; follow the owner's key again.
        currentIndex = Qt.binding(function() { return combo.indexOfKey(combo.selectedKey) })
    }
}
