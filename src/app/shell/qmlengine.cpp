#include "qmlengine.h"

#include <QQmlEngine>

namespace verrijkt {

void prepareQmlEngine(QQmlEngine &engine)
{
    engine.addImportPath(QStringLiteral("qrc:/"));
}

QUrl mainWindowUrl()
{
    return QUrl(QStringLiteral("qrc:/Verrijkt/Main.qml"));
}

} // namespace verrijkt
