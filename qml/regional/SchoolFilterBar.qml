import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// Search field and filters of the school register; on a phone the filters fold under a button.
ColumnLayout {
    id: bar
    required property RegionalStore store
    required property SchoolFilterModel filter
    property Item listView
    readonly property bool roomy: width >= 640
    property bool filtersOpen: roomy
    spacing: Theme.smallSpacing

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.smallSpacing
        TextField {
            id: search
            objectName: "schoolSearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Search by name, place or BRIN/vestiging code")
            focus: true
            Accessible.name: qsTr("Search schools")
            onTextChanged: bar.filter.searchText = text
            Keys.onDownPressed: if (bar.listView) { bar.listView.forceActiveFocus(); bar.listView.currentIndex = 0 }
        }
        Button {
            objectName: "filtersToggle"
            visible: !bar.roomy
            text: bar.filtersOpen ? qsTr("Hide filters") : qsTr("Filters")
            Accessible.name: text
            onClicked: bar.filtersOpen = !bar.filtersOpen
        }
    }
    GridLayout {
        Layout.fillWidth: true
        visible: bar.filtersOpen || bar.roomy
        columns: bar.roomy ? 3 : 1
        columnSpacing: Theme.smallSpacing
        rowSpacing: Theme.smallSpacing
        OptionCombo {
            objectName: "municipalityFilter"
            Layout.fillWidth: true
            options: bar.store.municipalityOptions
            selectedKey: bar.filter.municipalityCode
            Accessible.name: qsTr("Municipality")
            onPicked: function(key) { bar.filter.municipalityCode = key }
        }
        OptionCombo {
            objectName: "schoolTypeFilter"
            Layout.fillWidth: true
            options: bar.store.schoolTypeOptions
            selectedKey: bar.filter.schoolType
            Accessible.name: qsTr("School type")
            onPicked: function(key) { bar.filter.schoolType = key }
        }
        OptionCombo {
            objectName: "tierFilter"
            Layout.fillWidth: true
            options: [{ key: "", label: qsTr("All tiers") }].concat(bar.store.tierOptions)
            selectedKey: bar.filter.tier
            Accessible.name: qsTr("Tijd voor Toekomst tier")
            onPicked: function(key) { bar.filter.tier = key }
        }
    }
}
