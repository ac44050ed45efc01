# The shell, account, sync-status, coordinator and bridge-officer parts of module Verrijkt.Models,
# included by src/app/CMakeLists.txt. Their views live in qml/shell, qml/coordinator, qml/officer.
find_package(Qt6 REQUIRED COMPONENTS Sql Network)
find_package(Qt6Keychain QUIET)

target_sources(verrijkt_app PRIVATE
    shell/applog.h shell/applog.cpp
    shell/appcontext.h shell/appcontext.cpp
    shell/devicestore.h shell/devicestore.cpp
    shell/fieldlabels.h shell/fieldlabels.cpp
    shell/languagewatch.h shell/languagewatch.cpp
    shell/optionlistmodel.h shell/optionlistmodel.cpp
    shell/qmlengine.h shell/qmlengine.cpp
    session/tokenstore.h session/filetokenstore.cpp session/keychaintokenstore.cpp
    session/personaldata.h session/personaldata.cpp
    session/accountsession.h session/accountsession.cpp
    session/commandlinesignin.h session/commandlinesignin.cpp
    syncstatus/syncstatus.h syncstatus/syncstatus.cpp
    syncstatus/recordstates.h syncstatus/recordstates.cpp
    syncstatus/rejectedrecords.h syncstatus/rejectedrecords.cpp
    coordinator/sessionrecords.h coordinator/sessionrecords.cpp
    coordinator/sessionlistmodel.h coordinator/sessionlistmodel.cpp
    coordinator/sessioneditor.h coordinator/sessioneditor.cpp
    coordinator/schoolprogress.h coordinator/schoolprogress.cpp
    officer/contactrecords.h officer/contactrecords.cpp
    officer/contactlistmodel.h officer/contactlistmodel.cpp
    officer/contacteditor.h officer/contacteditor.cpp
    officer/familylistmodel.h officer/familylistmodel.cpp
    officer/followupmodel.h officer/followupmodel.cpp
    officer/placementmodel.h officer/placementmodel.cpp
)
# qmltyperegistrar includes each QML_ELEMENT header by its bare name.
target_include_directories(verrijkt_app PRIVATE shell session syncstatus coordinator officer)
target_link_libraries(verrijkt_app PUBLIC verrijkt_storage verrijkt_storage_sync verrijkt_sync Qt6::Sql Qt6::Network)
if(Qt6Keychain_FOUND)
  target_link_libraries(verrijkt_app PUBLIC Qt6Keychain::Qt6Keychain)
  target_compile_definitions(verrijkt_app PRIVATE VERRIJKT_HAVE_KEYCHAIN)
endif()
include(${PROJECT_SOURCE_DIR}/resources/i18n/translations.cmake)
