#pragma once

#include "core/rolloutplan.h"
#include "writeresult.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace verrijkt {

class Database;

// Rollout plans: named sets of plan entries (one per school). "default" is regenerated on every
// register import; other names are scenarios made by the regional team.
class PlanRepository
{
public:
    explicit PlanRepository(Database &db) : m_db(db) {}

    QList<PlanEntry> entries(const QString &planName = QStringLiteral("default")) const; // by vestiging
    QStringList planNames() const;

    // Validates every entry (known school, wave 0..7, tier 2 h or 6 h, one entry per school), then
    // makes the stored plan equal to `entries`: changed entries are updated, missing ones tombstoned.
    WriteResult replacePlan(const QString &planName, const QList<PlanEntry> &entries);
    WriteResult replaceDefaultPlan(const QList<PlanEntry> &entries);

private:
    Database &m_db;
};

} // namespace verrijkt
