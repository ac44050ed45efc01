#include "familycontactrepository.h"

#include "appendonlyrows.h"
#include "bridgeofficerrepository.h"
#include "core/uuid7.h"
#include "database.h"
#include "editablerows.h"
#include "sqlvalues.h"
#include "storagelog.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace verrijkt {

namespace {

const QString kTable = QStringLiteral("family_contacts");
const QString kEntity = QStringLiteral("family_contact");
const QStringList kColumns = {
    QStringLiteral("id"),           QStringLiteral("hlc"),        QStringLiteral("officer_id"),
    QStringLiteral("vestiging"),    QStringLiteral("date"),       QStringLiteral("family_code"),
    QStringLiteral("initiated_by"), QStringLiteral("form"),       QStringLiteral("topics"),
    QStringLiteral("support"),      QStringLiteral("referral"),   QStringLiteral("duration_minutes"),
    QStringLiteral("follow_up"),    QStringLiteral("supersedes"), QStringLiteral("withdrawn")};

QString insertSql()
{
    QStringList marks;
    for (int i = 0; i < kColumns.size(); ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(kTable, kColumns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
}

// Lists are stored like they travel: a JSON array of stable keys.
template <typename T> QString keyList(const QList<T> &values, QString (*key)(T))
{
    QJsonArray array;
    for (T v : values)
        array.append(key(v));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

template <typename T> QList<T> fromKeyList(const QString &json, std::optional<T> (*fromKey)(const QString &))
{
    QList<T> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        if (const auto value = fromKey(v.toString()))
            out.append(*value);
    }
    return out;
}

void bind(QSqlQuery &q, const FamilyContact &c)
{
    q.bindValue(0, sqlvalues::fromUuid(c.meta.id));
    q.bindValue(1, c.meta.hlc);
    q.bindValue(2, sqlvalues::fromUuid(c.officerId));
    q.bindValue(3, c.vestiging);
    q.bindValue(4, sqlvalues::fromDate(c.date));
    q.bindValue(5, c.familyCode);
    q.bindValue(6, contactInitiatorKey(c.initiatedBy));
    q.bindValue(7, contactFormKey(c.form));
    q.bindValue(8, keyList(c.topics, &contactTopicKey));
    q.bindValue(9, keyList(c.support, &supportGivenKey));
    q.bindValue(10, referralTargetKey(c.referral));
    q.bindValue(11, c.durationMinutes);
    q.bindValue(12, sqlvalues::fromDate(c.followUp));
    q.bindValue(13, sqlvalues::fromUuid(c.supersedes));
    q.bindValue(14, c.withdrawn ? 1 : 0);
}

FamilyContact contactFrom(const QSqlQuery &q)
{
    FamilyContact c;
    c.meta.id = sqlvalues::toUuid(q.value(0));
    c.meta.hlc = q.value(1).toString();
    c.officerId = sqlvalues::toUuid(q.value(2));
    c.vestiging = q.value(3).toString();
    c.date = sqlvalues::toDate(q.value(4));
    c.familyCode = q.value(5).toString();
    c.initiatedBy = contactInitiatorFromKey(q.value(6).toString()).value_or(ContactInitiator::Parent);
    c.form = contactFormFromKey(q.value(7).toString()).value_or(ContactForm::TalkAtSchool);
    c.topics = fromKeyList(q.value(8).toString(), &contactTopicFromKey);
    c.support = fromKeyList(q.value(9).toString(), &supportGivenFromKey);
    c.referral = referralTargetFromKey(q.value(10).toString()).value_or(ReferralTarget::None);
    c.durationMinutes = q.value(11).toInt();
    c.followUp = sqlvalues::toDate(q.value(12));
    c.supersedes = sqlvalues::toUuid(q.value(13));
    c.withdrawn = q.value(14).toInt() != 0;
    c.meta.deleted = q.value(15).toInt() != 0;
    return c;
}

ValidationError unknownOfficer()
{
    return ValidationError{QStringLiteral("officerId"), QStringLiteral("officer.unknown"), {}};
}

} // namespace

QList<FamilyContact> FamilyContactRepository::select(const QString &where, const QVariantList &binds,
                                                     bool ordered) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, deleted FROM %2 WHERE %3%4")
                  .arg(kColumns.join(QStringLiteral(", ")), kTable, where,
                       ordered ? QStringLiteral(" ORDER BY hlc, id") : QString()));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QList<FamilyContact> out;
    QString err;
    if (!sqlvalues::exec(q, &err)) {
        qCWarning(lcStorage) << "reading family contacts failed:" << err;
        return out;
    }
    while (q.next())
        out.append(contactFrom(q));
    return out;
}

