// generate-demo --seed N --until 2032-2033 [--scale X]: invented activity on top of the register.

#include "clilog.h"
#include "commands.h"
#include "core/demogenerator.h"
#include "storage/bridgeofficerrepository.h"
#include "storage/database.h"
#include "storage/enrichmentsessionrepository.h"
#include "storage/familycontactrepository.h"
#include "storage/libraryrepository.h"
#include "storage/participationrepository.h"
#include "storage/planrepository.h"
#include "storage/schoolregistry.h"

#include <QElapsedTimer>
#include <QSet>
#include <algorithm>

namespace verrijkt::cli {

namespace {

const QString kDemoSetting = QStringLiteral("demo_generated");

struct DemoArguments
{
    DemoOptions options;
    QDate cutoff;  // --until-date: sessions and contacts after this day are left out (null: none)
    QString error; // a usage error, already worded for the user
};

DemoArguments parseArguments(const CliContext &ctx, const QCommandLineParser &parser)
{
    DemoArguments a;
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        a.options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            a.error = ctx.text("--seed: '%1' is geen geheel getal van 0 of meer",
                               "--seed: '%1' is not a whole number of 0 or more")
                          .arg(parser.value(QStringLiteral("seed")));
    }
    if (parser.isSet(QStringLiteral("until"))) {
        const QString label = parser.value(QStringLiteral("until"));
        const std::optional<SchoolYear> until = SchoolYear::fromLabel(label);
        if (!until)
            a.error = ctx.text("--until: '%1' is geen schooljaar; schrijf het als 2032-2033",
                               "--until: '%1' is not a school year; write it as 2032-2033")
                          .arg(label);
        else if (*until < a.options.from || until->startYear() > a.options.from.startYear() + 20)
            a.error = ctx.text("--until: %1 ligt niet tussen %2 en twintig jaar later",
                               "--until: %1 is not between %2 and twenty years later")
                          .arg(label, a.options.from.label());
        else
            a.options.until = *until;
    }
    if (parser.isSet(QStringLiteral("until-date"))) {
        const QString text = parser.value(QStringLiteral("until-date"));
        a.cutoff = QDate::fromString(text, Qt::ISODate);
        if (!a.cutoff.isValid())
            a.error = ctx.text("--until-date: '%1' is geen datum; schrijf hem als 2026-11-27",
                               "--until-date: '%1' is not a date; write it as 2026-11-27")
                          .arg(text);
    }
    if (parser.isSet(QStringLiteral("scale"))) {
        bool ok = false;
        const double scale = parser.value(QStringLiteral("scale")).toDouble(&ok);
        if (!ok || !(scale > 0 && scale <= 100))
            a.error = ctx.text("--scale: '%1' moet een getal groter dan 0 en hoogstens 100 zijn",
                               "--scale: '%1' must be a number above 0 and at most 100")
                          .arg(parser.value(QStringLiteral("scale")));
        else
            a.options.scale = scale;
    }
    return a;
}

// Writes each batch through the repositories. The first failure stops the run; `code` and
// `message` then say whether it was a rule (a generator bug: 2) or the database (3).
class DemoWriter
{
public:
    DemoWriter(Database &db, const QDate &latestDate, const QDate &cutoff)
        : m_officers(db), m_sessions(db), m_contacts(db), m_library(db), m_participations(db),
          m_latest(cutoff.isValid() ? std::min(latestDate, cutoff) : latestDate), m_cutoff(cutoff)
    {
    }

    bool write(const DemoBatch &b)
    {
        for (const BridgeOfficer &o : b.officers) {
            if (!check(m_officers.saveOfficer(o), QStringLiteral("bridge_officer")))
                return false;
        }
        for (const Placement &p : b.placements) {
            if (!check(m_officers.savePlacement(p), QStringLiteral("placement")))
                return false;
        }
        for (const Participation &p : b.participations) {
            if (!check(m_participations.save(p), QStringLiteral("participation")))
                return false;
        }
        for (const LibraryParticipation &l : b.library) {
            if (!check(m_library.save(l), QStringLiteral("library_participation")))
                return false;
        }
        // Demo data covers school years ahead of today: the bulk path is given the last day of
        // the generated window as "today", so the not-in-the-future rule does not apply to it.
        return check(m_sessions.bulkInsert(upToCutoff(b.sessions), m_latest),
                     QStringLiteral("enrichment_session")) &&
               check(m_contacts.bulkInsert(upToCutoff(b.contacts), m_latest),
                     QStringLiteral("family_contact"));
    }

