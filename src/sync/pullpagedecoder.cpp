#include "pullpagedecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <deque>
#include <simdjson.h>
#include <string>

namespace verrijkt {

namespace {

namespace dom = simdjson::dom;

QByteArrayView viewOf(std::string_view s)
{
    return QByteArrayView(s.data(), static_cast<qsizetype>(s.size()));
}

// Any element as Qt's JSON classes hold it, read by Qt from the element's own JSON text (wrapped in
// an array, so a bare number or string parses too): for the rare values the fast paths do not cover.
QJsonValue toQt(dom::element e)
{
    return QJsonDocument::fromJson("[" + QByteArray::fromStdString(simdjson::minify(e)) + "]").array().at(0);
}

QJsonObject toQtObject(dom::object o)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(simdjson::minify(o))).object();
}

// The integer checks of decodePullAnswer: a JSON number with no fraction.
std::optional<qint64> integerOf(dom::element e)
{
    switch (e.type()) {
    case dom::element_type::INT64:
        return int64_t(e.get_int64());
    case dom::element_type::UINT64:
    case dom::element_type::DOUBLE: {
        const double d = e.get_double();
        // Outside qint64 (the cast would be undefined) no cursor or seq can be.
        if (!(d >= -9.2e18 && d <= 9.2e18) || d != static_cast<double>(static_cast<qint64>(d)))
            return std::nullopt;
        return static_cast<qint64>(d);
    }
    default:
        return std::nullopt;
    }
}

std::optional<qint64> integerField(dom::object o, std::string_view name)
{
    dom::element e;
    if (o.at_key(name).get(e) != simdjson::SUCCESS)
        return std::nullopt;
    return integerOf(e);
}

bool boolField(dom::object o, std::string_view name)
{
    bool b = false;
    return o.at_key(name).get_bool().get(b) == simdjson::SUCCESS && b;
}

class SimdFields final : public PulledFields
{
public:
    explicit SimdFields(dom::object fields) : m_fields(fields) {}

    WireValue value(QLatin1StringView field) const override
    {
        WireValue v;
        dom::element e;
        if (m_fields.at_key(std::string_view(field.data(), size_t(field.size()))).get(e) != simdjson::SUCCESS)
            return v;
        switch (e.type()) {
        case dom::element_type::NULL_VALUE:
            v.kind = WireValue::Kind::Null;
            break;
        case dom::element_type::BOOL:
            v.kind = WireValue::Kind::Bool;
            v.boolean = e.get_bool();
            break;
        case dom::element_type::INT64:
            v.kind = WireValue::Kind::Integer;
            v.integer = e.get_int64();
            break;
        case dom::element_type::UINT64:
        case dom::element_type::DOUBLE:
            v.kind = WireValue::Kind::Double;
            v.number = e.get_double();
            break;
        case dom::element_type::STRING:
            v.kind = WireValue::Kind::Text;
            v.text = viewOf(std::string_view(e.get_string()));
            break;
        case dom::element_type::ARRAY:
        case dom::element_type::OBJECT:
            v.kind = WireValue::Kind::Json;
            v.text = viewOf(m_json.emplace_back(simdjson::minify(e)));
            break;
        }
        return v;
    }

private:
    dom::object m_fields;
    mutable std::deque<std::string> m_json; // JSON text handed out as views, alive with this object
};

