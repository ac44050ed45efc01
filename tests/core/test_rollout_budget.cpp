#include "core/budget.h"
#include "core/rolloutplan.h"
#include "qtcatch.h"
#include "registerfixture.h"

#include <QHash>
#include <QMap>
#include <algorithm>

using namespace verrijkt;

namespace {
SchoolLocation school(const char *code, const char *municipality, SchoolType type = SchoolType::Bao,
                      int pupils = 100)
{
    SchoolLocation s;
    s.vestiging = QString::fromLatin1(code);
    s.municipalityCode = QString::fromLatin1(municipality);
    s.type = type;
    s.pupils = pupils;
    return s;
}

QString millions(double eur)
{
    return QString::number(eur / 1e6, 'f', 1);
}
} // namespace

TEST_CASE("Plan entry waves map to school years", "[rollout]")
{
    PlanEntry e;
    e.wave = 0;
    CHECK(e.entryYear() == SchoolYear(2025));
    CHECK(e.takesPartIn(SchoolYear(2025)));
    e.wave = 1;
    CHECK(e.entryYear() == SchoolYear(2026));
    CHECK_FALSE(e.takesPartIn(SchoolYear(2025)));
    e.wave = 7;
    CHECK(e.entryYear() == kStructuralYear);
    CHECK(e.takesPartIn(kStructuralYear));
    CHECK_FALSE(e.takesPartIn(SchoolYear(2031)));
}

TEST_CASE("Default plan on a small register", "[rollout]")
{
    QList<SchoolLocation> schools;
    for (int i = 0; i < 9; ++i)
        schools.append(school(qPrintable(QStringLiteral("A%1").arg(i, 5, 10, QLatin1Char('0'))), "GM0001"));
    schools.append(school("B00000", "GM0002", SchoolType::Sbo));
    schools.append(school("B00001", "GM0002", SchoolType::SoVso));
    schools.append(school("B00002", "GM0002"));
    SchoolLocation closed = school("B00003", "GM0002");
    closed.active = false;
    schools.append(closed);

    const QSet<QString> waveZero{QStringLiteral("A00004")};
    const QList<PlanEntry> plan = defaultPlan(schools, waveZero);
    REQUIRE(plan.size() == 12); // the inactive location is left out
    QHash<QString, PlanEntry> byCode;
    for (const PlanEntry &e : plan)
        byCode.insert(e.vestiging, e);
    CHECK_FALSE(byCode.contains(QStringLiteral("B00003")));

    CHECK(byCode[QStringLiteral("A00004")].wave == 0);
    CHECK(byCode[QStringLiteral("A00004")].tier == Tier::SixHours);
    CHECK(byCode[QStringLiteral("A00000")].tier == Tier::TwoHours);
    CHECK(byCode[QStringLiteral("B00000")].tier == Tier::SixHours);
    CHECK(byCode[QStringLiteral("B00001")].tier == Tier::SixHours);
    CHECK(byCode[QStringLiteral("B00002")].tier == Tier::TwoHours);

    // GM0001 has 8 new schools: all seven waves get at least one.
    QSet<int> wavesA;
    for (const PlanEntry &e : plan) {
        CHECK(e.wave >= 0);
        CHECK(e.wave <= kRolloutWaves);
        CHECK(e.planName == QStringLiteral("default"));
        if (e.vestiging.startsWith(QLatin1Char('A')) && e.wave > 0)
            wavesA.insert(e.wave);
    }
    CHECK(wavesA.size() == 7);

    // Deterministic, whatever the input order; ids are the same on every device.
    QList<SchoolLocation> shuffled = schools;
    std::reverse(shuffled.begin(), shuffled.end());
    const QList<PlanEntry> again = defaultPlan(shuffled, waveZero);
    REQUIRE(again.size() == plan.size());
    for (int i = 0; i < plan.size(); ++i) {
        CHECK(again[i].vestiging == plan[i].vestiging);
        CHECK(again[i].wave == plan[i].wave);
        CHECK(again[i].meta.id == plan[i].meta.id);
        CHECK_FALSE(plan[i].meta.id.isNull());
    }
}

TEST_CASE("Default plan on the real register spreads every municipality over the waves", "[rollout][data]")
{
    const QList<SchoolLocation> schools = loadRegister();
    const QSet<QString> waveZero = loadWaveZero();
    REQUIRE(schools.size() == 329);
    REQUIRE(waveZero.size() == 17);

    const QList<PlanEntry> plan = defaultPlan(schools, waveZero);
    REQUIRE(plan.size() == 329);
    QHash<QString, SchoolLocation> byCode;
    for (const SchoolLocation &s : schools)
        byCode.insert(s.vestiging, s);

    QMap<int, int> perWave;
    QHash<QString, QSet<int>> wavesPerMunicipality;
    QHash<QString, int> newPerMunicipality;
    int sixHour = 0;
    for (const PlanEntry &e : plan) {
        ++perWave[e.wave];
        if (e.tier == Tier::SixHours)
            ++sixHour;
        CHECK((e.wave == 0) == waveZero.contains(e.vestiging));
        if (e.wave > 0) {
            wavesPerMunicipality[byCode[e.vestiging].municipalityCode].insert(e.wave);
            ++newPerMunicipality[byCode[e.vestiging].municipalityCode];
        }
    }
    CHECK(perWave.value(0) == 17);
    CHECK(sixHour == 49); // 17 wave-0 schools + 33 special-education locations - 1 in both
    // 312 new schools over 7 waves: 44 or 45 per wave.
    for (int w = 1; w <= 7; ++w) {
        INFO(w);
        CHECK(perWave.value(w) >= 44);
        CHECK(perWave.value(w) <= 45);
    }
    for (auto it = newPerMunicipality.begin(); it != newPerMunicipality.end(); ++it) {
        INFO(it.key().toStdString());
        CHECK(wavesPerMunicipality[it.key()].size() == std::min(it.value(), 7));
    }
    CHECK(newPerMunicipality.size() == 13);
}

