#pragma once

#include "dashboardfigures.h"
#include "figuretable.h"
#include "regionalstore.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace verrijkt {

// The rollout dashboard: computes every figure from the store's snapshot in one pass
// (computeDashboard) and publishes them as FigureTables, one per chart. Recomputes when the
// snapshot changes (after a write or a sync) or another school year is chosen.
class DashboardModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(verrijkt::RegionalStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(int schoolYear READ schoolYear WRITE setSchoolYear NOTIFY schoolYearChanged)
    Q_PROPERTY(QString schoolYearLabel READ schoolYearLabel NOTIFY schoolYearChanged)
    Q_PROPERTY(QStringList yearLabels READ yearLabels CONSTANT)
    Q_PROPERTY(int firstYear READ firstYear CONSTANT)
    Q_PROPERTY(verrijkt::FigureTable *tiers READ tiers CONSTANT)
    Q_PROPERTY(verrijkt::FigureTable *realisation READ realisation CONSTANT)
    Q_PROPERTY(verrijkt::FigureTable *fte READ fte CONSTANT)
    Q_PROPERTY(verrijkt::FigureTable *library READ library CONSTANT)
    Q_PROPERTY(verrijkt::FigureTable *budget READ budget CONSTANT)
    // Headline figures of the chosen year, already formatted for the user's locale.
    Q_PROPERTY(QString realisationText READ realisationText NOTIFY computed)
    Q_PROPERTY(QString fteText READ fteText NOTIFY computed)
    Q_PROPERTY(QString libraryText READ libraryText NOTIFY computed)
    Q_PROPERTY(QString budgetText READ budgetText NOTIFY computed)
    Q_PROPERTY(QString schoolsText READ schoolsText NOTIFY computed)
    Q_PROPERTY(QString basisNote READ basisNote NOTIFY computed)
    Q_PROPERTY(double lastComputeMs READ lastComputeMs NOTIFY computed)

public:
    explicit DashboardModel(QObject *parent = nullptr);

    RegionalStore *store() const { return m_store; }
    void setStore(RegionalStore *store);
    int schoolYear() const { return m_year.startYear(); }
    void setSchoolYear(int startYear);
    QString schoolYearLabel() const { return m_year.label(); }
    QStringList yearLabels() const;
    int firstYear() const;

    FigureTable *tiers() { return &m_tiers; }
    FigureTable *realisation() { return &m_realisation; }
    FigureTable *fte() { return &m_fte; }
    FigureTable *library() { return &m_library; }
    FigureTable *budget() { return &m_budget; }

    QString realisationText() const;
    QString fteText() const;
    QString libraryText() const;
    QString budgetText() const;
    QString schoolsText() const;
    QString basisNote() const;
    double lastComputeMs() const { return m_lastComputeMs; }

    const DashboardFigures &figures() const { return m_figures; }

    // Recomputes everything from the store's current snapshot.
    Q_INVOKABLE void recompute();

signals:
    void storeChanged();
    void schoolYearChanged();
    void computed();

private:
    void publish();

    QPointer<RegionalStore> m_store;
    SchoolYear m_year;
    DashboardFigures m_figures;
    FigureTable m_tiers;
    FigureTable m_realisation;
    FigureTable m_fte;
    FigureTable m_library;
    FigureTable m_budget;
    double m_lastComputeMs = 0;
};

} // namespace verrijkt
