#pragma once

// The entity catalogue of the sync protocol (docs/sync-protocol.md, "Entities and fields"): which
// entities exist on the wire, their kind, their fields and types, which field names the school and
// the owner, and the codecs between the wire form (a JSON object of snake_case fields) and the core
// structs, so that both ends run the same core validate() rules on a record.

#include "core/bridgeofficer.h"
#include "core/familycontact.h"
#include "core/libraryprogramme.h"
#include "core/region.h"
#include "core/rolloutplan.h"
#include "core/tijdvoortoekomst.h"
#include "core/validation.h"

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace verrijkt::wire {

enum class EntityKind { Editable, AppendOnly };

enum class FieldType {
    Text,       // JSON string, at most kMaxTextLength characters
    Integer,    // JSON number without fraction
    Number,     // JSON number (finite)
    Boolean,    // true/false
    Date,       // "YYYY-MM-DD"
    SchoolYear, // "2026-2027"
    Uuid,       // "0190f2c4-...": 36 characters, any case (stored lower case)
    Enum,       // one of `keys`
    EnumList,   // JSON array of distinct members of `keys`
};

constexpr int kMaxTextLength = 200;

struct FieldSpec
{
    QString name;
    FieldType type = FieldType::Text;
    bool nullable = false; // null (or absent) allowed in a complete record
    QStringList keys;      // Enum / EnumList members
};

struct EntitySpec
{
    QString name;
    EntityKind kind = EntityKind::Editable;
    QString schoolField; // field that names the school (vestiging), empty if none
    QString ownerField;  // field that names the owner (user name or officer id), empty if none
    QList<FieldSpec> fields;
    // Fields that identify the real-world thing (a school by its vestiging code); at most one live
    // record per value. Empty for entities without one.
    QStringList naturalKey;

    const FieldSpec *field(const QString &fieldName) const;
    bool isAppendOnly() const { return kind == EntityKind::AppendOnly; }
};

// The natural key of a record as one text (a compact JSON array of the key fields' values);
// empty if the entity has none.
QString naturalKeyText(const EntitySpec &entity, const QJsonObject &fields);

// Wire name of the tombstone pseudo-field of editable entities: it travels in `hlc` like any field.
inline const QString kDeletedField = QStringLiteral("deleted");

// An append-only record is written once, with one clock: in pulls (and in the server's store) its
// `hlc` is the single entry {"record": <hlc>} instead of the same clock repeated per field, which
// was over half of every pulled session or contact. Readers take the newest clock of `hlc`
// whatever its keys, so a per-field object still works.
inline const QString kRecordHlcKey = QStringLiteral("record");

const QList<EntitySpec> &entityCatalogue();
const EntitySpec *findEntity(const QString &name); // nullptr for an unknown entity
QStringList entityNames();

// Type check of one value: nullopt if fine, else the error (key "sync.field.type",
// "sync.field.enum", "sync.field.date", ... with the field named).
std::optional<ValidationError> checkFieldValue(const FieldSpec &field, const QJsonValue &value);
// Every field known and well typed (a partial record is fine; `deleted` is accepted for editable
// entities and must be a boolean).
ValidationErrors checkFields(const EntitySpec &entity, const QJsonObject &fields);
// Every non-nullable field present and non-null (a complete record).
ValidationErrors checkComplete(const EntitySpec &entity, const QJsonObject &fields);

// The canonical wire form of a value already accepted by checkFieldValue (UUIDs lower case without
// braces, enum lists in given order). Lets equal content compare equal as JSON.
QJsonValue canonicalValue(const FieldSpec &field, const QJsonValue &value);

// What the core rules need to know about other records. The server answers from its records
// table inside the push transaction; a device can answer from its local store.
class RecordLookup
{
public:
    virtual ~RecordLookup() = default;
    virtual std::optional<SchoolLocation> school(const QString &vestiging) const = 0;
    virtual std::optional<BridgeOfficer> officer(const QUuid &id) const = 0;
    virtual QList<Placement> placementsOf(const QUuid &officerId) const = 0; // not deleted
    virtual QDate today() const = 0;
};

// Runs the core validate() rules on a complete, type-checked record (checkFields and
// checkComplete passed). Error fields are wire field names. A record that needs another record
// which does not exist (participation at an unknown school) gets "sync.reference.missing".
ValidationErrors validateRecord(const EntitySpec &entity, const QUuid &id, const QJsonObject &fields,
                                const RecordLookup &lookup);

// Wire field name for a core error field ("pupilsReached" -> "pupils_reached").
QString wireFieldName(const EntitySpec &entity, const QString &coreField);

// Codecs. fromJson expects a type-checked, complete record; toJson gives every field.
QJsonObject toJson(const Municipality &m);
QJsonObject toJson(const SchoolLocation &s);
QJsonObject toJson(const Participation &p);
QJsonObject toJson(const LibraryParticipation &p);
QJsonObject toJson(const PlanEntry &p);
QJsonObject toJson(const BridgeOfficer &o);
QJsonObject toJson(const Placement &p);
QJsonObject toJson(const EnrichmentSession &s);
QJsonObject toJson(const FamilyContact &c);

Municipality municipalityFromJson(const QJsonObject &f);
SchoolLocation schoolFromJson(const QJsonObject &f);
Participation participationFromJson(const QUuid &id, const QJsonObject &f);
LibraryParticipation libraryParticipationFromJson(const QUuid &id, const QJsonObject &f);
PlanEntry planEntryFromJson(const QUuid &id, const QJsonObject &f);
BridgeOfficer bridgeOfficerFromJson(const QUuid &id, const QJsonObject &f);
Placement placementFromJson(const QUuid &id, const QJsonObject &f);
EnrichmentSession enrichmentSessionFromJson(const QUuid &id, const QJsonObject &f);
FamilyContact familyContactFromJson(const QUuid &id, const QJsonObject &f);

// UUID text as it travels: lower case, no braces; empty for a null UUID.
QString uuidText(const QUuid &id);
// Parses the 36-character form only (no braces); null QUuid if malformed.
QUuid parseUuid(const QString &text);

} // namespace verrijkt::wire
