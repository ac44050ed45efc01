// The yearly report on a hand-made school year: every figure checked against a hand computation.
#include "report/yearreport.h"
#include "reportfixture.h"
#include "reporttesthelpers.h"

#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::testing;

namespace {

const YearReport &fixtureReport()
{
    static const ReportInput input = reportFixture();
    static const YearReport report =
        buildYearReport(input, Language::Dutch, QDateTime(QDate(2027, 8, 15), QTime(9, 0)));
    return report;
}

bool suppressed(const ReportCell &cell)
{
    return cell.kind == ReportCell::Kind::Suppressed &&
           cell.display(Language::Dutch) == QStringLiteral("< 5");
}

} // namespace

TEST_CASE("Key figures and headlines of the fixture year")
{
    const YearReport &r = fixtureReport();
    CHECK(r.title == QStringLiteral("Jaarverslag Verrijkt 2026-2027"));
    const ReportTable &k = tableOf(r, "kerncijfers");
    CHECK(isShownAs(cellAt(k, "Schoollocaties", "Waarde"), 5));
    CHECK(isShownAs(cellAt(k, "Leerlingen met 2 extra uren per week", "Waarde"), 235));
    CHECK(isShownAs(cellAt(k, "Leerlingen met 6 extra uren per week", "Waarde"), 190));
    CHECK(isShownAs(cellAt(k, "Scholen met 2 uur", "Waarde"), 2));
    CHECK(isShownAs(cellAt(k, "Scholen met 6 uur", "Waarde"), 1));
    CHECK(isShownAs(cellAt(k, "Verrijkingssessies", "Waarde"), 6));
    CHECK(isShownAs(cellAt(k, "Leerlinguren geleverd", "Waarde"), 169.5));
    CHECK(isShownAs(cellAt(k, "Fte brugfunctionaris geplaatst (1 okt)", "Waarde"), 1.0));
    CHECK(isShownAs(cellAt(k, "Doel fte", "Waarde"), 16));
    CHECK(isShownAs(cellAt(k, "Scholen met brugfunctionaris", "Waarde"), 2));
    CHECK(isShownAs(cellAt(k, "Gezinscontacten", "Waarde"), 12));
    CHECK(isShownAs(cellAt(k, "Gezinnen bereikt", "Waarde"), 7));
    CHECK(isShownAs(cellAt(k, "Locaties met Bibliotheek op school", "Waarde"), 2));
    CHECK(isShownAs(cellAt(k, "Dekking Bibliotheek op school", "Waarde"), 40.0));

    const SchoolCalendar cal;
    const double entitled = 6 * cal.teachingWeeksFrom(SchoolYear(2026), {2026, 9, 1}) * 190 +
                            2 * cal.teachingWeeksFrom(SchoolYear(2026), {2026, 9, 1}) * 95 +
                            2 * cal.teachingWeeksFrom(SchoolYear(2026), {2026, 10, 1}) * 140;
    CHECK(cellAt(k, "Leerlinguren recht", "Waarde").value == Approx(entitled));
    CHECK(cellAt(k, "Realisatie", "Waarde").value == Approx(100.0 * 169.5 / entitled));

    REQUIRE(r.headlines.size() == 6);
    CHECK(r.headlines[0] ==
          QStringLiteral("235 leerlingen kregen dit schooljaar 2 extra uren per week (2 scholen)."));
    CHECK(r.headlines[1] ==
          QStringLiteral("190 leerlingen kregen dit schooljaar 6 extra uren per week (1 scholen)."));
    CHECK(r.headlines[3].startsWith(
        QStringLiteral("Op 1 oktober waren 1,0 fte brugfunctionarissen geplaatst op 2 scholen")));
    CHECK(r.headlines[4] == QStringLiteral("Brugfunctionarissen hadden 12 contacten met 7 gezinnen."));
    CHECK(r.headlines[5] ==
          QStringLiteral("2 van de 5 schoollocaties hebben Bibliotheek op school (40,0%)."));
}

