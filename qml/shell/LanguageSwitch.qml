import QtQuick
import QtQuick.Controls
import Verrijkt
import Verrijkt.Models

// Nederlands / English. The whole interface switches at once.
Row {
    id: root
    required property LanguageSettings language
    spacing: Theme.smallSpacing

    Repeater {
        model: [ { code: "nl", name: "Nederlands" }, { code: "en", name: "English" } ]
        delegate: Button {
            required property var modelData
            objectName: "language_" + modelData.code
            text: modelData.name
            flat: root.language.language !== modelData.code
            highlighted: root.language.language === modelData.code
            Accessible.name: modelData.name
            onClicked: root.language.language = modelData.code
        }
    }
}
