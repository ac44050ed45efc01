#include "protocol.h"

#include "core/hlc.h"
#include "core/registerimport.h"
#include "entities.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace verrijkt::wire {

namespace {

struct Text
{
    const char *dutch;
    const char *english;
};

const QHash<QString, Text> &syncMessages()
{
    static const QHash<QString, Text> messages{
        {QStringLiteral("sync.entity.unknown"),
         {"Onbekend soort gegeven: {entity}.", "Unknown entity: {entity}."}},
        {QStringLiteral("sync.mutation.op"),
         {"Onbekende bewerking (insert, upsert of delete).",
          "Unknown operation (insert, upsert or delete)."}},
        {QStringLiteral("sync.mutation.id"), {"De id is geen geldige UUID.", "The id is not a valid UUID."}},
        {QStringLiteral("sync.mutation.fields"),
         {"De velden ontbreken of zijn geen object.", "The fields are missing or not an object."}},
        {QStringLiteral("sync.mutation.empty"),
         {"De wijziging bevat geen velden.", "The change has no fields."}},
        {QStringLiteral("sync.append_only.op"),
         {"Dit gegeven kan alleen worden toegevoegd (insert), niet gewijzigd of verwijderd.",
          "This record can only be inserted, not changed or deleted."}},
        {QStringLiteral("sync.editable.op"),
         {"Gebruik upsert of delete voor dit gegeven.", "Use upsert or delete for this record."}},
        {QStringLiteral("sync.append_only.conflict"),
         {"Er bestaat al een ander gegeven met deze id; een correctie is een nieuw gegeven.",
          "A different record with this id exists; a correction is a new record."}},
        {QStringLiteral("sync.natural_key.taken"),
         {"Er bestaat al een {entity} met {value} onder een andere id; haal eerst de gegevens van de server "
          "op.",
          "A {entity} with {value} already exists under another id; pull from the server first."}},
        {QStringLiteral("sync.id.other_entity"),
         {"Deze id hoort bij een ander soort gegeven.", "This id belongs to another kind of record."}},
        {QStringLiteral("sync.hlc.missing"),
         {"Tijdstempel ontbreekt voor dit veld.", "Timestamp missing for this field."}},
        {QStringLiteral("sync.hlc.invalid"),
         {"Ongeldige tijdstempel voor dit veld.", "Invalid timestamp for this field."}},
        {QStringLiteral("sync.hlc.unknown_field"),
         {"Tijdstempel voor een veld dat niet meekomt.", "Timestamp for a field that is not sent."}},
        {QStringLiteral("sync.field.unknown"),
         {"Onbekend veld voor {entity}.", "Unknown field for {entity}."}},
        {QStringLiteral("sync.field.type"),
         {"Verkeerd type; verwacht: {expected}.", "Wrong type; expected: {expected}."}},
        {QStringLiteral("sync.field.too_long"),
         {"Te lang (hoogstens {max} tekens).", "Too long (at most {max} characters)."}},
        {QStringLiteral("sync.field.date"),
         {"Geen geldige datum (JJJJ-MM-DD).", "Not a valid date (YYYY-MM-DD)."}},
        {QStringLiteral("sync.field.school_year"),
         {"Geen geldig schooljaar (bijv. 2026-2027).", "Not a valid school year (e.g. 2026-2027)."}},
        {QStringLiteral("sync.field.uuid"), {"Geen geldige UUID.", "Not a valid UUID."}},
        {QStringLiteral("sync.field.enum"),
         {"Ongeldige waarde; toegestaan: {allowed}.", "Invalid value; allowed: {allowed}."}},
        {QStringLiteral("sync.field.duplicate"),
         {"Een waarde staat dubbel in de lijst.", "A value occurs twice in the list."}},
        {QStringLiteral("sync.field.range"),
         {"De waarde moet tussen {min} en {max} liggen.", "The value must be between {min} and {max}."}},
        {QStringLiteral("sync.field.required"), {"Dit veld is verplicht.", "This field is required."}},
        {QStringLiteral("sync.reference.missing"),
         {"Verwijst naar een gegeven dat niet bestaat ({value}).",
          "Refers to a record that does not exist ({value})."}},
        {QStringLiteral("plan.wave.range"),
         {"De golf moet tussen 0 en {max} liggen.", "The wave must be between 0 and {max}."}},
        {QStringLiteral("scope.role"),
         {"Uw rol mag dit soort gegeven niet versturen.", "Your role may not send this kind of record."}},
        {QStringLiteral("scope.school"),
         {"Deze school valt buiten uw scholen.", "This school is outside your schools."}},
        {QStringLiteral("scope.owner"),
         {"U mag alleen uw eigen gegevens versturen.", "You may only send your own records."}},
    };
    return messages;
}

} // namespace

