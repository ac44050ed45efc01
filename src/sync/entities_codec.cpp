// JSON <-> core struct codecs of the entity catalogue and the core validation run on wire records.
#include "core/registerimport.h"
#include "entities.h"

#include <QJsonArray>

namespace verrijkt::wire {

namespace {

QString str(const QJsonObject &f, const char *name)
{
    return f.value(QLatin1String(name)).toString();
}
int integer(const QJsonObject &f, const char *name)
{
    return static_cast<int>(f.value(QLatin1String(name)).toDouble());
}
double number(const QJsonObject &f, const char *name)
{
    return f.value(QLatin1String(name)).toDouble();
}
bool boolean(const QJsonObject &f, const char *name)
{
    return f.value(QLatin1String(name)).toBool(false);
}
QDate date(const QJsonObject &f, const char *name)
{
    return QDate::fromString(str(f, name), Qt::ISODate);
}
QUuid uuid(const QJsonObject &f, const char *name)
{
    return parseUuid(str(f, name));
}
QJsonValue dateValue(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
QJsonValue uuidValue(const QUuid &id)
{
    return id.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(uuidText(id));
}
SyncMeta meta(const QUuid &id)
{
    SyncMeta m;
    m.id = id;
    return m;
}

template <typename E, typename FromKey>
QList<E> enumList(const QJsonObject &f, const char *name, FromKey fromKey)
{
    QList<E> out;
    for (const QJsonValue &v : f.value(QLatin1String(name)).toArray())
        if (const auto e = fromKey(v.toString()))
            out.append(*e);
    return out;
}
template <typename E, typename Key> QJsonArray keyList(const QList<E> &values, Key key)
{
    QJsonArray out;
    for (E v : values)
        out.append(key(v));
    return out;
}

ValidationError missingReference(const char *field, const QString &value)
{
    return {QString::fromLatin1(field),
            QStringLiteral("sync.reference.missing"),
            {{QStringLiteral("value"), value}}};
}

ValidationErrors toWireFields(const EntitySpec &entity, ValidationErrors errors)
{
    for (ValidationError &e : errors)
        e.field = wireFieldName(entity, e.field);
    return errors;
}

} // namespace

QJsonObject toJson(const Municipality &m)
{
    return {{QStringLiteral("code"), m.code},
            {QStringLiteral("name"), m.name},
            {QStringLiteral("province"), m.province},
            {QStringLiteral("population"), m.population}};
}

Municipality municipalityFromJson(const QJsonObject &f)
{
    return {str(f, "code"), str(f, "name"), str(f, "province"), integer(f, "population")};
}

QJsonObject toJson(const SchoolLocation &s)
{
    return {{QStringLiteral("vestiging"), s.vestiging},
            {QStringLiteral("brin"), s.brin},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("type"), schoolTypeKey(s.type)},
            {QStringLiteral("denomination"), s.denomination},
            {QStringLiteral("municipality_code"), s.municipalityCode},
            {QStringLiteral("postcode"), s.postcode},
            {QStringLiteral("city"), s.city},
            {QStringLiteral("pupils"), s.pupils ? QJsonValue(*s.pupils) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("lat"), s.lat},
            {QStringLiteral("lon"), s.lon},
            {QStringLiteral("active"), s.active}};
}

SchoolLocation schoolFromJson(const QJsonObject &f)
{
    SchoolLocation s;
    s.vestiging = str(f, "vestiging");
    s.brin = str(f, "brin");
    s.name = str(f, "name");
    s.type = schoolTypeFromKey(str(f, "type")).value_or(SchoolType::Bao);
    s.denomination = str(f, "denomination");
    s.municipalityCode = str(f, "municipality_code");
    s.postcode = str(f, "postcode");
    s.city = str(f, "city");
    if (f.value(QLatin1String("pupils")).isDouble())
        s.pupils = integer(f, "pupils");
    s.lat = number(f, "lat");
    s.lon = number(f, "lon");
    s.active = f.value(QLatin1String("active")).toBool(true);
    return s;
}

QJsonObject toJson(const Participation &p)
{
    return {{QStringLiteral("vestiging"), p.vestiging},
            {QStringLiteral("school_year"), p.schoolYear.label()},
            {QStringLiteral("tier"), tierKey(p.tier)},
            {QStringLiteral("start_date"), dateValue(p.startDate)},
            {QStringLiteral("pupils_reached"), p.pupilsReached}};
}

Participation participationFromJson(const QUuid &id, const QJsonObject &f)
{
    Participation p;
    p.meta = meta(id);
    p.vestiging = str(f, "vestiging");
    p.schoolYear = SchoolYear::fromLabel(str(f, "school_year")).value_or(SchoolYear());
    p.tier = tierFromKey(str(f, "tier")).value_or(Tier::None);
    p.startDate = date(f, "start_date");
    p.pupilsReached = integer(f, "pupils_reached");
    return p;
}

QJsonObject toJson(const LibraryParticipation &p)
{
    return {{QStringLiteral("vestiging"), p.vestiging},
            {QStringLiteral("school_year"), p.schoolYear.label()},
            {QStringLiteral("status"), libraryStatusKey(p.status)},
            {QStringLiteral("library_organisation"), p.libraryOrganisation},
            {QStringLiteral("consultant_hours"), p.consultantHoursPerWeek},
            {QStringLiteral("collection_present"), p.collectionPresent},
            {QStringLiteral("reading_plan_adopted"), p.readingPlanAdopted},
            {QStringLiteral("monitor_done"), p.monitorDone}};
}

LibraryParticipation libraryParticipationFromJson(const QUuid &id, const QJsonObject &f)
{
    LibraryParticipation p;
    p.meta = meta(id);
    p.vestiging = str(f, "vestiging");
    p.schoolYear = SchoolYear::fromLabel(str(f, "school_year")).value_or(SchoolYear());
    p.status = libraryStatusFromKey(str(f, "status")).value_or(LibraryStatus::None);
    p.libraryOrganisation = str(f, "library_organisation");
    p.consultantHoursPerWeek = number(f, "consultant_hours");
    p.collectionPresent = boolean(f, "collection_present");
    p.readingPlanAdopted = boolean(f, "reading_plan_adopted");
    p.monitorDone = boolean(f, "monitor_done");
    return p;
}

QJsonObject toJson(const PlanEntry &p)
{
    return {{QStringLiteral("plan_name"), p.planName},
            {QStringLiteral("vestiging"), p.vestiging},
            {QStringLiteral("wave"), p.wave},
            {QStringLiteral("tier"), tierKey(p.tier)}};
}

PlanEntry planEntryFromJson(const QUuid &id, const QJsonObject &f)
{
    PlanEntry p;
    p.meta = meta(id);
    p.planName = str(f, "plan_name");
    p.vestiging = str(f, "vestiging");
    p.wave = integer(f, "wave");
    p.tier = tierFromKey(str(f, "tier")).value_or(Tier::TwoHours);
    return p;
}

QJsonObject toJson(const BridgeOfficer &o)
{
    return {{QStringLiteral("user_name"), o.userName},
            {QStringLiteral("display_name"), o.displayName},
            {QStringLiteral("employer"), o.employer},
            {QStringLiteral("contract_fte"), o.contractFte}};
}

BridgeOfficer bridgeOfficerFromJson(const QUuid &id, const QJsonObject &f)
{
    BridgeOfficer o;
    o.meta = meta(id);
    o.userName = str(f, "user_name");
    o.displayName = str(f, "display_name");
    o.employer = str(f, "employer");
    o.contractFte = number(f, "contract_fte");
    return o;
}

QJsonObject toJson(const Placement &p)
{
    return {{QStringLiteral("officer_id"), uuidValue(p.officerId)},
            {QStringLiteral("vestiging"), p.vestiging},
            {QStringLiteral("fte"), p.fte},
            {QStringLiteral("from_date"), dateValue(p.from)},
            {QStringLiteral("to_date"), dateValue(p.to)}};
}

Placement placementFromJson(const QUuid &id, const QJsonObject &f)
{
    Placement p;
    p.meta = meta(id);
    p.officerId = uuid(f, "officer_id");
    p.vestiging = str(f, "vestiging");
    p.fte = number(f, "fte");
    p.from = date(f, "from_date");
    p.to = date(f, "to_date");
    return p;
}

QJsonObject toJson(const EnrichmentSession &s)
{
    return {{QStringLiteral("vestiging"), s.vestiging},
            {QStringLiteral("date"), dateValue(s.date)},
            {QStringLiteral("domain"), activityDomainKey(s.domain)},
            {QStringLiteral("provider"), s.provider},
            {QStringLiteral("hours"), s.hours},
            {QStringLiteral("pupils"), s.pupils},
            {QStringLiteral("groups"), int(s.groups)},
            {QStringLiteral("supersedes"), uuidValue(s.supersedes)},
            {QStringLiteral("withdrawn"), s.withdrawn},
            {QStringLiteral("recorded_by"), s.recordedBy}};
}

EnrichmentSession enrichmentSessionFromJson(const QUuid &id, const QJsonObject &f)
{
    EnrichmentSession s;
    s.meta = meta(id);
    s.vestiging = str(f, "vestiging");
    s.date = date(f, "date");
    s.domain = activityDomainFromKey(str(f, "domain")).value_or(ActivityDomain::Talentontwikkeling);
    s.provider = str(f, "provider");
    s.hours = number(f, "hours");
    s.pupils = integer(f, "pupils");
    s.groups = static_cast<quint8>(integer(f, "groups"));
    s.supersedes = uuid(f, "supersedes");
    s.withdrawn = boolean(f, "withdrawn");
    s.recordedBy = str(f, "recorded_by");
    return s;
}

QJsonObject toJson(const FamilyContact &c)
{
    return {{QStringLiteral("officer_id"), uuidValue(c.officerId)},
            {QStringLiteral("vestiging"), c.vestiging},
            {QStringLiteral("date"), dateValue(c.date)},
            {QStringLiteral("family_code"), c.familyCode},
            {QStringLiteral("initiated_by"), contactInitiatorKey(c.initiatedBy)},
            {QStringLiteral("form"), contactFormKey(c.form)},
            {QStringLiteral("topics"), keyList(c.topics, contactTopicKey)},
            {QStringLiteral("support"), keyList(c.support, supportGivenKey)},
            {QStringLiteral("referral"), referralTargetKey(c.referral)},
            {QStringLiteral("duration_minutes"), c.durationMinutes},
            {QStringLiteral("follow_up"), dateValue(c.followUp)},
            {QStringLiteral("supersedes"), uuidValue(c.supersedes)},
            {QStringLiteral("withdrawn"), c.withdrawn}};
}

FamilyContact familyContactFromJson(const QUuid &id, const QJsonObject &f)
{
    FamilyContact c;
    c.meta = meta(id);
    c.officerId = uuid(f, "officer_id");
    c.vestiging = str(f, "vestiging");
    c.date = date(f, "date");
    c.familyCode = str(f, "family_code");
    c.initiatedBy = contactInitiatorFromKey(str(f, "initiated_by")).value_or(ContactInitiator::Parent);
    c.form = contactFormFromKey(str(f, "form")).value_or(ContactForm::TalkAtSchool);
    c.topics = enumList<ContactTopic>(f, "topics", contactTopicFromKey);
    c.support = enumList<SupportGiven>(f, "support", supportGivenFromKey);
    c.referral = referralTargetFromKey(str(f, "referral")).value_or(ReferralTarget::None);
    c.durationMinutes = integer(f, "duration_minutes");
    c.followUp = date(f, "follow_up");
    c.supersedes = uuid(f, "supersedes");
    c.withdrawn = boolean(f, "withdrawn");
    return c;
}

ValidationErrors validateRecord(const EntitySpec &entity, const QUuid &id, const QJsonObject &f,
                                const RecordLookup &lookup)
{
    const QString &name = entity.name;
    ValidationErrors errors;
    if (name == QLatin1String("municipality")) {
        errors = validate(municipalityFromJson(f));
    } else if (name == QLatin1String("school")) {
        errors = validate(schoolFromJson(f));
    } else if (name == QLatin1String("participation")) {
        const Participation p = participationFromJson(id, f);
        const auto school = lookup.school(p.vestiging);
        if (!school)
            return {missingReference("vestiging", p.vestiging)};
        errors = validate(p, *school);
    } else if (name == QLatin1String("library_participation")) {
        const LibraryParticipation p = libraryParticipationFromJson(id, f);
        if (!lookup.school(p.vestiging))
            return {missingReference("vestiging", p.vestiging)};
        errors = validate(p);
    } else if (name == QLatin1String("plan_entry")) {
        const PlanEntry p = planEntryFromJson(id, f);
        if (!lookup.school(p.vestiging))
            return {missingReference("vestiging", p.vestiging)};
        if (p.wave < 0 || p.wave > kRolloutWaves)
            errors.append({QStringLiteral("wave"),
                           QStringLiteral("plan.wave.range"),
                           {{QStringLiteral("max"), kRolloutWaves}, {QStringLiteral("value"), p.wave}}});
    } else if (name == QLatin1String("bridge_officer")) {
        errors = validate(bridgeOfficerFromJson(id, f));
    } else if (name == QLatin1String("placement")) {
        const Placement p = placementFromJson(id, f);
        const auto officer = lookup.officer(p.officerId);
        if (!officer)
            return {missingReference("officer_id", uuidText(p.officerId))};
        if (!lookup.school(p.vestiging))
            return {missingReference("vestiging", p.vestiging)};
        QList<Placement> others = lookup.placementsOf(p.officerId);
        others.removeIf([&](const Placement &o) { return o.meta.id == id; });
        errors = validate(p, *officer, others);
    } else if (name == QLatin1String("enrichment_session")) {
        const int groups = integer(f, "groups");
        if (groups < 0 || groups > 255) // bit mask of groepen 1..8
            return {{QStringLiteral("groups"),
                     QStringLiteral("sync.field.range"),
                     {{QStringLiteral("min"), 1}, {QStringLiteral("max"), 255}}}};
        const EnrichmentSession s = enrichmentSessionFromJson(id, f);
        const auto school = lookup.school(s.vestiging);
        if (!school)
            return {missingReference("vestiging", s.vestiging)};
        errors = validate(s, *school, lookup.today());
    } else if (name == QLatin1String("family_contact")) {
        const FamilyContact c = familyContactFromJson(id, f);
        if (!lookup.officer(c.officerId))
            return {missingReference("officer_id", uuidText(c.officerId))};
        QStringList placedAt;
        for (const Placement &p : lookup.placementsOf(c.officerId))
            if (c.date.isValid() && p.activeOn(c.date))
                placedAt.append(p.vestiging);
        errors = validate(c, placedAt, lookup.today());
    }
    return toWireFields(entity, errors);
}

} // namespace verrijkt::wire
