#include "syncedtables.h"

#include "core/schoolyear.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <algorithm>

namespace verrijkt {

namespace {

struct LocalName
{
    const char *entity;
    const char *table;
    QStringList naturalKey;
};

// Where each entity lives locally; the columns carry the wire names except where listed below.
const QList<LocalName> &localNames()
{
    static const QList<LocalName> names = {
        {"municipality", "municipalities", {QStringLiteral("code")}},
        {"school", "schools", {QStringLiteral("vestiging")}},
        {"participation", "participations", {QStringLiteral("vestiging"), QStringLiteral("school_year")}},
        {"library_participation",
         "library_participations",
         {QStringLiteral("vestiging"), QStringLiteral("school_year")}},
        {"plan_entry", "plan_entries", {QStringLiteral("plan_name"), QStringLiteral("vestiging")}},
        {"bridge_officer", "bridge_officers", {QStringLiteral("user_name")}},
        {"placement", "placements", {}},
        {"enrichment_session", "enrichment_sessions", {}},
        {"family_contact", "family_contacts", {}},
    };
    return names;
}

QString columnFor(const QString &entity, const QString &field)
{
    if (entity == QLatin1String("school") && field == QLatin1String("type"))
        return QStringLiteral("school_type");
    return field;
}

} // namespace

const SyncedColumn *SyncedTable::byColumn(const QString &column) const
{
    for (const SyncedColumn &c : columns)
        if (c.column == column)
            return &c;
    return nullptr;
}

const SyncedColumn *SyncedTable::byField(const QString &field) const
{
    for (const SyncedColumn &c : columns)
        if (c.field == field)
            return &c;
    return nullptr;
}

std::optional<SyncedTables> SyncedTables::load(const QSqlDatabase &db, QString *error)
{
    SyncedTables out;
    for (const LocalName &name : localNames()) {
        const wire::EntitySpec *spec = wire::findEntity(QString::fromLatin1(name.entity));
        if (!spec) {
            *error = QStringLiteral("entity %1 is not in the wire catalogue").arg(QLatin1String(name.entity));
            return std::nullopt;
        }
        SyncedTable table;
        table.spec = spec;
        table.entity = spec->name;
        table.table = QString::fromLatin1(name.table);
        table.naturalKey = name.naturalKey;
        QHash<QString, bool> notNull;
        QSqlQuery info(db);
        if (!info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table.table))) {
            *error = QStringLiteral("cannot read the columns of %1").arg(table.table);
            return std::nullopt;
        }
        while (info.next())
            notNull.insert(info.value(1).toString(), info.value(3).toInt() != 0);
        for (const wire::FieldSpec &field : spec->fields) {
            SyncedColumn column{field.name, columnFor(spec->name, field.name),
                                field.type, field.nullable,
                                false,      field.name.toLatin1()};
            if (!notNull.contains(column.column)) {
                *error = QStringLiteral("table %1 has no column %2 for %3.%4")
                             .arg(table.table, column.column, spec->name, field.name);
                return std::nullopt;
            }
            column.notNullColumn = notNull.value(column.column);
            table.columns.append(column);
        }
        out.m_tables.append(table);
    }
    return out;
}

const SyncedTable *SyncedTables::find(const QString &entity) const
{
    for (const SyncedTable &t : m_tables)
        if (t.entity == entity)
            return &t;
    return nullptr;
}

QVariant wireToColumn(const SyncedColumn &column, const QJsonValue &value)
{
    using wire::FieldType;
    if (value.isNull() || value.isUndefined()) {
        if (!column.notNullColumn)
            return QVariant();
        switch (column.type) {
        case FieldType::Integer:
        case FieldType::Number:
        case FieldType::Boolean:
            return 0;
        case FieldType::EnumList:
            return QStringLiteral("[]");
        default:
            return QStringLiteral("");
        }
    }
    switch (column.type) {
    case FieldType::Integer:
        return static_cast<qint64>(value.toDouble());
    case FieldType::Number:
        return value.toDouble();
    case FieldType::Boolean:
        return value.toBool() ? 1 : 0;
    case FieldType::SchoolYear: {
        const auto year = SchoolYear::fromLabel(value.toString());
        return year ? QVariant(year->startYear()) : QVariant();
    }
    case FieldType::EnumList:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case FieldType::Uuid:
        return value.toString().toLower();
    default:
        return value.toString();
    }
}

