// Every figure of the yearly report, on the real register with generated demo activity, equals a
// direct computation on the same data with the core functions.
#include "core/regionsummary.h"
#include "regionreportdata.h"
#include "report/yearreport.h"
#include "reporttesthelpers.h"

#include <QHash>
#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::testing;

namespace {

const SchoolYear kYear(2027);

struct Direct
{
    QHash<QString, QString> municipalityOf; // active schools only
    QHash<QString, QString> nameOf;
    QList<Participation> participations; // the year's, tier set, active schools
    QList<EnrichmentSession> sessions;   // current, in the year
    QList<FamilyContact> contacts;       // current, in the year
};

Direct direct(const ReportInput &in)
{
    Direct d;
    for (const Municipality &m : in.municipalities)
        d.nameOf.insert(m.code, m.name);
    for (const SchoolLocation &s : in.schools) {
        if (s.active)
            d.municipalityOf.insert(s.vestiging, s.municipalityCode);
    }
    for (const Participation &p : in.participations) {
        if (!p.meta.deleted && p.schoolYear == kYear && p.tier != Tier::None &&
            d.municipalityOf.contains(p.vestiging))
            d.participations.append(p);
    }
    for (const EnrichmentSession &s : currentSessions(in.sessions)) {
        if (kYear.contains(s.date))
            d.sessions.append(s);
    }
    for (const FamilyContact &c : currentContacts(in.contacts)) {
        if (!c.withdrawn && kYear.contains(c.date) && d.municipalityOf.contains(c.vestiging))
            d.contacts.append(c);
    }
    return d;
}

} // namespace

TEST_CASE("Region report: Tijd voor Toekomst figures equal direct computations")
{
    const ReportInput &in = regionReportInput(kYear, kYear);
    const Direct d = direct(in);
    REQUIRE(d.participations.size() > 50);
    REQUIRE(d.sessions.size() > 1000);
    const YearReport r = buildYearReport(in);
    const ReportTable &t = tableOf(r, "tvt_per_gemeente");
    REQUIRE(t.rows.size() == 14);

    double regionDelivered = 0, regionEntitled = 0;
    qint64 regionPupils2 = 0;
    for (auto it = d.nameOf.constBegin(); it != d.nameOf.constEnd(); ++it) {
        const QString code = it.key(), name = it.value();
        int schools2 = 0, schools6 = 0, sessions = 0, locations = 0;
        qint64 pupils2 = 0, pupils6 = 0;
        double delivered = 0, entitled = 0, hours = 0;
        for (auto s = d.municipalityOf.constBegin(); s != d.municipalityOf.constEnd(); ++s)
            locations += s.value() == code ? 1 : 0;
        QSet<QString> participating;
        for (const Participation &p : d.participations) {
            if (d.municipalityOf.value(p.vestiging) != code)
                continue;
            participating.insert(p.vestiging);
            (p.tier == Tier::SixHours ? schools6 : schools2) += 1;
            (p.tier == Tier::SixHours ? pupils6 : pupils2) += p.pupilsReached;
            const Realisation real =
                schoolYearRealisation(p, in.sessions, in.calendar); // core, on raw records
            delivered += real.deliveredPupilHours;
            entitled += real.entitledPupilHours;
        }
        for (const EnrichmentSession &s : d.sessions) {
            if (participating.contains(s.vestiging)) {
                ++sessions;
                hours += s.hours;
            }
        }
        INFO(name.toStdString());
        CHECK(isShownAs(cellAt(t, name, "Locaties"), locations));
        CHECK(isShownAs(cellAt(t, name, "Scholen 2 uur"), schools2));
        CHECK(isShownAs(cellAt(t, name, "Leerlingen 2 uur"), pupils2));
        CHECK(isShownAs(cellAt(t, name, "Scholen 6 uur"), schools6));
        CHECK(isShownAs(cellAt(t, name, "Leerlingen 6 uur"), pupils6));
        CHECK(isShownAs(cellAt(t, name, "Sessies"), sessions));
        CHECK(cellAt(t, name, "Uren").value == Approx(hours));
        CHECK(cellAt(t, name, "Leerlinguren geleverd").value == Approx(delivered));
        CHECK(cellAt(t, name, "Leerlinguren recht").value == Approx(entitled));
        CHECK(cellAt(t, name, "Realisatie").value == Approx(entitled > 0 ? 100 * delivered / entitled : 0));
        regionDelivered += delivered;
        regionEntitled += entitled;
        regionPupils2 += pupils2;
    }
    CHECK(cellAt(t, "Regio", "Leerlinguren geleverd").value == Approx(regionDelivered));
    CHECK(cellAt(t, "Regio", "Leerlinguren recht").value == Approx(regionEntitled));
    CHECK(isShownAs(cellAt(tableOf(r, "kerncijfers"), "Leerlingen met 2 extra uren per week", "Waarde"),
                    regionPupils2));
    CHECK(r.headlines[0].startsWith(QLocale(QLocale::Dutch).toString(regionPupils2) +
                                    QStringLiteral(" leerlingen kregen")));

    // Hours per domain over the sessions of participating schools.
    QSet<QString> participating;
    for (const Participation &p : d.participations)
        participating.insert(p.vestiging);
    const ReportTable &dt = tableOf(r, "tvt_per_domein");
    double total = 0;
    for (const EnrichmentSession &s : d.sessions)
        total += participating.contains(s.vestiging) ? s.hours : 0;
    CHECK(cellAt(dt, "Totaal", "Uren").value == Approx(total));
    double sport = 0;
    for (const EnrichmentSession &s : d.sessions)
        sport +=
            participating.contains(s.vestiging) && s.domain == ActivityDomain::SportEnBewegen ? s.hours : 0;
    CHECK(cellAt(dt, "Sport en bewegen", "Uren").value == Approx(sport));
}

