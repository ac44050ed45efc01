// The planning screens' models (src/app/planning) on the real register in a device database:
// scenarios, the proposal, the side-by-side comparison, build-up, coverage and completeness, each
// under QAbstractItemModelTester where it is an item model, and each against core's own result.
#include "core/planner/buildup.h"
#include "core/planner/completeness.h"
#include "core/planner/coverage.h"
#include "core/planner/proposal.h"
#include "core/planner/scenariofigures.h"
#include "core/regionsummary.h"
#include "planning/buildupmodel.h"
#include "planning/completenessmodel.h"
#include "planning/coveragemodel.h"
#include "planning/needsource.h"
#include "planning/planningstore.h"
#include "planning/proposalmodel.h"
#include "planning/scenariocomparison.h"
#include "planning/scenariolistmodel.h"
#include "regionalfixture.h"
#include "storage/enrichmentsessionrepository.h"
#include "storage/participationrepository.h"
#include "storage/planrepository.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::testing;

namespace {

using Tester = QAbstractItemModelTester;
constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

struct PlanningFixture
{
    RegionalFixture region;
    PlanningStore store;
    NeedSource need;
    ProposalModel proposal;
    ScenarioListModel scenarios;
    ScenarioComparisonModel comparison;
    PlanningFixture()
    {
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        store.setDeviceStore(region.store.get());
        need.setStore(&store);
        proposal.setStore(&store);
        proposal.setNeedSource(&need);
        scenarios.setStore(&store);
        scenarios.setProposal(&proposal);
        comparison.setStore(&store);
        comparison.setScenarios(&scenarios);
    }
};

ProposalInput proposalInput(const PlanningData &d, quint64 seed)
{
    ProposalInput in;
    in.schools = d.schools;
    in.municipalities = d.municipalities;
    in.waveZero = d.waveZero;
    in.need = syntheticNeed(d.schools, seed);
    return in;
}

QString entriesText(QList<PlanEntry> entries)
{
    std::sort(entries.begin(), entries.end(),
              [](const PlanEntry &a, const PlanEntry &b) { return a.vestiging < b.vestiging; });
    QStringList out;
    for (const PlanEntry &e : entries)
        out << QStringLiteral("%1:%2:%3").arg(e.vestiging).arg(e.wave).arg(tierKey(e.tier));
    return out.join(QLatin1Char(' '));
}

} // namespace

TEST_CASE("PlanningStore lists scenarios and creates copies, bad names change nothing")
{
    PlanningFixture f;
    REQUIRE(f.store.scenarioNames() == QStringList{QStringLiteral("default")});
    REQUIRE(f.store.data().schools.size() == 329);

    const QString before = f.region.dump(QStringLiteral("plan_entries"));
    CHECK_FALSE(f.store.createScenario(QString()).isEmpty());
    CHECK_FALSE(f.store.createScenario(QStringLiteral("default")).isEmpty());
    CHECK_FALSE(f.store.createScenario(QStringLiteral(" spatie")).isEmpty());
    CHECK_FALSE(f.store.createScenario(QStringLiteral("b"), QStringLiteral("bestaat-niet")).isEmpty());
    CHECK(f.region.dump(QStringLiteral("plan_entries")) == before);

    QSignalSpy changed(&f.store, &PlanningStore::dataChanged);
    CHECK(f.store.createScenario(QStringLiteral("snel"), QStringLiteral("default")).isEmpty());
    CHECK(changed.count() >= 1); // the device store's announcement made it re-read
    CHECK(f.store.scenarioNames() == (QStringList{QStringLiteral("default"), QStringLiteral("snel")}));
    const PlanRepository plans(*f.region.db);
    CHECK(entriesText(plans.entries(QStringLiteral("snel"))) == entriesText(plans.entries()));
    CHECK_FALSE(f.store.createScenario(QStringLiteral("snel")).isEmpty()); // taken now
}

