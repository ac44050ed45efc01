#include "contactrecords.h"

#include "shell/applog.h"
#include "storage/database.h"
#include "storage/familycontactrepository.h"
#include "storage/sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace verrijkt::contactrecords {

namespace {

const QString kColumns =
    QStringLiteral("c.id, c.hlc, c.deleted, c.officer_id, c.vestiging, c.date, c.family_code, "
                   "c.initiated_by, c.form, c.topics, "
                   "c.support, c.referral, c.duration_minutes, c.follow_up, c.supersedes, c.withdrawn");

const QString kCurrent = QStringLiteral("c.deleted = 0 AND c.withdrawn = 0 AND NOT EXISTS "
                                        "(SELECT 1 FROM family_contacts n WHERE n.supersedes = c.id)");

template <typename Enum>
QList<Enum> keyList(const QVariant &json, std::optional<Enum> (*fromKey)(const QString &))
{
    QList<Enum> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toString().toUtf8()).array()) {
        if (const auto e = fromKey(v.toString()))
            out.append(*e);
    }
    return out;
}

FamilyContact fromQuery(const QSqlQuery &q)
{
    FamilyContact c;
    c.meta.id = sqlvalues::toUuid(q.value(0));
    c.meta.hlc = q.value(1).toString();
    c.meta.deleted = q.value(2).toBool();
    c.officerId = sqlvalues::toUuid(q.value(3));
    c.vestiging = q.value(4).toString();
    c.date = sqlvalues::toDate(q.value(5));
    c.familyCode = q.value(6).toString();
    c.initiatedBy = contactInitiatorFromKey(q.value(7).toString()).value_or(ContactInitiator::Parent);
    c.form = contactFormFromKey(q.value(8).toString()).value_or(ContactForm::TalkAtSchool);
    c.topics = keyList(q.value(9), &contactTopicFromKey);
    c.support = keyList(q.value(10), &supportGivenFromKey);
    c.referral = referralTargetFromKey(q.value(11).toString()).value_or(ReferralTarget::None);
    c.durationMinutes = q.value(12).toInt();
    c.followUp = sqlvalues::toDate(q.value(13));
    c.supersedes = sqlvalues::toUuid(q.value(14));
    c.withdrawn = q.value(15).toBool();
    return c;
}

QList<FamilyContact> run(Database &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QList<FamilyContact> out;
    QString error;
    if (!sqlvalues::exec(q, &error)) {
        qCWarning(lcApp) << "reading family contacts failed:" << error;
        return out;
    }
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

// The search as bound text: never NULL (instr(code, NULL) matches nothing), codes are upper case.
QString searchText(const QString &search)
{
    const QString text = search.trimmed().toUpper();
    return text.isNull() ? QStringLiteral("") : text;
}

QString filterSql(const Filter &f, QVariantList &binds)
{
    QString sql = QStringLiteral("c.officer_id = ? AND ") + kCurrent;
    binds << sqlvalues::fromUuid(f.officerId);
    if (!f.vestiging.isEmpty()) {
        sql += QStringLiteral(" AND c.vestiging = ?");
        binds << f.vestiging;
    }
    if (f.month.isValid()) {
        const QDate first(f.month.year(), f.month.month(), 1);
        sql += QStringLiteral(" AND c.date BETWEEN ? AND ?");
        binds << sqlvalues::fromDate(first) << sqlvalues::fromDate(first.addMonths(1).addDays(-1));
    }
    return sql;
}

} // namespace

QList<FamilyContact> currentPage(Database &db, const Filter &filter, const std::optional<PageKey> &after,
                                 int limit)
{
    QVariantList binds;
    QString where = filterSql(filter, binds);
    if (after) {
        where += QStringLiteral(" AND (c.date < ? OR (c.date = ? AND c.id < ?))");
        binds << sqlvalues::fromDate(after->date) << sqlvalues::fromDate(after->date)
              << sqlvalues::fromUuid(after->id);
    }
    binds << limit;
    return run(
        db,
        QStringLiteral("SELECT %1 FROM family_contacts c WHERE %2 ORDER BY c.date DESC, c.id DESC LIMIT ?")
            .arg(kColumns, where),
        binds);
}