    int code = ExitOk;
    QString message;

private:
    // With --until-date the demo looks like a live region on that day: records dated later are
    // left out, and so is every correction of a record that was left out.
    template <typename Record> QList<Record> upToCutoff(const QList<Record> &records)
    {
        if (!m_cutoff.isValid())
            return records;
        QList<Record> kept;
        kept.reserve(records.size());
        for (const Record &r : records) {
            if (r.date > m_cutoff || (!r.supersedes.isNull() && m_dropped.contains(r.supersedes)))
                m_dropped.insert(r.meta.id);
            else
                kept.append(r);
        }
        return kept;
    }

    bool fail(int exitCode, const QString &text)
    {
        code = exitCode;
        message = text;
        return false;
    }
    bool check(const WriteResult &r, const QString &entity)
    {
        if (!r.storageError.isEmpty())
            return fail(ExitDatabase, entity + QStringLiteral(": ") + r.storageError);
        if (!r.errors.isEmpty())
            return fail(
                ExitInput,
                QStringLiteral("%1: %2: %3").arg(entity, r.errors.first().field, r.errors.first().message()));
        return true;
    }
    bool check(const BulkResult &r, const QString &entity)
    {
        if (!r.storageError.isEmpty())
            return fail(ExitDatabase, entity + QStringLiteral(": ") + r.storageError);
        if (r.firstInvalid >= 0 && !r.errors.isEmpty())
            return fail(ExitInput, QStringLiteral("%1 #%2: %3: %4")
                                       .arg(entity)
                                       .arg(r.firstInvalid)
                                       .arg(r.errors.first().field, r.errors.first().message()));
        return true;
    }

