# The regional team's screens: C++ models and items (module Verrijkt.Models), included by
# src/app/CMakeLists.txt. The QML views live in qml/regional.
find_package(Qt6 REQUIRED COMPONENTS Sql Charts)

target_sources(verrijkt_app PRIVATE
    regional/regionallog.h regional/regionallog.cpp
    regional/programmelabels.h regional/programmelabels.cpp
    regional/regionalsnapshot.h regional/regionalsnapshot.cpp
    regional/deliveryquery.h regional/deliveryquery.cpp
    regional/snapshotreader.h regional/snapshotreader.cpp
    regional/regionalstore.h regional/regionalstore.cpp
    regional/schoollistmodel.h regional/schoollistmodel.cpp
    regional/schoolfiltermodel.h regional/schoolfiltermodel.cpp
    regional/figuretable.h regional/figuretable.cpp
    regional/dashboardfigures.h regional/dashboardfigures.cpp
    regional/dashboardmodel.h regional/dashboardmodel.cpp
    regional/recordlistmodel.h regional/recordlistmodel.cpp
    regional/schoolprogrammes.h regional/schoolprogrammes.cpp
    regional/mapprojection.h regional/mapprojection.cpp
    regional/municipalityshapes.h regional/municipalityshapes.cpp
    regional/mapscene.h regional/mapscene.cpp
    regional/regionmap.h regional/regionmap.cpp
    regional/editorfields.h regional/editorfields.cpp
    regional/participationeditor.h regional/participationeditor.cpp
    regional/placementeditor.h regional/placementeditor.cpp
    regional/libraryeditor.h regional/libraryeditor.cpp
)
target_link_libraries(verrijkt_app PUBLIC verrijkt_storage Qt6::Sql)
# The generated QML type registrations include the headers by file name.
target_include_directories(verrijkt_app PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/regional)
# Where the map finds the municipality boundaries when VERRIJKT_DATA is not set (never copied).
set_source_files_properties(regional/regionalstore.cpp PROPERTIES
    COMPILE_DEFINITIONS "VERRIJKT_SHARED_DATA_DIR=\"${VERRIJKT_SHARED_DATA}\"")
# The planning screens (scenarios, proposal, build-up, coverage, completeness, yearly report).
include(${CMAKE_CURRENT_LIST_DIR}/../planning/planning.cmake)
