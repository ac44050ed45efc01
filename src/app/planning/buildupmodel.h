#pragma once

#include "core/planner/buildup.h"
#include "needsource.h"
#include "planningstore.h"
#include "regional/figuretable.h"
#include "regional/recordlistmodel.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace verrijkt {

// The bridge-officer build-up (core computeBuildUp, schoolsWithoutOfficer): placed FTE on the
// first of every month from August 2026 against the 16/32/48/64-FTE target, open vacancies, the
// cost per school year against 6.4 M EUR, and the schools without an officer today, highest
// need first (by the NeedSource's indicator).
class BuildUpModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(verrijkt::PlanningStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(verrijkt::NeedSource *needSource READ needSource WRITE setNeedSource NOTIFY needSourceChanged)
    Q_PROPERTY(verrijkt::FigureTable *months READ months CONSTANT)
    Q_PROPERTY(verrijkt::FigureTable *years READ years CONSTANT)
    Q_PROPERTY(verrijkt::RecordListModel *withoutOfficer READ withoutOfficer CONSTANT)
    Q_PROPERTY(QString summary READ summary NOTIFY computed)

public:
    explicit BuildUpModel(QObject *parent = nullptr);

    PlanningStore *store() const { return m_store; }
    void setStore(PlanningStore *store);
    NeedSource *needSource() const { return m_needSource; }
    void setNeedSource(NeedSource *source);
    FigureTable *months() { return &m_months; }
    FigureTable *years() { return &m_years; }
    RecordListModel *withoutOfficer() { return &m_without; }
    QString summary() const { return m_summary; }
    const BuildUp &buildUp() const { return m_buildUp; }

    Q_INVOKABLE void recompute();

signals:
    void storeChanged();
    void needSourceChanged();
    void computed();

private:
    QPointer<PlanningStore> m_store;
    QPointer<NeedSource> m_needSource;
    BuildUp m_buildUp;
    FigureTable m_months;
    FigureTable m_years;
    RecordListModel m_without;
    QString m_summary;
};

} // namespace verrijkt
