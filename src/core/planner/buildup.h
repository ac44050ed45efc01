#pragma once

#include "core/bridgeofficer.h"
#include "core/budget.h"
#include "core/region.h"
#include "core/schoolyear.h"
#include "needindicator.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace verrijkt {

// Bridge-officer build-up, measured on the first day of each month.
struct BuildUpMonth
{
    QDate month; // first day of the month: the measuring date
    double placedFte = 0;
    double targetFte = 0;
    double openVacancies() const { return targetFte > placedFte ? targetFte - placedFte : 0.0; }
    double overTarget() const { return placedFte > targetFte ? placedFte - targetFte : 0.0; }
};

struct BuildUpYear
{
    SchoolYear year;
    double averagePlacedFte = 0; // mean of the twelve monthly measurements
    double targetFte = 0;
    double cost = 0; // sum over the months of placed FTE x cost per FTE / 12
    double policyBudget = kPolicyBridgeOfficerBudget;
    double budgetLeft() const { return policyBudget - cost; }
};

struct BuildUp
{
    QList<BuildUpMonth> months;
    QList<BuildUpYear> years;
};

// Months from `first`'s 1 August to `last`'s 1 July. Tombstoned placements are ignored. The target
// is BridgeOfficerTarget::targetFte of the school year the month falls in (a step per year).
BuildUp computeBuildUp(const QList<Placement> &placements, const BridgeOfficerTarget &target,
                       const SchoolYear &first, const SchoolYear &last);

struct SchoolWithoutOfficer
{
    QString vestiging;
    QString name;
    QString municipalityCode;
    int pupils = 0;
    std::optional<double> need; // nullopt: no need known (ranked after every known need)
    int rank = 0;               // 1-based in this list
};

// Active locations without an active placement on `date`, highest need first (then most pupils,
// then vestiging code, so the order is total).
QList<SchoolWithoutOfficer> schoolsWithoutOfficer(const QList<SchoolLocation> &schools,
                                                  const QList<Placement> &placements, const QDate &date,
                                                  const NeedIndicator &need);

} // namespace verrijkt