TEST_CASE("Region report: bridge officers, contacts, library, coverage and budget equal direct computations")
{
    const ReportInput &in = regionReportInput(kYear, kYear);
    const Direct d = direct(in);
    const YearReport r = buildYearReport(in);
    const QDate oct1 = fteReferenceDate(kYear);

    const ReportTable &m = tableOf(r, "brug_per_gemeente");
    QList<qint64> contactCounts;
    for (auto it = d.nameOf.constBegin(); it != d.nameOf.constEnd(); ++it) {
        QList<Placement> here;
        for (const Placement &p : in.placements) {
            if (d.municipalityOf.value(p.vestiging) == it.key())
                here.append(p);
        }
        CHECK(cellAt(m, it.value(), "Fte geplaatst (1 okt)").value == Approx(regionFteOn(here, oct1)));
        qint64 contacts = 0;
        for (const FamilyContact &c : d.contacts)
            contacts += d.municipalityOf.value(c.vestiging) == it.key() ? 1 : 0;
        contactCounts.append(contacts);
        const ReportCell &cell = cellAt(m, it.value(), "Gezinscontacten");
        if (cell.kind != ReportCell::Kind::Suppressed)
            CHECK(cell.value == contacts);
        if (contacts < 5)
            CHECK(cell.kind == ReportCell::Kind::Suppressed);
    }
    CHECK(cellAt(m, "Regio", "Fte geplaatst (1 okt)").value == Approx(regionFteOn(in.placements, oct1)));
    if (d.contacts.size() >= 5)
        CHECK(isShownAs(cellAt(m, "Regio", "Gezinscontacten"), d.contacts.size()));
    REQUIRE(d.contacts.size() >= 5);

    // Library per municipality and the coverage rows.
    const ReportTable &l = tableOf(r, "bieb_per_gemeente");
    int covered = 0;
    for (const LibraryParticipation &lp : in.library) {
        if (!lp.meta.deleted && lp.schoolYear == kYear && lp.covered() &&
            d.municipalityOf.contains(lp.vestiging))
            ++covered;
    }
    CHECK(isShownAs(cellAt(l, "Regio", "Gedekt"), covered));
    const ReportTable &c = tableOf(r, "dekking_per_gemeente");
    CHECK(isShownAs(cellAt(c, "Regio", "Bibliotheek op school"), covered));
    CHECK(isShownAs(cellAt(c, "Regio", "Tijd voor Toekomst"), d.participations.size()));
    int withOfficer = 0;
    for (auto it = d.municipalityOf.constBegin(); it != d.municipalityOf.constEnd(); ++it) {
        QList<Placement> here;
        for (const Placement &p : in.placements) {
            if (p.vestiging == it.key())
                here.append(p);
        }
        withOfficer += regionFteOn(here, oct1) > 0 ? 1 : 0;
    }
    CHECK(isShownAs(cellAt(c, "Regio", "Brugfunctionaris"), withOfficer));

    // Budget: planBudget on the year's participations and covered schools.
    QList<PlanEntry> running;
    QSet<QString> coveredSet;
    for (const Participation &p : d.participations) {
        PlanEntry e;
        e.vestiging = p.vestiging;
        e.wave = 0;
        e.tier = p.tier;
        running.append(e);
    }
    for (const LibraryParticipation &lp : in.library) {
        if (!lp.meta.deleted && lp.schoolYear == kYear && lp.covered())
            coveredSet.insert(lp.vestiging);
    }
    const ProgrammeBudget b = planBudget(in.schools, running, kYear, 0, coveredSet, in.budget);
    const ReportTable &bt = tableOf(r, "begroting");
    CHECK(cellAt(bt, "Tijd voor Toekomst", "Raming").value == Approx(b.tijdVoorToekomst));
    CHECK(cellAt(bt, "Bibliotheek op school", "Raming").value == Approx(b.bibliotheekOpSchool));
    double monthly = 0;
    for (QDate month = kYear.firstDay(); month <= kYear.lastDay(); month = month.addMonths(1))
        monthly += regionFteOn(in.placements, month) * in.target.costPerFtePerYear / 12;
    CHECK(cellAt(bt, "Brugfunctionarissen", "Raming").value == Approx(monthly));
}

TEST_CASE("Region report: no visible family-contact count below 5 anywhere")
{
    const YearReport r = buildYearReport(regionReportInput(kYear, kYear));
    int checked = 0;
    for (const ReportTable &t : r.tables()) {
        for (const char *column : {"Gezinscontacten", "Gezinnen", "Contacten"}) {
            const int c = t.columnIndex(QString::fromLatin1(column));
            if (c < 0)
                continue;
            for (const auto &row : t.rows) {
                ++checked;
                CHECK((row.at(c).kind == ReportCell::Kind::Suppressed || row.at(c).value >= 5));
            }
        }
    }
    CHECK(checked > 50);
}
