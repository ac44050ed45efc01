// How pulled changes become rows: every column converted as the generic conversion does, and a
// page prepared on the engine's fetch thread stored exactly like one prepared while storing.
#include "pulledrow.h"
#include "sqlitesyncstore.h"
#include "synctestdb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::testing;

namespace {
const qint64 kNow = kTestNow;
} // namespace

TEST_CASE("pulled values are bound exactly as the generic column conversion gives them")
{
    // Pulled pages bind ColumnValues on SQLite's own statements; everything else converts with
    // wireToColumn. The two must agree for every column of every synced table.
    TempDevice device(fixedClock());
    QString error;
    const auto tables = SyncedTables::load(device.db->connection(), &error);
    REQUIRE(tables);
    const QList<QJsonValue> samples{
        QJsonValue(),
        QJsonValue(QJsonValue::Null),
        QJsonValue(7),
        QJsonValue(2.5),
        QJsonValue(true),
        QJsonValue(QStringLiteral("2027-2028")),
        QJsonValue(QStringLiteral("0192F5E0-0000-7000-8000-0000000000AB")),
        QJsonValue(QStringLiteral("Brede School 't Anker")),
        QJsonValue(QJsonArray{QStringLiteral("housing"), QStringLiteral("debt")})};
    int compared = 0;
    for (const SyncedTable &table : tables->all()) {
        for (const SyncedColumn &column : table.columns) {
            for (const QJsonValue &sample : samples) {
                const QVariant generic = wireToColumn(column, sample);
                const ColumnValue bound = wireToColumnValue(column, sample);
                INFO(table.table.toStdString() << "." << column.column.toStdString() << " <- "
                                               << QJsonDocument(QJsonArray{sample}).toJson().toStdString());
                switch (bound.kind) {
                case ColumnValue::Kind::Null:
                    CHECK(generic.isNull());
                    break;
                case ColumnValue::Kind::Integer:
                    CHECK_FALSE(generic.isNull());
                    CHECK(generic.toLongLong() == bound.integer);
                    CHECK(generic.typeId() != QMetaType::QString);
                    break;
                case ColumnValue::Kind::Real:
                    CHECK(generic.typeId() == QMetaType::Double);
                    CHECK(generic.toDouble() == bound.real);
                    break;
                case ColumnValue::Kind::Text:
                    CHECK(generic.typeId() == QMetaType::QString);
                    CHECK(generic.toString() == bound.text);
                    break;
                }
                ++compared;
            }
        }
    }
    CHECK(compared > 300);
}

TEST_CASE("a page prepared on the fetch thread is stored exactly like one prepared while storing")
{
    const QString h = hlcAt(kNow - 1000);
    const QUuid officer = uuid(50);
    QJsonObject school = schoolFields(QStringLiteral("90AA00"), QStringLiteral("GM0003"),
                                      QStringLiteral("Brede School 't Anker ë"));
    const QList<PulledChange> page = {
        pulled(1, QStringLiteral("municipality"), uuid(1),
               municipalityFields(QStringLiteral("GM0003"), QStringLiteral("Appingedam")), h),
        pulled(2, QStringLiteral("school"), uuid(2), school, h),
        pulled(3, QStringLiteral("participation"), uuid(3),
               participationFields(QStringLiteral("90AA00"), QStringLiteral("2026-2027"),
                                   QStringLiteral("6h"), 120),
               hlcAt(kNow - 500, QStringLiteral("other"))),
        pulled(4, QStringLiteral("enrichment_session"), uuid(4),
               sessionFields(QStringLiteral("90AA00"), QStringLiteral("2026-10-05"), 1.5, 20), h),
        pulled(5, QStringLiteral("family_contact"), uuid(5),
               familyContactFields(officer, QStringLiteral("90AA00"), QStringLiteral("2026-10-06"),
                                   QStringLiteral("GZ-7K4M-Q2XD-P")),
               h),
        pulled(6, QStringLiteral("entity_of_a_newer_server"), uuid(6), {{QStringLiteral("x"), 1}}, h),
        pulled(7, QStringLiteral("participation"), uuid(7),
               participationFields(QStringLiteral("90AA00"), QStringLiteral("2027-2028"),
                                   QStringLiteral("2h"), 10),
               h, true),
    };
    TempDevice plain(fixedClock()), prepared(fixedClock());
    auto plainStore = attachStore(*plain.db);
    auto preparedStore = attachStore(*prepared.db);
    const SyncScope scope = scopeOf(QStringLiteral("admin"), {});
    REQUIRE(plainStore->applyPulledPage(page, 7, scope, false).ok());
    const QList<PulledChange> ready = preparedOn(*preparedStore, page, true);
    REQUIRE(ready.at(1).prepared.has_value());
    REQUIRE(preparedStore->applyPulledPage(ready, 7, scope, false).ok());
    const QStringList rows = dumpSyncedTables(*plain.db, plainStore->tables());
    CHECK(rows.size() == 6); // the unknown entity is skipped
    CHECK(rows == dumpSyncedTables(*prepared.db, preparedStore->tables()));
    CHECK(rows.join(QLatin1Char('\n')).contains(QStringLiteral("Brede School 't Anker ë")));
}
