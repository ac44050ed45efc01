#include "session/commandlinesignin.h"
#include "shell/appcontext.h"
#include "shell/qmlengine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTextStream>
#include <QTimer>
#include <termios.h>
#include <unistd.h>

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

// One line from standard input; on a terminal with a prompt and without echo.
QString readPasswordLine(const QString &user)
{
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        fprintf(stderr, "Password for %s: ", qPrintable(user));
        fflush(stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    const QString line = QTextStream(stdin).readLine().trimmed();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        fprintf(stderr, "\n");
    }
    return line;
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
    // Wayland compositors match the window to packaging/nl.verrijkt.Verrijkt.desktop (name, icon).
    QGuiApplication::setDesktopFileName(QStringLiteral("nl.verrijkt.Verrijkt"));
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
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QStringLiteral("Sign in to this server (with --user; the password is read from standard input, "
                       "and only when the device is not yet signed in to that account)."),
        QStringLiteral("url"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("The account for --server."),
                                        QStringLiteral("name"));
    parser.addOptions({dbOption, todayOption, reportStartup, serverOption, userOption});
    parser.process(app);
    if (parser.isSet(serverOption) != parser.isSet(userOption)) {
        qCritical("--server and --user go together");
        return 1;
    }

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
    if (parser.isSet(serverOption)) {
        verrijkt::signInFromCommandLine(
            *context->account(), parser.value(serverOption), parser.value(userOption),
            [&] { return readPasswordLine(parser.value(userOption)); },
            [](verrijkt::CommandLineSignIn outcome) {
                if (outcome == verrijkt::CommandLineSignIn::NoPassword)
                    qWarning("No password on standard input: sign in on the sign-in page.");
            });
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
