#include "uidriver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QQmlProperty>
#include <QTest>

namespace verrijkt::testing {

namespace {

bool effectivelyVisible(QQuickItem *item)
{
    for (QQuickItem *i = item; i; i = i->parentItem()) {
        if (!i->isVisible())
            return false;
    }
    return item->width() > 0 && item->height() > 0;
}

QQuickItem *search(QQuickItem *root, const std::function<bool(QQuickItem *)> &match)
{
    if (!root)
        return nullptr;
    if (match(root) && effectivelyVisible(root))
        return root;
    for (QQuickItem *child : root->childItems()) {
        if (QQuickItem *found = search(child, match))
            return found;
    }
    return nullptr;
}

// Lists every named item with its visibility and size: what a failing find() looked at.
void dumpTree(QQuickItem *item, int depth)
{
    if (!item)
        return;
    if (!item->objectName().isEmpty())
        qWarning().noquote() << QString(depth, QLatin1Char(' ')) + item->objectName() << item->isVisible()
                             << item->width() << item->height();
    for (QQuickItem *child : item->childItems())
        dumpTree(child, depth + 1);
}

} // namespace

void UiDriver::dump() const
{
    if (m_window)
        dumpTree(m_window->contentItem(), 0);
}

UiDriver::UiDriver(QQmlApplicationEngine &engine)
{
    if (!engine.rootObjects().isEmpty())
        m_window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (m_window) {
        m_window->show();
        QTest::qWaitForWindowExposed(m_window);
    }
}

bool UiDriver::waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qWait(10);
    }
    return true;
}

QQuickItem *UiDriver::find(const QString &objectName, int timeoutMs) const
{
    QQuickItem *found = nullptr;
    waitFor(
        [&] {
            // The window's root item holds the ApplicationWindow's content and the popups' overlay.
            found = search(m_window ? m_window->contentItem() : nullptr,
                           [&](QQuickItem *i) { return i->objectName() == objectName; });
            return found != nullptr;
        },
        timeoutMs);
    if (!found && qEnvironmentVariableIsSet("VERRIJKT_UI_DUMP"))
        dump();
    return found;
}

QQuickItem *UiDriver::findPrefixed(const QString &prefix, int timeoutMs) const
{
    QQuickItem *found = nullptr;
    waitFor(
        [&] {
            found = search(m_window ? m_window->contentItem() : nullptr,
                           [&](QQuickItem *i) { return i->objectName().startsWith(prefix); });
            return found != nullptr;
        },
        timeoutMs);
    if (!found && qEnvironmentVariableIsSet("VERRIJKT_UI_DUMP"))
        dump();
    return found;
}

void UiDriver::ensureVisible(QQuickItem *item)
{
    // Walk up to the nearest Flickable and move its content so the item is inside the viewport.
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (!p->inherits("QQuickFlickable"))
            continue;
        QQuickItem *content = qvariant_cast<QQuickItem *>(p->property("contentItem"));
        if (!content)
            return;
        const QPointF inContent = item->mapToItem(content, QPointF(0, 0));
        const double viewTop = p->property("contentY").toDouble();
        const double viewHeight = p->height();
        if (inContent.y() < viewTop || inContent.y() + item->height() > viewTop + viewHeight) {
            const double maxY = std::max(0.0, p->property("contentHeight").toDouble() - viewHeight);
            p->setProperty("contentY", std::clamp(inContent.y() - viewHeight / 3, 0.0, maxY));
            QTest::qWait(30);
        }
        return;
    }
}

bool UiDriver::click(const QString &objectName)
{
    return click(find(objectName));
}

bool UiDriver::click(QQuickItem *item)
{
    if (!item || !m_window || !item->isEnabled())
        return false;
    ensureVisible(item);
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    QTest::qWait(20);
    return true;
}

bool UiDriver::type(const QString &objectName, const QString &text)
{
    QQuickItem *field = find(objectName);
    if (!click(field))
        return false;
    field->forceActiveFocus();
    QTest::keyClick(m_window, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(m_window, Qt::Key_Backspace);
    for (const QChar c : text) // QTest has no keyClicks() for a QWindow
        QTest::keyClick(m_window, c.toLatin1());
    QTest::qWait(20);
    return QQmlProperty::read(field, QStringLiteral("text")).toString() == text;
}

void UiDriver::resize(int width, int height)
{
    m_window->resize(width, height);
    QTest::qWait(100);
}

QString UiDriver::screenshot(const QString &folder, const QString &name)
{
    QDir().mkpath(folder);
    QTest::qWait(150); // let bindings, layouts and list delegates settle
    const QImage image = m_window->grabWindow();
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    image.save(path);
    return path;
}

} // namespace verrijkt::testing
