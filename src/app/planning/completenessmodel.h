#pragma once

#include "core/planner/completeness.h"
#include "planningstore.h"
#include "regional/recordlistmodel.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace verrijkt {

// Which schools taking part recorded no enrichment session in the last N teaching weeks (core
// computeCompleteness), for the regional team to follow up: "never" first, then the oldest last
// session. Reads the current school year's sessions from the store (year-bounded).
class CompletenessModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(verrijkt::PlanningStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(int weeks READ weeks WRITE setWeeks NOTIFY weeksChanged)
    Q_PROPERTY(verrijkt::RecordListModel *missing READ missing CONSTANT)
    Q_PROPERTY(QString summary READ summary NOTIFY computed)

public:
    explicit CompletenessModel(QObject *parent = nullptr);

    PlanningStore *store() const { return m_store; }
    void setStore(PlanningStore *store);
    int weeks() const { return m_weeks; }
    void setWeeks(int weeks);
    RecordListModel *missing() { return &m_missing; }
    QString summary() const { return m_summary; }
    const CompletenessResult &result() const { return m_result; }

    Q_INVOKABLE void recompute();
    // Sessions for model tests without a database (replaces the store read).
    void setSessions(const QList<EnrichmentSession> &sessions);

signals:
    void storeChanged();
    void weeksChanged();
    void computed();

private:
    QPointer<PlanningStore> m_store;
    int m_weeks = 3;
    std::optional<QList<EnrichmentSession>> m_givenSessions;
    CompletenessResult m_result;
    RecordListModel m_missing;
    QString m_summary;
};

} // namespace verrijkt
