# The regional team's planning screens: C++ models (module Verrijkt.Models), included by
# src/app/regional/regional.cmake. The QML views live in qml/planning.
target_sources(verrijkt_app PRIVATE
    planning/planninglog.h planning/planninglog.cpp
    planning/planningstore.h planning/planningstore.cpp
    planning/needsource.h planning/needsource.cpp
    planning/proposalmodel.h planning/proposalmodel.cpp
    planning/scenariolistmodel.h planning/scenariolistmodel.cpp
    planning/scenariocomparison.h planning/scenariocomparison.cpp
    planning/buildupmodel.h planning/buildupmodel.cpp
    planning/coveragemodel.h planning/coveragemodel.cpp
    planning/completenessmodel.h planning/completenessmodel.cpp
    planning/reportexporter.h planning/reportexporter.cpp
)
target_link_libraries(verrijkt_app PUBLIC verrijkt_planner verrijkt_report_store)
# The generated QML type registrations include the headers by file name.
target_include_directories(verrijkt_app PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/planning)