TEST_CASE("ScenarioListModel: default first, two picked, the unsaved proposal added and picked")
{
    PlanningFixture f;
    Tester tester(&f.scenarios, kFatal);
    REQUIRE(f.store.createScenario(QStringLiteral("b-variant")).isEmpty());
    REQUIRE(f.scenarios.rowCount() == 2);
    CHECK(f.scenarios.data(f.scenarios.index(0), ScenarioListModel::NameRole).toString() == "default");
    CHECK(f.scenarios.data(f.scenarios.index(0), ScenarioListModel::IsDefaultRole).toBool());
    CHECK(f.scenarios.selectedNames() ==
          (QStringList{QStringLiteral("default"), QStringLiteral("b-variant")}));

    // Every active location takes part by 2032-2033 in the default plan.
    const ScenarioYearFigures last =
        computeScenarioYear(f.store.data().scenarioContext(), *f.store.scenario("default"), kStructuralYear);
    CHECK(f.scenarios.data(f.scenarios.index(0), ScenarioListModel::SchoolsRole).toInt() == 329);
    CHECK(f.scenarios.data(f.scenarios.index(0), ScenarioListModel::CostRole).toDouble() ==
          Approx(last.budget.tijdVoorToekomst));

    f.scenarios.setSelected(QStringLiteral("b-variant"), false);
    CHECK(f.scenarios.selectedNames() == QStringList{QStringLiteral("default")});
    CHECK(f.comparison.names() == QStringList{QStringLiteral("default")});

    REQUIRE(f.proposal.propose());
    REQUIRE(f.scenarios.rowCount() == 3);
    const int unsaved = f.scenarios.rowOf(ScenarioListModel::unsavedKey());
    REQUIRE(unsaved == 2);
    CHECK(f.scenarios.data(f.scenarios.index(unsaved), ScenarioListModel::UnsavedRole).toBool());
    CHECK(f.scenarios.selectedNames().contains(ScenarioListModel::unsavedKey()));
    CHECK(f.comparison.names().size() == 2);

    // Saved: the stored plan takes the proposal's place and its pick.
    REQUIRE(f.proposal.save().isEmpty());
    CHECK(f.scenarios.rowCount() == 3);
    CHECK(f.scenarios.rowOf(ScenarioListModel::unsavedKey()) == -1);
    CHECK(f.scenarios.selectedNames() ==
          (QStringList{QStringLiteral("default"), QStringLiteral("voorstel")}));
}

TEST_CASE("ProposalModel proposes what core proposes, explains every school and saves it")
{
    PlanningFixture f;
    Tester tester(&f.proposal, kFatal);
    REQUIRE(f.need.ready());
    CHECK(f.need.description().contains(QStringLiteral("42")));
    REQUIRE(f.proposal.propose());
    const Proposal expected = proposeScenario(proposalInput(f.store.data(), 42));
    REQUIRE(f.proposal.rowCount() == expected.decisions.size());
    REQUIRE(f.proposal.rowCount() == 329);
    CHECK(entriesText(f.proposal.scenario()->entries) == entriesText(expected.scenario.entries));
    for (int row : {0, 100, 328}) {
        const ProposalDecision &d = expected.decisions.at(row);
        const QModelIndex i = f.proposal.index(row);
        CHECK(i.data(ProposalModel::VestigingRole).toString() == d.vestiging);
        CHECK(i.data(ProposalModel::RankRole).toInt() == d.rank);
        CHECK(i.data(ProposalModel::ReasonRole).toString() == d.text(Language::Dutch));
    }
    // The yearly cost never exceeds the ceiling.
    FigureTable *years = f.proposal.years();
    REQUIRE(years->rows() == kRolloutWaves);
    for (int r = 0; r < years->rows(); ++r)
        CHECK(years->value(r, 3) <= years->value(r, 4) + 1e-9);

    // Filtering by text keeps the school's reason one search away.
    const QString code = expected.decisions.at(5).vestiging;
    f.proposal.setFilter(code);
    REQUIRE(f.proposal.rowCount() >= 1);
    CHECK(f.proposal.rowOf(code) >= 0);
    f.proposal.setFilter(QString());
    CHECK(f.proposal.rowCount() == 329);

    // Other rules give another proposal, the same as core's.
    f.proposal.setMaxNewSchools(20);
    f.proposal.setCeiling(QStringLiteral("5; 10; 15; 20; 25; 30; 36"));
    REQUIRE(f.proposal.propose());
    ProposalInput in = proposalInput(f.store.data(), 42);
    in.rules.maxNewSchoolsPerYear = 20;
    in.rules.ceilingByYear = {5e6, 10e6, 15e6, 20e6, 25e6, 30e6, 36e6};
    CHECK(entriesText(f.proposal.scenario()->entries) == entriesText(proposeScenario(in).scenario.entries));

    f.proposal.setName(QStringLiteral("voorstel-20"));
    REQUIRE(f.proposal.save().isEmpty());
    CHECK(f.proposal.saved());
    CHECK(entriesText(PlanRepository(*f.region.db).entries(QStringLiteral("voorstel-20"))) ==
          entriesText(f.proposal.scenario()->entries));
}

