#include "scenariocomparison.h"

#include "shell/languagewatch.h"

#include <QLocale>

namespace verrijkt {

namespace {
using Unit = FigureTable::Unit;
constexpr double kMillion = 1.0e6;

QString count(qint64 n)
{
    return QLocale().toString(n);
}
} // namespace

ScenarioComparisonModel::ScenarioComparisonModel(QObject *parent) : QAbstractListModel(parent)
{
    auto *watch = new LanguageWatch(this);
    // Queued: the language change is announced before the new locale is set (numbers, dates).
    connect(watch, &LanguageWatch::changed, this, &ScenarioComparisonModel::recompute, Qt::QueuedConnection);
}

int ScenarioComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_figures.isEmpty() ? 0 : int(m_figures.first().size());
}

QVariant ScenarioComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case YearRole:
        return m_figures.first().at(index.row()).year.label();
    case CellsRole: {
        QVariantList cells;
        for (const QList<ScenarioYearFigures> &years : m_figures)
            cells.append(cell(years.at(index.row())));
        return cells;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ScenarioComparisonModel::roleNames() const
{
    return {{YearRole, "year"}, {CellsRole, "cells"}};
}

void ScenarioComparisonModel::setStore(PlanningStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &PlanningStore::dataChanged, this, &ScenarioComparisonModel::recompute);
    emit storeChanged();
    recompute();
}

void ScenarioComparisonModel::setScenarios(ScenarioListModel *scenarios)
{
    if (m_scenarios == scenarios)
        return;
    if (m_scenarios)
        disconnect(m_scenarios, nullptr, this, nullptr);
    m_scenarios = scenarios;
    if (m_scenarios) {
        connect(m_scenarios, &ScenarioListModel::selectionChanged, this, &ScenarioComparisonModel::recompute);
        // A new proposal changes the unsaved scenario's figures without changing the picks.
        connect(m_scenarios, &QAbstractItemModel::modelReset, this, &ScenarioComparisonModel::recompute);
    }
    emit scenariosChanged();
    recompute();
}

QStringList ScenarioComparisonModel::names() const
{
    QStringList out;
    for (const Scenario &s : m_picked)
        out << s.name;
    return out;
}

QString ScenarioComparisonModel::differences() const
{
    if (m_picked.size() < 2)
        return tr("Pick two or more scenarios to compare them.");
    return tr("%n school(s) start in another school year or on another tier in %1 than in %2.", nullptr,
              m_differenceCount)
        .arg(m_picked.at(1).name, m_picked.at(0).name);
}

void ScenarioComparisonModel::recompute()
{
    beginResetModel();
    m_picked = m_scenarios ? m_scenarios->selectedScenarios() : QList<Scenario>();
    m_figures.clear();
    m_differenceCount = 0;
    if (m_store) {
        const ScenarioContext context = m_store->data().scenarioContext();
        for (const Scenario &s : std::as_const(m_picked))
            m_figures << computeScenarioYears(context, s);
        if (m_picked.size() >= 2)
            m_differenceCount = int(scenarioDifferences(m_picked.at(0), m_picked.at(1)).size());
    } else {
        m_picked.clear();
    }
    endResetModel();
    publishCharts();
    publishMunicipalities();
    emit computed();
}

void ScenarioComparisonModel::setMunicipalityYear(int row)
{
    if (row == m_municipalityYear || row < 0 || row >= kRolloutWaves)
        return;
    m_municipalityYear = row;
    publishMunicipalities();
    emit computed();
}

void ScenarioComparisonModel::publishMunicipalities()
{
    QList<FigureTable::Column> columns{{tr("Municipality"), Unit::Label}};
    for (const Scenario &s : std::as_const(m_picked)) {
        columns.append({tr("%1: 2 h").arg(s.name), Unit::Count});
        columns.append({tr("%1: 6 h").arg(s.name), Unit::Count});
        columns.append({tr("%1: pupils").arg(s.name), Unit::Count});
    }
    // Municipalities in the order of the first scenario's figures (by name; the same in every one).
    QList<QVariantList> rows;
    if (!m_figures.isEmpty() && m_municipalityYear < m_figures.first().size()) {
        const QList<ScenarioMunicipalityFigures> &first =
            m_figures.first().at(m_municipalityYear).municipalities;
        for (int m = 0; m < first.size(); ++m) {
            QVariantList row{first.at(m).name};
            for (const QList<ScenarioYearFigures> &f : std::as_const(m_figures)) {
                const ScenarioMunicipalityFigures &mf = f.at(m_municipalityYear).municipalities.at(m);
                row << mf.twoHours.schools << mf.sixHours.schools << mf.twoHours.pupils + mf.sixHours.pupils;
            }
            rows << row;
        }
    }
    m_municipalities.setContent(columns, rows);
}

QVariantMap ScenarioComparisonModel::cell(const ScenarioYearFigures &y) const
{
    const double policy = y.policy.tijdVoorToekomst;
    const double tvt = y.budget.tijdVoorToekomst;
    return {
        {QStringLiteral("twoHours"),
         tr("%1 schools, %2 pupils").arg(count(y.twoHours.schools), count(y.twoHours.pupils))},
        {QStringLiteral("sixHours"),
         tr("%1 schools, %2 pupils").arg(count(y.sixHours.schools), count(y.sixHours.pupils))},
        {QStringLiteral("newSchools"), count(y.newSchools)},
        {QStringLiteral("pupilsReached"), count(y.pupilsReached())},
        {QStringLiteral("tvt"), FigureTable::format(tvt / kMillion, Unit::MillionEuro)},
        {QStringLiteral("tvtShare"),
         FigureTable::format(policy > 0 ? 100.0 * tvt / policy : 0, Unit::Percent)},
        {QStringLiteral("total"), FigureTable::format(y.budget.total() / kMillion, Unit::MillionEuro)},
        {QStringLiteral("policyTotal"), FigureTable::format(y.policy.total() / kMillion, Unit::MillionEuro)},
        {QStringLiteral("withinBudget"), y.budget.total() <= y.policy.total() + 0.5},
        {QStringLiteral("pupilsValue"), y.pupilsReached()},
        {QStringLiteral("tvtValue"), tvt},
    };
}

void ScenarioComparisonModel::publishCharts()
{
    QList<FigureTable::Column> pupilColumns{{tr("School year"), Unit::Label}};
    QList<FigureTable::Column> budgetColumns{{tr("School year"), Unit::Label}};
    for (const Scenario &s : std::as_const(m_picked)) {
        pupilColumns.append({s.name, Unit::Count});
        budgetColumns.append({s.name, Unit::MillionEuro});
    }
    budgetColumns.append({tr("Policy budget"), Unit::MillionEuro});
    QList<QVariantList> pupilRows, budgetRows;
    const int years = m_figures.isEmpty() ? 0 : int(m_figures.first().size());
    for (int i = 0; i < years; ++i) {
        QVariantList p{m_figures.first().at(i).year.label()};
        QVariantList b{m_figures.first().at(i).year.label()};
        for (const QList<ScenarioYearFigures> &f : std::as_const(m_figures)) {
            p << f.at(i).pupilsReached();
            b << f.at(i).budget.tijdVoorToekomst / kMillion;
        }
        b << m_figures.first().at(i).policy.tijdVoorToekomst / kMillion;
        pupilRows << p;
        budgetRows << b;
    }
    m_pupils.setContent(pupilColumns, pupilRows);
    m_budget.setContent(budgetColumns, budgetRows);
}

} // namespace verrijkt
