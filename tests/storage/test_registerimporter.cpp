#include "storage/participationrepository.h"
#include "storage/planrepository.h"
#include "storage/registerimporter.h"
#include "storage/schoolregistry.h"
#include "storagetestsupport.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::test;

namespace {

ImportReport importFixture(Database &db, RegisterImporter::File kind, const QString &name,
                           bool partial = false)
{
    return RegisterImporter(db).importFile(kind, fixture(name), ImportOptions{partial});
}

QList<int> rejectedLines(const ImportReport &report)
{
    QList<int> lines;
    for (const ImportRejection &r : report.rejections) {
        if (!lines.contains(r.line))
            lines << r.line;
    }
    return lines;
}

QString fieldOfLine(const ImportReport &report, int line)
{
    for (const ImportRejection &r : report.rejections) {
        if (r.line == line)
            return r.error.field + ":" + r.error.key;
    }
    return {};
}

// The real register with some rows changed and some left out, built in memory from the shared file.
QByteArray modifiedRegister(const QStringList &dropped, const QHash<QString, QString> &newPupils)
{
    const QList<QByteArray> lines = readFile(sharedData("schools_region.csv")).split('\n');
    QByteArray out = lines.first() + '\n';
    for (int i = 1; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        QList<QByteArray> fields = lines[i].split(',');
        const QString vestiging = QString::fromUtf8(fields[1]);
        if (dropped.contains(vestiging))
            continue;
        if (newPupils.contains(vestiging))
            fields[fields.size() - 3] = newPupils[vestiging].toUtf8();
        out += fields.join(',') + '\n';
    }
    return out;
}

} // namespace

TEST_CASE("the real register imports completely", "[storage][import][shared-data]")
{
    TempDatabase t;
    RegisterImporter importer(*t.db);
    const ImportReport municipalities =
        importer.importFile(RegisterImporter::File::Municipalities, sharedData("municipalities.csv"));
    INFO(municipalities.error.toStdString());
    REQUIRE(municipalities.ok());
    CHECK(municipalities.added == 13);

    const ImportReport report =
        importer.importFile(RegisterImporter::File::Schools, sharedData("schools_region.csv"));
    INFO(report.error.toStdString());
    REQUIRE(report.ok());
    CHECK(report.records == 329);
    CHECK(report.added == 329);
    CHECK(report.rejections.isEmpty());

    SchoolRegistry registry(*t.db);
    const QList<SchoolLocation> schools = registry.all();
    CHECK(schools.size() == 329);
    int bao = 0;
    int baoPupils = 0;
    QSet<QString> municipalityCodes;
    for (const SchoolLocation &s : schools) {
        municipalityCodes.insert(s.municipalityCode);
        if (s.type == SchoolType::Bao) {
            ++bao;
            baoPupils += s.pupils.value_or(0);
        }
    }
    CHECK(bao == 296);
    CHECK(baoPupils == 46176);
    CHECK(municipalityCodes.size() == 13);
    CHECK(registry.municipalities().size() == 13);
    // The register's own municipality names do not erase what municipalities.csv added.
    CHECK(registry.municipality("GM0014")->population == 244441);
    CHECK(registry.byMunicipality("GM1680").size() > 0);

    const auto portalis = registry.get("02YL06");
    REQUIRE(portalis);
    CHECK_FALSE(portalis->pupils.has_value());
    CHECK(portalis->type == SchoolType::SoVso);

    const ImportReport waveZero =
        importer.importFile(RegisterImporter::File::WaveZero, sharedData("tvt_known_schools.csv"));
    INFO(waveZero.error.toStdString());
    REQUIRE(waveZero.ok());
    CHECK(waveZero.added == 17);
    CHECK(registry.waveZero().size() == 17);
    const auto participation = ParticipationRepository(*t.db).get("03WN00", SchoolYear(2025));
    REQUIRE(participation);
    CHECK(participation->tier == Tier::SixHours);

    // The default plan covers every active location and keeps wave-0 schools in wave 0.
    const QList<PlanEntry> plan = PlanRepository(*t.db).entries();
    CHECK(plan.size() == 329);
    int waveZeroEntries = 0;
    for (const PlanEntry &e : plan)
        waveZeroEntries += e.wave == 0 ? 1 : 0;
    CHECK(waveZeroEntries == 17);

    SECTION("a second import of the same files changes nothing")
    {
        const QString before = contentDump(*t.db);
        const ImportReport again =
            importer.importFile(RegisterImporter::File::Schools, sharedData("schools_region.csv"));
        REQUIRE(again.ok());
        CHECK(again.added == 0);
        CHECK(again.unchanged == 329);
        CHECK(again.updated == 0);
        CHECK(again.deactivated == 0);
        REQUIRE(
            importer.importFile(RegisterImporter::File::WaveZero, sharedData("tvt_known_schools.csv")).ok());
        REQUIRE(importer.importFile(RegisterImporter::File::Municipalities, sharedData("municipalities.csv"))
                    .ok());
        CHECK(contentDump(*t.db) == before);
    }

    SECTION("a changed register updates and deactivates by vestiging code")
    {
        const QByteArray changed =
            modifiedRegister({"11AK00", "12HY00", "02YL06"}, {{"11YV00", "260"}, {"03WN00", "1"}});
        const ImportReport again = importer.importSchools(changed);
        REQUIRE(again.ok());
        CHECK(again.added == 0);
        CHECK(again.updated == 2);
        CHECK(again.deactivated == 3);
        CHECK(again.unchanged == 324);
        CHECK(registry.all().size() == 329);
        CHECK(registry.all(true).size() == 326);
        CHECK_FALSE(registry.get("11AK00")->active);
        CHECK(registry.get("11YV00")->pupils == 260);
        CHECK(PlanRepository(*t.db).entries().size() == 326);

        // Back to the full register: the three return, nothing is duplicated.
        const ImportReport full =
            importer.importFile(RegisterImporter::File::Schools, sharedData("schools_region.csv"));
        REQUIRE(full.ok());
        CHECK(full.added == 0);
        CHECK(full.updated == 5);
        CHECK(registry.all(true).size() == 329);
        CHECK(rowCount(*t.db, "schools") == 329);
        CHECK(PlanRepository(*t.db).entries().size() == 329);
    }
}