ColumnValue wireToColumnValue(const SyncedColumn &column, const QJsonValue &value)
{
    // Kept in step with wireToColumn (tests compare the two).
    using wire::FieldType;
    if (value.isNull() || value.isUndefined()) {
        if (!column.notNullColumn)
            return ColumnValue::null();
        switch (column.type) {
        case FieldType::Integer:
        case FieldType::Number:
        case FieldType::Boolean:
            return ColumnValue::of(qint64(0));
        case FieldType::EnumList:
            return ColumnValue::of(QStringLiteral("[]"));
        default:
            return ColumnValue::of(QString(QLatin1String("")));
        }
    }
    switch (column.type) {
    case FieldType::Integer:
        return ColumnValue::of(static_cast<qint64>(value.toDouble()));
    case FieldType::Number:
        return ColumnValue::of(value.toDouble());
    case FieldType::Boolean:
        return ColumnValue::of(qint64(value.toBool() ? 1 : 0));
    case FieldType::SchoolYear: {
        const auto year = SchoolYear::fromLabel(value.toString());
        return year ? ColumnValue::of(qint64(year->startYear())) : ColumnValue::null();
    }
    case FieldType::EnumList:
        return ColumnValue::of(
            QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)));
    case FieldType::Uuid:
        return ColumnValue::of(value.toString().toLower());
    default:
        return ColumnValue::of(value.toString());
    }
}

namespace {

ColumnValue utf8Text(QByteArrayView text)
{
    ColumnValue v;
    v.kind = ColumnValue::Kind::Text;
    v.utf8 = text.toByteArray();
    return v;
}

} // namespace

ColumnValue wireToColumnValue(const SyncedColumn &column, const WireValue &value)
{
    // Kept in step with the QJsonValue overload (tests compare the two over whole pages).
    using wire::FieldType;
    using Kind = WireValue::Kind;
    switch (column.type) {
    case FieldType::Integer:
        if (value.kind == Kind::Integer)
            return ColumnValue::of(value.integer);
        if (value.kind == Kind::Double)
            return ColumnValue::of(static_cast<qint64>(value.number));
        break;
    case FieldType::Number:
        if (value.kind == Kind::Integer)
            return ColumnValue::of(static_cast<double>(value.integer));
        if (value.kind == Kind::Double)
            return ColumnValue::of(value.number);
        break;
    case FieldType::Boolean:
        if (value.kind == Kind::Bool)
            return ColumnValue::of(qint64(value.boolean ? 1 : 0));
        break;
    case FieldType::Text:
    case FieldType::Date:
    case FieldType::Enum:
        if (value.kind == Kind::Text)
            return utf8Text(value.text);
        break;
    case FieldType::Uuid:
        // Stored in lower case; UUID text is ASCII (anything else takes the general way).
        if (value.kind == Kind::Text &&
            std::all_of(value.text.begin(), value.text.end(), [](char c) { return uchar(c) < 0x80; }))
            return utf8Text(value.text.toByteArray().toLower());
        break;
    case FieldType::SchoolYear:
    case FieldType::EnumList:
        break;
    }
    return wireToColumnValue(column, value.toJson());
}

QJsonValue columnToWire(const SyncedColumn &column, const QVariant &value)
{
    using wire::FieldType;
    if (value.isNull())
        return column.type == FieldType::Boolean && column.notNullColumn ? QJsonValue(false)
                                                                         : QJsonValue(QJsonValue::Null);
    switch (column.type) {
    case FieldType::Integer:
        return value.toLongLong();
    case FieldType::Number:
        return value.toDouble();
    case FieldType::Boolean:
        return value.toLongLong() != 0;
    case FieldType::SchoolYear:
        return SchoolYear(value.toInt()).label();
    case FieldType::EnumList:
        return QJsonDocument::fromJson(value.toString().toUtf8()).array();
    default: {
        const QString text = value.toString();
        // Optional text kept as '' in a NOT NULL column travels as null.
        if (text.isEmpty() && column.nullable)
            return QJsonValue(QJsonValue::Null);
        return text;
    }
    }
}

} // namespace verrijkt
