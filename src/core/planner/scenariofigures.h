#pragma once

#include "core/bridgeofficer.h"
#include "core/budget.h"
#include "core/region.h"
#include "core/schoolyear.h"
#include "scenario.h"

#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace verrijkt {

// What a scenario's yearly figures are computed against. The bridge-officer and library parts of
// the budget are not decided by a scenario: they are budgeted on the build-up target and on
// `librarySchools` (nullopt: every active location, the structural assumption).
struct ScenarioContext
{
    QList<Municipality> municipalities;
    QList<SchoolLocation> schools; // inactive locations are ignored
    BridgeOfficerTarget target;
    BudgetParameters budget = BudgetParameters::defaults();
    std::optional<QSet<QString>> librarySchools;
};

struct SchoolsAndPupils
{
    int schools = 0;
    int pupils = 0;
    SchoolsAndPupils &add(int pupilCount)
    {
        ++schools;
        pupils += pupilCount;
        return *this;
    }
};

struct ScenarioMunicipalityFigures
{
    QString code;
    QString name;
    SchoolsAndPupils twoHours;
    SchoolsAndPupils sixHours;
    SchoolsAndPupils notYet; // active locations whose start year lies ahead (or that have no entry)
    int newSchools = 0;      // entering this school year
};

struct ScenarioYearFigures
{
    SchoolYear year;
    QList<ScenarioMunicipalityFigures> municipalities; // sorted by name; unknown codes get own rows
    SchoolsAndPupils twoHours;
    SchoolsAndPupils sixHours;
    SchoolsAndPupils notYet;
    int newSchools = 0;
    double fte = 0; // bridge-officer FTE budgeted (the build-up target)
    ProgrammeBudget budget;
    ProgrammeBudget policy{kPolicyTvtBudget, kPolicyBridgeOfficerBudget, kPolicyLibraryBudget};

    int pupilsReached() const { return twoHours.pupils + sixHours.pupils; }
    int schoolsTakingPart() const { return twoHours.schools + sixHours.schools; }
    // Extra development hours per week summed over pupils (2 or 6 per pupil).
    qint64 weeklyPupilHours() const { return 2LL * twoHours.pupils + 6LL * sixHours.pupils; }
};

ScenarioYearFigures computeScenarioYear(const ScenarioContext &context, const Scenario &scenario,
                                        const SchoolYear &year);
// 2026-2027 up to 2032-2033.
QList<ScenarioYearFigures> computeScenarioYears(const ScenarioContext &context, const Scenario &scenario);

struct ScenarioComparison
{
    QString nameA;
    QString nameB;
    QList<ScenarioYearFigures> yearsA;
    QList<ScenarioYearFigures> yearsB;
    QList<ScenarioSchoolDifference> differences;
};

ScenarioComparison compareScenarios(const ScenarioContext &context, const Scenario &a, const Scenario &b);

} // namespace verrijkt