WriteResult FamilyContactRepository::insert(FamilyContact c)
{
    return writeInTransaction(m_db, [&]() -> WriteResult {
        if (c.meta.id.isNull())
            c.meta.id = createUuidV7();
        const HlcTimestamp hlc = m_db.stamp();
        c.meta.hlc = hlc.toString();
        QSqlQuery q(m_db.connection());
        q.prepare(insertSql());
        bind(q, c);
        QString err;
        if (!sqlvalues::exec(q, &err) ||
            !m_db.notifyWrite({kEntity, c.meta.id, kColumns.mid(2), hlc, true}, &err))
            return WriteResult::failed(err);
        return WriteResult::written(c.meta.id);
    });
}

WriteResult FamilyContactRepository::record(const FamilyContact &c, const QDate &today)
{
    BridgeOfficerRepository officers(m_db);
    if (!officers.officer(c.officerId))
        return WriteResult::invalid({unknownOfficer()});
    ValidationErrors errors = validate(c, officers.placementSchoolsOn(c.officerId, c.date), today);
    if (!c.supersedes.isNull() || c.withdrawn)
        errors << ValidationError{
            QStringLiteral("supersedes"), QStringLiteral("contact.record.is_correction"), {}};
    if (!c.meta.id.isNull() && rowExists(m_db, kTable, c.meta.id))
        errors << ValidationError{QStringLiteral("id"), QStringLiteral("contact.id.exists"), {}};
    if (!errors.isEmpty())
        return WriteResult::invalid(errors);
    return insert(c);
}

WriteResult FamilyContactRepository::correct(const QUuid &previous, const FamilyContact &corrected,
                                             const QDate &today)
{
    ValidationErrors errors = checkSupersedable(m_db, kTable, QStringLiteral("contact"), previous);
    const auto old = get(previous);
    if (old && old->officerId != corrected.officerId)
        errors << ValidationError{
            QStringLiteral("officerId"), QStringLiteral("contact.correction.officer_changed"), {}};
    BridgeOfficerRepository officers(m_db);
    if (!officers.officer(corrected.officerId))
        errors << unknownOfficer();
    else
        errors << validate(corrected, officers.placementSchoolsOn(corrected.officerId, corrected.date),
                           today);
    if (!errors.isEmpty())
        return WriteResult::invalid(errors);
    FamilyContact row = corrected;
    row.meta = {};
    row.supersedes = previous;
    row.withdrawn = false;
    return insert(row);
}

WriteResult FamilyContactRepository::withdraw(const QUuid &previous)
{
    const ValidationErrors errors = checkSupersedable(m_db, kTable, QStringLiteral("contact"), previous);
    if (!errors.isEmpty())
        return WriteResult::invalid(errors);
    FamilyContact row = *get(previous);
    row.meta = {};
    row.supersedes = previous;
    row.withdrawn = true;
    return insert(row);
}