QString reasonMessage(const QString &key, const QVariantMap &params, Language language)
{
    const auto it = syncMessages().constFind(key);
    if (it == syncMessages().constEnd()) {
        const QString core = validationMessage(key, params, language);
        return core != key ? core : registerImportMessage(key, params, language);
    }
    QString text = QString::fromUtf8(language == Language::Dutch ? it->dutch : it->english);
    for (auto p = params.constBegin(); p != params.constEnd(); ++p)
        text.replace(QLatin1Char('{') + p.key() + QLatin1Char('}'), p.value().toString());
    return text;
}

QStringList syncMessageKeys()
{
    QStringList keys = syncMessages().keys();
    keys.sort();
    return keys;
}

// ---- merge ------------------------------------------------------------------------------------

bool wins(const FieldState &a, const FieldState &b)
{
    if (a.hlc != b.hlc)
        return a.hlc > b.hlc;
    const auto canonical = [](const QJsonValue &v) {
        return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    };
    return canonical(a.value) > canonical(b.value);
}

FieldStates merge(const FieldStates &a, const FieldStates &b)
{
    FieldStates out = a;
    for (auto it = b.constBegin(); it != b.constEnd(); ++it) {
        auto mine = out.find(it.key());
        if (mine == out.end())
            out.insert(it.key(), it.value());
        else if (wins(it.value(), mine.value()))
            *mine = it.value();
    }
    return out;
}

FieldStates toFieldStates(const QJsonObject &fields, const QJsonObject &hlc)
{
    FieldStates out;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        out.insert(it.key(), {it.value(), hlc.value(it.key()).toString()});
    return out;
}

QJsonObject valuesOf(const FieldStates &states)
{
    QJsonObject out;
    for (auto it = states.constBegin(); it != states.constEnd(); ++it)
        if (it.key() != kDeletedField)
            out.insert(it.key(), it.value().value);
    return out;
}

QJsonObject hlcsOf(const FieldStates &states)
{
    QJsonObject out;
    for (auto it = states.constBegin(); it != states.constEnd(); ++it)
        out.insert(it.key(), it.value().hlc);
    return out;
}

bool isDeleted(const FieldStates &states)
{
    return states.value(kDeletedField).value.toBool(false);
}

// ---- push -------------------------------------------------------------------------------------

