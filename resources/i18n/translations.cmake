# The UI's translations. Source strings (qsTr/tr in src/app and qml) are English; Dutch is the
# default UI language, so verrijkt_nl.ts must translate every string. verrijkt_en.ts only carries
# the English plural forms (%n). The .qm files are compiled into verrijkt_app under :/i18n/.
#
#   ninja verrijkt_app_lupdate   # after adding or changing strings: refreshes both .ts files
#
# tests/app/test_translations.cpp fails while a Dutch translation is missing or unfinished.
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)

file(GLOB_RECURSE VERRIJKT_I18N_SOURCES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/src/app/*.cpp ${PROJECT_SOURCE_DIR}/src/app/*.h
    ${PROJECT_SOURCE_DIR}/qml/*.qml)
qt_add_translations(verrijkt_app
    TS_FILES
        ${CMAKE_CURRENT_LIST_DIR}/verrijkt_nl.ts
        ${CMAKE_CURRENT_LIST_DIR}/verrijkt_en.ts
    SOURCES ${VERRIJKT_I18N_SOURCES}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/src/app ${PROJECT_SOURCE_DIR}/src
    LUPDATE_OPTIONS -no-obsolete -locations none
    RESOURCE_PREFIX /i18n)
