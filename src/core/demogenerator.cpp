#include "demogenerator.h"

#include "demogenerator_parts.h"

#include <QHash>
#include <algorithm>
#include <cmath>

namespace verrijkt {

using namespace demo;

void DemoTotals::add(const DemoBatch &b)
{
    participations += b.participations.size();
    sessions += b.sessions.size();
    officers += b.officers.size();
    placements += b.placements.size();
    contacts += b.contacts.size();
    library += b.library.size();
}

QList<QDate> demoTeachingWeeks(const SchoolYear &year, int teachingWeeks)
{
    // Holidays in the northern region (roughly): autumn week 43, two Christmas weeks, spring
    // week 8 and the May week 18. The summer holiday lies outside the 40 weeks.
    QDate monday(year.startYear(), 8, 22);
    while (monday.dayOfWeek() != Qt::Monday)
        monday = monday.addDays(1);
    QList<QDate> weeks;
    while (weeks.size() < teachingWeeks && monday.addDays(4) <= year.lastDay()) {
        const int week = monday.weekNumber();
        const bool christmas = monday.addDays(6) >= QDate(year.startYear(), 12, 25) &&
                               monday <= QDate(year.startYear() + 1, 1, 1);
        if (week != 43 && week != 8 && week != 18 && !christmas)
            weeks.append(monday);
        monday = monday.addDays(7);
    }
    return weeks;
}

DemoGenerator::DemoGenerator(QList<SchoolLocation> schools, QList<PlanEntry> plan, DemoOptions options)
    : m_schools(std::move(schools)), m_plan(std::move(plan)), m_options(options)
{
    // The output must not depend on the order the caller happened to read the register in.
    std::sort(m_schools.begin(), m_schools.end(),
              [](const SchoolLocation &a, const SchoolLocation &b) { return a.vestiging < b.vestiging; });
    m_schools.erase(
        std::remove_if(m_schools.begin(), m_schools.end(), [](const SchoolLocation &s) { return !s.active; }),
        m_schools.end());
}

DemoTotals DemoGenerator::run(const Sink &sink, int schoolsPerBatch)
{
    DemoTotals totals;
    if (m_options.until < m_options.from || m_schools.isEmpty())
        return totals;
    schoolsPerBatch = std::max(1, schoolsPerBatch);

    QHash<QString, PlanEntry> planBySchool;
    for (const PlanEntry &entry : m_plan) {
        if (!entry.meta.deleted)
            planBySchool.insert(entry.vestiging, entry);
    }

    const std::uint64_t seed = m_options.seed;
    OfficerPool officers(seed, m_options.officerTarget, m_options.until);
    officers.rankSchools(m_schools, planBySchool);
    LibraryRollout library(seed, m_schools);
    QHash<QString, FamilyCaseload> caseloads;

    const int years = m_options.until.startYear() - m_options.from.startYear() + 1;
    const double totalUnits = double(years) * m_schools.size();
    double doneUnits = 0;

    for (SchoolYear year = m_options.from; year <= m_options.until; year = year.next()) {
        const QList<QDate> weeks = demoTeachingWeeks(year, m_options.teachingWeeksPerYear);
        SchoolCalendar calendar;
        calendar.teachingWeeksPerYear = m_options.teachingWeeksPerYear;

        DemoBatch batch;
        batch.year = year;
        officers.startYear(year, batch.officers, batch.placements);
        batch.library = library.statusesFor(year);

        int inBatch = 0;
        for (const SchoolLocation &school : m_schools) {
            const auto entry = planBySchool.constFind(school.vestiging);
            if (entry != planBySchool.cend() && entry->tier != Tier::None && entry->takesPartIn(year)) {
                Random rng(mixSeed(seed, year.startYear(), school.vestiging, 1));
                SchoolSessions sessions(school, entry->tier, year, m_options.scale);
                batch.participations.append(sessions.participation(rng, weeks));
                sessions.generate(rng, weeks, calendar, batch.sessions);
            }
            const QList<Posting> postings = officers.postingsAt(school.vestiging, year);
            if (!postings.isEmpty()) {
                Random rng(mixSeed(seed, year.startYear(), school.vestiging, 2));
                generateContacts(rng, school.vestiging, postings, weeks, m_options.scale,
                                 caseloads[school.vestiging], batch.contacts);
            }
            doneUnits += 1;
            if (++inBatch == schoolsPerBatch) {
                batch.progress = doneUnits / totalUnits;
                totals.add(batch);
                if (!sink(batch))
                    return totals;
                batch = DemoBatch{};
                batch.year = year;
                inBatch = 0;
            }
        }
        if (inBatch > 0) {
            batch.progress = doneUnits / totalUnits;
            totals.add(batch);
            if (!sink(batch))
                return totals;
        }
    }
    return totals;
}

} // namespace verrijkt