TEST_CASE("Budget parameters reproduce the policy figures on the real register", "[budget][data]")
{
    const QList<SchoolLocation> schools = loadRegister();
    const QList<PlanEntry> plan = defaultPlan(schools, loadWaveZero());
    QSet<QString> allActive;
    for (const SchoolLocation &s : schools)
        allActive.insert(s.vestiging);

    const BudgetParameters params = BudgetParameters::defaults();
    const ProgrammeBudget b = planBudget(schools, plan, kStructuralYear, 64, allActive, params);
    CHECK(millions(b.tijdVoorToekomst) == QStringLiteral("36.0"));
    CHECK(millions(b.bridgeOfficers) == QStringLiteral("6.4"));
    CHECK(millions(b.bibliotheekOpSchool) == QStringLiteral("6.0"));
    CHECK(b.tijdVoorToekomst == Approx(kPolicyTvtBudget).margin(0.05e6));
    CHECK(b.bridgeOfficers == Approx(kPolicyBridgeOfficerBudget).margin(0.05e6));
    CHECK(b.bibliotheekOpSchool == Approx(kPolicyLibraryBudget).margin(0.05e6));
    CHECK(b.total() == Approx(48.4e6).margin(0.1e6));
}

TEST_CASE("Budget follows the rollout year by year", "[budget][data]")
{
    const QList<SchoolLocation> schools = loadRegister();
    const QList<PlanEntry> plan = defaultPlan(schools, loadWaveZero());
    const BudgetParameters params = BudgetParameters::defaults();
    const BridgeOfficerTarget target;

    double previous = 0;
    for (SchoolYear y(2025); y <= SchoolYear(2033); y = y.next()) {
        const ProgrammeBudget b = planBudget(schools, plan, y, target.targetFte(y), {}, params);
        INFO(y.label().toStdString());
        CHECK(b.tijdVoorToekomst >= previous);
        CHECK(b.bibliotheekOpSchool == 0.0);
        CHECK(b.bridgeOfficers == Approx(target.targetFte(y) * 100000.0));
        previous = b.tijdVoorToekomst;
    }
    // After 2032-2033 nothing grows any more.
    CHECK(planBudget(schools, plan, SchoolYear(2033), 64, {}, params).tijdVoorToekomst ==
          Approx(planBudget(schools, plan, kStructuralYear, 64, {}, params).tijdVoorToekomst));
    // 2025-2026: only the wave-0 schools, well below the structural figure.
    CHECK(planBudget(schools, plan, SchoolYear(2025), 0, {}, params).tijdVoorToekomst < 5e6);
}

TEST_CASE("Budget arithmetic on a hand-made register", "[budget]")
{
    QList<SchoolLocation> schools{school("A00000", "GM0001", SchoolType::Bao, 100),
                                  school("A00001", "GM0001", SchoolType::Sbo, 50),
                                  school("A00002", "GM0001", SchoolType::Bao, 10)};
    schools[2].pupils.reset(); // missing pupil count counts as 0
    SchoolLocation closed = school("A00003", "GM0001", SchoolType::Bao, 1000);
    closed.active = false;
    schools.append(closed);

    QList<PlanEntry> plan(4);
    for (int i = 0; i < 4; ++i)
        plan[i].vestiging = schools[i].vestiging;
    plan[0].wave = 1;
    plan[0].tier = Tier::TwoHours;
    plan[1].wave = 2;
    plan[1].tier = Tier::SixHours;
    plan[2].wave = 1;
    plan[3].wave = 1;

    BudgetParameters p;
    p.tvtCoordinationPerSchool = 1000;
    p.tvtPerPupilPerWeeklyHour = 10;
    p.costPerFte = 50000;
    p.libraryPerSchool = 100;
    p.libraryPerPupil = 1;

    const QSet<QString> library{QStringLiteral("A00000"), QStringLiteral("A00003"), QStringLiteral("ZZZZ00")};
    const ProgrammeBudget y1 = planBudget(schools, plan, SchoolYear(2026), 2.5, library, p);
    CHECK(y1.tijdVoorToekomst == Approx(1000 + 10 * 2 * 100 + 1000 + 0)); // A00000 and A00002
    CHECK(y1.bridgeOfficers == Approx(125000));
    CHECK(y1.bibliotheekOpSchool == Approx(100 + 100)); // inactive and unknown locations are not funded
    const ProgrammeBudget y2 = planBudget(schools, plan, SchoolYear(2027), 0, {}, p);
    CHECK(y2.tijdVoorToekomst == Approx(3000 + 10 * 2 * 100 + 10 * 6 * 50));
    CHECK(y2.total() == Approx(y2.tijdVoorToekomst));

    // A plan listing a school twice funds it once; tier None funds nothing.
    plan.append(plan[0]);
    plan[2].tier = Tier::None;
    CHECK(planBudget(schools, plan, SchoolYear(2026), 0, {}, p).tijdVoorToekomst ==
          Approx(1000 + 10 * 2 * 100));
}
