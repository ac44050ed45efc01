#include "dashboardmodel.h"

#include "regionalstore.h"
#include "shell/languagewatch.h"

#include <QElapsedTimer>
#include <QLocale>

namespace verrijkt {

namespace {
using Unit = FigureTable::Unit;
constexpr double kMillion = 1.0e6;
} // namespace

DashboardModel::DashboardModel(QObject *parent)
    : QObject(parent), m_year(defaultDashboardYear(QDate::currentDate()))
{
    // Column titles, programme names and the headline sentences are worded in the UI language:
    // republish them when it changes (the figures themselves stay).
    auto *watch = new LanguageWatch(this);
    // Queued: the language change is announced before the new locale is set (numbers, dates).
    connect(
        watch, &LanguageWatch::changed, this,
        [this] {
            publish();
            emit computed();
        },
        Qt::QueuedConnection);
}

void DashboardModel::setStore(RegionalStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &RegionalStore::snapshotChanged, this, &DashboardModel::recompute);
        connect(m_store, &RegionalStore::todayChanged, this, &DashboardModel::recompute);
    }
    recompute();
    emit storeChanged();
}

void DashboardModel::setSchoolYear(int startYear)
{
    const SchoolYear year(startYear);
    const QList<SchoolYear> years = dashboardYears();
    if (year == m_year || year < years.first() || year > years.last())
        return;
    m_year = year;
    emit schoolYearChanged();
    recompute();
}

QStringList DashboardModel::yearLabels() const
{
    QStringList labels;
    for (const SchoolYear &y : dashboardYears())
        labels.append(y.label());
    return labels;
}

int DashboardModel::firstYear() const
{
    return dashboardYears().first().startYear();
}

void DashboardModel::recompute()
{
    QElapsedTimer timer;
    timer.start();
    if (m_store)
        m_figures = computeDashboard(*m_store->snapshot(), m_year, m_store->today());
    else
        m_figures = computeDashboard(RegionalSnapshot(), m_year, QDate::currentDate());
    publish();
    m_lastComputeMs = timer.nsecsElapsed() / 1.0e6;
    emit computed();
}

void DashboardModel::publish()
{
    const DashboardFigures &f = m_figures;

    QList<QVariantList> tierRows;
    for (const TierYearFigures &t : f.tiersByYear)
        tierRows.append(
            {t.year.label(), t.plannedTwoHours, t.plannedSixHours, t.recordedTwoHours, t.recordedSixHours});
    m_tiers.setContent({{tr("School year"), Unit::Label},
                        {tr("Plan 2 h"), Unit::Count},
                        {tr("Plan 6 h"), Unit::Count},
                        {tr("Taking part 2 h"), Unit::Count},
                        {tr("Taking part 6 h"), Unit::Count}},
                       tierRows);

    QList<QVariantList> realisationRows;
    for (const MunicipalityRealisation &m : f.realisation)
        realisationRows.append({m.name, m.schools, m.realisation.entitledPupilHours / 1000.0,
                                m.realisation.deliveredPupilHours / 1000.0, m.realisation.ratio() * 100.0});
    m_realisation.setContent({{tr("Municipality"), Unit::Label},
                              {tr("Schools"), Unit::Count},
                              {tr("Entitled (1,000 pupil-hours)"), Unit::ThousandPupilHours},
                              {tr("Delivered (1,000 pupil-hours)"), Unit::ThousandPupilHours},
                              {tr("Realisation"), Unit::Percent}},
                             realisationRows);

    QList<QVariantList> fteRows;
    for (const FteYearFigures &y : f.fteByYear)
        fteRows.append({y.year.label(), y.targetFte, y.placedFte, y.placedFte - y.targetFte});
    m_fte.setContent({{tr("School year"), Unit::Label},
                      {tr("Target FTE"), Unit::Fte},
                      {tr("Placed FTE (1 Oct)"), Unit::Fte},
                      {tr("Difference"), Unit::Fte}},
                     fteRows);

    QList<QVariantList> libraryRows;
    for (const LibraryCoverage &l : f.library)
        libraryRows.append({l.name, l.locations, l.covered, l.share() * 100.0});
    m_library.setContent({{tr("Municipality"), Unit::Label},
                          {tr("Locations"), Unit::Count},
                          {tr("Covered"), Unit::Count},
                          {tr("Coverage"), Unit::Percent}},
                         libraryRows);

    m_budget.setContent(
        {{tr("Programme"), Unit::Label},
         {tr("Estimate"), Unit::MillionEuro},
         {tr("Policy figure"), Unit::MillionEuro}},
        {{tr("Tijd voor Toekomst"), f.budget.tijdVoorToekomst / kMillion,
          f.policy.tijdVoorToekomst / kMillion},
         {tr("Bridge officers"), f.budget.bridgeOfficers / kMillion, f.policy.bridgeOfficers / kMillion},
         {tr("Bibliotheek op school"), f.budget.bibliotheekOpSchool / kMillion,
          f.policy.bibliotheekOpSchool / kMillion}});
}

QString DashboardModel::realisationText() const
{
    const Realisation &r = m_figures.regionRealisation;
    if (r.entitledPupilHours <= 0)
        return tr("No participations recorded for %1").arg(m_year.label());
    return tr("%1 of entitled pupil-hours delivered")
        .arg(FigureTable::format(r.ratio() * 100.0, Unit::Percent));
}

QString DashboardModel::fteText() const
{
    for (const FteYearFigures &y : m_figures.fteByYear) {
        if (y.year == m_year)
            return tr("%1 of %2 FTE placed on %3")
                .arg(FigureTable::format(y.placedFte, Unit::Fte), FigureTable::format(y.targetFte, Unit::Fte),
                     QLocale().toString(y.referenceDate, QLocale::LongFormat));
    }
    return {};
}

QString DashboardModel::libraryText() const
{
    const int locations = m_figures.locations;
    const double share = locations > 0 ? 100.0 * m_figures.libraryCovered / locations : 0.0;
    return tr("%1 of %2 locations covered (%3)")
        .arg(m_figures.libraryCovered)
        .arg(locations)
        .arg(FigureTable::format(share, Unit::Percent));
}

QString DashboardModel::budgetText() const
{
    return tr("%1 estimated against %2 in the policy")
        .arg(FigureTable::format(m_figures.budget.total() / kMillion, Unit::MillionEuro),
             FigureTable::format(m_figures.policy.total() / kMillion, Unit::MillionEuro));
}

QString DashboardModel::schoolsText() const
{
    for (const TierYearFigures &t : m_figures.tiersByYear) {
        if (t.year == m_year)
            return tr("%n school(s) taking part, %1 in the plan", nullptr, t.recorded()).arg(t.planned());
    }
    return {};
}

QString DashboardModel::basisNote() const
{
    QStringList notes;
    if (m_figures.fteBasis == FteBasis::Target)
        notes << tr("No placements recorded yet: the bridge-officer budget uses the build-up target.");
    if (m_figures.libraryBasis == LibraryBasis::FullRegion)
        notes << tr("No library statuses recorded yet: the library budget assumes every location.");
    return notes.join(QLatin1Char(' '));
}

} // namespace verrijkt
