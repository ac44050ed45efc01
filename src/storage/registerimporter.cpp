#include "registerimporter.h"

#include "core/csv.h"
#include "database.h"
#include "participationrepository.h"
#include "planrepository.h"
#include "schoolregistry.h"
#include "storagelog.h"

#include <QFile>
#include <QSet>

namespace verrijkt {

namespace {

// Wave-0 schools were already running in 2025-2026, on the 6-hour tier.
constexpr SchoolYear kWaveZeroYear{2025};

void count(ImportReport &report, WriteResult::Change change)
{
    switch (change) {
    case WriteResult::Change::Inserted:
        ++report.added;
        break;
    case WriteResult::Change::Updated:
        ++report.updated;
        break;
    case WriteResult::Change::Unchanged:
    case WriteResult::Change::None:
        ++report.unchanged;
        break;
    }
}

QString describe(const WriteResult &r, const QString &what)
{
    if (!r.storageError.isEmpty())
        return QStringLiteral("%1: %2").arg(what, r.storageError);
    QStringList parts;
    for (const ValidationError &e : r.errors) {
        const QString text = registerImportMessage(e.key, e.params, Language::English);
        parts << QStringLiteral("%1: %2").arg(e.field, text.isEmpty() ? e.message(Language::English) : text);
    }
    return QStringLiteral("%1: %2").arg(what, parts.join(QStringLiteral("; ")));
}

// Without `partial`, a file with any rejected row is refused as a whole.
bool refuseRejected(ImportReport &report, const ImportOptions &options)
{
    if (report.rejections.isEmpty() || options.partial)
        return false;
    report.error =
        QStringLiteral("%1 row(s) rejected; nothing imported (a partial import applies only the good rows)")
            .arg(report.rejectedRows());
    return true;
}

} // namespace

int ImportReport::rejectedRows() const
{
    QSet<int> lines;
    for (const ImportRejection &r : rejections)
        lines.insert(r.line);
    return int(lines.size());
}

bool RegisterImporter::regenerateDefaultPlan(QString *error)
{
    SchoolRegistry registry(m_db);
    const QList<PlanEntry> plan = defaultPlan(registry.all(true), registry.waveZero());
    const WriteResult r = PlanRepository(m_db).replaceDefaultPlan(plan);
    if (!r.ok()) {
        *error = describe(r, QStringLiteral("default plan"));
        return false;
    }
    return true;
}

ImportReport RegisterImporter::importSchools(const QByteArray &csv, const ImportOptions &options)
{
    ImportReport report;
    const SchoolRegisterParse parsed = parseSchoolRegister(parseCsv(csv));
    report.records = parsed.records;
    report.rejections = parsed.rejections;
    report.error = parsed.error;
    if (parsed.malformed() || refuseRejected(report, options))
        return report;

    Transaction tx(m_db);
    if (!tx.ok()) {
        report.error = tx.error();
        return report;
    }
    SchoolRegistry registry(m_db);
    auto fail = [&](const QString &error) {
        report = ImportReport{error, false, report.records, 0, 0, 0, 0, report.rejections};
        return report;
    };
    // The register names each school's municipality; a municipality it introduces is created, one
    // that exists keeps its province and population from municipalities.csv.
    for (const Municipality &m : parsed.municipalities) {
        Municipality merged = registry.municipality(m.code).value_or(m);
        merged.name = m.name;
        const WriteResult r = registry.upsertMunicipality(merged);
        if (!r.ok())
            return fail(describe(r, m.code));
    }
    QSet<QString> present; // a rejected row still names a location that is in the register
    for (const ImportRejection &rejection : parsed.rejections) {
        if (!rejection.key.isEmpty())
            present.insert(rejection.key);
    }
    for (const SchoolLocation &s : parsed.locations) {
        present.insert(s.vestiging);
        const WriteResult r = registry.upsert(s);
        if (!r.ok())
            return fail(describe(r, s.vestiging));
        count(report, r.change);
    }
    for (SchoolLocation s : registry.all()) {
        if (!s.active || present.contains(s.vestiging))
            continue;
        s.active = false;
        const WriteResult r = registry.upsert(s);
        if (!r.ok())
            return fail(describe(r, s.vestiging));
        ++report.deactivated;
    }
    QString error;
    if (!regenerateDefaultPlan(&error) || !tx.commit())
        return fail(error.isEmpty() ? tx.error() : error);
    report.applied = true;
    qCInfo(lcStorage) << "school register imported:" << report.added << "added," << report.updated
                      << "updated," << report.unchanged << "unchanged," << report.deactivated
                      << "deactivated," << report.rejectedRows() << "rejected";
    return report;
}

ImportReport RegisterImporter::importMunicipalities(const QByteArray &csv, const ImportOptions &options)
{
    ImportReport report;
    const MunicipalityParse parsed = parseMunicipalities(parseCsv(csv));
    report.records = parsed.records;
    report.rejections = parsed.rejections;
    report.error = parsed.error;
    if (parsed.malformed() || refuseRejected(report, options))
        return report;

    Transaction tx(m_db);
    SchoolRegistry registry(m_db);
    for (const Municipality &m : parsed.municipalities) {
        const WriteResult r = tx.ok() ? registry.upsertMunicipality(m) : WriteResult::failed(tx.error());
        if (!r.ok()) {
            return ImportReport{describe(r, m.code), false, report.records, 0, 0, 0, 0, report.rejections};
        }
        count(report, r.change);
    }
    QString error;
    if (!regenerateDefaultPlan(&error) || !tx.commit())
        return ImportReport{
            error.isEmpty() ? tx.error() : error, false, report.records, 0, 0, 0, 0, report.rejections};
    report.applied = true;
    qCInfo(lcStorage) << "municipalities imported:" << report.added << "added," << report.updated
                      << "updated," << report.unchanged << "unchanged";
    return report;
}

ImportReport RegisterImporter::importWaveZero(const QByteArray &csv, const ImportOptions &options)
{
    ImportReport report;
    const WaveZeroParse parsed = parseWaveZeroSchools(parseCsv(csv));
    report.records = parsed.records;
    report.rejections = parsed.rejections;
    report.error = parsed.error;
    if (parsed.malformed())
        return report;

    // A wave-0 school must be a location in the register.
    SchoolRegistry registry(m_db);
    QList<WaveZeroSchool> accepted;
    for (int i = 0; i < parsed.schools.size(); ++i) {
        const WaveZeroSchool &w = parsed.schools[i];
        if (registry.get(w.vestiging)) {
            accepted << w;
            continue;
        }
        report.rejections << ImportRejection{parsed.lines[i], w.vestiging,
                                             ValidationError{QStringLiteral("vestiging"),
                                                             QStringLiteral("school.unknown"),
                                                             {{QStringLiteral("value"), w.vestiging}}}};
    }
    std::stable_sort(report.rejections.begin(), report.rejections.end(),
                     [](const ImportRejection &a, const ImportRejection &b) { return a.line < b.line; });
    if (refuseRejected(report, options))
        return report;

    Transaction tx(m_db);
    ParticipationRepository participations(m_db);
    auto fail = [&](const QString &error) {
        return ImportReport{error, false, report.records, 0, 0, 0, 0, report.rejections};
    };
    if (!tx.ok())
        return fail(tx.error());
    QSet<QString> present;
    for (const WaveZeroSchool &w : accepted) {
        present.insert(w.vestiging);
        const WriteResult r = registry.upsertWaveZero(w);
        if (!r.ok())
            return fail(describe(r, w.vestiging));
        count(report, r.change);
        if (participations.get(w.vestiging, kWaveZeroYear))
            continue; // a participation someone already recorded stays as it is
        Participation p;
        p.vestiging = w.vestiging;
        p.schoolYear = kWaveZeroYear;
        p.tier = Tier::SixHours;
        p.startDate = kWaveZeroYear.firstDay();
        p.pupilsReached = registry.get(w.vestiging)->pupils.value_or(0);
        const WriteResult pr = participations.save(p);
        if (!pr.ok())
            return fail(describe(pr, w.vestiging));
    }
    for (const WaveZeroSchool &w : registry.waveZeroSchools()) {
        if (present.contains(w.vestiging))
            continue;
        const WriteResult r = registry.removeWaveZero(w.vestiging);
        if (!r.ok())
            return fail(describe(r, w.vestiging));
        ++report.deactivated;
    }
    QString error;
    if (!regenerateDefaultPlan(&error) || !tx.commit())
        return fail(error.isEmpty() ? tx.error() : error);
    report.applied = true;
    qCInfo(lcStorage) << "wave-0 schools imported:" << report.added << "added," << report.updated
                      << "updated," << report.unchanged << "unchanged," << report.deactivated << "removed";
    return report;
}

ImportReport RegisterImporter::importFile(File kind, const QString &path, const ImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportReport report;
        report.error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return report;
    }
    const QByteArray data = file.readAll();
    switch (kind) {
    case File::Schools:
        return importSchools(data, options);
    case File::Municipalities:
        return importMunicipalities(data, options);
    case File::WaveZero:
        return importWaveZero(data, options);
    }
    return {};
}

} // namespace verrijkt
