import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// The yearly report of a school year as PDF, XLSX or CSV files, written into a folder.
ScrollView {
    id: pane
    objectName: "reportPane"
    required property PlanningStore store
    contentWidth: availableWidth

    ReportExporter {
        id: exporter
        objectName: "reportExporter"
        store: pane.store
    }

    ColumnLayout {
        width: pane.availableWidth - 2 * Theme.spacing
        x: Theme.spacing
        spacing: Theme.spacing

        Item { Layout.preferredHeight: Theme.smallSpacing }

        Card {
            Layout.fillWidth: true
            title: qsTr("Yearly report")
            Text {
                Layout.fillWidth: true
                text: qsTr("The report of a school year with its tables and charts per programme and municipality, as verrijkt-cli report makes it. A closed school year shows its locked figures. Family-contact counts below 5 are shown as \"< 5\".")
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            GridLayout {
                Layout.fillWidth: true
                columns: pane.availableWidth >= 520 ? 2 : 1
                columnSpacing: Theme.spacing
                rowSpacing: Theme.smallSpacing
                Label { text: qsTr("School year") }
                ComboBox {
                    objectName: "reportYear"
                    model: exporter.yearLabels
                    currentIndex: exporter.schoolYear - exporter.firstYear
                    focusPolicy: Qt.StrongFocus
                    Accessible.name: qsTr("School year")
                    onActivated: function(index) { exporter.schoolYear = exporter.firstYear + index }
                }
                Label { text: qsTr("Format") }
                RowLayout {
                    Repeater {
                        model: [ { key: "pdf", label: "PDF" }, { key: "xlsx", label: "XLSX" }, { key: "csv", label: qsTr("CSV (folder)") } ]
                        delegate: RadioButton {
                            required property var modelData
                            objectName: "reportFormat_" + modelData.key
                            text: modelData.label
                            checked: exporter.format === modelData.key
                            focusPolicy: Qt.StrongFocus
                            onClicked: exporter.format = modelData.key
                        }
                    }
                }
                Label { text: qsTr("Folder") }
                TextField {
                    objectName: "reportFolder"
                    Layout.fillWidth: true
                    text: decodeURIComponent(String(exporter.folder).replace(/^file:\/\//, ""))
                    Accessible.name: qsTr("Folder to write the report into")
                    onEditingFinished: exporter.folder = "file://" + text
                }
            }
            Text {
                objectName: "reportYearStatus"
                Layout.fillWidth: true
                text: exporter.yearStatus
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("File name: %1 (a number is added if it exists)").arg(exporter.suggestedName)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
            RowLayout {
                Button {
                    objectName: "reportExport"
                    text: qsTr("Export")
                    highlighted: true
                    enabled: !exporter.busy
                    focusPolicy: Qt.StrongFocus
                    Accessible.name: qsTr("Export the yearly report")
                    onClicked: exporter.exportToFolder()
                }
                BusyIndicator {
                    running: exporter.busy
                    visible: exporter.busy
                    implicitHeight: 32
                    implicitWidth: 32
                }
                Button {
                    objectName: "reportOpen"
                    visible: exporter.succeeded && !exporter.busy
                    text: qsTr("Open")
                    focusPolicy: Qt.StrongFocus
                    onClicked: Qt.openUrlExternally(exporter.written)
                }
            }
            Text {
                objectName: "reportMessage"
                Layout.fillWidth: true
                visible: text.length > 0
                text: exporter.message
                color: exporter.succeeded ? Theme.success : Theme.danger
                wrapMode: Text.WordWrap
            }
        }
        Item { Layout.preferredHeight: Theme.spacing }
    }
}
