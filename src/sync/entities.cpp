#include "entities.h"

#include "core/registerimport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <cmath>

namespace verrijkt::wire {

namespace {

FieldSpec text(const char *name, bool nullable = false)
{
    return {QString::fromLatin1(name), FieldType::Text, nullable, {}};
}
FieldSpec typed(const char *name, FieldType type, bool nullable = false)
{
    return {QString::fromLatin1(name), type, nullable, {}};
}
FieldSpec enumeration(const char *name, QStringList keys, bool list = false)
{
    return {QString::fromLatin1(name), list ? FieldType::EnumList : FieldType::Enum, false, std::move(keys)};
}

template <typename E, typename KeyFn> QStringList keysOf(std::initializer_list<E> values, KeyFn key)
{
    QStringList keys;
    for (E v : values)
        keys.append(key(v));
    return keys;
}

QList<EntitySpec> buildCatalogue()
{
    const QStringList tiers = keysOf({Tier::None, Tier::TwoHours, Tier::SixHours}, tierKey);
    const QStringList schoolTypes =
        keysOf({SchoolType::Bao, SchoolType::Sbo, SchoolType::So, SchoolType::SoVso}, schoolTypeKey);
    QStringList domains;
    for (ActivityDomain d : allActivityDomains())
        domains.append(activityDomainKey(d));
    const QStringList libraryStatuses = keysOf(
        {LibraryStatus::None, LibraryStatus::Intake, LibraryStatus::AgreementSigned, LibraryStatus::Active},
        libraryStatusKey);
    const QStringList initiators = keysOf({ContactInitiator::Teacher, ContactInitiator::Parent,
                                           ContactInitiator::Pupil, ContactInitiator::Officer},
                                          contactInitiatorKey);
    const QStringList forms = keysOf(
        {ContactForm::TalkAtSchool, ContactForm::HomeVisit, ContactForm::Phone, ContactForm::GroupMeeting},
        contactFormKey);
    const QStringList topics =
        keysOf({ContactTopic::MoneyAndIncome, ContactTopic::CareAndHealth, ContactTopic::SafetyAtHome,
                ContactTopic::Parenting, ContactTopic::LearningAndSchool, ContactTopic::Housing,
                ContactTopic::Other},
               contactTopicKey);
    const QStringList support =
        keysOf({SupportGiven::Listening, SupportGiven::AdviceToParent, SupportGiven::AdviceToTeacher,
                SupportGiven::AllowanceApplication, SupportGiven::Referral},
               supportGivenKey);
    const QStringList referrals =
        keysOf({ReferralTarget::None, ReferralTarget::Wijkteam, ReferralTarget::GgdJgz,
                ReferralTarget::Schuldhulpverlening, ReferralTarget::VeiligThuis, ReferralTarget::Other},
               referralTargetKey);

    const auto E = EntityKind::Editable;
    const auto A = EntityKind::AppendOnly;
    const QString v = QStringLiteral("vestiging");
    return {
        {QStringLiteral("municipality"),
         E,
         {},
         {},
         {text("code"), text("name"), text("province"), typed("population", FieldType::Integer)}},
        {QStringLiteral("school"),
         E,
         v,
         {},
         {text("vestiging"), text("brin"), text("name"), enumeration("type", schoolTypes),
          text("denomination", true), text("municipality_code"), text("postcode", true), text("city", true),
          typed("pupils", FieldType::Integer, true), typed("lat", FieldType::Number),
          typed("lon", FieldType::Number), typed("active", FieldType::Boolean)}},
        {QStringLiteral("participation"),
         E,
         v,
         {},
         {text("vestiging"), typed("school_year", FieldType::SchoolYear), enumeration("tier", tiers),
          typed("start_date", FieldType::Date, true), typed("pupils_reached", FieldType::Integer)}},
        {QStringLiteral("library_participation"),
         E,
         v,
         {},
         {text("vestiging"), typed("school_year", FieldType::SchoolYear),
          enumeration("status", libraryStatuses), text("library_organisation", true),
          typed("consultant_hours", FieldType::Number), typed("collection_present", FieldType::Boolean),
          typed("reading_plan_adopted", FieldType::Boolean), typed("monitor_done", FieldType::Boolean)}},
        {QStringLiteral("plan_entry"),
         E,
         v,
         {},
         {text("plan_name"), text("vestiging"), typed("wave", FieldType::Integer),
          enumeration("tier", tiers)}},
        {QStringLiteral("bridge_officer"),
         E,
         {},
         QStringLiteral("user_name"),
         {text("user_name"), text("display_name"), text("employer"),
          typed("contract_fte", FieldType::Number)}},
        {QStringLiteral("placement"),
         E,
         v,
         QStringLiteral("officer_id"),
         {typed("officer_id", FieldType::Uuid), text("vestiging"), typed("fte", FieldType::Number),
          typed("from_date", FieldType::Date), typed("to_date", FieldType::Date, true)}},
        {QStringLiteral("enrichment_session"),
         A,
         v,
         {},
         {text("vestiging"), typed("date", FieldType::Date), enumeration("domain", domains), text("provider"),
          typed("hours", FieldType::Number), typed("pupils", FieldType::Integer),
          typed("groups", FieldType::Integer), typed("supersedes", FieldType::Uuid, true),
          typed("withdrawn", FieldType::Boolean, true), text("recorded_by")}},
        {QStringLiteral("family_contact"),
         A,
         v,
         QStringLiteral("officer_id"),
         {typed("officer_id", FieldType::Uuid), text("vestiging"), typed("date", FieldType::Date),
          text("family_code"), enumeration("initiated_by", initiators), enumeration("form", forms),
          enumeration("topics", topics, true), enumeration("support", support, true),
          enumeration("referral", referrals), typed("duration_minutes", FieldType::Integer),
          typed("follow_up", FieldType::Date, true), typed("supersedes", FieldType::Uuid, true),
          typed("withdrawn", FieldType::Boolean, true)}},
    };
}

QList<EntitySpec> withNaturalKeys(QList<EntitySpec> catalogue)
{
    const QHash<QString, QStringList> keys{
        {QStringLiteral("municipality"), {QStringLiteral("code")}},
        {QStringLiteral("school"), {QStringLiteral("vestiging")}},
        {QStringLiteral("participation"), {QStringLiteral("vestiging"), QStringLiteral("school_year")}},
        {QStringLiteral("library_participation"),
         {QStringLiteral("vestiging"), QStringLiteral("school_year")}},
        {QStringLiteral("plan_entry"), {QStringLiteral("plan_name"), QStringLiteral("vestiging")}},
        {QStringLiteral("bridge_officer"), {QStringLiteral("user_name")}},
    };
    for (EntitySpec &e : catalogue)
        e.naturalKey = keys.value(e.name);
    return catalogue;
}

ValidationError fieldError(const QString &field, const char *key, QVariantMap params = {})
{
    return {field, QString::fromLatin1(key), std::move(params)};
}

bool isIntegral(double d)
{
    return std::isfinite(d) && std::trunc(d) == d && std::fabs(d) <= 2147483647.0;
}

} // namespace

const FieldSpec *EntitySpec::field(const QString &fieldName) const
{
    for (const FieldSpec &f : fields)
        if (f.name == fieldName)
            return &f;
    return nullptr;
}

const QList<EntitySpec> &entityCatalogue()
{
    static const QList<EntitySpec> catalogue = withNaturalKeys(buildCatalogue());
    return catalogue;
}

const EntitySpec *findEntity(const QString &name)
{
    for (const EntitySpec &e : entityCatalogue())
        if (e.name == name)
            return &e;
    return nullptr;
}

QStringList entityNames()
{
    QStringList names;
    for (const EntitySpec &e : entityCatalogue())
        names.append(e.name);
    return names;
}

QString naturalKeyText(const EntitySpec &entity, const QJsonObject &fields)
{
    if (entity.naturalKey.isEmpty())
        return {};
    QJsonArray values;
    for (const QString &key : entity.naturalKey)
        values.append(fields.value(key));
    return QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact));
}