TEST_CASE("Tijd voor Toekomst per municipality and per activity domain")
{
    const YearReport &r = fixtureReport();
    const ReportTable &t = tableOf(r, "tvt_per_gemeente");
    CHECK(isShownAs(cellAt(t, "Groningen", "Locaties"), 3));
    CHECK(isShownAs(cellAt(t, "Groningen", "Scholen 2 uur"), 1));
    CHECK(isShownAs(cellAt(t, "Groningen", "Leerlingen 2 uur"), 95));
    CHECK(isShownAs(cellAt(t, "Groningen", "Leerlingen 6 uur"), 190));
    CHECK(isShownAs(cellAt(t, "Groningen", "Sessies"), 4));
    CHECK(isShownAs(cellAt(t, "Groningen", "Uren"), 6.5));
    CHECK(isShownAs(cellAt(t, "Groningen", "Leerlinguren geleverd"), 119.5));
    CHECK(isShownAs(cellAt(t, "Stadskanaal", "Locaties"), 2)); // the inactive location is left out
    CHECK(isShownAs(cellAt(t, "Stadskanaal", "Leerlingen 2 uur"), 140));
    CHECK(isShownAs(cellAt(t, "Stadskanaal", "Leerlinguren geleverd"), 50));
    CHECK(isShownAs(cellAt(t, "Regio", "Sessies"), 6));
    CHECK(isShownAs(cellAt(t, "Regio", "Uren"), 9.5));
    CHECK(t.rows.last().first().text == QStringLiteral("Regio"));

    const ReportTable &d = tableOf(r, "tvt_per_domein");
    CHECK(isShownAs(cellAt(d, "Sport en bewegen", "Sessies"), 2));
    CHECK(isShownAs(cellAt(d, "Sport en bewegen", "Uren"), 3));
    CHECK(isShownAs(cellAt(d, "Sport en bewegen", "Leerlinguren"), 52));
    CHECK(isShownAs(cellAt(d, "Kunst en cultuur", "Leerlinguren"), 37.5));
    CHECK(isShownAs(cellAt(d, "Welzijn en gezondheid", "Uren"), 2));
    CHECK(cellAt(d, "Talentontwikkeling", "Aandeel uren").value == Approx(100.0 * 2 / 9.5));
    CHECK(isShownAs(cellAt(d, "Totaal", "Uren"), 9.5));

    const ReportTable &dm = tableOf(r, "tvt_domein_per_gemeente");
    CHECK(isShownAs(cellAt(dm, "Groningen", "Sport en bewegen"), 3));
    CHECK(isShownAs(cellAt(dm, "Stadskanaal", "Basisvaardigheden"), 1));
    CHECK(isShownAs(cellAt(dm, "Stadskanaal", "Totaal"), 3));
}

TEST_CASE("Bridge officers: FTE on 1 October, build-up per month, contacts suppressed below 5")
{
    const YearReport &r = fixtureReport();
    const ReportTable &m = tableOf(r, "brug_per_gemeente");
    CHECK(isShownAs(cellAt(m, "Groningen", "Fte geplaatst (1 okt)"), 0.8));
    CHECK(isShownAs(cellAt(m, "Stadskanaal", "Scholen met brugfunctionaris"), 1));
    // 9 and 3 contacts: 3 is below 5, and 9 would give it away (12 - 9), so both are hidden.
    CHECK(suppressed(cellAt(m, "Groningen", "Gezinscontacten")));
    CHECK(suppressed(cellAt(m, "Stadskanaal", "Gezinscontacten")));
    CHECK(isShownAs(cellAt(m, "Regio", "Gezinscontacten"), 12));
    CHECK(suppressed(cellAt(m, "Groningen", "Gezinnen")));
    CHECK(isShownAs(cellAt(m, "Regio", "Gezinnen"), 7));

    const ReportTable &s = tableOf(r, "brug_per_school");
    REQUIRE(s.rows.size() == 3); // 05EE00's placement ended before 1 October and it has no contacts
    CHECK(s.rows[0][0].text == QStringLiteral("01AA00"));
    CHECK(isShownAs(s.rows[0][3], 0.8));
    CHECK(suppressed(s.rows[0][4])); // 7, hidden with 02BB00's 2
    CHECK(s.rows[1][0].text == QStringLiteral("02BB00"));
    CHECK(isShownAs(s.rows[1][3], 0.0)); // placed from November
    CHECK(suppressed(s.rows[1][4]));

    const ReportTable &b = tableOf(r, "brug_opbouw");
    REQUIRE(b.rows.size() == 12);
    CHECK(b.rows[0][0].text == QStringLiteral("2026-08"));
    CHECK(isShownAs(b.rows[0][1], 1.8));
    CHECK(isShownAs(b.rows[1][1], 2.0));
    CHECK(isShownAs(b.rows[2][1], 1.0));
    CHECK(isShownAs(b.rows[3][1], 1.5));
    CHECK(isShownAs(b.rows[3][3], 14.5)); // open FTE against the target of 16
    CHECK(b.rows[3][4].value == Approx(1.5 * 100000 / 12));
}

