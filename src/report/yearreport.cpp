#include "yearreport.h"

#include "reportlog.h"
#include "reportsections.h"

#include <QElapsedTimer>

namespace verrijkt {

YearReport buildYearReport(const ReportInput &input, Language language, const QDateTime &generatedAt)
{
    QElapsedTimer timer;
    timer.start();
    const reportdata::Prepared data = reportdata::prepare(input);
    const reportsections::Context ctx{input, data, language};

    YearReport report;
    report.year = input.year;
    report.language = language;
    report.generatedAt = generatedAt;
    report.title = ctx.tr("Jaarverslag Verrijkt %1", "Verrijkt yearly report %1").arg(input.year.label());
    report.subtitle =
        ctx.tr("Tijd voor Toekomst, brugfunctionarissen en Bibliotheek op school in Groningen en "
               "Noord-Drenthe",
               "Tijd voor Toekomst, bridge officers and Bibliotheek op school in Groningen and "
               "Noord-Drenthe");
    if (!input.closingNote.isEmpty())
        report.subtitle += QStringLiteral(" \u2014 ") + input.closingNote;
    report.sections << reportsections::overviewSection(ctx, report.headlines)
                    << reportsections::tvtSection(ctx) << reportsections::bridgeOfficerSection(ctx)
                    << reportsections::familyContactSection(ctx) << reportsections::librarySection(ctx)
                    << reportsections::budgetSection(ctx);
    qCInfo(lcReport) << "yearly report" << input.year.label() << "built in" << timer.elapsed()
                     << "ms:" << report.tables().size() << "tables";
    return report;
}

} // namespace verrijkt