TEST_CASE("re-importing a modified small register reports each change", "[storage][import]")
{
    TempDatabase t;
    REQUIRE(importFixture(*t.db, RegisterImporter::File::Municipalities, "municipalities_small.csv").ok());
    const ImportReport first = importFixture(*t.db, RegisterImporter::File::Schools, "schools_small.csv");
    REQUIRE(first.ok());
    CHECK(first.added == 5);
    SchoolRegistry registry(*t.db);
    CHECK(registry.get("90DD00")->name == "Testschool \"De Horst\", locatie Noord");

    const ImportReport second =
        importFixture(*t.db, RegisterImporter::File::Schools, "schools_small_modified.csv");
    INFO(second.error.toStdString());
    REQUIRE(second.ok());
    CHECK(second.added == 1);
    CHECK(second.updated == 1);
    CHECK(second.unchanged == 3);
    CHECK(second.deactivated == 1);
    CHECK(registry.get("90BB00")->pupils == 131);
    CHECK_FALSE(registry.get("90AA01")->active);
    CHECK(registry.get("90EE00")->active);
}

TEST_CASE("a malformed register file changes nothing", "[storage][import]")
{
    TempDatabase t;
    REQUIRE(importFixture(*t.db, RegisterImporter::File::Municipalities, "municipalities_small.csv").ok());
    REQUIRE(importFixture(*t.db, RegisterImporter::File::Schools, "schools_small.csv").ok());
    const QString before = contentDump(*t.db);

    for (const char *file : {"schools_missing_column.csv", "schools_unterminated_quote.csv"}) {
        INFO(file);
        const ImportReport report = importFixture(*t.db, RegisterImporter::File::Schools, file, true);
        CHECK_FALSE(report.applied);
        CHECK_FALSE(report.error.isEmpty());
        CHECK(contentDump(*t.db) == before);
    }
    CHECK(importFixture(*t.db, RegisterImporter::File::Schools, "schools_missing_column.csv")
              .error.contains("lat"));
    CHECK_FALSE(importFixture(*t.db, RegisterImporter::File::Schools, "does_not_exist.csv").error.isEmpty());
    CHECK(contentDump(*t.db) == before);
}

