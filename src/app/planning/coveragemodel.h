#pragma once

#include "core/planner/coverage.h"
#include "planningstore.h"
#include "regional/figuretable.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace verrijkt {

// The coverage matrix of one school year (core computeCoverage): per municipality and for the
// region, how many locations have Tijd voor Toekomst (and 6 hours), a bridge officer on 1 October,
// Bibliotheek op school, all three or none. A year without participations yet uses `planName`.
class CoverageModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(verrijkt::PlanningStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(int schoolYear READ schoolYear WRITE setSchoolYear NOTIFY schoolYearChanged)
    Q_PROPERTY(QString planName READ planName WRITE setPlanName NOTIFY planNameChanged)
    Q_PROPERTY(verrijkt::FigureTable *municipalities READ municipalities CONSTANT)
    Q_PROPERTY(QString summary READ summary NOTIFY computed)
    Q_PROPERTY(QString basis READ basis NOTIFY computed)

public:
    explicit CoverageModel(QObject *parent = nullptr);

    PlanningStore *store() const { return m_store; }
    void setStore(PlanningStore *store);
    int schoolYear() const { return m_year.startYear(); }
    void setSchoolYear(int startYear);
    QString planName() const { return m_planName; }
    void setPlanName(const QString &name);
    FigureTable *municipalities() { return &m_table; }
    QString summary() const;
    QString basis() const;
    const CoverageMatrix &matrix() const { return m_matrix; }

    Q_INVOKABLE void recompute();

signals:
    void storeChanged();
    void schoolYearChanged();
    void planNameChanged();
    void computed();

private:
    QPointer<PlanningStore> m_store;
    SchoolYear m_year = kFirstRolloutYear;
    QString m_planName = QStringLiteral("default");
    CoverageMatrix m_matrix;
    FigureTable m_table;
};

} // namespace verrijkt
