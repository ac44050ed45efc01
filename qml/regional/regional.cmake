# The regional team's views (APP-REGIONAL), included by qml/CMakeLists.txt. Pages for the shell's
# navigation: regional/DashboardPage.qml, regional/RegionMapPage.qml, regional/SchoolRegisterPage.qml.
find_package(Qt6 REQUIRED COMPONENTS Charts)
qt_target_qml_sources(verrijkt_qml
    QML_FILES
        regional/ChartColours.js
        regional/ChartCard.qml
        regional/ChartLegend.qml
        regional/DashboardPage.qml
        regional/EditorDialog.qml
        regional/EmptyLine.qml
        regional/FigureTableView.qml
        regional/HeadlineTile.qml
        regional/LibraryDialog.qml
        regional/MapLegend.qml
        regional/OptionCombo.qml
        regional/ParticipationDialog.qml
        regional/PlacementDialog.qml
        regional/ProgrammeCard.qml
        regional/ProgrammeLine.qml
        regional/RegionMapPage.qml
        regional/SchoolFilterBar.qml
        regional/SchoolPage.qml
        regional/SchoolRegisterPage.qml
        regional/SchoolRow.qml
        regional/SelectedSchoolCard.qml
        regional/StatusBadge.qml
)
# The planning views (scenarios, proposal, build-up, coverage, completeness, yearly report).
include(${CMAKE_CURRENT_LIST_DIR}/../planning/planning.cmake)
