#include "reportdata.h"

#include "core/regionsummary.h"

#include <algorithm>

namespace verrijkt::reportdata {

QString Prepared::municipalityName(const QString &code) const
{
    for (const MunicipalityRef &m : municipalities) {
        if (m.code == code)
            return m.name;
    }
    return code;
}

QList<const SchoolFigures *> Prepared::schoolsIn(const QString &municipalityCode) const
{
    QList<const SchoolFigures *> out;
    for (const SchoolFigures &s : schools) {
        if (s.school->municipalityCode == municipalityCode)
            out.append(&s);
    }
    return out;
}

Prepared prepare(const ReportInput &input)
{
    Prepared d;
    d.year = input.year;
    d.referenceDate = fteReferenceDate(input.year);

    QHash<QString, QString> names;
    for (const Municipality &m : input.municipalities)
        names.insert(m.code, m.name);
    QSet<QString> codes;
    for (const SchoolLocation &s : input.schools) {
        if (!s.active)
            continue;
        d.schools[s.vestiging].school = &s;
        codes.insert(s.municipalityCode);
    }
    for (const QString &code : codes)
        d.municipalities.append({code, names.value(code, code)});
    std::sort(d.municipalities.begin(), d.municipalities.end(),
              [](const MunicipalityRef &a, const MunicipalityRef &b) {
                  return a.name < b.name || (a.name == b.name && a.code < b.code);
              });

    for (const Participation &p : input.participations) {
        if (p.meta.deleted || p.schoolYear != input.year || p.tier == Tier::None)
            continue;
        auto it = d.schools.find(p.vestiging);
        if (it == d.schools.end())
            continue;
        it->participation = &p;
        it->entitledPupilHours = entitledPupilHours(p, input.calendar);
    }
    for (const EnrichmentSession &s : currentSessions(input.sessions)) {
        if (s.meta.deleted || !input.year.contains(s.date))
            continue;
        auto it = d.schools.find(s.vestiging);
        if (it == d.schools.end() || !it->participation)
            continue;
        ++it->sessions;
        it->hours += s.hours;
        it->deliveredPupilHours += s.pupilHours();
        d.sessions.append(s);
    }
    for (const Placement &p : input.placements) {
        if (p.meta.deleted || !p.activeOn(d.referenceDate))
            continue;
        auto it = d.schools.find(p.vestiging);
        if (it != d.schools.end())
            it->fte += p.fte;
    }
    for (const FamilyContact &c : currentContacts(input.contacts)) {
        if (c.meta.deleted || c.withdrawn || !input.year.contains(c.date))
            continue;
        auto it = d.schools.find(c.vestiging);
        if (it == d.schools.end())
            continue;
        ++it->contacts;
        d.contacts.append(c);
    }
    for (const LibraryParticipation &l : input.library) {
        if (l.meta.deleted || l.schoolYear != input.year)
            continue;
        auto it = d.schools.find(l.vestiging);
        if (it != d.schools.end())
            it->library = l.status;
    }
    return d;
}

qint64 distinctFamilies(const QList<FamilyContact> &contacts, const QSet<QString> &vestigingen)
{
    QSet<QString> families;
    for (const FamilyContact &c : contacts) {
        if (vestigingen.contains(c.vestiging))
            families.insert(c.familyCode);
    }
    return families.size();
}

} // namespace verrijkt::reportdata