TEST_CASE("ProposalModel refuses a bad ceiling and a bad need file, and says why")
{
    PlanningFixture f;
    Tester tester(&f.proposal, kFatal);
    f.proposal.setCeiling(QStringLiteral("veel"));
    CHECK_FALSE(f.proposal.propose());
    CHECK(f.proposal.error().contains(QStringLiteral("veel")));
    CHECK(f.proposal.rowCount() == 0);
    CHECK_FALSE(f.proposal.hasProposal());
    CHECK_FALSE(f.proposal.save().isEmpty());

    f.proposal.setCeiling(QStringLiteral("36"));
    QFile file(f.region.dir.filePath(QStringLiteral("need.csv")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("vestiging,need\n11AK00,12.5\nXXXX99,3\n11AK00,4\n");
    file.close();
    f.need.setSynthetic(false);
    f.need.setFile(QUrl::fromLocalFile(file.fileName()));
    CHECK_FALSE(f.need.ready());
    CHECK(f.need.error().contains(QStringLiteral("3"))); // lines named
    CHECK_FALSE(f.proposal.propose());
    CHECK(f.proposal.error() == f.need.error());

    // A complete file: every active location, one value each.
    QByteArray csv = "vestiging,need\n";
    const NeedIndicator synthetic = syntheticNeed(f.store.data().schools, 7);
    for (auto it = synthetic.cbegin(); it != synthetic.cend(); ++it)
        csv += it.key().toUtf8() + ',' + QByteArray::number(it.value(), 'f', 1) + '\n';
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(csv);
    file.close();
    f.need.refresh();
    REQUIRE(f.need.ready());
    CHECK(f.need.description().contains(QStringLiteral("need.csv")));
    REQUIRE(f.proposal.propose());
    CHECK(entriesText(f.proposal.scenario()->entries) ==
          entriesText(proposeScenario(proposalInput(f.store.data(), 7)).scenario.entries));
}

TEST_CASE("ScenarioComparisonModel shows the picked scenarios side by side per school year")
{
    PlanningFixture f;
    Tester tester(&f.comparison, kFatal);
    REQUIRE(f.proposal.propose());
    REQUIRE(f.comparison.names().size() == 2);
    REQUIRE(f.comparison.rowCount() == kRolloutWaves);

    const ScenarioContext context = f.store.data().scenarioContext();
    const QList<ScenarioYearFigures> plan = computeScenarioYears(context, *f.store.scenario("default"));
    const QList<ScenarioYearFigures> proposed = computeScenarioYears(context, *f.proposal.scenario());
    for (int row = 0; row < kRolloutWaves; ++row) {
        const QModelIndex i = f.comparison.index(row);
        CHECK(i.data(ScenarioComparisonModel::YearRole).toString() == plan.at(row).year.label());
        const QVariantList cells = i.data(ScenarioComparisonModel::CellsRole).toList();
        REQUIRE(cells.size() == 2);
        CHECK(cells.at(0).toMap().value("pupilsValue").toInt() == plan.at(row).pupilsReached());
        CHECK(cells.at(1).toMap().value("pupilsValue").toInt() == proposed.at(row).pupilsReached());
        CHECK(cells.at(1).toMap().value("tvtValue").toDouble() ==
              Approx(proposed.at(row).budget.tijdVoorToekomst));
        CHECK(f.comparison.pupils()->value(row, 2) == proposed.at(row).pupilsReached());
        CHECK(f.comparison.budget()->value(row, 1) == Approx(plan.at(row).budget.tijdVoorToekomst / 1e6));
        CHECK(f.comparison.budget()->value(row, 3) == Approx(36.0));
    }
    // Per municipality, for 2029-2030: the same figures side by side.
    f.comparison.setMunicipalityYear(3);
    FigureTable *perMunicipality = f.comparison.municipalities();
    REQUIRE(perMunicipality->rows() == 13);
    REQUIRE(perMunicipality->columns() == 1 + 2 * 3);
    for (int m = 0; m < perMunicipality->rows(); ++m) {
        const ScenarioMunicipalityFigures &a = plan.at(3).municipalities.at(m);
        const ScenarioMunicipalityFigures &b = proposed.at(3).municipalities.at(m);
        CHECK(perMunicipality->text(m, 0) == a.name);
        CHECK(perMunicipality->value(m, 1) == a.twoHours.schools);
        CHECK(perMunicipality->value(m, 2) == a.sixHours.schools);
        CHECK(perMunicipality->value(m, 3) == a.twoHours.pupils + a.sixHours.pupils);
        CHECK(perMunicipality->value(m, 5) == b.sixHours.schools);
    }

    const int differences =
        int(scenarioDifferences(*f.store.scenario("default"), *f.proposal.scenario()).size());
    CHECK(f.comparison.differences().contains(QString::number(differences)));

    // A third scenario adds a column everywhere.
    REQUIRE(f.store.createScenario(QStringLiteral("derde")).isEmpty());
    f.scenarios.setSelected(QStringLiteral("derde"), true);
    CHECK(f.comparison.names().size() == 3);
    CHECK(f.comparison.pupils()->columns() == 4);
    CHECK(f.comparison.budget()->columns() == 5);
    CHECK(f.comparison.index(0).data(ScenarioComparisonModel::CellsRole).toList().size() == 3);
}

TEST_CASE("BuildUpModel, CoverageModel and CompletenessModel show core's figures")
{
    PlanningFixture f;
    // Two placements and a participation with sessions on top of the register.
    PlanningData d = f.store.data();
    const QString anloo = QStringLiteral("11AK00");
    Placement p;
    p.meta.id = QUuid::createUuid();
    p.officerId = QUuid::createUuid();
    p.vestiging = anloo;
    p.fte = 0.8;
    p.from = QDate(2026, 9, 1);
    d.placements << p;
    Participation part;
    part.vestiging = anloo;
    part.schoolYear = SchoolYear(2026);
    part.tier = Tier::SixHours;
    part.startDate = QDate(2026, 9, 1);
    part.pupilsReached = 80;
    d.participations << part;
    f.store.setData(d);
    f.store.setToday(QDate(2026, 11, 27));

    BuildUpModel buildUp;
    buildUp.setStore(&f.store);
    buildUp.setNeedSource(&f.need);
    const BuildUp expected =
        computeBuildUp(d.placements, BridgeOfficerTarget(), SchoolYear(2026), SchoolYear(2029));
    REQUIRE(buildUp.months()->rows() == expected.months.size());
    REQUIRE(buildUp.months()->rows() == 48);
    CHECK(buildUp.months()->value(1, 1) == Approx(0.8)); // 1 September 2026
    CHECK(buildUp.months()->value(1, 2) == Approx(16));
    CHECK(buildUp.months()->value(1, 3) == Approx(15.2));
    CHECK(buildUp.years()->value(0, 3) == Approx(expected.years.first().cost / 1e6));
    Tester withoutTester(buildUp.withoutOfficer(), kFatal);
    const auto without = schoolsWithoutOfficer(d.schools, d.placements, QDate(2026, 11, 27), f.need.need());
    REQUIRE(buildUp.withoutOfficer()->rowCount() == 328);
    CHECK(buildUp.withoutOfficer()->get(0, QStringLiteral("vestiging")).toString() ==
          without.first().vestiging);

    CoverageModel coverage;
    coverage.setStore(&f.store);
    coverage.setSchoolYear(2026);
    CoverageInput in;
    in.municipalities = d.municipalities;
    in.schools = d.schools;
    in.plan = d.plans.value(QStringLiteral("default"));
    in.participations = d.participations;
    in.placements = d.placements;
    in.library = d.library;
    const CoverageMatrix matrix = computeCoverage(in, SchoolYear(2026), fteReferenceDate(SchoolYear(2026)));
    FigureTable *table = coverage.municipalities();
    REQUIRE(table->rows() == matrix.municipalities.size() + 1);
    const int region = table->rows() - 1;
    CHECK(table->value(region, 1) == matrix.region.locations);
    CHECK(table->value(region, 2) == 1); // only Anloo has a participation in 2026-2027
    CHECK(table->value(region, 4) == 1);
    CHECK(coverage.summary().contains(QStringLiteral("329")));

    // Completeness: the school takes part from September and recorded nothing.
    CompletenessModel completeness;
    completeness.setStore(&f.store);
    completeness.setSessions({});
    Tester missingTester(completeness.missing(), kFatal);
    REQUIRE(completeness.missing()->rowCount() == 1);
    CHECK(completeness.missing()->get(0, QStringLiteral("vestiging")).toString() == anloo);
    CHECK(completeness.result().schoolsChecked == 1);
    EnrichmentSession s;
    s.meta.id = QUuid::createUuid();
    s.vestiging = anloo;
    s.date = QDate(2026, 11, 24);
    s.hours = 2;
    s.pupils = 20;
    completeness.setSessions({s});
    CHECK(completeness.missing()->rowCount() == 0);
}
