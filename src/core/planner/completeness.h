#pragma once

#include "core/region.h"
#include "core/schoolyear.h"
#include "core/tijdvoortoekomst.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

namespace verrijkt {

struct CompletenessInput
{
    QList<SchoolLocation> schools;
    QList<Participation> participations; // any years; the year containing `today` is used
    QList<EnrichmentSession> sessions;   // raw records; superseded and withdrawn ones are dropped
    QDate today;
    int teachingWeeks = 3;       // N: the window is the last N teaching weeks, this week included
    QList<IsoWeek> holidayWeeks; // school holidays: not teaching weeks, the window reaches past them
};

struct CompletenessGap
{
    QString vestiging;
    QString name;
    QString municipalityCode;
    QDate startDate;   // first day of the extra hours this year
    QDate lastSession; // latest current session this school year; null if none
};

struct CompletenessResult
{
    SchoolYear year;
    QList<IsoWeek> window; // the teaching weeks looked at, oldest first
    QDate windowStart;     // Monday of the oldest window week (not before the school year)
    int schoolsChecked = 0;
    QList<CompletenessGap> missing; // never recorded first, then oldest last session, then code
};

// Schools taking part this year (participation tier 2 h or 6 h, start date before this week) that
// recorded no enrichment session dated from the window's start up to `today`. A school that only
// started this week is not checked yet.
CompletenessResult computeCompleteness(const CompletenessInput &input);

} // namespace verrijkt
