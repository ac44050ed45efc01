import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// Who is signed in, where the data goes, the language, and signing out.
ScrollView {
    id: page
    objectName: "accountPage"
    required property AppContext app
    contentWidth: availableWidth

    ColumnLayout {
        width: Math.min(page.availableWidth - 2 * Theme.spacing, 640)
        x: Theme.spacing
        spacing: Theme.spacing

        Item { Layout.preferredHeight: Theme.smallSpacing }

        Card {
            Layout.fillWidth: true
            title: qsTr("Account")
            Text {
                Layout.fillWidth: true
                text: qsTr("Signed in as %1 (%2)").arg(page.app.account.userName).arg(page.app.account.roleLabel)
                wrapMode: Text.WordWrap
                color: Theme.text
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Server: %1").arg(page.app.account.serverUrl)
                wrapMode: Text.WrapAnywhere
                color: Theme.textMuted
            }
            Text {
                Layout.fillWidth: true
                text: page.app.account.tokenStorage === "keychain"
                      ? qsTr("Your sign-in is kept in the system keychain.")
                      : qsTr("Your sign-in is kept in a file only you can read.")
                wrapMode: Text.WordWrap
                color: Theme.textMuted
            }
        }

        Card {
            Layout.fillWidth: true
            title: qsTr("Synchronisation")
            Text {
                Layout.fillWidth: true
                objectName: "syncDetailsSummary"
                text: page.app.sync.summary
                font.bold: true
                color: Theme.text
            }
            Text {
                Layout.fillWidth: true
                text: page.app.sync.lastSuccessText
                color: Theme.textMuted
            }
            Text {
                Layout.fillWidth: true
                visible: text.length > 0
                text: page.app.sync.errorText
                color: Theme.danger
                wrapMode: Text.WordWrap
            }
            Button {
                objectName: "accountSyncNowButton"
                text: qsTr("Sync now")
                enabled: !page.app.sync.syncing
                Accessible.name: qsTr("Synchronise now")
                onClicked: page.app.sync.syncNow()
            }
        }

        Card {
            Layout.fillWidth: true
            title: qsTr("Language")
            LanguageSwitch { language: page.app.language }
        }

        Card {
            Layout.fillWidth: true
            title: qsTr("Sign out")
            Text {
                Layout.fillWidth: true
                text: qsTr("Signing out removes the family contacts and your sign-in from this device. "
                           + "Everything that was sent stays safe on the server.")
                wrapMode: Text.WordWrap
                color: Theme.text
            }
            Text {
                Layout.fillWidth: true
                objectName: "signOutError"
                visible: text.length > 0
                text: page.app.account.error
                color: Theme.danger
                wrapMode: Text.WordWrap
            }
            Text {
                Layout.fillWidth: true
                visible: page.app.sync.pendingCount > 0
                text: qsTr("%n change(s) on this device have not been sent yet and would be lost. Synchronise first.",
                           "", page.app.sync.pendingCount)
                color: Theme.warning
                font.bold: true
                wrapMode: Text.WordWrap
            }
            Button {
                objectName: "signOutButton"
                text: page.app.sync.pendingCount > 0 ? qsTr("Sign out anyway") : qsTr("Sign out")
                Accessible.name: text
                onClicked: page.app.account.signOut()
            }
        }
    }
}