QString mutationOpKey(MutationOp op)
{
    switch (op) {
    case MutationOp::Insert:
        return QStringLiteral("insert");
    case MutationOp::Upsert:
        return QStringLiteral("upsert");
    case MutationOp::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

std::optional<MutationOp> mutationOpFromKey(const QString &key)
{
    for (MutationOp op : {MutationOp::Insert, MutationOp::Upsert, MutationOp::Delete})
        if (mutationOpKey(op) == key)
            return op;
    return std::nullopt;
}

QJsonObject toJson(const Mutation &m)
{
    return {{QStringLiteral("n"), m.n},
            {QStringLiteral("entity"), m.entity},
            {QStringLiteral("id"), uuidText(m.id)},
            {QStringLiteral("op"), mutationOpKey(m.op)},
            {QStringLiteral("fields"), m.fields},
            {QStringLiteral("hlc"), m.hlc}};
}

QJsonObject RequestError::toJson() const
{
    QJsonObject o{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        o.insert(QStringLiteral("field"), field);
    return o;
}

std::optional<PushRequest> parsePushRequest(const QJsonObject &body, RequestError *error)
{
    const auto fail = [&](const QString &field, const QString &message) {
        *error = {400, error::BadRequest, message, field};
        return std::nullopt;
    };
    for (auto it = body.constBegin(); it != body.constEnd(); ++it)
        if (it.key() != QLatin1String("device") && it.key() != QLatin1String("mutations"))
            return fail(it.key(), QStringLiteral("unknown field '%1' in push request").arg(it.key()));
    PushRequest request;
    request.device = body.value(QLatin1String("device")).toString();
    if (request.device.isEmpty() || request.device.size() > 64)
        return fail(QStringLiteral("device"),
                    QStringLiteral("device must be a non-empty text of at most 64 characters"));
    if (!body.value(QLatin1String("mutations")).isArray())
        return fail(QStringLiteral("mutations"), QStringLiteral("mutations must be a list"));
    const QJsonArray list = body.value(QLatin1String("mutations")).toArray();
    QSet<qint64> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("mutations[%1]").arg(i);
        if (!list.at(i).isObject())
            return fail(where, QStringLiteral("%1 must be an object").arg(where));
        const QJsonObject raw = list.at(i).toObject();
        const QJsonValue n = raw.value(QLatin1String("n"));
        const double d = n.toDouble(-1);
        if (!n.isDouble() || d < 1 || d > 9007199254740991.0 ||
            d != static_cast<double>(static_cast<qint64>(d)))
            return fail(where + QStringLiteral(".n"),
                        QStringLiteral("%1.n must be a positive integer").arg(where));
        const qint64 value = static_cast<qint64>(d);
        if (seen.contains(value))
            return fail(where + QStringLiteral(".n"),
                        QStringLiteral("n %1 occurs twice in one push").arg(value));
        seen.insert(value);
        request.ns.append(value);
        request.payloads.append(raw);
    }
    return request;
}

namespace {
ValidationError reason(const QString &field, const char *key, QVariantMap params = {})
{
    return {field, QString::fromLatin1(key), std::move(params)};
}
} // namespace

std::optional<Mutation> checkMutation(const QJsonObject &raw, ValidationError *why)
{
    static const QSet<QString> known{QStringLiteral("n"),  QStringLiteral("entity"), QStringLiteral("id"),
                                     QStringLiteral("op"), QStringLiteral("fields"), QStringLiteral("hlc")};
    for (auto it = raw.constBegin(); it != raw.constEnd(); ++it)
        if (!known.contains(it.key())) {
            *why = reason(it.key(), "sync.field.unknown",
                          {{QStringLiteral("entity"), QStringLiteral("mutation")}});
            return std::nullopt;
        }
    Mutation m;
    m.n = static_cast<qint64>(raw.value(QLatin1String("n")).toDouble());
    m.entity = raw.value(QLatin1String("entity")).toString();
    const EntitySpec *entity = findEntity(m.entity);
    if (!entity) {
        *why = reason(QStringLiteral("entity"), "sync.entity.unknown",
                      {{QStringLiteral("entity"), m.entity.left(40)}});
        return std::nullopt;
    }
    m.id = parseUuid(raw.value(QLatin1String("id")).toString());
    if (m.id.isNull()) {
        *why = reason(QStringLiteral("id"), "sync.mutation.id");
        return std::nullopt;
    }
    const auto op = mutationOpFromKey(raw.value(QLatin1String("op")).toString());
    if (!op) {
        *why = reason(QStringLiteral("op"), "sync.mutation.op");
        return std::nullopt;
    }
    m.op = *op;
    if (entity->isAppendOnly() != (m.op == MutationOp::Insert)) {
        *why =
            reason(QStringLiteral("op"), entity->isAppendOnly() ? "sync.append_only.op" : "sync.editable.op");
        return std::nullopt;
    }
    const QJsonValue fieldsValue = raw.value(QLatin1String("fields"));
    if (!(fieldsValue.isObject() || (m.op == MutationOp::Delete && fieldsValue.isUndefined()))) {
        *why = reason(QStringLiteral("fields"), "sync.mutation.fields");
        return std::nullopt;
    }
    m.fields = fieldsValue.toObject();
    if (m.op == MutationOp::Delete)
        m.fields = {{kDeletedField, true}};
    if (m.fields.isEmpty()) {
        *why = reason(QStringLiteral("fields"), "sync.mutation.empty");
        return std::nullopt;
    }
    if (const ValidationErrors errors = checkFields(*entity, m.fields); !errors.isEmpty()) {
        *why = errors.first();
        return std::nullopt;
    }
    for (auto it = m.fields.begin(); it != m.fields.end(); ++it)
        if (const FieldSpec *spec = entity->field(it.key()))
            it.value() = canonicalValue(*spec, it.value());

    // HLCs: one per sent field, or one text for all of them.
    const QJsonValue hlcValue = raw.value(QLatin1String("hlc"));
    if (hlcValue.isString()) {
        for (auto it = m.fields.constBegin(); it != m.fields.constEnd(); ++it)
            m.hlc.insert(it.key(), hlcValue);
    } else if (hlcValue.isObject()) {
        m.hlc = hlcValue.toObject();
    } else {
        *why = reason(QStringLiteral("hlc"), "sync.hlc.missing");
        return std::nullopt;
    }
    for (auto it = m.hlc.constBegin(); it != m.hlc.constEnd(); ++it)
        if (!m.fields.contains(it.key())) {
            *why = reason(it.key(), "sync.hlc.unknown_field");
            return std::nullopt;
        }
    for (auto it = m.fields.constBegin(); it != m.fields.constEnd(); ++it) {
        const QJsonValue h = m.hlc.value(it.key());
        if (h.isUndefined()) {
            *why = reason(it.key(), "sync.hlc.missing");
            return std::nullopt;
        }
        if (!h.isString() || !HlcTimestamp::fromString(h.toString())) {
            *why = reason(it.key(), "sync.hlc.invalid");
            return std::nullopt;
        }
    }
    return m;
}

QString ackStatusKey(AckStatus s)
{
    switch (s) {
    case AckStatus::Applied:
        return QStringLiteral("applied");
    case AckStatus::Duplicate:
        return QStringLiteral("duplicate");
    case AckStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

std::optional<AckStatus> ackStatusFromKey(const QString &key)
{
    for (AckStatus s : {AckStatus::Applied, AckStatus::Duplicate, AckStatus::Rejected})
        if (ackStatusKey(s) == key)
            return s;
    return std::nullopt;
}

QJsonObject Ack::toJson() const
{
    QJsonObject o{{QStringLiteral("n"), n}, {QStringLiteral("status"), ackStatusKey(status)}};
    if (status == AckStatus::Rejected)
        o.insert(QStringLiteral("reason"), QJsonObject{{QStringLiteral("key"), reasonKey},
                                                       {QStringLiteral("field"), reasonField},
                                                       {QStringLiteral("message"), reasonMessage}});
    return o;
}

Ack rejectedAck(qint64 n, const ValidationError &why)
{
    return {n, AckStatus::Rejected, why.key, why.field, reasonMessage(why.key, why.params)};
}

// ---- pull -------------------------------------------------------------------------------------

QJsonObject Scope::toJson() const
{
    return {
        {QStringLiteral("role"), role},
        {QStringLiteral("all_schools"), allSchools},
        {QStringLiteral("schools"), QJsonArray::fromStringList(schools)},
        {QStringLiteral("officer"), officer.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(officer)},
        {QStringLiteral("entities"), QJsonArray::fromStringList(entities)}};
}

Scope Scope::fromJson(const QJsonObject &o)
{
    Scope s;
    s.role = o.value(QLatin1String("role")).toString();
    s.allSchools = o.value(QLatin1String("all_schools")).toBool(false);
    for (const QJsonValue &v : o.value(QLatin1String("schools")).toArray())
        s.schools.append(v.toString());
    s.officer = o.value(QLatin1String("officer")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("entities")).toArray())
        s.entities.append(v.toString());
    return s;
}

bool Scope::gainedIn(const Scope &next) const
{
    if (next.role != role || next.officer != officer)
        return true;
    for (const QString &e : next.entities)
        if (!entities.contains(e))
            return true;
    if (allSchools)
        return false;
    if (next.allSchools)
        return true;
    const QSet<QString> mine(schools.begin(), schools.end());
    for (const QString &s : next.schools)
        if (!mine.contains(s))
            return true;
    return false;
}

} // namespace verrijkt::wire
