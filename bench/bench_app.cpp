// bench_app: how fast the app is interactive and how much memory it holds on a large database.
//
//   bench_app [--db FILE] [--dense-db FILE] [--runs N]
//
// Without --db it asks `verrijkt-cli generate-demo` for a database with seven school years of demo
// activity on the real register (../shared/data). For a coordinator, a bridge officer and the
// regional team (whose first screen is the dashboard over every school) it starts the real
// `verrijkt` binary offscreen (--report-startup) and prints the time to the first rendered frame
// (target < 1 s) and the resident memory (target < 200 MB). Then, in this process, it opens the
// longest session and contact lists and pages through them the way a scrolling view does, on that
// database and on one school year at 40 times the activity (--dense-db, else generated: lists of
// tens of thousands of rows), printing the first page, the time per page and the memory.
// Figures only: nothing here passes or fails.
#include "coordinator/sessionlistmodel.h"
#include "core/uuid7.h"
#include "officer/contactlistmodel.h"
#include "shell/devicestore.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace verrijkt;

namespace {

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

QString scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

struct Account
{
    QString role;
    QString user;
    QString school;
};

// A copy of the demo database signed in as `account` (no token: the app starts offline, as on a
// train), so the app opens straight on the role's first screen.
QString preparedCopy(const QString &source, const QString &folder, const Account &account)
{
    const QString path = QDir(folder).filePath(account.role + QStringLiteral(".db"));
    QFile::remove(path);
    QFile::copy(source, path);
    QString error;
    auto db = Database::open(path, &error);
    if (!db) {
        fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(error));
        return {};
    }
    // The demo rows carry the generating database's device id in their clocks; under a device id of
    // its own the copy holds them as a device holds pulled data, instead of queueing every row as
    // its own unsent change on the first start.
    db->setSetting(QStringLiteral("device_id"), createUuidV7().toString(QUuid::WithoutBraces));
    db->setSetting(QStringLiteral("account.server"), QStringLiteral("http://127.0.0.1:9"));
    db->setSetting(QStringLiteral("account.user"), account.user);
    db->setSetting(QStringLiteral("account.role"), account.role);
    db->setSetting(QStringLiteral("account.schools"), account.school);
    return path;
}

void benchStartup(const QString &app, const QString &db, const Account &account, int runs)
{
    QList<double> firstFrame, wall, rss;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), QFileInfo(db).absolutePath());
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(app, {QStringLiteral("--db"), db, QStringLiteral("--report-startup")});
        if (!process.waitForFinished(60'000)) {
            fprintf(stderr, "verrijkt did not finish\n");
            process.kill();
            return;
        }
        wall << double(timer.elapsed());
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        for (const QString &part : out.simplified().split(QLatin1Char(' '))) {
            if (part.startsWith(QLatin1String("first_frame_ms=")))
                firstFrame << part.mid(15).toDouble();
            else if (part.startsWith(QLatin1String("rss_mb=")))
                rss << part.mid(7).toDouble();
        }
    }
    if (firstFrame.isEmpty()) {
        fprintf(stderr, "verrijkt printed no figures\n");
        return;
    }
    std::sort(firstFrame.begin(), firstFrame.end());
    std::sort(wall.begin(), wall.end());
    std::sort(rss.begin(), rss.end());
    printf("%-12s start-up to first frame: median %6.0f ms (min %.0f, max %.0f; process wall %.0f ms)  "
           "resident memory %.1f MB   [targets < 1000 ms, < 200 MB]\n",
           qPrintable(account.role), firstFrame[firstFrame.size() / 2], firstFrame.first(), firstFrame.last(),
           wall[wall.size() / 2], rss[rss.size() / 2]);
}

// `open` points the model at its list (which reads the first page, as a view opening does); then
// the rest is fetched page by page, as scrolling to the end does.
template <typename Model> void benchPaging(const char *what, Model &model, const std::function<void()> &open)
{
    QElapsedTimer timer;
    timer.start();
    open();
    const double first = timer.nsecsElapsed() / 1e6;
    const int firstRows = model.rowCount();
    int pages = 1;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        ++pages;
    }
    const double total = timer.nsecsElapsed() / 1e6;
    printf("  %-32s %6d rows (first page %d rows in %.1f ms), all %d pages %.0f ms (%.2f ms/page), RSS %.1f "
           "MB\n",
           what, model.rowCount(), firstRows, first, pages, total, total / pages, residentMegabytes());
}

// A database made by verrijkt-cli: the register, then `demoArguments` of generate-demo.
bool generate(const QString &path, const QStringList &demoArguments)
{
    QElapsedTimer timer;
    timer.start();
    const QString data = QStringLiteral(VERRIJKT_SHARED_DATA);
    const QList<QStringList> steps{
        {QStringLiteral("import-municipalities"), data + QStringLiteral("/municipalities.csv")},
        {QStringLiteral("import-schools"), data + QStringLiteral("/schools_region.csv")},
        {QStringLiteral("import-tvt-known"), data + QStringLiteral("/tvt_known_schools.csv")},
        QStringList{QStringLiteral("generate-demo")} + demoArguments};
    for (const QStringList &step : steps) {
        QProcess cli;
        cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        cli.start(QStringLiteral(VERRIJKT_CLI), QStringList{QStringLiteral("--db"), path} + step);
        if (!cli.waitForFinished(-1) || cli.exitCode() != 0) {
            fprintf(stderr, "verrijkt-cli %s failed (%d)\n", qPrintable(step.first()), cli.exitCode());
            return false;
        }
    }
    printf("generated %s (generate-demo %s) in %.1f s\n", qPrintable(QFileInfo(path).fileName()),
           qPrintable(demoArguments.join(QLatin1Char(' '))), timer.elapsed() / 1000.0);
    return true;
}