QString uuidText(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces).toLower();
}

QUuid parseUuid(const QString &text)
{
    if (text.size() != 36)
        return {};
    return QUuid::fromString(text);
}

std::optional<ValidationError> checkFieldValue(const FieldSpec &field, const QJsonValue &value)
{
    const QString &name = field.name;
    if (value.isNull())
        return std::nullopt; // whether null is allowed is checkComplete's business
    const auto typeError = [&](const char *expected) {
        return fieldError(name, "sync.field.type",
                          {{QStringLiteral("expected"), QString::fromLatin1(expected)}});
    };
    switch (field.type) {
    case FieldType::Text:
        if (!value.isString())
            return typeError("text");
        if (value.toString().size() > kMaxTextLength)
            return fieldError(name, "sync.field.too_long", {{QStringLiteral("max"), kMaxTextLength}});
        return std::nullopt;
    case FieldType::Integer:
        if (!value.isDouble() || !isIntegral(value.toDouble()))
            return typeError("integer");
        return std::nullopt;
    case FieldType::Number:
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            return typeError("number");
        return std::nullopt;
    case FieldType::Boolean:
        if (!value.isBool())
            return typeError("boolean");
        return std::nullopt;
    case FieldType::Date: {
        if (!value.isString())
            return typeError("date");
        const QString s = value.toString();
        if (s.size() != 10 || !QDate::fromString(s, Qt::ISODate).isValid())
            return fieldError(name, "sync.field.date");
        return std::nullopt;
    }
    case FieldType::SchoolYear:
        if (!value.isString() || !SchoolYear::fromLabel(value.toString()))
            return fieldError(name, "sync.field.school_year");
        return std::nullopt;
    case FieldType::Uuid:
        if (!value.isString() || parseUuid(value.toString()).isNull())
            return fieldError(name, "sync.field.uuid");
        return std::nullopt;
    case FieldType::Enum:
        if (!value.isString())
            return typeError("text");
        if (!field.keys.contains(value.toString()))
            return fieldError(name, "sync.field.enum",
                              {{QStringLiteral("allowed"), field.keys.join(QStringLiteral(", "))}});
        return std::nullopt;
    case FieldType::EnumList: {
        if (!value.isArray())
            return typeError("list");
        QSet<QString> seen;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString() || !field.keys.contains(item.toString()))
                return fieldError(name, "sync.field.enum",
                                  {{QStringLiteral("allowed"), field.keys.join(QStringLiteral(", "))}});
            if (seen.contains(item.toString()))
                return fieldError(name, "sync.field.duplicate");
            seen.insert(item.toString());
        }
        return std::nullopt;
    }
    }
    return typeError("?");
}

