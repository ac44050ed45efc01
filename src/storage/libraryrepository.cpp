#include "libraryrepository.h"

#include "database.h"
#include "editablerows.h"
#include "schoolregistry.h"
#include "sqlvalues.h"
#include "storagelog.h"

#include <QSqlQuery>

namespace verrijkt {

namespace {

const EditableTable kLibrary{QStringLiteral("library_participations"),
                             QStringLiteral("library_participation"),
                             {QStringLiteral("vestiging"), QStringLiteral("school_year")}};

} // namespace

QList<LibraryParticipation> LibraryRepository::select(const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, hlc, vestiging, school_year, status, library_organisation, "
                       "consultant_hours, collection_present, reading_plan_adopted, monitor_done "
                       "FROM library_participations WHERE deleted = 0 %1 ORDER BY vestiging, school_year")
            .arg(where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QList<LibraryParticipation> out;
    QString err;
    if (!sqlvalues::exec(q, &err)) {
        qCWarning(lcStorage) << "reading library participations failed:" << err;
        return out;
    }
    while (q.next()) {
        LibraryParticipation p;
        p.meta.id = sqlvalues::toUuid(q.value(0));
        p.meta.hlc = q.value(1).toString();
        p.vestiging = q.value(2).toString();
        p.schoolYear = SchoolYear(q.value(3).toInt());
        p.status = libraryStatusFromKey(q.value(4).toString()).value_or(LibraryStatus::None);
        p.libraryOrganisation = q.value(5).toString();
        p.consultantHoursPerWeek = q.value(6).toDouble();
        p.collectionPresent = q.value(7).toInt() != 0;
        p.readingPlanAdopted = q.value(8).toInt() != 0;
        p.monitorDone = q.value(9).toInt() != 0;
        out.append(p);
    }
    return out;
}

std::optional<LibraryParticipation> LibraryRepository::get(const QString &vestiging,
                                                           const SchoolYear &year) const
{
    const auto found =
        select(QStringLiteral("AND vestiging = ? AND school_year = ?"), {vestiging, year.startYear()});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<LibraryParticipation> LibraryRepository::forYear(const SchoolYear &year) const
{
    return select(QStringLiteral("AND school_year = ?"), {year.startYear()});
}

WriteResult LibraryRepository::save(const LibraryParticipation &p)
{
    ValidationErrors errors = validate(p);
    if (!SchoolRegistry(m_db).get(p.vestiging))
        errors.prepend(ValidationError{QStringLiteral("vestiging"),
                                       QStringLiteral("school.unknown"),
                                       {{QStringLiteral("value"), p.vestiging}}});
    if (!errors.isEmpty())
        return WriteResult::invalid(errors);
    const ColumnValues values = {{QStringLiteral("vestiging"), p.vestiging},
                                 {QStringLiteral("school_year"), p.schoolYear.startYear()},
                                 {QStringLiteral("status"), libraryStatusKey(p.status)},
                                 {QStringLiteral("library_organisation"), textValue(p.libraryOrganisation)},
                                 {QStringLiteral("consultant_hours"), p.consultantHoursPerWeek},
                                 {QStringLiteral("collection_present"), p.collectionPresent},
                                 {QStringLiteral("reading_plan_adopted"), p.readingPlanAdopted},
                                 {QStringLiteral("monitor_done"), p.monitorDone}};
    return writeInTransaction(m_db, [&] { return upsertEditable(m_db, kLibrary, values, p.meta.id); });
}

} // namespace verrijkt
