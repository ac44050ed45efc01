#include "bridgeofficerrepository.h"

#include "database.h"
#include "editablerows.h"
#include "schoolregistry.h"
#include "sqlvalues.h"
#include "storagelog.h"

#include <QSqlQuery>

namespace verrijkt {

namespace {

const EditableTable kOfficers{QStringLiteral("bridge_officers"), QStringLiteral("bridge_officer"), {}};
const EditableTable kPlacements{QStringLiteral("placements"), QStringLiteral("placement"), {}};

ValidationError error(const QString &field, const char *key, const QVariantMap &params = {})
{
    return ValidationError{field, QString::fromLatin1(key), params};
}

void appendUnique(ValidationErrors &errors, const ValidationErrors &more)
{
    for (const ValidationError &e : more) {
        if (!errors.contains(e))
            errors << e;
    }
}

} // namespace

QList<BridgeOfficer> BridgeOfficerRepository::selectOfficers(const QString &where,
                                                             const QVariantList &binds) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, hlc, user_name, display_name, employer, contract_fte FROM bridge_officers "
                       "WHERE deleted = 0 %1 ORDER BY user_name")
            .arg(where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QList<BridgeOfficer> out;
    QString err;
    if (!sqlvalues::exec(q, &err)) {
        qCWarning(lcStorage) << "reading bridge officers failed:" << err;
        return out;
    }
    while (q.next()) {
        BridgeOfficer o;
        o.meta.id = sqlvalues::toUuid(q.value(0));
        o.meta.hlc = q.value(1).toString();
        o.userName = q.value(2).toString();
        o.displayName = q.value(3).toString();
        o.employer = q.value(4).toString();
        o.contractFte = q.value(5).toDouble();
        out.append(o);
    }
    return out;
}

QList<Placement> BridgeOfficerRepository::selectPlacements(const QString &where,
                                                           const QVariantList &binds) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, hlc, officer_id, vestiging, fte, from_date, to_date FROM placements "
                             "WHERE deleted = 0 %1 ORDER BY from_date, vestiging")
                  .arg(where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QList<Placement> out;
    QString err;
    if (!sqlvalues::exec(q, &err)) {
        qCWarning(lcStorage) << "reading placements failed:" << err;
        return out;
    }
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

std::optional<BridgeOfficer> BridgeOfficerRepository::officer(const QUuid &id) const
{
    const auto found = selectOfficers(QStringLiteral("AND id = ?"), {sqlvalues::fromUuid(id)});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<BridgeOfficer> BridgeOfficerRepository::officerByUserName(const QString &userName) const
{
    const auto found = selectOfficers(QStringLiteral("AND user_name = ?"), {userName});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<BridgeOfficer> BridgeOfficerRepository::officers() const
{
    return selectOfficers({}, {});
}

WriteResult BridgeOfficerRepository::saveOfficer(const BridgeOfficer &o)
{
    ValidationErrors errors = validate(o);
    // user_name is unique over all rows, tombstoned ones included.
    QSqlQuery taken(m_db.connection());
    taken.prepare(QStringLiteral("SELECT 1 FROM bridge_officers WHERE user_name = ? AND id IS NOT ?"));
    taken.addBindValue(o.userName);
    taken.addBindValue(sqlvalues::fromUuid(o.meta.id));
    if (taken.exec() && taken.next())
        errors << error(QStringLiteral("userName"), "officer.user_name.taken",
                        {{QStringLiteral("value"), o.userName}});
    taken.finish();
    // A lower contract FTE must still hold every stored placement.
    const QList<Placement> stored = o.meta.id.isNull() ? QList<Placement>() : placements(o.meta.id);
    for (const Placement &p : stored) {
        QList<Placement> others = stored;
        others.removeIf([&](const Placement &x) { return x.meta.id == p.meta.id; });
        for (ValidationError e : validate(p, o, others)) {
            if (e.field == QLatin1String("fte"))
                e.field = QStringLiteral("contractFte");
            appendUnique(errors, {e});
        }
    }
    if (!errors.isEmpty())
        return WriteResult::invalid(errors);
    const ColumnValues values = {{QStringLiteral("user_name"), o.userName},
                                 {QStringLiteral("display_name"), textValue(o.displayName)},
                                 {QStringLiteral("employer"), textValue(o.employer)},
                                 {QStringLiteral("contract_fte"), o.contractFte}};
    return writeInTransaction(m_db, [&] { return upsertEditable(m_db, kOfficers, values, o.meta.id); });
}

std::optional<Placement> BridgeOfficerRepository::placement(const QUuid &id) const
{
    const auto found = selectPlacements(QStringLiteral("AND id = ?"), {sqlvalues::fromUuid(id)});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<Placement> BridgeOfficerRepository::placements(const QUuid &officerId) const
{
    return selectPlacements(QStringLiteral("AND officer_id = ?"), {sqlvalues::fromUuid(officerId)});
}

QList<Placement> BridgeOfficerRepository::placementsAt(const QString &vestiging) const
{
    return selectPlacements(QStringLiteral("AND vestiging = ?"), {vestiging});
}

QList<Placement> BridgeOfficerRepository::allPlacements() const
{
    return selectPlacements({}, {});
}

WriteResult BridgeOfficerRepository::savePlacement(const Placement &p)
{
    const auto owner = officer(p.officerId);
    if (!owner)
        return WriteResult::invalid(QStringLiteral("officerId"), QStringLiteral("officer.unknown"));
    ValidationErrors errors;
    if (!SchoolRegistry(m_db).get(p.vestiging))
        errors << error(QStringLiteral("vestiging"), "school.unknown",
                        {{QStringLiteral("value"), p.vestiging}});
    QList<Placement> others = placements(p.officerId);
    others.removeIf([&](const Placement &x) { return x.meta.id == p.meta.id; });
    errors << validate(p, *owner, others);
    if (!errors.isEmpty())
        return WriteResult::invalid(errors);
    const ColumnValues values = {{QStringLiteral("officer_id"), sqlvalues::fromUuid(p.officerId)},
                                 {QStringLiteral("vestiging"), p.vestiging},
                                 {QStringLiteral("fte"), p.fte},
                                 {QStringLiteral("from_date"), sqlvalues::fromDate(p.from)},
                                 {QStringLiteral("to_date"), sqlvalues::fromDate(p.to)}};
    return writeInTransaction(m_db, [&] { return upsertEditable(m_db, kPlacements, values, p.meta.id); });
}

WriteResult BridgeOfficerRepository::removePlacement(const QUuid &id)
{
    return writeInTransaction(m_db, [&] { return tombstoneEditable(m_db, kPlacements, id); });
}

QStringList BridgeOfficerRepository::placementSchoolsOn(const QUuid &officerId, const QDate &date) const
{
    QStringList schools;
    for (const Placement &p : placements(officerId)) {
        if (p.activeOn(date) && !schools.contains(p.vestiging))
            schools << p.vestiging;
    }
    return schools;
}

} // namespace verrijkt
