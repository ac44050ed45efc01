#include "bridgeofficer.h"

#include <algorithm>
#include <cmath>

namespace verrijkt {

namespace {
// Floating-point slack so that 0.4 + 0.4 + 0.4 counts as 1.2, not as 1.2000000000000002.
constexpr double kFteEpsilon = 1e-9;
constexpr double kMaxFte = 1.2;

bool fteInRange(double fte)
{
    return fte > 0 && fte <= kMaxFte + kFteEpsilon; // false for NaN as well
}
} // namespace

double placedFteOn(const QList<Placement> &placements, const QUuid &officerId, const QDate &date)
{
    double total = 0;
    for (const Placement &p : placements) {
        if (!p.meta.deleted && p.officerId == officerId && p.activeOn(date))
            total += p.fte;
    }
    return total;
}

double regionFteOn(const QList<Placement> &placements, const QDate &date)
{
    double total = 0;
    for (const Placement &p : placements) {
        if (!p.meta.deleted && p.activeOn(date))
            total += p.fte;
    }
    return total;
}

double BridgeOfficerTarget::targetFte(const SchoolYear &year) const
{
    if (fteByYear.isEmpty() || year < firstYear)
        return 0.0;
    const int index = year.startYear() - firstYear.startYear();
    return fteByYear.at(std::min<qsizetype>(index, fteByYear.size() - 1));
}

ValidationErrors validate(const BridgeOfficer &o)
{
    ValidationErrors errors;
    if (!fteInRange(o.contractFte))
        errors.append({QStringLiteral("contractFte"),
                       QStringLiteral("officer.fte.range"),
                       {{QStringLiteral("max"), kMaxFte}, {QStringLiteral("value"), o.contractFte}}});
    if (o.employer.trimmed().isEmpty())
        errors.append({QStringLiteral("employer"), QStringLiteral("officer.employer.required"), {}});
    return errors;
}

ValidationErrors validate(const Placement &p, const BridgeOfficer &officer, const QList<Placement> &others)
{
    ValidationErrors errors;
    if (p.officerId != officer.meta.id)
        errors.append({QStringLiteral("officerId"), QStringLiteral("placement.officer.mismatch"), {}});
    if (p.vestiging.trimmed().isEmpty())
        errors.append({QStringLiteral("vestiging"), QStringLiteral("placement.school.required"), {}});
    const bool fteOk = fteInRange(p.fte);
    if (!fteOk)
        errors.append({QStringLiteral("fte"),
                       QStringLiteral("placement.fte.range"),
                       {{QStringLiteral("max"), kMaxFte}, {QStringLiteral("value"), p.fte}}});
    if (!p.from.isValid()) {
        errors.append({QStringLiteral("from"), QStringLiteral("placement.from.required"), {}});
        return errors; // the overlap check below needs a start date
    }
    if (p.to.isValid() && p.to < p.from) {
        errors.append({QStringLiteral("to"),
                       QStringLiteral("placement.to.before_from"),
                       {{QStringLiteral("from"), p.from}, {QStringLiteral("to"), p.to}}});
        return errors;
    }
    if (!fteOk)
        return errors;

    // The placed FTE is a step function that only rises where a placement starts, so its maximum
    // over p's period is reached at p.from or at the start of another placement inside that period.
    QList<Placement> concurrent;
    for (const Placement &o : others) {
        if (!o.meta.deleted && o.officerId == p.officerId && (p.meta.id.isNull() || o.meta.id != p.meta.id))
            concurrent.append(o);
    }
    QList<QDate> candidates{p.from};
    for (const Placement &o : std::as_const(concurrent)) {
        if (o.from.isValid() && p.activeOn(o.from))
            candidates.append(o.from);
    }
    std::sort(candidates.begin(), candidates.end());
    for (const QDate &date : std::as_const(candidates)) {
        const double total = p.fte + placedFteOn(concurrent, p.officerId, date);
        if (total > officer.contractFte + kFteEpsilon) {
            errors.append({QStringLiteral("fte"),
                           QStringLiteral("placement.fte.exceeds_contract"),
                           {{QStringLiteral("date"), date},
                            {QStringLiteral("total"), std::round(total * 1000) / 1000},
                            {QStringLiteral("max"), officer.contractFte}}});
            break;
        }
    }
    return errors;
}

} // namespace verrijkt
