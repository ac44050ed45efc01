# The regional team's planning views (module Verrijkt), included by qml/regional/regional.cmake.
# The page for the shell's navigation: planning/PlanningPage.qml.
# NO_CACHEGEN like the shell's views: the generated C++ of every view dominated the build time on the
# shared 2-core machine; the views compile at first start instead.
qt_target_qml_sources(verrijkt_qml
    NO_CACHEGEN
    QML_FILES
        planning/PlanningPage.qml
        planning/ScenariosPane.qml
        planning/ScenarioRow.qml
        planning/NewScenarioForm.qml
        planning/ComparisonCharts.qml
        planning/ComparisonYearCard.qml
        planning/ProposalPane.qml
        planning/NeedSourceCard.qml
        planning/ProposalRulesCard.qml
        planning/ReasonList.qml
        planning/BuildUpPane.qml
        planning/CoveragePane.qml
        planning/CompletenessPane.qml
        planning/ReportPane.qml
)
