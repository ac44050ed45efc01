#include "storedreport.h"

#include "reportjson.h"
#include "reportlog.h"
#include "storage/bridgeofficerrepository.h"
#include "storage/database.h"
#include "storage/enrichmentsessionrepository.h"
#include "storage/familycontactrepository.h"
#include "storage/libraryrepository.h"
#include "storage/participationrepository.h"
#include "storage/planrepository.h"
#include "storage/schoolregistry.h"
#include "storage/yearclosing.h"
#include "yearreport.h"

#include <QElapsedTimer>
#include <QSet>

namespace verrijkt {

ReportInput loadReportInput(Database &db, const SchoolYear &year)
{
    QElapsedTimer timer;
    timer.start();
    ReportInput in;
    in.year = year;
    const SchoolRegistry registry(db);
    in.municipalities = registry.municipalities();
    in.schools = registry.all();
    in.plan = PlanRepository(db).entries();
    in.participations = ParticipationRepository(db).forYear(year);
    in.library = LibraryRepository(db).forYear(year);
    const BridgeOfficerRepository officers(db);
    in.officers = officers.officers();
    in.placements = officers.allPlacements();

    // The report covers the register's schools and the known officers, nothing else.
    QSet<QString> schools;
    for (const SchoolLocation &s : std::as_const(in.schools))
        schools.insert(s.vestiging);
    for (const EnrichmentSession &s : EnrichmentSessionRepository(db).currentSessionsInYear(year)) {
        if (schools.contains(s.vestiging))
            in.sessions.append(s);
    }
    QSet<QUuid> known;
    for (const BridgeOfficer &o : std::as_const(in.officers))
        known.insert(o.meta.id);
    for (const FamilyContact &c : FamilyContactRepository(db).currentContactsInYear(year)) {
        if (known.contains(c.officerId))
            in.contacts.append(c);
    }
    qCDebug(lcReport) << "report input" << year.label() << "read in" << timer.elapsed() << "ms";
    return in;
}

QString closingNote(const YearClosing &closing, Language language)
{
    const QString when = closing.closedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
    return language == Language::Dutch
               ? QStringLiteral("cijfers vastgesteld op %1 door %2").arg(when, closing.closedBy)
               : QStringLiteral("figures locked on %1 by %2").arg(when, closing.closedBy);
}

QStringList changedTables(const YearReport &locked, const YearReport &live)
{
    QStringList changed;
    for (const ReportTable &t : locked.tables()) {
        const ReportTable *now = live.table(t.id);
        bool same = now && now->rows.size() == t.rows.size();
        for (int r = 0; same && r < t.rows.size(); ++r) {
            same = now->rows[r].size() == t.rows[r].size();
            for (int c = 0; same && c < t.rows[r].size(); ++c)
                same = now->rows[r][c].exportText() == t.rows[r][c].exportText();
        }
        if (!same)
            changed << t.id;
    }
    return changed;
}

StoredYearReport yearReportFromStore(Database &db, const SchoolYear &year, Language language,
                                     const QDateTime &generatedAt)
{
    StoredYearReport out;
    const ReportInput input = loadReportInput(db, year);
    if (input.schools.isEmpty()) {
        out.missingRegister = true;
        out.error = language == Language::Dutch
                        ? QStringLiteral("de database bevat nog geen register; lees eerst "
                                         "import-municipalities en import-schools in")
                        : QStringLiteral("the database holds no register yet; run import-municipalities "
                                         "and import-schools first");
        return out;
    }
    out.report = buildYearReport(input, language, generatedAt);
    const std::optional<YearClosing> closing = YearClosingRepository(db).closing(year);
    if (closing && closing->closed) {
        const std::optional<YearReport> locked =
            reportFromJson(language == Language::Dutch ? closing->figuresDutch : closing->figuresEnglish);
        if (!locked) {
            out.error =
                language == Language::Dutch
                    ? QStringLiteral("de vastgestelde cijfers van %1 zijn onleesbaar").arg(year.label())
                    : QStringLiteral("the locked figures of %1 cannot be read").arg(year.label());
            return out;
        }
        out.locked = true;
        out.closingNote = closingNote(*closing, language);
        out.changedTables = changedTables(*locked, out.report);
        out.report = *locked;
    }
    out.ok = true;
    return out;
}

} // namespace verrijkt
