#pragma once

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QString>
#include <functional>

namespace verrijkt::testing {

// Drives the real Main.qml like a person would: finds items by objectName, clicks them with real
// mouse events at their centre, types with real key events, and saves screenshots.
class UiDriver
{
public:
    explicit UiDriver(QQmlApplicationEngine &engine);

    QQuickWindow *window() const { return m_window; }
    // The first visible item with this objectName (nullptr after `timeoutMs` without one).
    QQuickItem *find(const QString &objectName, int timeoutMs = 5000) const;
    QQuickItem *findPrefixed(const QString &prefix, int timeoutMs = 5000) const;
    // Scrolls the item into view when it sits in a Flickable, then clicks its centre.
    bool click(const QString &objectName);
    bool click(QQuickItem *item);
    // Focuses a text field with a click, selects all and types `text` key by key.
    bool type(const QString &objectName, const QString &text);
    void resize(int width, int height);
    // Renders a frame and writes it as PNG into `folder`; returns the file path.
    QString screenshot(const QString &folder, const QString &name);

    // Prints every named item (visibility, size); find() does it on a miss when VERRIJKT_UI_DUMP is set.
    void dump() const;

    static bool waitFor(const std::function<bool()> &condition, int timeoutMs = 10000);

private:
    void ensureVisible(QQuickItem *item);

    QQuickWindow *m_window = nullptr;
};

} // namespace verrijkt::testing
