pragma Singleton
import QtQuick

// Colours, sizes and spacing shared by every screen (calm, high-contrast, WCAG AA text colours).
QtObject {
    readonly property color primary: "#1d5a85"
    readonly property color primaryDark: "#143f5e"
    readonly property color primaryLight: "#e5eff6"
    readonly property color success: "#2b7a3d"
    readonly property color successLight: "#e7f4ea"
    readonly property color warning: "#8a4b00"
    readonly property color warningLight: "#fff3e0"
    readonly property color danger: "#b3261e"
    readonly property color dangerLight: "#fdecea"
    readonly property color background: "#f3f5f7"
    readonly property color surface: "#ffffff"
    readonly property color border: "#d5dce3"
    readonly property color text: "#1b1f23"
    readonly property color textMuted: "#56606b"
    readonly property color focus: "#f2a900"

    readonly property int spacing: 12
    readonly property int smallSpacing: 6
    readonly property int radius: 8
    readonly property int fontSmall: 12
    readonly property int fontNormal: 14
    readonly property int fontLarge: 17
    readonly property int fontTitle: 21
    readonly property int touchTarget: 40
    // At least this wide: navigation beside the page instead of in a drawer, two columns.
    readonly property int wideBreakpoint: 760
}
