// The Catch2 runner for the app's tests: models and QML need a QGuiApplication (fonts, the Quick
// scene graph). Runs offscreen unless a platform is chosen explicitly.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef VERRIJKT_TEST_QAPPLICATION
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif
#include <QQuickStyle>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Basic")); // as the app
    QCoreApplication::setOrganizationName(QStringLiteral("VerrijktTests"));
    return Catch::Session().run(argc, argv);
}