std::optional<FamilyContact> FamilyContactRepository::get(const QUuid &id) const
{
    const auto found = select(QStringLiteral("id = ?"), {sqlvalues::fromUuid(id)});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<FamilyContact> FamilyContactRepository::contactsOfOfficer(const QUuid &officerId) const
{
    // Chains stay with one officer (corrections keep the officer), so the officer's rows resolve them.
    QList<FamilyContact> out = currentContacts(history(officerId));
    std::stable_sort(out.begin(), out.end(),
                     [](const FamilyContact &a, const FamilyContact &b) { return a.date < b.date; });
    return out;
}

QList<FamilyContact> FamilyContactRepository::history(const QUuid &officerId) const
{
    return select(QStringLiteral("officer_id = ?"), {sqlvalues::fromUuid(officerId)});
}

QList<FamilyContact> FamilyContactRepository::currentContactsInYear(const SchoolYear &year) const
{
    // As EnrichmentSessionRepository::currentSessionsInYear: the year's rows plus every chain row.
    const QList<FamilyContact> rows = select(
        QStringLiteral("date BETWEEN ? AND ? OR supersedes IS NOT NULL OR id IN (SELECT supersedes FROM "
                       "family_contacts WHERE supersedes IS NOT NULL)"),
        {sqlvalues::fromDate(year.firstDay()), sqlvalues::fromDate(year.lastDay())}, false);
    QList<FamilyContact> out;
    for (const FamilyContact &c : currentContacts(rows)) {
        if (year.contains(c.date))
            out.append(c);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const FamilyContact &a, const FamilyContact &b) { return a.date < b.date; });
    return out;
}

qint64 FamilyContactRepository::count() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(kTable)) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

BulkResult FamilyContactRepository::bulkInsert(const QList<FamilyContact> &contacts, const QDate &today,
                                               int batchSize)
{
    BulkResult result;
    BridgeOfficerRepository officers(m_db);
    QSet<QUuid> knownOfficers;
    for (const BridgeOfficer &o : officers.officers())
        knownOfficers.insert(o.meta.id);
    QHash<QUuid, QList<Placement>> placementsByOfficer;
    for (const Placement &p : officers.allPlacements())
        placementsByOfficer[p.officerId].append(p);

    QSet<QUuid> ids;
    for (int i = 0; i < contacts.size(); ++i) {
        const FamilyContact &c = contacts[i];
        ValidationErrors errors;
        if (!knownOfficers.contains(c.officerId)) {
            errors << unknownOfficer();
        } else {
            QStringList schools;
            for (const Placement &p : placementsByOfficer.value(c.officerId)) {
                if (p.activeOn(c.date))
                    schools << p.vestiging;
            }
            errors << validate(c, schools, today);
        }
        if (!c.supersedes.isNull() && !ids.contains(c.supersedes) && !rowExists(m_db, kTable, c.supersedes))
            errors << ValidationError{
                QStringLiteral("supersedes"), QStringLiteral("contact.supersedes.unknown"), {}};
        if (!c.meta.id.isNull())
            ids.insert(c.meta.id);
        if (!errors.isEmpty()) {
            result.firstInvalid = i;
            result.errors = errors;
            return result;
        }
    }

    QSqlQuery q(m_db.connection());
    q.prepare(insertSql());
    for (int start = 0; start < contacts.size(); start += batchSize) {
        Transaction tx(m_db);
        const int end = std::min<int>(start + batchSize, contacts.size());
        QString err;
        bool ok = tx.ok();
        for (int i = start; ok && i < end; ++i) {
            FamilyContact c = contacts[i];
            if (c.meta.id.isNull())
                c.meta.id = createUuidV7();
            const HlcTimestamp hlc = m_db.stamp();
            c.meta.hlc = hlc.toString();
            bind(q, c);
            ok = sqlvalues::exec(q, &err) &&
                 m_db.notifyWrite({kEntity, c.meta.id, kColumns.mid(2), hlc, true}, &err);
        }
        if (!ok || !tx.commit()) {
            // The driver's message names constraints, never the row's values.
            result.storageError = err.isEmpty() ? tx.error() : err;
            qCWarning(lcStorage) << "bulk insert of family contacts stopped after" << result.written
                                 << "rows";
            return result;
        }
        result.written += end - start;
    }
    qCInfo(lcStorage) << "bulk inserted" << result.written << "family contacts";
    return result;
}

} // namespace verrijkt
