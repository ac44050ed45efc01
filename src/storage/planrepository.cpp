#include "planrepository.h"

#include "database.h"
#include "editablerows.h"
#include "sqlvalues.h"
#include "storagelog.h"

#include <QSet>
#include <QSqlQuery>

namespace verrijkt {

namespace {

const EditableTable kPlanEntries{QStringLiteral("plan_entries"),
                                 QStringLiteral("plan_entry"),
                                 {QStringLiteral("plan_name"), QStringLiteral("vestiging")}};

ValidationError error(const QString &field, const char *key, const QVariantMap &params = {})
{
    return ValidationError{field, QString::fromLatin1(key), params};
}

} // namespace

QList<PlanEntry> PlanRepository::entries(const QString &planName) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, hlc, plan_name, vestiging, wave, tier FROM plan_entries "
                             "WHERE plan_name = ? AND deleted = 0 ORDER BY vestiging"));
    q.addBindValue(planName);
    QList<PlanEntry> out;
    QString err;
    if (!sqlvalues::exec(q, &err)) {
        qCWarning(lcStorage) << "reading plan failed:" << err;
        return out;
    }
    while (q.next()) {
        PlanEntry e;
        e.meta.id = sqlvalues::toUuid(q.value(0));
        e.meta.hlc = q.value(1).toString();
        e.planName = q.value(2).toString();
        e.vestiging = q.value(3).toString();
        e.wave = q.value(4).toInt();
        e.tier = tierFromKey(q.value(5).toString()).value_or(Tier::None);
        out.append(e);
    }
    return out;
}

QStringList PlanRepository::planNames() const
{
    QSqlQuery q(m_db.connection());
    QStringList names;
    if (q.exec(QStringLiteral(
            "SELECT DISTINCT plan_name FROM plan_entries WHERE deleted = 0 ORDER BY plan_name"))) {
        while (q.next())
            names << q.value(0).toString();
    }
    return names;
}

WriteResult PlanRepository::replaceDefaultPlan(const QList<PlanEntry> &entries)
{
    return replacePlan(QStringLiteral("default"), entries);
}

WriteResult PlanRepository::replacePlan(const QString &planName, const QList<PlanEntry> &planEntries)
{
    ValidationErrors errors;
    if (planName.trimmed().isEmpty())
        errors << error(QStringLiteral("plan_name"), "plan.name.required");
    QSet<QString> known;
    {
        QSqlQuery q(m_db.connection());
        if (q.exec(QStringLiteral("SELECT vestiging FROM schools WHERE deleted = 0"))) {
            while (q.next())
                known.insert(q.value(0).toString());
        }
    }
    QSet<QString> seen;
    for (const PlanEntry &e : planEntries) {
        const QVariantMap value{{QStringLiteral("value"), e.vestiging}};
        if (!known.contains(e.vestiging))
            errors << error(QStringLiteral("vestiging"), "school.unknown", value);
        if (seen.contains(e.vestiging))
            errors << error(QStringLiteral("vestiging"), "plan.vestiging.duplicate", value);
        seen.insert(e.vestiging);
        if (e.wave < 0 || e.wave > kRolloutWaves)
            errors << error(QStringLiteral("wave"), "plan.wave.range",
                            {{QStringLiteral("value"), e.wave},
                             {QStringLiteral("min"), 0},
                             {QStringLiteral("max"), kRolloutWaves}});
        if (e.tier == Tier::None)
            errors << error(QStringLiteral("tier"), "plan.tier.none", value);
    }
    if (!errors.isEmpty())
        return WriteResult::invalid(errors);

    return writeInTransaction(m_db, [&]() -> WriteResult {
        for (const PlanEntry &e : planEntries) {
            const ColumnValues values = {{QStringLiteral("plan_name"), planName},
                                         {QStringLiteral("vestiging"), e.vestiging},
                                         {QStringLiteral("wave"), e.wave},
                                         {QStringLiteral("tier"), tierKey(e.tier)}};
            const WriteResult r = upsertEditable(m_db, kPlanEntries, values, e.meta.id);
            if (!r.ok())
                return r;
        }
        QList<QUuid> dropped;
        QSqlQuery q(m_db.connection());
        q.prepare(
            QStringLiteral("SELECT id, vestiging FROM plan_entries WHERE plan_name = ? AND deleted = 0"));
        q.addBindValue(planName);
        QString err;
        if (!sqlvalues::exec(q, &err))
            return WriteResult::failed(err);
        while (q.next()) {
            if (!seen.contains(q.value(1).toString()))
                dropped << sqlvalues::toUuid(q.value(0));
        }
        q.finish();
        for (const QUuid &id : dropped) {
            const WriteResult r = tombstoneEditable(m_db, kPlanEntries, id);
            if (!r.ok())
                return r;
        }
        return WriteResult::written({}, WriteResult::Change::Updated);
    });
}

} // namespace verrijkt