int currentCount(Database &db, const Filter &filter)
{
    QVariantList binds;
    const QString where = filterSql(filter, binds);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM family_contacts c WHERE %1").arg(where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

std::optional<FamilyContact> byId(Database &db, const QUuid &id)
{
    const auto rows = run(db, QStringLiteral("SELECT %1 FROM family_contacts c WHERE c.id = ?").arg(kColumns),
                          {sqlvalues::fromUuid(id)});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QList<FamilyContact> dueFollowUps(Database &db, const QUuid &officerId, const QDate &until)
{
    return run(
        db,
        QStringLiteral(
            "SELECT %1 FROM family_contacts c WHERE c.officer_id = ? AND %2 "
            "AND c.follow_up IS NOT NULL AND c.follow_up <= ? "
            "AND NOT EXISTS (SELECT 1 FROM family_contacts later WHERE later.officer_id = c.officer_id "
            "AND later.family_code = c.family_code AND later.date > c.date AND later.deleted = 0 "
            "AND later.withdrawn = 0) "
            "ORDER BY c.follow_up, c.id LIMIT 500")
            .arg(kColumns, kCurrent),
        {sqlvalues::fromUuid(officerId), sqlvalues::fromDate(until)});
}

QList<FamilySummary> families(Database &db, const QUuid &officerId, const QString &search, int offset,
                              int limit)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT c.family_code, max(c.date), count(*) FROM family_contacts c "
                       "WHERE c.officer_id = ? AND %1 AND instr(c.family_code, ?) > 0 "
                       "GROUP BY c.family_code ORDER BY max(c.date) DESC, c.family_code LIMIT ? OFFSET ?")
            .arg(kCurrent));
    q.addBindValue(sqlvalues::fromUuid(officerId));
    q.addBindValue(searchText(search));
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<FamilySummary> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toString(), sqlvalues::toDate(q.value(1)), q.value(2).toInt()});
    return out;
}

int familyCount(Database &db, const QUuid &officerId, const QString &search)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(DISTINCT c.family_code) FROM family_contacts c "
                             "WHERE c.officer_id = ? AND %1 AND instr(c.family_code, ?) > 0")
                  .arg(kCurrent));
    q.addBindValue(sqlvalues::fromUuid(officerId));
    q.addBindValue(searchText(search));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<Placement> placements(Database &db, const QUuid &officerId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id, hlc, officer_id, vestiging, fte, from_date, to_date FROM placements "
                             "WHERE officer_id = ? AND deleted = 0 ORDER BY from_date DESC, vestiging"));
    q.addBindValue(sqlvalues::fromUuid(officerId));
    QList<Placement> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Placement p;
        p.meta.id = sqlvalues::toUuid(q.value(0));
        p.meta.hlc = q.value(1).toString();
        p.officerId = sqlvalues::toUuid(q.value(2));
        p.vestiging = q.value(3).toString();
        p.fte = q.value(4).toDouble();
        p.from = sqlvalues::toDate(q.value(5));
        p.to = sqlvalues::toDate(q.value(6));
        out.append(p);
    }
    return out;
}

std::optional<BridgeOfficer> officer(Database &db, const QUuid &officerId)
{
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("SELECT id, user_name, display_name, employer, contract_fte FROM bridge_officers "
                       "WHERE id = ? AND deleted = 0"));
    q.addBindValue(sqlvalues::fromUuid(officerId));
    if (!q.exec() || !q.next())
        return std::nullopt;
    BridgeOfficer o;
    o.meta.id = sqlvalues::toUuid(q.value(0));
    o.userName = q.value(1).toString();
    o.displayName = q.value(2).toString();
    o.employer = q.value(3).toString();
    o.contractFte = q.value(4).toDouble();
    return o;
}

QStringList placementSchoolsOn(Database &db, const QUuid &officerId, const QDate &date)
{
    QStringList out;
    for (const Placement &p : placements(db, officerId)) {
        if (p.activeOn(date) && !out.contains(p.vestiging))
            out << p.vestiging;
    }
    return out;
}

QString schoolName(Database &db, const QString &vestiging)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT name FROM schools WHERE vestiging = ?"));
    q.addBindValue(vestiging);
    return q.exec() && q.next() ? q.value(0).toString() : vestiging;
}

WriteResult append(Database &db, FamilyContact c, const QDate &today)
{
    // The repository checks the core rules (placement on the date, structured fields) and writes the
    // row and its outbox entry in one transaction; nothing of the contact is logged.
    FamilyContactRepository repository(db);
    if (c.withdrawn)
        return repository.withdraw(c.supersedes);
    if (!c.supersedes.isNull())
        return repository.correct(c.supersedes, c, today);
    return repository.record(c, today);
}

} // namespace verrijkt::contactrecords