TEST_CASE("Family-contact characteristics: counts only, small ones hidden with their complements")
{
    const YearReport &r = fixtureReport();
    const ReportTable &t = tableOf(r, "gezinscontacten_kenmerken");
    // Initiated by: parent 7, teacher 5, pupil 0, officer 0 -> the zeros hide, and teacher with them.
    REQUIRE(t.rows.size() == 4 + 4 + 7 + 5 + 5);
    CHECK(t.rows[0][1].text == QStringLiteral("Leerkracht"));
    CHECK(suppressed(t.rows[0][2]));
    CHECK(t.rows[1][1].text == QStringLiteral("Ouder"));
    CHECK(isShownAs(t.rows[1][2], 7));
    int visible = 0;
    for (const auto &row : t.rows)
        visible += row[2].isNumeric() ? 1 : 0;
    CHECK(visible == 1); // every other characteristic of these 12 contacts is below 5 or would give one away
}

TEST_CASE("No count below 5 is ever visible in family-contact figures, and no family code at all")
{
    const ReportInput input = reportFixture();
    const YearReport &r = fixtureReport();
    const QStringList contactColumns{"Gezinscontacten", "Gezinnen", "Contacten"};
    for (const ReportTable &t : r.tables()) {
        for (const QString &column : contactColumns) {
            const int c = t.columnIndex(column);
            if (c < 0)
                continue;
            for (const auto &row : t.rows) {
                INFO(t.id.toStdString() << " " << row.first().text.toStdString());
                CHECK((row.at(c).kind == ReportCell::Kind::Suppressed || row.at(c).value >= 5));
            }
        }
        for (const auto &row : t.rows) {
            for (const ReportCell &cell : row) {
                for (const FamilyContact &fc : input.contacts)
                    CHECK(!cell.text.contains(fc.familyCode));
            }
        }
    }
    for (const QString &h : r.headlines) {
        for (const FamilyContact &fc : input.contacts)
            CHECK(!h.contains(fc.familyCode));
    }
}

TEST_CASE("Library, coverage and budget of the fixture year")
{
    const ReportInput input = reportFixture();
    const YearReport &r = fixtureReport();
    const ReportTable &l = tableOf(r, "bieb_per_gemeente");
    CHECK(isShownAs(cellAt(l, "Groningen", "Geen"), 1));
    CHECK(isShownAs(cellAt(l, "Groningen", "Intake"), 1));
    CHECK(isShownAs(cellAt(l, "Groningen", "Actief"), 1));
    CHECK(isShownAs(cellAt(l, "Stadskanaal", "Overeenkomst getekend"), 1));
    CHECK(isShownAs(cellAt(l, "Regio", "Gedekt"), 2));
    CHECK(cellAt(l, "Groningen", "Dekking").value == Approx(100.0 / 3));

    const ReportTable &c = tableOf(r, "dekking_per_gemeente");
    CHECK(isShownAs(cellAt(c, "Groningen", "Tijd voor Toekomst"), 2));
    CHECK(isShownAs(cellAt(c, "Groningen", "Alle drie"), 1));
    CHECK(isShownAs(cellAt(c, "Stadskanaal", "% alle drie"), 50));
    CHECK(isShownAs(cellAt(c, "Regio", "Brugfunctionaris"), 2));
    CHECK(isShownAs(cellAt(c, "Regio", "% Tijd voor Toekomst"), 60));

    const ReportTable &b = tableOf(r, "begroting");
    const BudgetParameters p = input.budget;
    CHECK(
        cellAt(b, "Tijd voor Toekomst", "Raming").value ==
        Approx(3 * p.tvtCoordinationPerSchool + p.tvtPerPupilPerWeeklyHour * (6 * 200 + 2 * 100 + 2 * 150)));
    CHECK(cellAt(b, "Brugfunctionarissen", "Raming").value ==
          Approx((1.8 + 2.0 + 1.0 + 9 * 1.5) / 12 * 100000));
    CHECK(cellAt(b, "Bibliotheek op school", "Raming").value ==
          Approx(2 * p.libraryPerSchool + 350 * p.libraryPerPupil));
    CHECK(isShownAs(cellAt(b, "Tijd voor Toekomst", "Beleidsbudget"), 36.0e6));
    CHECK(cellAt(b, "Totaal", "Verschil").value ==
          Approx(cellAt(b, "Totaal", "Beleidsbudget").value - cellAt(b, "Totaal", "Raming").value));
}

TEST_CASE("The report speaks English when asked")
{
    const YearReport r = buildYearReport(reportFixture(), Language::English);
    CHECK(r.title == QStringLiteral("Verrijkt yearly report 2026-2027"));
    CHECK(r.headlines[0] ==
          QStringLiteral("235 pupils received 2 extra hours a week this school year (2 schools)."));
    CHECK(isShownAs(cellAt(tableOf(r, "tvt_per_gemeente"), "Region", "Sessions"), 6));
    CHECK(cellAt(tableOf(r, "begroting"), "Total", "Estimate")
              .display(Language::English)
              .startsWith(QStringLiteral("EUR ")));
}