// The longest lists anyone scrolls in `db`: the busiest school's sessions of its busiest school year,
// the busiest officer's contacts of all months.
void benchLists(Database &db, const char *label)
{
    printf("%s\n", label);
    const QString school =
        scalar(db, QStringLiteral("SELECT vestiging FROM enrichment_sessions GROUP BY vestiging "
                                  "ORDER BY count(*) DESC LIMIT 1"));
    const QString busiestMonth =
        scalar(db, QStringLiteral("SELECT substr(date, 1, 7) FROM enrichment_sessions WHERE vestiging = '%1' "
                                  "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
                       .arg(school));
    const QDate inBusiestMonth = QDate::fromString(busiestMonth + QStringLiteral("-01"), Qt::ISODate);
    const int schoolYear = inBusiestMonth.month() >= 8 ? inBusiestMonth.year() : inBusiestMonth.year() - 1;
    const QString officer = scalar(
        db, QStringLiteral("SELECT o.user_name FROM family_contacts c JOIN bridge_officers o "
                           "ON o.id = c.officer_id GROUP BY o.user_name ORDER BY count(*) DESC LIMIT 1"));
    DeviceStore store(&db);
    {
        SessionListModel sessions;
        benchPaging("sessions, busiest school and year", sessions, [&] {
            sessions.setStore(&store);
            sessions.setVestiging(school);
            sessions.setSchoolYear(schoolYear);
        });
    }
    {
        store.setUserName(officer);
        ContactListModel contacts;
        benchPaging("contacts, busiest officer", contacts, [&] {
            contacts.setMonth({}); // every month
            contacts.setStore(&store);
        });
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("A generate-demo database."),
                                      QStringLiteral("file"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Start-ups per role."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption denseOption(
        QStringLiteral("dense-db"), QStringLiteral("A generate-demo --until 2026-2027 --scale 40 database."),
        QStringLiteral("file"));
    parser.addOptions({dbOption, runsOption, denseOption});
    parser.process(app);

    QTemporaryDir work;
    QString source = parser.value(dbOption);
    if (source.isEmpty()) {
        source = work.filePath(QStringLiteral("demo.db"));
        if (!generate(source, {})) // seven school years, 2026-2027 .. 2032-2033
            return 1;
    }
    QString error;
    auto db = Database::open(source, &error);
    if (!db) {
        fprintf(stderr, "cannot open %s: %s\n", qPrintable(source), qPrintable(error));
        return 1;
    }
    printf("database: %s (%.0f MB): %s sessions, %s family contacts, %s schools\n", qPrintable(source),
           QFileInfo(source).size() / 1e6,
           qPrintable(scalar(*db, QStringLiteral("SELECT count(*) FROM enrichment_sessions"))),
           qPrintable(scalar(*db, QStringLiteral("SELECT count(*) FROM family_contacts"))),
           qPrintable(scalar(*db, QStringLiteral("SELECT count(*) FROM schools"))));

    // The busiest school and the busiest officer: the longest lists anyone scrolls.
    const QString school =
        scalar(*db, QStringLiteral("SELECT vestiging FROM enrichment_sessions GROUP BY vestiging "
                                   "ORDER BY count(*) DESC LIMIT 1"));
    const QString officer =
        scalar(*db, QStringLiteral("SELECT o.user_name FROM family_contacts c JOIN bridge_officers o "
                                   "ON o.id = c.officer_id GROUP BY o.user_name "
                                   "ORDER BY count(*) DESC LIMIT 1"));
    const QString officerSchool =
        scalar(*db, QStringLiteral("SELECT p.vestiging FROM placements p JOIN bridge_officers o "
                                   "ON o.id = p.officer_id WHERE o.user_name = '%1' LIMIT 1")
                        .arg(officer));
    const QString appBinary = QStringLiteral(VERRIJKT_APP);
    const int runs = parser.value(runsOption).toInt();
    for (const Account &account :
         {Account{QStringLiteral("coordinator"), QStringLiteral("bench-coordinator"), school},
          Account{QStringLiteral("officer"), officer, officerSchool},
          Account{QStringLiteral("regional"), QStringLiteral("bench-regional"), QStringLiteral("")}}) {
        const QString copy = preparedCopy(source, work.path(), account);
        if (!copy.isEmpty())
            benchStartup(appBinary, copy, account, runs);
    }

    printf("in-process, before paging: RSS %.1f MB\n", residentMegabytes());
    benchLists(*db, "lists on the seven-year database:");
    db.reset();

    // Tens of thousands of rows in one list: one school year at 40 times the activity.
    QString dense = parser.value(denseOption);
    if (dense.isEmpty()) {
        dense = work.filePath(QStringLiteral("dense.db"));
        if (!generate(dense, {QStringLiteral("--until"), QStringLiteral("2026-2027"),
                              QStringLiteral("--scale"), QStringLiteral("40")}))
            return 1;
    }
    auto denseDb = Database::open(dense, &error);
    if (!denseDb) {
        fprintf(stderr, "cannot open %s: %s\n", qPrintable(dense), qPrintable(error));
        return 1;
    }
    benchLists(*denseDb, "lists on one school year at 40x activity:");
    return 0;
}
