#include "shell/appcontext.h"
#include "shell/qmlengine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>

namespace {

// Resident memory of this process in MB (Linux /proc), -1 elsewhere.
double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // QApplication, not QGuiApplication: Qt Charts' ChartView needs QtWidgets.
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Verrijkt"));
    QCoreApplication::setApplicationName(QStringLiteral("verrijkt"));
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Device database file."),
                                      QStringLiteral("file"));
    const QCommandLineOption todayOption(
        QStringLiteral("today"), QStringLiteral("Treat this day (YYYY-MM-DD) as today (demo, screenshots)."),
        QStringLiteral("date"));
    const QCommandLineOption reportStartup(
        QStringLiteral("report-startup"),
        QStringLiteral(
            "Print the time to the first rendered frame and the resident memory, then quit (bench/)."));
    parser.addOptions({dbOption, todayOption, reportStartup});
    parser.process(app);

    verrijkt::AppOptions options = verrijkt::AppContext::defaultOptions();
    if (parser.isSet(dbOption))
        options.databasePath = parser.value(dbOption);
    if (parser.isSet(todayOption))
        options.today = QDate::fromString(parser.value(todayOption), Qt::ISODate);

    // Declared before the engine so that the engine (and every binding into the context) goes first.
    std::unique_ptr<verrijkt::AppContext> context;
    QQmlApplicationEngine engine;
    verrijkt::prepareQmlEngine(engine);
    QString error;
    context = verrijkt::AppContext::create(options, &engine, &error);
    if (!context) {
        qCritical("Cannot open the device database %s: %s", qPrintable(options.databasePath),
                  qPrintable(error));
        return 1;
    }
    engine.setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(context.get())}});
    engine.load(verrijkt::mainWindowUrl());
    if (engine.rootObjects().isEmpty())
        return 1;
    if (parser.isSet(reportStartup)) {
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app,
            [&] {
                // The page loads with the first frames; report once the event queue has drained.
                QTimer::singleShot(0, &app, [&] {
                    printf("first_frame_ms=%lld rss_mb=%.1f\n", static_cast<long long>(sinceStart.elapsed()),
                           residentMegabytes());
                    fflush(stdout);
                    QCoreApplication::quit();
                });
            },
            Qt::SingleShotConnection);
    }
    return app.exec();
}
