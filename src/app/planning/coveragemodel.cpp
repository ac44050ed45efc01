#include "coveragemodel.h"

#include "core/regionsummary.h"
#include "shell/languagewatch.h"

#include <QLocale>

namespace verrijkt {

namespace {
using Unit = FigureTable::Unit;

QVariantList rowOf(const CoverageCounts &c, const QString &label)
{
    return {label,     c.locations, c.tvt,  c.tvtSixHours,        c.officer,
            c.library, c.allThree,  c.none, c.percent(c.allThree)};
}
} // namespace

CoverageModel::CoverageModel(QObject *parent) : QObject(parent)
{
    auto *watch = new LanguageWatch(this);
    // Queued: the language change is announced before the new locale is set (numbers, dates).
    connect(watch, &LanguageWatch::changed, this, &CoverageModel::recompute, Qt::QueuedConnection);
    recompute();
}

void CoverageModel::setStore(PlanningStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &PlanningStore::dataChanged, this, &CoverageModel::recompute);
    emit storeChanged();
    recompute();
}

void CoverageModel::setSchoolYear(int startYear)
{
    if (startYear == m_year.startYear() || startYear < kFirstRolloutYear.startYear() - 1 ||
        startYear > kStructuralYear.startYear())
        return;
    m_year = SchoolYear(startYear);
    emit schoolYearChanged();
    recompute();
}

void CoverageModel::setPlanName(const QString &name)
{
    if (name == m_planName)
        return;
    m_planName = name;
    emit planNameChanged();
    recompute();
}

void CoverageModel::recompute()
{
    CoverageInput in;
    if (m_store) {
        const PlanningData &d = m_store->data();
        in.municipalities = d.municipalities;
        in.schools = d.schools;
        in.plan = d.plans.value(m_planName);
        in.participations = d.participations;
        in.placements = d.placements;
        in.library = d.library;
    }
    m_matrix = computeCoverage(in, m_year, fteReferenceDate(m_year));
    QList<QVariantList> rows;
    for (const CoverageCounts &c : std::as_const(m_matrix.municipalities))
        rows << rowOf(c, c.name);
    rows << rowOf(m_matrix.region, tr("Region"));
    m_table.setContent({{tr("Municipality"), Unit::Label},
                        {tr("Locations"), Unit::Count},
                        {tr("Tijd voor Toekomst"), Unit::Count},
                        {tr("of which 6 h"), Unit::Count},
                        {tr("Bridge officer"), Unit::Count},
                        {tr("Bibliotheek op school"), Unit::Count},
                        {tr("All three"), Unit::Count},
                        {tr("None"), Unit::Count},
                        {tr("All three (%)"), Unit::Percent}},
                       rows);
    emit computed();
}

QString CoverageModel::summary() const
{
    const CoverageCounts &r = m_matrix.region;
    return tr("%1: of %2 locations %3 have Tijd voor Toekomst (%4), %5 a bridge officer (%6), %7 "
              "Bibliotheek op school (%8); %9 all three.")
        .arg(m_year.label(), QLocale().toString(r.locations), QLocale().toString(r.tvt),
             FigureTable::format(r.percent(r.tvt), Unit::Percent), QLocale().toString(r.officer),
             FigureTable::format(r.percent(r.officer), Unit::Percent), QLocale().toString(r.library),
             FigureTable::format(r.percent(r.library), Unit::Percent), QLocale().toString(r.allThree));
}

QString CoverageModel::basis() const
{
    if (m_matrix.tierSource == TierSource::Plan)
        return tr("No participations recorded for %1 yet: Tijd voor Toekomst follows plan '%2'. Bridge "
                  "officers are counted on %3.")
            .arg(m_year.label(), m_planName, QLocale().toString(m_matrix.referenceDate, QLocale::LongFormat));
    return tr("Tijd voor Toekomst from the recorded participations of %1; bridge officers counted on %2.")
        .arg(m_year.label(), QLocale().toString(m_matrix.referenceDate, QLocale::LongFormat));
}

} // namespace verrijkt
