# The shell, account, sync-status, coordinator and bridge-officer views of module Verrijkt,
# included by qml/CMakeLists.txt.
# Theme sits at the module root: inside shell/ the files would see it as a plain type of their own
# directory instead of the module singleton.
set_source_files_properties(Theme.qml PROPERTIES QT_QML_SINGLETON_TYPE TRUE)
# NO_CACHEGEN: on the shared 2-core build machine the generated C++ of every view was the bulk of
# the app's build time; the views compile at first start instead (and are cached on disk).
qt_target_qml_sources(verrijkt_qml
    NO_CACHEGEN
    QML_FILES
        Theme.qml
        shell/Card.qml
        shell/ChoiceChips.qml
        shell/FieldError.qml
        shell/FormLabel.qml
        shell/LanguageSwitch.qml
        shell/SignInPage.qml
        shell/AppShell.qml
        shell/AccountPage.qml
        shell/SyncIndicator.qml
        shell/SyncBanner.qml
        shell/SyncStateBadge.qml
        coordinator/CoordinatorHome.qml
        coordinator/SchoolHeader.qml
        coordinator/ProgressCard.qml
        coordinator/ProgressLine.qml
        coordinator/RecordSessionCard.qml
        coordinator/WeekSessionsCard.qml
        coordinator/SessionRow.qml
        coordinator/SessionsPage.qml
        officer/FamilyPicker.qml
        officer/ContactForm.qml
        officer/FollowUpsCard.qml
        officer/OfficerHome.qml
        officer/ContactRow.qml
        officer/ContactsPage.qml
        officer/PlacementsPage.qml
)
