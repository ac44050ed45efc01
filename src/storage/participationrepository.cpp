#include "participationrepository.h"

#include "database.h"
#include "editablerows.h"
#include "schoolregistry.h"
#include "sqlvalues.h"
#include "storagelog.h"

#include <QSqlQuery>

namespace verrijkt {

namespace {

const EditableTable kParticipations{QStringLiteral("participations"),
                                    QStringLiteral("participation"),
                                    {QStringLiteral("vestiging"), QStringLiteral("school_year")}};

} // namespace

QList<Participation> ParticipationRepository::select(const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, hlc, vestiging, school_year, tier, start_date, pupils_reached "
                             "FROM participations WHERE deleted = 0 %1 ORDER BY vestiging, school_year")
                  .arg(where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QList<Participation> out;
    QString err;
    if (!sqlvalues::exec(q, &err)) {
        qCWarning(lcStorage) << "reading participations failed:" << err;
        return out;
    }
    while (q.next()) {
        Participation p;
        p.meta.id = sqlvalues::toUuid(q.value(0));
        p.meta.hlc = q.value(1).toString();
        p.vestiging = q.value(2).toString();
        p.schoolYear = SchoolYear(q.value(3).toInt());
        p.tier = tierFromKey(q.value(4).toString()).value_or(Tier::None);
        p.startDate = sqlvalues::toDate(q.value(5));
        p.pupilsReached = q.value(6).toInt();
        out.append(p);
    }
    return out;
}

std::optional<Participation> ParticipationRepository::get(const QString &vestiging,
                                                          const SchoolYear &year) const
{
    const auto found =
        select(QStringLiteral("AND vestiging = ? AND school_year = ?"), {vestiging, year.startYear()});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Participation> ParticipationRepository::forYear(const SchoolYear &year) const
{
    return select(QStringLiteral("AND school_year = ?"), {year.startYear()});
}

QList<Participation> ParticipationRepository::forSchool(const QString &vestiging) const
{
    return select(QStringLiteral("AND vestiging = ?"), {vestiging});
}

WriteResult ParticipationRepository::save(const Participation &p)
{
    const auto school = SchoolRegistry(m_db).get(p.vestiging);
    if (!school)
        return WriteResult::invalid(QStringLiteral("vestiging"), QStringLiteral("school.unknown"),
                                    {{QStringLiteral("value"), p.vestiging}});
    const ValidationErrors errors = validate(p, *school);
    if (!errors.isEmpty())
        return WriteResult::invalid(errors);
    const ColumnValues values = {{QStringLiteral("vestiging"), p.vestiging},
                                 {QStringLiteral("school_year"), p.schoolYear.startYear()},
                                 {QStringLiteral("tier"), tierKey(p.tier)},
                                 {QStringLiteral("start_date"), sqlvalues::fromDate(p.startDate)},
                                 {QStringLiteral("pupils_reached"), p.pupilsReached}};
    return writeInTransaction(m_db, [&] { return upsertEditable(m_db, kParticipations, values, p.meta.id); });
}

WriteResult ParticipationRepository::remove(const QString &vestiging, const SchoolYear &year)
{
    const auto existing = get(vestiging, year);
    if (!existing)
        return WriteResult::invalid(
            QStringLiteral("vestiging"), QStringLiteral("participation.unknown"),
            {{QStringLiteral("value"), vestiging}, {QStringLiteral("school_year"), year.label()}});
    return writeInTransaction(m_db,
                              [&] { return tombstoneEditable(m_db, kParticipations, existing->meta.id); });
}

} // namespace verrijkt