std::optional<PulledChange> decodeChange(dom::element value, int index,
                                         const LocalSyncStore::RowPreparer &prepare, QString *error)
{
    const auto fail = [&](const QString &what) {
        *error = QStringLiteral("changes[%1]: %2").arg(index).arg(what);
        return std::nullopt;
    };
    dom::object o;
    if (value.get_object().get(o) != simdjson::SUCCESS)
        return fail(QStringLiteral("not an object"));
    PulledChange c;
    const auto seq = integerField(o, "seq");
    if (!seq || *seq <= 0)
        return fail(QStringLiteral("seq must be a positive integer"));
    c.seq = *seq;
    std::string_view entity;
    if (o.at_key("entity").get_string().get(entity) != simdjson::SUCCESS || entity.empty())
        return fail(QStringLiteral("entity is missing"));
    c.entity = QString::fromUtf8(viewOf(entity));
    std::string_view id;
    if (o.at_key("id").get_string().get(id) == simdjson::SUCCESS)
        c.id = QUuid::fromString(QAnyStringView(viewOf(id)));
    if (c.id.isNull())
        return fail(QStringLiteral("id is not a UUID"));
    dom::object fields, hlc;
    if (o.at_key("fields").get_object().get(fields) != simdjson::SUCCESS ||
        o.at_key("hlc").get_object().get(hlc) != simdjson::SUCCESS)
        return fail(QStringLiteral("fields and hlc must be objects"));
    for (const dom::key_value_pair member : hlc) {
        std::string_view clock;
        const QJsonValue v = member.value.get_string().get(clock) == simdjson::SUCCESS
                                 ? QJsonValue(QString::fromUtf8(viewOf(clock)))
                                 : toQt(member.value);
        c.hlc.insert(QString::fromUtf8(viewOf(member.key)), v);
    }
    c.deleted = boolField(o, "deleted");
    c.newest = newestClock(c.hlc);
    if (prepare)
        c.prepared = prepare(c, SimdFields(fields));
    else
        c.fields = toQtObject(fields);
    return c;
}

} // namespace

namespace {

Decoded<PullAnswer> decodeParsed(dom::element doc, const LocalSyncStore::RowPreparer &prepare);

} // namespace

Decoded<PullAnswer> decodePullPage(const QByteArray &body, const LocalSyncStore::RowPreparer &prepare)
{
    // Kept for the thread's next page while a pull goes on (its buffers, about fifteen times the
    // largest page, are then made once); given back after a pull's last page.
    thread_local dom::parser parser;
    dom::element doc;
    if (parser.parse(body.constData(), size_t(body.size())).get(doc) != simdjson::SUCCESS) {
        // simdjson is stricter than Qt's parser in ways a server may meet: an integer beyond 64
        // bits (a Number field written without an exponent), a lone UTF-16 surrogate escape in
        // old stored text. Such a page is decoded the slower way rather than refused forever;
        // its changes are then prepared while storing.
        parser = dom::parser();
        return decodePullAnswer(body);
    }
    Decoded<PullAnswer> out = decodeParsed(doc, prepare);
    if (!out.value || !out.value->more)
        parser = dom::parser();
    return out;
}

namespace {

Decoded<PullAnswer> decodeParsed(dom::element doc, const LocalSyncStore::RowPreparer &prepare)
{
    Decoded<PullAnswer> out;
    dom::object object;
    if (doc.get_object().get(object) != simdjson::SUCCESS) {
        out.error = QStringLiteral("answer is not a JSON object");
        return out;
    }
    PullAnswer answer;
    const auto cursor = integerField(object, "cursor");
    dom::array changes;
    if (!cursor || *cursor < 0 || object.at_key("changes").get_array().get(changes) != simdjson::SUCCESS) {
        out.error = QStringLiteral("pull answer needs a changes list and a non-negative integer cursor");
        return out;
    }
    answer.cursor = *cursor;
    answer.changes.reserve(static_cast<qsizetype>(changes.size()));
    int i = 0;
    for (const dom::element change : changes) {
        auto decoded = decodeChange(change, i++, prepare, &out.error);
        if (!decoded)
            return out;
        // Changes of one page are mostly of a few entities: share their names' text.
        if (!answer.changes.isEmpty() && answer.changes.last().entity == decoded->entity)
            decoded->entity = answer.changes.last().entity;
        answer.changes.append(std::move(*decoded));
    }
    answer.more = boolField(object, "more");
    answer.reset = boolField(object, "reset");
    dom::object scope;
    answer.scope = wire::Scope::fromJson(object.at_key("scope").get_object().get(scope) == simdjson::SUCCESS
                                             ? toQtObject(scope)
                                             : QJsonObject());
    if (answer.scope.role.isEmpty()) {
        out.error = QStringLiteral("pull answer has no scope.role");
        return out;
    }
    std::string_view serverHlc;
    if (object.at_key("server_hlc").get_string().get(serverHlc) == simdjson::SUCCESS)
        answer.serverHlc = QString::fromUtf8(viewOf(serverHlc));
    answer.remaining = integerField(object, "remaining");
    answer.head = integerField(object, "head");
    out.value = std::move(answer);
    return out;
}

} // namespace

} // namespace verrijkt
