#pragma once

#include "core/planner/scenariofigures.h"
#include "planningstore.h"
#include "regional/figuretable.h"
#include "scenariolistmodel.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

namespace verrijkt {

// The picked scenarios side by side, one row per school year 2026-2027..2032-2033 (core
// computeScenarioYears): for each scenario the schools and pupils on 2 and 6 hours, new schools,
// pupils reached, the Tijd voor Toekomst and total budget against the yearly policy budget.
// Rows carry `cells`, one map per scenario in pick order (numbers and their text in the user's
// locale); `pupils` and `budget` are the same figures as chart tables.
class ScenarioComparisonModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(verrijkt::PlanningStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(
        verrijkt::ScenarioListModel *scenarios READ scenarios WRITE setScenarios NOTIFY scenariosChanged)
    Q_PROPERTY(QStringList names READ names NOTIFY computed)
    Q_PROPERTY(QString differences READ differences NOTIFY computed)
    Q_PROPERTY(verrijkt::FigureTable *pupils READ pupils CONSTANT)
    Q_PROPERTY(verrijkt::FigureTable *budget READ budget CONSTANT)
    // Per municipality for one school year (index into the rows): schools on 2 h and 6 h and pupils
    // reached in each picked scenario.
    Q_PROPERTY(int municipalityYear READ municipalityYear WRITE setMunicipalityYear NOTIFY computed)
    Q_PROPERTY(verrijkt::FigureTable *municipalities READ municipalities CONSTANT)

public:
    enum Role { YearRole = Qt::UserRole + 1, CellsRole };

    explicit ScenarioComparisonModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    PlanningStore *store() const { return m_store; }
    void setStore(PlanningStore *store);
    ScenarioListModel *scenarios() const { return m_scenarios; }
    void setScenarios(ScenarioListModel *scenarios);

    QStringList names() const;
    // "12 schools start in another year or on another tier in B than in A" for the first two.
    QString differences() const;
    FigureTable *pupils() { return &m_pupils; }
    FigureTable *budget() { return &m_budget; }
    int municipalityYear() const { return m_municipalityYear; }
    void setMunicipalityYear(int row);
    FigureTable *municipalities() { return &m_municipalities; }
    // The figures behind a row (tests): [scenario][year].
    const QList<QList<ScenarioYearFigures>> &figures() const { return m_figures; }

    Q_INVOKABLE void recompute();

signals:
    void storeChanged();
    void scenariosChanged();
    void computed();

private:
    QVariantMap cell(const ScenarioYearFigures &y) const;
    void publishCharts();
    void publishMunicipalities();

    QPointer<PlanningStore> m_store;
    QPointer<ScenarioListModel> m_scenarios;
    QList<Scenario> m_picked;
    QList<QList<ScenarioYearFigures>> m_figures;
    int m_differenceCount = 0;
    FigureTable m_pupils;
    FigureTable m_budget;
    int m_municipalityYear = 0;
    FigureTable m_municipalities;
};

} // namespace verrijkt
