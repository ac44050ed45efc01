#include "budget.h"

namespace verrijkt {

BudgetParameters BudgetParameters::defaults()
{
    // Calibrated on the register of November 2024 (329 locations, 49,311 pupils) and the default
    // plan (wave-0 and special-education schools on 6 h): see docs/budget-calibration.md.
    BudgetParameters p;
    p.tvtCoordinationPerSchool = 20000.0;
    p.tvtPerPupilPerWeeklyHour = 244.30;
    p.costPerFte = 100000.0;
    p.libraryPerSchool = 5000.0;
    p.libraryPerPupil = 88.30;
    return p;
}

ProgrammeBudget planBudget(const QList<SchoolLocation> &schools, const QList<PlanEntry> &plan,
                           const SchoolYear &year, double fte, const QSet<QString> &librarySchools,
                           const BudgetParameters &params)
{
    QHash<QString, const SchoolLocation *> byVestiging;
    for (const SchoolLocation &s : schools) {
        if (s.active)
            byVestiging.insert(s.vestiging, &s);
    }

    ProgrammeBudget budget;
    QSet<QString> funded; // a school counts once even if a plan lists it twice
    for (const PlanEntry &e : plan) {
        const SchoolLocation *school = byVestiging.value(e.vestiging);
        if (!school || e.meta.deleted || e.tier == Tier::None || !e.takesPartIn(year) ||
            funded.contains(e.vestiging))
            continue;
        funded.insert(e.vestiging);
        budget.tijdVoorToekomst += params.tvtCoordinationPerSchool + params.tvtPerPupilPerWeeklyHour *
                                                                         tierHours(e.tier) *
                                                                         school->pupils.value_or(0);
    }

    budget.bridgeOfficers = fte * params.costPerFte;

    for (const QString &vestiging : librarySchools) {
        if (const SchoolLocation *school = byVestiging.value(vestiging))
            budget.bibliotheekOpSchool +=
                params.libraryPerSchool + params.libraryPerPupil * school->pupils.value_or(0);
    }
    return budget;
}

} // namespace verrijkt
