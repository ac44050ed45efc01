// How pulled changes become rows: every column converted as the generic conversion does, and a
// page prepared on the engine's fetch thread stored exactly like one prepared while storing.
#include "pulledrow.h"
#include "sqlitesyncstore.h"
#include "synctestdb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
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

TEST_CASE("runs of append-only rows are inserted together exactly as one by one")
{
    // Sessions are inserted many rows per statement; runs end at another table's row and at the
    // page's end, and the remainder of a run goes row by row. A resent id keeps its first row.
    const QString h = hlcAt(kNow - 1000);
    const QString school = QStringLiteral("90AA00");
    QList<PulledChange> page{
        pulled(1, QStringLiteral("municipality"), uuid(1),
               municipalityFields(QStringLiteral("GM0003"), QStringLiteral("Appingedam")), h),
        pulled(2, QStringLiteral("school"), uuid(2),
               schoolFields(school, QStringLiteral("GM0003"), QStringLiteral("De Wilg")), h)};
    qint64 seq = 3;
    for (int i = 0; i < 173; ++i) {
        // ids 100.. with a resend of an earlier id inside the same run (i == 7) and across runs
        // (i == 120 repeats i == 10, with other values that must not win)
        const int id = i == 7 ? 103 : i == 120 ? 110 : 100 + i;
        const QString date = QStringLiteral("2026-10-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0'));
        page << pulled(seq++, QStringLiteral("enrichment_session"), uuid(id),
                       sessionFields(school, date, i == 120 ? 9.5 : 0.5 + (i % 4) * 0.25, 10 + i), h,
                       i == 33);
        if (i == 80) // another table's row ends the run
            page << pulled(
                seq++, QStringLiteral("participation"), uuid(3),
                participationFields(school, QStringLiteral("2026-2027"), QStringLiteral("6h"), 120), h);
    }
    const SyncScope scope = scopeOf(QStringLiteral("admin"), {});
    TempDevice together(fixedClock()), oneByOne(fixedClock());
    auto togetherStore = attachStore(*together.db);
    auto oneByOneStore = attachStore(*oneByOne.db);
    for (bool prepared : {false, true}) {
        INFO("prepared on the fetch thread: " << prepared);
        REQUIRE(togetherStore->applyPulledPage(preparedOn(*togetherStore, page, prepared), seq, scope, false)
                    .ok());
        for (const PulledChange &change : page)
            REQUIRE(oneByOneStore->applyPulledPage({change}, change.seq, scope, false).ok());
        CHECK(countRows(*together.db, QStringLiteral("enrichment_sessions")) == 171);
        CHECK(countRows(*together.db, QStringLiteral("enrichment_sessions"), QStringLiteral("hours = 9.5")) ==
              0);
        CHECK(countRows(*together.db, QStringLiteral("enrichment_sessions"), QStringLiteral("deleted = 1")) ==
              1);
        CHECK(dumpSyncedTables(*together.db, togetherStore->tables()) ==
              dumpSyncedTables(*oneByOne.db, oneByOneStore->tables()));
    }
}

TEST_CASE("a bad row inside a run of append-only rows fails the whole page")
{
    // Pulled values are converted forgivingly, so the failure (a full disk, say) is made here by
    // a trigger that refuses one row in the middle of the second statement's rows.
    const QString h = hlcAt(kNow - 1000);
    TempDevice device(fixedClock());
    auto store = attachStore(*device.db);
    QSqlQuery refuse(device.db->connection());
    REQUIRE(refuse.exec(QStringLiteral("CREATE TRIGGER refuse_one BEFORE INSERT ON enrichment_sessions "
                                       "WHEN NEW.pupils = 999 BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    QList<PulledChange> page;
    for (int i = 0; i < 120; ++i)
        page << pulled(
            i + 1, QStringLiteral("enrichment_session"), uuid(200 + i),
            sessionFields(QStringLiteral("90AA00"), QStringLiteral("2026-10-05"), 1.5, i == 75 ? 999 : 20),
            h);
    const StoreStatus st = store->applyPulledPage(page, 120, scopeOf(QStringLiteral("admin"), {}), false);
    CHECK_FALSE(st.ok());
    CHECK(st.error.contains(QStringLiteral("enrichment_session")));
    CHECK(countRows(*device.db, QStringLiteral("enrichment_sessions")) == 0);
    CHECK(store->cursor() == 0);
    // The page was a session batch: the insert triggers it dropped came back with the rollback.
    CHECK(countRows(*device.db, QStringLiteral("sqlite_master"),
                    QStringLiteral("type = 'trigger' AND tbl_name = 'enrichment_sessions' AND sql LIKE "
                                   "'%AFTER INSERT%'")) == 3);
}

TEST_CASE("values read from the page decoder's view are stored exactly as the generic conversion stores them")
{
    // The engine's fetch thread converts from simdjson's view of a page (decodePullPage with the
    // store's row preparer); a page from elsewhere goes through QJsonValue. Every column of every
    // synced table gets every sample, once each way, and the two devices must end up the same.
    const QList<QJsonValue> samples{QJsonValue(QJsonValue::Undefined),
                                    QJsonValue(QJsonValue::Null),
                                    QJsonValue(7),
                                    QJsonValue(-3),
                                    QJsonValue(2.5),
                                    QJsonValue(100.0),
                                    QJsonValue(123456789012.0),
                                    QJsonValue(true),
                                    QJsonValue(false),
                                    QJsonValue(QString()),
                                    QJsonValue(QStringLiteral("2027-2028")),
                                    QJsonValue(QStringLiteral("2026-10-05")),
                                    QJsonValue(QStringLiteral("0192F5E0-0000-7000-8000-0000000000AB")),
                                    QJsonValue(QStringLiteral("Brede School 't Anker ë \"x\" \\ 🏫")),
                                    QJsonValue(QJsonArray{QStringLiteral("housing"), QStringLiteral("debt")}),
                                    QJsonValue(QJsonObject{{QStringLiteral("a"), 1}})};
    TempDevice generic(fixedClock()), fast(fixedClock());
    auto genericStore = attachStore(*generic.db);
    auto fastStore = attachStore(*fast.db);
    const SyncScope scope = scopeOf(QStringLiteral("admin"), {});
    const QString h = hlcAt(kNow - 1000);
    int n = 0, stored = 0;
    for (const SyncedTable &table : genericStore->tables().all()) {
        for (const QJsonValue &sample : samples) {
            QJsonObject fields;
            if (!sample.isUndefined())
                for (const SyncedColumn &c : table.columns)
                    fields.insert(c.field, sample);
            ++n;
            const PulledChange change = pulled(n, table.entity, uuid(5000 + n), fields, h);
            INFO(table.entity.toStdString()
                 << " <- " << QJsonDocument(QJsonArray{sample}).toJson().toStdString());
            const QList<PulledChange> prepared = preparedOn(*fastStore, {change}, true);
            REQUIRE(prepared.size() == 1);
            CHECK(prepared.first().fields.isEmpty());
            const StoreStatus viaJson = genericStore->applyPulledPage({change}, n, scope, false);
            const StoreStatus viaView = fastStore->applyPulledPage(prepared, n, scope, false);
            CHECK(viaView.ok() == viaJson.ok());
            stored += viaJson.ok() ? 1 : 0;
        }
    }
    CHECK(stored > n / 2);
    CHECK(dumpSyncedTables(*fast.db, fastStore->tables()) ==
          dumpSyncedTables(*generic.db, genericStore->tables()));
}