    BridgeOfficerRepository m_officers;
    EnrichmentSessionRepository m_sessions;
    FamilyContactRepository m_contacts;
    LibraryRepository m_library;
    ParticipationRepository m_participations;
    QDate m_latest;
    QDate m_cutoff;
    QSet<QUuid> m_dropped;
};

int runGenerateDemo(const CliContext &ctx, const QCommandLineParser &parser, const QStringList &positional)
{
    if (!positional.isEmpty()) {
        ctx.error(ctx.text("generate-demo verwacht alleen opties (zie generate-demo --help)",
                           "generate-demo takes options only (see generate-demo --help)"));
        return ExitUsage;
    }
    const DemoArguments args = parseArguments(ctx, parser);
    if (!args.error.isEmpty()) {
        ctx.error(args.error);
        return ExitUsage;
    }

    std::unique_ptr<Database> db = ctx.openDatabase();
    if (!db)
        return ExitDatabase;
    const QList<SchoolLocation> schools = SchoolRegistry(*db).all(true);
    const QList<PlanEntry> plan = PlanRepository(*db).entries();
    if (schools.isEmpty() || plan.isEmpty()) {
        ctx.error(
            ctx.text("de database bevat nog geen register; lees eerst import-municipalities, import-schools "
                     "en import-tvt-known in",
                     "the database holds no register yet; run import-municipalities, import-schools and "
                     "import-tvt-known first"));
        return ExitInput;
    }
    // Generated ids are fixed by the seed: a second run would collide, and mixing two runs makes
    // the figures meaningless. Demo data goes into a database of its own.
    if (db->setting(kDemoSetting) || EnrichmentSessionRepository(*db).count() > 0 ||
        FamilyContactRepository(*db).count() > 0) {
        ctx.error(ctx.text("de database %1 bevat al activiteiten of demodata; gebruik een nieuwe --db",
                           "the database %1 already holds activity or demo data; use a new --db")
                      .arg(ctx.databasePath));
        return ExitInput;
    }

    QElapsedTimer timer;
    timer.start();
    Transaction tx(*db); // all or nothing: a failed run leaves the database as it was
    if (!tx.ok()) {
        ctx.error(ctx.text("databasefout: ", "database error: ") + tx.error());
        return ExitDatabase;
    }
    DemoWriter writer(*db, args.options.until.lastDay(), args.cutoff);
    int shownPercent = -1;
    const DemoTotals totals = DemoGenerator(schools, plan, args.options).run([&](const DemoBatch &batch) {
        if (!writer.write(batch))
            return false;
        const int percent = int(batch.progress * 100);
        if (percent / 5 != shownPercent / 5) {
            shownPercent = percent;
            ctx.err << "generate-demo: " << percent << "% (" << batch.year.label() << ")\n";
            ctx.err.flush();
        }
        return true;
    });
    if (writer.code != ExitOk) {
        tx.rollback();
        ctx.error(ctx.text("demodata niet opgeslagen, er is niets gewijzigd: ",
                           "demo data not stored, nothing was changed: ") +
                  writer.message);
        return writer.code;
    }
    const QString note = QStringLiteral("seed=%1 until=%2 scale=%3")
                             .arg(args.options.seed)
                             .arg(args.options.until.label())
                             .arg(args.options.scale);
    QString error;
    if (!db->setSetting(kDemoSetting, note, &error) || !tx.commit()) {
        ctx.error(ctx.text("databasefout: ", "database error: ") + (error.isEmpty() ? tx.error() : error));
        return ExitDatabase;
    }

    const double seconds = timer.elapsed() / 1000.0;
    qCInfo(lcCli) << "generate-demo" << note << "rows" << totals.rows() << "seconds" << seconds;
    QTextStream &o = ctx.out;
    o << ctx.text("Demodata ", "Demo data ") << args.options.from.label() << ".."
      << args.options.until.label() << " (" << note << ")\n";
    const auto line = [&](const QString &label, qsizetype n) {
        o << "  " << label.leftJustified(26) << QString::number(n).rightJustified(9) << '\n';
    };
    line(ctx.text("deelnames Tijd voor Toekomst", "Tijd voor Toekomst participations"),
         totals.participations);
    line(ctx.text("activiteiten", "sessions"), totals.sessions);
    line(ctx.text("brugfunctionarissen", "bridge officers"), totals.officers);
    line(ctx.text("plaatsingen", "placements"), totals.placements);
    line(ctx.text("gezinscontacten", "family contacts"), totals.contacts);
    line(ctx.text("Bibliotheek op school", "Bibliotheek op school"), totals.library);
    line(ctx.text("totaal rijen", "total rows"), totals.rows());
    o << "  " << QString::number(seconds, 'f', 1) << " s, "
      << QString::number(seconds > 0 ? totals.rows() / seconds : 0.0, 'f', 0)
      << ctx.text(" rijen/s\n", " rows/s\n");
    o.flush();
    return ExitOk;
}

} // namespace

Command generateDemoCommand()
{
    return {
        QStringLiteral("generate-demo"),
        QString(),
        "verzonnen demo-activiteit bovenop het register (herhaalbaar per seed)",
        "invented demo activity on top of the register (repeatable per seed)",
        {QCommandLineOption(QStringLiteral("seed"),
                            QStringLiteral("startwaarde (standaard 1)|seed (default 1)"),
                            QStringLiteral("N")),
         QCommandLineOption(QStringLiteral("until"),
                            QStringLiteral("laatste schooljaar (standaard 2032-2033)"
                                           "|last school year (default 2032-2033)"),
                            QStringLiteral("YYYY-YYYY")),
         QCommandLineOption(QStringLiteral("until-date"),
                            QStringLiteral("laat activiteiten en contacten na deze dag weg (demo 'vandaag')"
                                           "|leave out sessions and contacts after this day (demo 'today')"),
                            QStringLiteral("YYYY-MM-DD")),
         QCommandLineOption(QStringLiteral("scale"),
                            QStringLiteral("vermenigvuldigt activiteiten en contacten (standaard 1)"
                                           "|multiplies sessions and contacts (default 1)"),
                            QStringLiteral("X"))},
        runGenerateDemo};
}

} // namespace verrijkt::cli
