import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// Schools taking part that recorded no enrichment session in the last N teaching weeks.
ScrollView {
    id: pane
    objectName: "completenessPane"
    required property PlanningStore store
    contentWidth: availableWidth

    CompletenessModel {
        id: completeness
        store: pane.store
    }

    ColumnLayout {
        width: pane.availableWidth - 2 * Theme.spacing
        x: Theme.spacing
        spacing: Theme.spacing

        Item { Layout.preferredHeight: Theme.smallSpacing }

        Card {
            Layout.fillWidth: true
            title: qsTr("Schools without recorded sessions")
            RowLayout {
                Label { text: qsTr("Teaching weeks") }
                SpinBox {
                    objectName: "completenessWeeks"
                    from: 1
                    to: 20
                    value: completeness.weeks
                    editable: true
                    Accessible.name: qsTr("Number of teaching weeks to look back")
                    onValueModified: completeness.weeks = value
                }
            }
            Text {
                objectName: "completenessSummary"
                Layout.fillWidth: true
                text: completeness.summary
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Repeater {
                model: completeness.missing
                delegate: ColumnLayout {
                    required property string name
                    required property string municipality
                    required property string startDate
                    required property string lastSession
                    Layout.fillWidth: true
                    spacing: 0
                    Accessible.role: Accessible.ListItem
                    Accessible.name: qsTr("%1, %2: last session %3").arg(name).arg(municipality).arg(lastSession)
                    Text { Layout.fillWidth: true; text: name + ", " + municipality; color: Theme.text; wrapMode: Text.WordWrap }
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("taking part since %1; last session: %2").arg(startDate).arg(lastSession)
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }
        Item { Layout.preferredHeight: Theme.spacing }
    }
}
