#include "regionreportdata.h"

#include "core/demogenerator.h"
#include "regiondata.h"

#include <QMap>

namespace verrijkt::testing {

const ReportInput &regionReportInput(const SchoolYear &year, const SchoolYear &until)
{
    static QMap<QPair<int, int>, ReportInput> cache;
    const QPair<int, int> key{year.startYear(), until.startYear()};
    if (!cache.contains(key)) {
        const auto &region = testdata::realRegion();
        ReportInput in;
        in.year = year;
        in.municipalities = region.municipalities;
        in.schools = region.schools;
        in.plan = defaultPlan(region.schools, region.waveZero);
        DemoOptions options;
        options.seed = 11;
        options.until = until;
        DemoGenerator generator(region.schools, in.plan, options);
        generator.run([&](const DemoBatch &b) {
            in.participations += b.participations;
            in.sessions += b.sessions;
            in.officers += b.officers;
            in.placements += b.placements;
            in.contacts += b.contacts;
            in.library += b.library;
            return true;
        });
        cache.insert(key, in);
    }
    return cache[key];
}

} // namespace verrijkt::testing
