#include <QApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>

int main(int argc, char *argv[])
{
    // QApplication, not QGuiApplication: Qt Charts' ChartView needs QtWidgets.
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Verrijkt"));
    QCoreApplication::setApplicationName(QStringLiteral("verrijkt"));
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    QQmlApplicationEngine engine;
    engine.load(QUrl(QStringLiteral("qrc:/Verrijkt/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    return app.exec();
}
