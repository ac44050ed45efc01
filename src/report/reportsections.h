#pragma once

// Internal to the report: one builder per section of the yearly report.
#include "reportdata.h"
#include "reportmodel.h"

#include <QLocale>

namespace verrijkt::reportsections {

struct Context
{
    const ReportInput &input;
    const reportdata::Prepared &data;
    Language language = Language::Dutch;

    QString tr(const char *dutch, const char *english) const
    {
        return QString::fromUtf8(language == Language::Dutch ? dutch : english);
    }
    QString number(double value, int decimals = 0) const
    {
        return QLocale(language == Language::Dutch ? QLocale::Dutch : QLocale::English)
            .toString(value, 'f', decimals);
    }
    QString regionLabel() const { return tr("Regio", "Region"); }
};

// Shares in percent, 0 when the whole is 0.
inline double percentOf(double part, double whole)
{
    return whole > 0 ? 100.0 * part / whole : 0.0;
}

ReportSection overviewSection(const Context &ctx, QStringList &headlines);
ReportSection tvtSection(const Context &ctx);
ReportSection bridgeOfficerSection(const Context &ctx);
ReportSection familyContactSection(const Context &ctx);
ReportSection librarySection(const Context &ctx);
ReportSection budgetSection(const Context &ctx);

// Labels used by more than one section.
QString activityDomainLabel(ActivityDomain domain, Language language);
QString monthLabel(const QDate &month, Language language); // "okt 2026" / "Oct 2026"

} // namespace verrijkt::reportsections
