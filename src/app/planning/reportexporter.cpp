#include "reportexporter.h"

#include "planninglog.h"
#include "report/csvexport.h"
#include "report/pdfreport.h"
#include "report/storedreport.h"
#include "report/xlsxexport.h"
#include "shell/fieldlabels.h"
#include "storage/database.h"
#include "storage/yearclosing.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <algorithm>
#include <memory>

namespace verrijkt {

namespace {

struct Outcome
{
    bool ok = false;
    QString message;
};

// Runs on the export thread: its own connection, the report as verrijkt-cli builds it, the file.
Outcome exportReport(const QString &databasePath, const SchoolYear &year, const QString &format,
                     const QString &path, Language language)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    std::unique_ptr<Database> db = Database::open(databasePath, &error);
    if (!db)
        return {false, ReportExporter::tr("The local database could not be opened: %1").arg(error)};
    const StoredYearReport stored = yearReportFromStore(*db, year, language);
    if (!stored.ok)
        return {false, stored.error};
    const ExportResult r = format == QLatin1String("pdf")    ? writePdf(stored.report, path)
                           : format == QLatin1String("xlsx") ? writeXlsx(stored.report, path)
                                                             : writeCsvFolder(stored.report, path);
    if (!r.ok)
        return {false, ReportExporter::tr("The report was not written: %1").arg(r.error)};
    qCInfo(lcPlanning) << "yearly report" << year.label() << format << "written in" << timer.elapsed()
                       << "ms";
    QString message = format == QLatin1String("pdf")
                          ? ReportExporter::tr("%1 written to %2 (%n page(s)).", nullptr, r.pages)
                      : format == QLatin1String("csv") ? ReportExporter::tr("%1 written to %2 (%n table(s)).",
                                                                            nullptr, int(r.files.size()))
                                                       : ReportExporter::tr("%1 written to %2.");
    message = message.arg(stored.report.title, QDir::toNativeSeparators(path));
    if (stored.locked) {
        message +=
            QLatin1Char(' ') +
            ReportExporter::tr("The school year is closed: the report shows the %1.").arg(stored.closingNote);
        if (!stored.changedTables.isEmpty())
            message += QLatin1Char(' ') + ReportExporter::tr("The current data differ since then in: %1.")
                                              .arg(stored.changedTables.join(QStringLiteral(", ")));
    }
    return {true, message};
}

} // namespace

ReportExporter::ReportExporter(QObject *parent)
    : QObject(parent),
      m_year(std::clamp(SchoolYear::containing(QDate::currentDate()), kFirstRolloutYear, kStructuralYear)
                 .startYear()),
      m_folder(QUrl::fromLocalFile(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)))
{
}

ReportExporter::~ReportExporter()
{
    if (m_thread) {
        // The thread holds nothing of this object; wait so the file is complete when we go.
        m_thread->wait();
        delete m_thread;
    }
}

void ReportExporter::setStore(PlanningStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &PlanningStore::dataChanged, this, &ReportExporter::refreshYearStatus);
    refreshYearStatus();
    if (m_store)
        setSchoolYear(std::clamp(SchoolYear::containing(m_store->today()), kFirstRolloutYear, kStructuralYear)
                          .startYear());
    emit storeChanged();
}

void ReportExporter::setSchoolYear(int startYear)
{
    if (startYear == m_year || startYear < kFirstRolloutYear.startYear() ||
        startYear > kStructuralYear.startYear())
        return;
    m_year = startYear;
    emit settingsChanged();
    refreshYearStatus();
}

void ReportExporter::refreshYearStatus()
{
    QString status;
    Database *db = m_store ? m_store->database() : nullptr;
    const SchoolYear year(m_year);
    const std::optional<YearClosing> closing = db ? YearClosingRepository(*db).closing(year) : std::nullopt;
    if (closing && closing->closed)
        status = tr("%1 is closed: the report shows the %2.")
                     .arg(year.label(), closingNote(*closing, fieldlabels::uiLanguage()));
    else if (closing)
        status = tr("%1 was reopened: the report is computed from the current data.").arg(year.label());
    else
        status = tr("%1 is open: the report is computed from the current data.").arg(year.label());
    if (status == m_yearStatus)
        return;
    m_yearStatus = status;
    emit yearStatusChanged();
}

QStringList ReportExporter::yearLabels() const
{
    QStringList out;
    for (int y = kFirstRolloutYear.startYear(); y <= kStructuralYear.startYear(); ++y)
        out << SchoolYear(y).label();
    return out;
}

void ReportExporter::setFormat(const QString &format)
{
    if (format == m_format ||
        (format != QLatin1String("pdf") && format != QLatin1String("csv") && format != QLatin1String("xlsx")))
        return;
    m_format = format;
    emit settingsChanged();
}

void ReportExporter::setFolder(const QUrl &folder)
{
    if (folder == m_folder)
        return;
    m_folder = folder;
    emit settingsChanged();
}

QString ReportExporter::suggestedName() const
{
    const QString base = QStringLiteral("jaarverslag-%1").arg(SchoolYear(m_year).label());
    return m_format == QLatin1String("csv") ? base + QStringLiteral("-csv")
                                            : base + QLatin1Char('.') + m_format;
}

QString ReportExporter::freePath() const
{
    const QDir dir(m_folder.isLocalFile() ? m_folder.toLocalFile() : m_folder.toString());
    const QFileInfo name(suggestedName());
    const QString suffix = m_format == QLatin1String("csv") ? QString() : QLatin1Char('.') + name.suffix();
    const QString stem = m_format == QLatin1String("csv") ? name.fileName() : name.completeBaseName();
    QString path = dir.filePath(stem + suffix);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("%1 (%2)%3").arg(stem).arg(n).arg(suffix));
    return path;
}

bool ReportExporter::exportToFolder()
{
    const QString folder = m_folder.isLocalFile() ? m_folder.toLocalFile() : m_folder.toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        m_succeeded = false;
        m_message = tr("Choose an existing folder to write the report into.");
        emit finished(false);
        return false;
    }
    return start(freePath());
}

bool ReportExporter::exportTo(const QUrl &target)
{
    const QString path = target.isLocalFile() ? target.toLocalFile() : target.toString();
    if (path.isEmpty()) {
        m_succeeded = false;
        m_message = tr("Choose where to write the report.");
        emit finished(false);
        return false;
    }
    return start(path);
}

bool ReportExporter::start(const QString &path)
{
    if (m_thread)
        return false;
    Database *db = m_store ? m_store->database() : nullptr;
    if (!db) {
        m_succeeded = false;
        m_message = tr("No database is open.");
        emit finished(false);
        return false;
    }
    auto outcome = std::make_shared<Outcome>();
    const QString databasePath = db->path();
    const SchoolYear year(m_year);
    const QString format = m_format;
    const Language language = fieldlabels::uiLanguage();
    m_thread = QThread::create([=] { *outcome = exportReport(databasePath, year, format, path, language); });
    connect(m_thread, &QThread::finished, this, [this, outcome, path] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_succeeded = outcome->ok;
        m_message = outcome->message;
        m_written = outcome->ok ? QUrl::fromLocalFile(path) : QUrl();
        emit busyChanged();
        emit finished(m_succeeded);
    });
    m_thread->start();
    emit busyChanged();
    return true;
}

} // namespace verrijkt