TEST_CASE("a register with rejected rows changes nothing unless a partial import is asked",
          "[storage][import]")
{
    TempDatabase t;
    REQUIRE(importFixture(*t.db, RegisterImporter::File::Municipalities, "municipalities_small.csv").ok());
    REQUIRE(importFixture(*t.db, RegisterImporter::File::Schools, "schools_small.csv").ok());
    const QString before = contentDump(*t.db);

    const ImportReport refused =
        importFixture(*t.db, RegisterImporter::File::Schools, "schools_bad_rows.csv");
    CHECK_FALSE(refused.applied);
    CHECK(refused.rejectedRows() == 11);
    CHECK(refused.error.contains("11 row(s) rejected"));
    CHECK(contentDump(*t.db) == before);

    CHECK(rejectedLines(refused) == QList<int>{4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15});
    CHECK(fieldOfLine(refused, 4) == "vestiging:school.vestiging.required");
    CHECK(fieldOfLine(refused, 5) == "vestiging:school.vestiging.format");
    CHECK(fieldOfLine(refused, 6) == "brin:school.brin.mismatch");
    CHECK(fieldOfLine(refused, 7) == "school_type:school.type.unknown");
    CHECK(fieldOfLine(refused, 8) == "pupils:school.pupils.format");
    CHECK(fieldOfLine(refused, 9) == "pupils:school.pupils.format");
    CHECK(fieldOfLine(refused, 10) == "lat:school.lat.format");
    CHECK(fieldOfLine(refused, 11) == "lat:school.location.outside");
    CHECK(fieldOfLine(refused, 12) == "municipality_code:school.municipality_code.format");
    CHECK(fieldOfLine(refused, 14) == "vestiging:school.vestiging.duplicate");
    CHECK(fieldOfLine(refused, 15) == "vestiging:school.vestiging.duplicate");
    CHECK(refused.rejections.first().reason(Language::English) ==
          "line 4, field vestiging: vestiging code is missing");
    CHECK(refused.rejections.first().reason() == "regel 4, veld vestiging: vestigingscode ontbreekt");

    const ImportReport partial =
        importFixture(*t.db, RegisterImporter::File::Schools, "schools_bad_rows.csv", true);
    INFO(partial.error.toStdString());
    REQUIRE(partial.ok());
    CHECK(partial.rejectedRows() == 11);
    CHECK(partial.unchanged == 3);
    CHECK(partial.added == 0);
    // 90AA01 and 90DD00 are not in the file; 91xx rows were rejected and are not stored.
    CHECK(partial.deactivated == 2);
    SchoolRegistry registry(*t.db);
    CHECK(registry.all().size() == 5);
    CHECK(registry.all(true).size() == 3);
    CHECK_FALSE(registry.get("91MM00"));
}

TEST_CASE("municipality and wave-0 files are checked row by row", "[storage][import]")
{
    TempDatabase t;
    const ImportReport refused =
        importFixture(*t.db, RegisterImporter::File::Municipalities, "municipalities_bad_rows.csv");
    CHECK_FALSE(refused.applied);
    CHECK(rejectedLines(refused) == QList<int>{3, 4});
    CHECK(fieldOfLine(refused, 3) == "municipality_code:municipality.code.format");
    CHECK(fieldOfLine(refused, 4) == "population:municipality.population.format");
    CHECK(rowCount(*t.db, "municipalities") == 0);

    REQUIRE(importFixture(*t.db, RegisterImporter::File::Municipalities, "municipalities_small.csv").ok());
    REQUIRE(importFixture(*t.db, RegisterImporter::File::Schools, "schools_small.csv").ok());
    const QString before = contentDump(*t.db);
    const ImportReport badWaveZero =
        importFixture(*t.db, RegisterImporter::File::WaveZero, "wave_zero_bad_rows.csv");
    CHECK_FALSE(badWaveZero.applied);
    CHECK(rejectedLines(badWaveZero) == QList<int>{3, 4});
    CHECK(fieldOfLine(badWaveZero, 3) == "vestiging:school.unknown");
    CHECK(fieldOfLine(badWaveZero, 4) == "evidence_url:wavezero.url.format");
    CHECK(contentDump(*t.db) == before);

    const ImportReport partial =
        importFixture(*t.db, RegisterImporter::File::WaveZero, "wave_zero_bad_rows.csv", true);
    REQUIRE(partial.ok());
    CHECK(partial.added == 1);
    SchoolRegistry registry(*t.db);
    CHECK(registry.waveZero() == QSet<QString>{"90BB00"});

    const ImportReport full = importFixture(*t.db, RegisterImporter::File::WaveZero, "wave_zero_small.csv");
    REQUIRE(full.ok());
    CHECK(full.added == 1);
    CHECK(full.unchanged == 1);
    CHECK(registry.waveZero() == QSet<QString>{"90BB00", "90CC00"});
    for (const PlanEntry &e : PlanRepository(*t.db).entries()) {
        INFO(e.vestiging.toStdString());
        CHECK((e.wave == 0) == (e.vestiging == "90BB00" || e.vestiging == "90CC00"));
    }
}
