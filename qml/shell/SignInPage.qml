import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// First run: the server address, user name and password. After this the app stays signed in.
Rectangle {
    id: page
    objectName: "signInPage"
    required property AppContext app
    color: Theme.background

    function submit() {
        if (!page.app.account.busy)
            page.app.account.signIn(serverField.text, userField.text, passwordField.text)
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.spacing, 420)
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            Item { Layout.preferredHeight: Math.max(Theme.spacing, page.height * 0.08) }

            Text {
                Layout.fillWidth: true
                text: qsTr("Verrijkt")
                font.pixelSize: 30
                font.bold: true
                color: Theme.primaryDark
                horizontalAlignment: Text.AlignHCenter
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Tijd voor Toekomst, bridge officers and Bibliotheek op school in Groningen and Noord-Drenthe")
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                color: Theme.textMuted
                font.pixelSize: Theme.fontNormal
            }

            Card {
                Layout.fillWidth: true
                title: qsTr("Sign in")

                Label { text: qsTr("Server address"); color: Theme.text }
                TextField {
                    id: serverField
                    objectName: "serverField"
                    Layout.fillWidth: true
                    text: page.app.account.serverUrl
                    placeholderText: qsTr("for example verrijkt.nijbegun.nl")
                    inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                    Accessible.name: qsTr("Server address")
                    KeyNavigation.tab: userField
                    onAccepted: userField.forceActiveFocus()
                }
                Label { text: qsTr("User name"); color: Theme.text }
                TextField {
                    id: userField
                    objectName: "userField"
                    Layout.fillWidth: true
                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                    Accessible.name: qsTr("User name")
                    KeyNavigation.tab: passwordField
                    onAccepted: passwordField.forceActiveFocus()
                }
                Label { text: qsTr("Password"); color: Theme.text }
                TextField {
                    id: passwordField
                    objectName: "passwordField"
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    Accessible.name: qsTr("Password")
                    Accessible.passwordEdit: true
                    KeyNavigation.tab: signInButton
                    onAccepted: page.submit()
                }
                Text {
                    Layout.fillWidth: true
                    objectName: "signInError"
                    visible: text.length > 0
                    text: page.app.account.error
                    color: Theme.danger
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                Button {
                    id: signInButton
                    objectName: "signInButton"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.smallSpacing
                    text: page.app.account.busy ? qsTr("Signing in…") : qsTr("Sign in")
                    enabled: !page.app.account.busy
                    highlighted: true
                    Accessible.name: qsTr("Sign in")
                    onClicked: page.submit()
                }
                BusyIndicator {
                    Layout.alignment: Qt.AlignHCenter
                    running: page.app.account.busy
                    visible: running
                    Accessible.name: qsTr("Signing in")
                }
            }

            LanguageSwitch {
                Layout.alignment: Qt.AlignHCenter
                language: page.app.language
            }
            Component.onCompleted: (serverField.text.length > 0 ? userField : serverField).forceActiveFocus()
        }
    }
}
