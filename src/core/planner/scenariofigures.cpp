#include "scenariofigures.h"

#include <QMap>
#include <algorithm>

namespace verrijkt {

ScenarioYearFigures computeScenarioYear(const ScenarioContext &context, const Scenario &scenario,
                                        const SchoolYear &year)
{
    ScenarioYearFigures f;
    f.year = year;

    QHash<QString, QString> names;
    for (const Municipality &m : context.municipalities)
        names.insert(m.code, m.name);
    QHash<QString, const PlanEntry *> entries;
    for (const PlanEntry &e : scenario.entries)
        entries.insert(e.vestiging, &e);

    QMap<QString, ScenarioMunicipalityFigures> byCode;
    QSet<QString> allActive;
    for (const SchoolLocation &s : context.schools) {
        if (!s.active)
            continue;
        allActive.insert(s.vestiging);
        auto &m = byCode[s.municipalityCode];
        m.code = s.municipalityCode;
        m.name = names.value(s.municipalityCode, s.municipalityCode);
        const int pupils = s.pupils.value_or(0);
        const PlanEntry *e = entries.value(s.vestiging);
        if (!e || !e->takesPartIn(year)) {
            m.notYet.add(pupils);
            f.notYet.add(pupils);
            continue;
        }
        if (e->tier == Tier::SixHours) {
            m.sixHours.add(pupils);
            f.sixHours.add(pupils);
        } else {
            m.twoHours.add(pupils);
            f.twoHours.add(pupils);
        }
        if (e->entryYear() == year) {
            ++m.newSchools;
            ++f.newSchools;
        }
    }
    for (const auto &m : byCode)
        f.municipalities.append(m);
    std::sort(f.municipalities.begin(), f.municipalities.end(), [](const auto &a, const auto &b) {
        return a.name < b.name || (a.name == b.name && a.code < b.code);
    });

    f.fte = context.target.targetFte(year);
    f.budget = planBudget(context.schools, scenario.entries, year, f.fte,
                          context.librarySchools.value_or(allActive), context.budget);
    return f;
}

QList<ScenarioYearFigures> computeScenarioYears(const ScenarioContext &context, const Scenario &scenario)
{
    QList<ScenarioYearFigures> years;
    for (SchoolYear y = kFirstRolloutYear; y <= kStructuralYear; y = y.next())
        years.append(computeScenarioYear(context, scenario, y));
    return years;
}

ScenarioComparison compareScenarios(const ScenarioContext &context, const Scenario &a, const Scenario &b)
{
    return ScenarioComparison{a.name, b.name, computeScenarioYears(context, a),
                              computeScenarioYears(context, b), scenarioDifferences(a, b)};
}

} // namespace verrijkt
