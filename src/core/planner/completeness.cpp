#include "completeness.h"

#include <QHash>
#include <algorithm>

namespace verrijkt {

CompletenessResult computeCompleteness(const CompletenessInput &input)
{
    CompletenessResult out;
    out.year = SchoolYear::containing(input.today);
    QSet<QString> holidays;
    for (const IsoWeek &w : input.holidayWeeks)
        holidays.insert(w.label());

    const IsoWeek thisWeek = IsoWeek::of(input.today);
    // Walk back week by week, skipping holidays, until N teaching weeks or the school year's start
    // (a week counts when one of its weekdays lies in the school year).
    for (QDate monday = thisWeek.monday();
         out.window.size() < input.teachingWeeks && monday.addDays(4) >= out.year.firstDay();
         monday = monday.addDays(-7)) {
        const IsoWeek w = IsoWeek::of(monday);
        if (!holidays.contains(w.label()))
            out.window.prepend(w);
    }
    out.windowStart =
        out.window.isEmpty() ? input.today : std::max(out.window.first().monday(), out.year.firstDay());

    QHash<QString, QDate> lastSession;
    for (const EnrichmentSession &s : currentSessions(input.sessions)) {
        if (s.meta.deleted || !out.year.contains(s.date) || s.date > input.today)
            continue;
        QDate &last = lastSession[s.vestiging];
        if (last.isNull() || s.date > last)
            last = s.date;
    }
    QHash<QString, const Participation *> participation;
    for (const Participation &p : input.participations) {
        if (!p.meta.deleted && p.schoolYear == out.year && p.tier != Tier::None)
            participation.insert(p.vestiging, &p);
    }

    for (const SchoolLocation &s : input.schools) {
        const Participation *p = participation.value(s.vestiging);
        if (!s.active || !p || !p->startDate.isValid() || p->startDate >= thisWeek.monday())
            continue;
        ++out.schoolsChecked;
        const QDate last = lastSession.value(s.vestiging);
        if (!last.isNull() && last >= out.windowStart)
            continue;
        out.missing.append({s.vestiging, s.name, s.municipalityCode, p->startDate, last});
    }
    std::sort(out.missing.begin(), out.missing.end(), [](const CompletenessGap &a, const CompletenessGap &b) {
        if (a.lastSession.isNull() != b.lastSession.isNull())
            return a.lastSession.isNull();
        if (a.lastSession != b.lastSession)
            return a.lastSession < b.lastSession;
        return a.vestiging < b.vestiging;
    });
    return out;
}

} // namespace verrijkt
