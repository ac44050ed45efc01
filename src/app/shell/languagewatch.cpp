#include "languagewatch.h"

#include <QCoreApplication>
#include <QEvent>

namespace verrijkt {

LanguageWatch::LanguageWatch(QObject *parent) : QObject(parent)
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

bool LanguageWatch::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
        emit changed();
    return QObject::eventFilter(watched, event);
}

} // namespace verrijkt
