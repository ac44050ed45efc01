#include "synctestdb.h"

#include "core/hlc.h"
#include "pullpagedecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <catch2/catch.hpp>
#include <thread>

namespace verrijkt::testing {

TempDevice::TempDevice(const DatabaseOptions &options)
{
    reopen(options);
}

void TempDevice::reopen(const DatabaseOptions &options)
{
    db.reset();
    QString error;
    db = Database::open(path(), &error, options);
    INFO(error.toStdString());
    REQUIRE(db);
}

PulledChange pulled(qint64 seq, const QString &entity, const QUuid &id, const QJsonObject &fields,
                    const QString &hlc, bool deleted)
{
    PulledChange c;
    c.seq = seq;
    c.entity = entity;
    c.id = id;
    c.fields = fields;
    c.deleted = deleted;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        c.hlc.insert(it.key(), hlc);
    c.hlc.insert(QStringLiteral("deleted"), hlc);
    return c;
}

QJsonObject municipalityFields(const QString &code, const QString &name)
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("province"), QStringLiteral("Groningen")},
            {QStringLiteral("population"), 30000}};
}

QJsonObject schoolFields(const QString &vestiging, const QString &municipality, const QString &name)
{
    return {{QStringLiteral("vestiging"), vestiging},
            {QStringLiteral("brin"), vestiging.left(4)},
            {QStringLiteral("name"), name},
            {QStringLiteral("type"), QStringLiteral("bao")},
            {QStringLiteral("denomination"), QJsonValue::Null},
            {QStringLiteral("municipality_code"), municipality},
            {QStringLiteral("postcode"), QStringLiteral("9901AA")},
            {QStringLiteral("city"), QStringLiteral("Appingedam")},
            {QStringLiteral("pupils"), QJsonValue::Null},
            {QStringLiteral("lat"), 53.3},
            {QStringLiteral("lon"), 6.8},
            {QStringLiteral("active"), true}};
}

QJsonObject participationFields(const QString &vestiging, const QString &year, const QString &tier,
                                int pupils)
{
    return {{QStringLiteral("vestiging"), vestiging},
            {QStringLiteral("school_year"), year},
            {QStringLiteral("tier"), tier},
            {QStringLiteral("start_date"), QStringLiteral("%1-09-01").arg(year.left(4))},
            {QStringLiteral("pupils_reached"), pupils}};
}

QJsonObject familyContactFields(const QUuid &officer, const QString &vestiging, const QString &date,
                                const QString &familyCode)
{
    return {{QStringLiteral("officer_id"), officer.toString(QUuid::WithoutBraces)},
            {QStringLiteral("vestiging"), vestiging},
            {QStringLiteral("date"), date},
            {QStringLiteral("family_code"), familyCode},
            {QStringLiteral("initiated_by"), QStringLiteral("parent")},
            {QStringLiteral("form"), QStringLiteral("home_visit")},
            {QStringLiteral("topics"), QJsonArray{QStringLiteral("housing")}},
            {QStringLiteral("support"), QJsonArray{QStringLiteral("listening")}},
            {QStringLiteral("referral"), QStringLiteral("none")},
            {QStringLiteral("duration_minutes"), 45},
            {QStringLiteral("follow_up"), QJsonValue::Null},
            {QStringLiteral("supersedes"), QJsonValue::Null},
            {QStringLiteral("withdrawn"), false}};
}

QJsonObject sessionFields(const QString &vestiging, const QString &date, double hours, int pupils)
{
    return {{QStringLiteral("vestiging"), vestiging},
            {QStringLiteral("date"), date},
            {QStringLiteral("domain"), QStringLiteral("sport_en_bewegen")},
            {QStringLiteral("provider"), QStringLiteral("Sportbedrijf")},
            {QStringLiteral("hours"), hours},
            {QStringLiteral("pupils"), pupils},
            {QStringLiteral("groups"), 12},
            {QStringLiteral("supersedes"), QJsonValue::Null},
            {QStringLiteral("withdrawn"), false},
            {QStringLiteral("recorded_by"), QStringLiteral("coord1")}};
}

SyncScope scopeOf(const QString &role, const QStringList &schools, const QString &officer,
                  const QStringList &entities)
{
    SyncScope s;
    s.role = role;
    s.allSchools = role == QLatin1String("admin") || role == QLatin1String("regional");
    s.schools = schools;
    s.officer = officer;
    s.entities = entities;
    return s;
}

qint64 countRows(Database &db, const QString &table, const QString &where)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1 %2")
                    .arg(table, where.isEmpty() ? QString() : "WHERE " + where)) ||
        !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString hlcAt(qint64 millis, const QString &node)
{
    return HlcTimestamp{millis, 0, node}.toString();
}

QUuid uuid(int i)
{
    return QUuid(QStringLiteral("0192f5e0-0000-7000-8000-%1").arg(i, 12, 10, QLatin1Char('0')));
}

DatabaseOptions fixedClock(qint64 millis)
{
    DatabaseOptions o;
    o.wallClock = [millis] { return millis; };
    return o;
}

std::unique_ptr<SqliteSyncStore> attachStore(Database &db)
{
    QString error;
    auto store = SqliteSyncStore::attach(db, &error);
    INFO(error.toStdString());
    REQUIRE(store);
    return store;
}

QByteArray pullBody(const QList<PulledChange> &page, qint64 cursor)
{
    QJsonArray changes;
    for (const PulledChange &c : page)
        changes.append(QJsonObject{{QStringLiteral("seq"), c.seq},
                                   {QStringLiteral("entity"), c.entity},
                                   {QStringLiteral("id"), c.id.toString(QUuid::WithoutBraces)},
                                   {QStringLiteral("fields"), c.fields},
                                   {QStringLiteral("hlc"), c.hlc},
                                   {QStringLiteral("deleted"), c.deleted}});
    const QJsonObject answer{{QStringLiteral("changes"), changes},
                             {QStringLiteral("cursor"), cursor},
                             {QStringLiteral("more"), false},
                             {QStringLiteral("reset"), false},
                             {QStringLiteral("scope"), scopeOf(QStringLiteral("admin"), {}).toJson()},
                             {QStringLiteral("server_hlc"), hlcAt(kTestNow)}};
    return QJsonDocument(answer).toJson(QJsonDocument::Compact);
}

QList<PulledChange> preparedOn(const SqliteSyncStore &store, QList<PulledChange> page, bool prepared)
{
    if (!prepared)
        return page;
    // As the engine's fetch thread does it: the page's JSON decoded there, each change prepared.
    const QByteArray body = pullBody(page, page.isEmpty() ? 0 : page.last().seq);
    Decoded<PullAnswer> decoded;
    std::thread fetchThread([&] { decoded = decodePullPage(body, store.rowPreparer()); });
    fetchThread.join();
    INFO(decoded.error.toStdString());
    REQUIRE(decoded.value);
    return decoded.value->changes;
}

QStringList dumpSyncedTables(Database &db, const SyncedTables &tables)
{
    QStringList out;
    for (const SyncedTable &table : tables.all()) {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table.table)));
        while (q.next()) {
            QStringList cells{table.table};
            for (int i = 0; i < q.record().count(); ++i)
                cells << (q.value(i).isNull()
                              ? QStringLiteral("NULL")
                              : QStringLiteral("%1:%2").arg(q.value(i).typeName(), q.value(i).toString()));
            out << cells.join(QLatin1Char('|'));
        }
    }
    return out;
}

} // namespace verrijkt::testing
