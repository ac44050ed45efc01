import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Verrijkt
import Verrijkt.Models

// Delivered against entitled hours, this week and this school year, with a gentle word when behind.
Card {
    id: card
    objectName: "progressCard"
    required property SchoolProgress progress
    title: progress.weekTitle

    headerItem: [
        ToolButton {
            objectName: "previousWeekButton"
            text: "\u2039"
            font.pixelSize: 20
            Accessible.name: qsTr("Previous week")
            onClicked: card.progress.previousWeek()
        },
        ToolButton {
            objectName: "thisWeekButton"
            visible: !card.progress.isCurrentWeek
            text: qsTr("This week")
            Accessible.name: qsTr("Back to this week")
            onClicked: card.progress.currentWeek()
        },
        ToolButton {
            objectName: "nextWeekButton"
            text: "\u203a"
            font.pixelSize: 20
            Accessible.name: qsTr("Next week")
            onClicked: card.progress.nextWeek()
        }
    ]

    ProgressLine {
        Layout.fillWidth: true
        objectName: "weekProgress"
        label: qsTr("This week")
        text: card.progress.weekText
        ratio: card.progress.weekRatio
        shown: card.progress.participates
    }
    ProgressLine {
        Layout.fillWidth: true
        Layout.topMargin: Theme.smallSpacing
        objectName: "yearProgress"
        label: qsTr("School year %1").arg(card.progress.schoolYearLabel)
        text: card.progress.yearText
        ratio: card.progress.yearRatio
        shown: card.progress.participates
        warn: card.progress.behind
    }
    Rectangle {
        Layout.fillWidth: true
        Layout.topMargin: Theme.smallSpacing
        visible: card.progress.advice.length > 0
        implicitHeight: adviceText.implicitHeight + 2 * Theme.smallSpacing
        radius: Theme.radius / 2
        color: card.progress.behind ? Theme.warningLight : Theme.successLight
        Text {
            id: adviceText
            objectName: "progressAdvice"
            anchors.fill: parent
            anchors.margins: Theme.smallSpacing
            text: card.progress.advice
            wrapMode: Text.WordWrap
            color: card.progress.behind ? Theme.warning : Theme.success
            font.pixelSize: Theme.fontNormal
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }
}
