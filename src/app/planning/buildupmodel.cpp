#include "buildupmodel.h"

#include "shell/languagewatch.h"

#include <QLocale>
#include <algorithm>

namespace verrijkt {

namespace {
using Unit = FigureTable::Unit;
constexpr double kMillion = 1.0e6;
} // namespace

BuildUpModel::BuildUpModel(QObject *parent)
    : QObject(parent), m_without({"rank", "name", "municipality", "pupils", "need", "vestiging"})
{
    auto *watch = new LanguageWatch(this);
    // Queued: the language change is announced before the new locale is set (numbers, dates).
    connect(watch, &LanguageWatch::changed, this, &BuildUpModel::recompute, Qt::QueuedConnection);
    recompute();
}

void BuildUpModel::setStore(PlanningStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &PlanningStore::dataChanged, this, &BuildUpModel::recompute);
        connect(m_store, &PlanningStore::todayChanged, this, &BuildUpModel::recompute);
    }
    emit storeChanged();
    recompute();
}

void BuildUpModel::setNeedSource(NeedSource *source)
{
    if (m_needSource == source)
        return;
    if (m_needSource)
        disconnect(m_needSource, nullptr, this, nullptr);
    m_needSource = source;
    if (m_needSource)
        connect(m_needSource, &NeedSource::changed, this, &BuildUpModel::recompute);
    emit needSourceChanged();
    recompute();
}

void BuildUpModel::recompute()
{
    const QLocale locale;
    const BridgeOfficerTarget target;
    const QDate today = m_store ? m_store->today() : QDate::currentDate();
    // The four build-up years, and on to this school year if it lies beyond them.
    const SchoolYear first = target.firstYear;
    const SchoolYear last = std::max(SchoolYear(first.startYear() + int(target.fteByYear.size()) - 1),
                                     std::min(SchoolYear::containing(today), kStructuralYear));
    const QList<Placement> placements = m_store ? m_store->data().placements : QList<Placement>();
    m_buildUp = computeBuildUp(placements, target, first, last);

    QList<QVariantList> monthRows;
    for (const BuildUpMonth &m : std::as_const(m_buildUp.months))
        monthRows.append({locale.toString(m.month, QStringLiteral("MMM yyyy")), m.placedFte, m.targetFte,
                          m.openVacancies()});
    m_months.setContent({{tr("Month"), Unit::Label},
                         {tr("Placed FTE"), Unit::Fte},
                         {tr("Target FTE"), Unit::Fte},
                         {tr("Open vacancies (FTE)"), Unit::Fte}},
                        monthRows);

    QList<QVariantList> yearRows;
    for (const BuildUpYear &y : std::as_const(m_buildUp.years))
        yearRows.append(
            {y.year.label(), y.averagePlacedFte, y.targetFte, y.cost / kMillion, y.policyBudget / kMillion});
    m_years.setContent({{tr("School year"), Unit::Label},
                        {tr("Average placed FTE"), Unit::Fte},
                        {tr("Target FTE"), Unit::Fte},
                        {tr("Cost"), Unit::MillionEuro},
                        {tr("Policy budget"), Unit::MillionEuro}},
                       yearRows);

    const NeedIndicator need = m_needSource && m_needSource->ready() ? m_needSource->need() : NeedIndicator();
    QList<QVariantList> rows;
    if (m_store) {
        const PlanningData &d = m_store->data();
        QHash<QString, QString> municipalityNames;
        for (const Municipality &m : d.municipalities)
            municipalityNames.insert(m.code, m.name);
        for (const SchoolWithoutOfficer &s : schoolsWithoutOfficer(d.schools, d.placements, today, need))
            rows.append({s.rank, s.name, municipalityNames.value(s.municipalityCode, s.municipalityCode),
                         s.pupils, s.need ? locale.toString(*s.need, 'f', 1) : QStringLiteral("-"),
                         s.vestiging});
    }
    m_without.setRows(rows);

    // The month that contains today, else the last one measured.
    const BuildUpMonth *now = nullptr;
    for (const BuildUpMonth &m : std::as_const(m_buildUp.months)) {
        if (m.month <= today)
            now = &m;
    }
    m_summary = now ? tr("%1 of %2 FTE placed on %3; %4 FTE open; %5 schools without a bridge officer.")
                          .arg(FigureTable::format(now->placedFte, Unit::Fte),
                               FigureTable::format(now->targetFte, Unit::Fte),
                               locale.toString(now->month, QLocale::LongFormat),
                               FigureTable::format(now->openVacancies(), Unit::Fte))
                          .arg(rows.size())
                    : tr("The build-up starts on 1 August 2026; %1 schools without a bridge officer.")
                          .arg(rows.size());
    emit computed();
}

} // namespace verrijkt
