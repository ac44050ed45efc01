#include "schoolregistry.h"

#include "database.h"
#include "editablerows.h"
#include "sqlvalues.h"
#include "storagelog.h"

#include <QSqlQuery>

namespace verrijkt {

namespace {

const EditableTable kSchools{
    QStringLiteral("schools"), QStringLiteral("school"), {QStringLiteral("vestiging")}};
const EditableTable kMunicipalities{
    QStringLiteral("municipalities"), QStringLiteral("municipality"), {QStringLiteral("code")}};
const EditableTable kWaveZero{
    QStringLiteral("wave_zero"), QStringLiteral("wave_zero"), {QStringLiteral("vestiging")}};

const QString kSchoolColumns =
    QStringLiteral("vestiging, brin, name, school_type, denomination, municipality_code, "
                   "postcode, city, pupils, lat, lon, active");

SchoolLocation schoolFrom(const QSqlQuery &q)
{
    SchoolLocation s;
    s.vestiging = q.value(0).toString();
    s.brin = q.value(1).toString();
    s.name = q.value(2).toString();
    s.type = schoolTypeFromKey(q.value(3).toString()).value_or(SchoolType::Bao);
    s.denomination = q.value(4).toString();
    s.municipalityCode = q.value(5).toString();
    s.postcode = q.value(6).toString();
    s.city = q.value(7).toString();
    if (!q.value(8).isNull())
        s.pupils = q.value(8).toInt();
    s.lat = q.value(9).toDouble();
    s.lon = q.value(10).toDouble();
    s.active = q.value(11).toInt() != 0;
    return s;
}

ColumnValues schoolColumns(const SchoolLocation &s)
{
    return {{QStringLiteral("vestiging"), s.vestiging},
            {QStringLiteral("brin"), s.brin},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("school_type"), schoolTypeKey(s.type)},
            {QStringLiteral("denomination"), textValue(s.denomination)},
            {QStringLiteral("municipality_code"), s.municipalityCode},
            {QStringLiteral("postcode"), textValue(s.postcode)},
            {QStringLiteral("city"), textValue(s.city)},
            {QStringLiteral("pupils"), s.pupils ? QVariant(*s.pupils) : QVariant()},
            {QStringLiteral("lat"), s.lat},
            {QStringLiteral("lon"), s.lon},
            {QStringLiteral("active"), s.active}};
}

} // namespace

QList<SchoolLocation> SchoolRegistry::select(const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM schools WHERE deleted = 0 %2 ORDER BY vestiging")
                  .arg(kSchoolColumns, where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QList<SchoolLocation> out;
    QString error;
    if (!sqlvalues::exec(q, &error)) {
        qCWarning(lcStorage) << "reading schools failed:" << error;
        return out;
    }
    while (q.next())
        out.append(schoolFrom(q));
    return out;
}

std::optional<SchoolLocation> SchoolRegistry::get(const QString &vestiging) const
{
    const QList<SchoolLocation> found = select(QStringLiteral("AND vestiging = ?"), {vestiging});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<SchoolLocation> SchoolRegistry::all(bool activeOnly) const
{
    return select(activeOnly ? QStringLiteral("AND active = 1") : QString(), {});
}

QList<SchoolLocation> SchoolRegistry::byMunicipality(const QString &code, bool activeOnly) const
{
    return select(activeOnly ? QStringLiteral("AND municipality_code = ? AND active = 1")
                             : QStringLiteral("AND municipality_code = ?"),
                  {code});
}

WriteResult SchoolRegistry::upsert(const SchoolLocation &school)
{
    ValidationErrors errors = validate(school);
    if (isMunicipalityCode(school.municipalityCode) && !municipality(school.municipalityCode))
        errors << ValidationError{QStringLiteral("municipality_code"),
                                  QStringLiteral("school.municipality.unknown"),
                                  {{QStringLiteral("value"), school.municipalityCode}}};
    if (!errors.isEmpty())
        return WriteResult::invalid(errors);
    return writeInTransaction(m_db, [&] { return upsertEditable(m_db, kSchools, schoolColumns(school)); });
}

std::optional<Municipality> SchoolRegistry::municipality(const QString &code) const
{
    for (const Municipality &m : municipalities()) {
        if (m.code == code)
            return m;
    }
    return std::nullopt;
}

QList<Municipality> SchoolRegistry::municipalities() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QList<Municipality> out;
    if (!q.exec(QStringLiteral(
            "SELECT code, name, province, population FROM municipalities WHERE deleted = 0 ORDER BY code")))
        return out;
    while (q.next())
        out.append(Municipality{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toInt()});
    return out;
}

WriteResult SchoolRegistry::upsertMunicipality(const Municipality &m)
{
    const ValidationErrors errors = validate(m);
    if (!errors.isEmpty())
        return WriteResult::invalid(errors);
    const ColumnValues values = {{QStringLiteral("code"), m.code},
                                 {QStringLiteral("name"), m.name},
                                 {QStringLiteral("province"), textValue(m.province)},
                                 {QStringLiteral("population"), m.population}};
    return writeInTransaction(m_db, [&] { return upsertEditable(m_db, kMunicipalities, values); });
}

QList<WaveZeroSchool> SchoolRegistry::waveZeroSchools() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QList<WaveZeroSchool> out;
    if (!q.exec(QStringLiteral(
            "SELECT vestiging, source_url FROM wave_zero WHERE deleted = 0 ORDER BY vestiging")))
        return out;
    while (q.next())
        out.append(WaveZeroSchool{q.value(0).toString(), q.value(1).toString()});
    return out;
}

QSet<QString> SchoolRegistry::waveZero() const
{
    QSet<QString> out;
    for (const WaveZeroSchool &w : waveZeroSchools())
        out.insert(w.vestiging);
    return out;
}

WriteResult SchoolRegistry::upsertWaveZero(const WaveZeroSchool &school)
{
    if (!get(school.vestiging))
        return WriteResult::invalid(QStringLiteral("vestiging"), QStringLiteral("school.unknown"),
                                    {{QStringLiteral("value"), school.vestiging}});
    const ColumnValues values = {{QStringLiteral("vestiging"), school.vestiging},
                                 {QStringLiteral("source_url"), textValue(school.sourceUrl)}};
    return writeInTransaction(m_db, [&] { return upsertEditable(m_db, kWaveZero, values); });
}

WriteResult SchoolRegistry::removeWaveZero(const QString &vestiging)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM wave_zero WHERE vestiging = ?"));
    q.addBindValue(vestiging);
    if (!q.exec() || !q.next())
        return WriteResult::invalid(QStringLiteral("vestiging"), QStringLiteral("school.unknown"),
                                    {{QStringLiteral("value"), vestiging}});
    const QUuid id = sqlvalues::toUuid(q.value(0));
    q.finish();
    return writeInTransaction(m_db, [&] { return tombstoneEditable(m_db, kWaveZero, id); });
}

} // namespace verrijkt