ValidationErrors checkFields(const EntitySpec &entity, const QJsonObject &fields)
{
    ValidationErrors errors;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (it.key() == kDeletedField && !entity.isAppendOnly()) {
            if (!it.value().isBool())
                errors.append(fieldError(it.key(), "sync.field.type",
                                         {{QStringLiteral("expected"), QStringLiteral("boolean")}}));
            continue;
        }
        const FieldSpec *spec = entity.field(it.key());
        if (!spec) {
            errors.append(
                fieldError(it.key(), "sync.field.unknown", {{QStringLiteral("entity"), entity.name}}));
            continue;
        }
        if (auto error = checkFieldValue(*spec, it.value()))
            errors.append(*error);
    }
    return errors;
}

ValidationErrors checkComplete(const EntitySpec &entity, const QJsonObject &fields)
{
    ValidationErrors errors;
    for (const FieldSpec &f : entity.fields) {
        if (f.nullable)
            continue;
        const QJsonValue v = fields.value(f.name);
        if (v.isUndefined() || v.isNull() || (f.type == FieldType::Text && v.toString().trimmed().isEmpty()))
            errors.append(fieldError(f.name, "sync.field.required"));
    }
    return errors;
}

QJsonValue canonicalValue(const FieldSpec &field, const QJsonValue &value)
{
    if (field.type == FieldType::Uuid && value.isString())
        return uuidText(parseUuid(value.toString()));
    if (field.type == FieldType::Integer && value.isDouble())
        return QJsonValue(static_cast<qint64>(value.toDouble()));
    return value;
}

QString wireFieldName(const EntitySpec &entity, const QString &coreField)
{
    // Core field names that are not simply the snake_case form of the wire name.
    static const QHash<QString, QString> exceptions{
        {QStringLiteral("consultantHoursPerWeek"), QStringLiteral("consultant_hours")},
        {QStringLiteral("from"), QStringLiteral("from_date")},
        {QStringLiteral("to"), QStringLiteral("to_date")},
        {QStringLiteral("school_type"), QStringLiteral("type")},
    };
    if (entity.name == QLatin1String("municipality") && coreField == QLatin1String("municipality"))
        return QStringLiteral("name");
    if (entity.name == QLatin1String("municipality") && coreField == QLatin1String("municipality_code"))
        return QStringLiteral("code");
    if (const auto it = exceptions.constFind(coreField); it != exceptions.constEnd())
        return *it;
    QString out;
    for (QChar c : coreField) {
        if (c.isUpper()) {
            out += QLatin1Char('_');
            out += c.toLower();
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace verrijkt::wire
