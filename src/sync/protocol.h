#pragma once

// Wire-level pieces of the sync protocol shared by server and client (docs/sync-protocol.md):
// versions, headers, limits, error codes, the push/pull body shapes and the per-field
// last-writer-wins merge.

#include "core/validation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace verrijkt::wire {

constexpr int kProtocolVersion = 1;    // what this build speaks
constexpr int kMinProtocolVersion = 1; // oldest client the server still serves
constexpr int kWireSchemaVersion = 1;  // version of the entity catalogue (entities.h)

inline constexpr char kProtocolHeader[] = "X-Verrijkt-Protocol";
inline constexpr char kSchemaHeader[] = "X-Verrijkt-Schema";

constexpr qsizetype kMaxBodyBytes = 4 * 1024 * 1024;
constexpr int kDefaultPullLimit = 1000;
constexpr int kMaxPullLimit = 5000;
constexpr qint64 kDefaultMaxClockSkewMs = 60 * 1000;

// The `error` codes of refused requests ({"error","message","field"}).
namespace error {
inline const QString UpgradeRequired = QStringLiteral("upgrade_required");         // 426
inline const QString UnsupportedProtocol = QStringLiteral("unsupported_protocol"); // 400
inline const QString BadRequest = QStringLiteral("bad_request");                   // 400 (body shape)
inline const QString MalformedJson = QStringLiteral("malformed_json");             // 400
inline const QString InvalidUtf8 = QStringLiteral("invalid_utf8");                 // 400
inline const QString BodyTooLarge = QStringLiteral("body_too_large");              // 413
inline const QString Unauthorized = QStringLiteral("unauthorized");                // 401
inline const QString InvalidCredentials = QStringLiteral("invalid_credentials");   // 401
inline const QString AccountDisabled = QStringLiteral("account_disabled");         // 403
inline const QString Forbidden = QStringLiteral("forbidden");                      // 403
inline const QString NotFound = QStringLiteral("not_found");                       // 404
inline const QString MethodNotAllowed = QStringLiteral("method_not_allowed");      // 405
inline const QString Conflict = QStringLiteral("conflict");                        // 409
inline const QString TooManyAttempts = QStringLiteral("too_many_attempts");        // 429
inline const QString Unavailable = QStringLiteral("unavailable");                  // 503
} // namespace error

// Message text for sync-level rule keys ("sync.field.unknown", ...) and, falling back, the core's
// catalogue (validationMessage / registerImportMessage).
QString reasonMessage(const QString &key, const QVariantMap &params, Language language = Language::Dutch);
QStringList syncMessageKeys();

// ---- merge ------------------------------------------------------------------------------------

// One field of an editable record: its value and the HLC text of the write that set it.
struct FieldState
{
    QJsonValue value;
    QString hlc;
    friend bool operator==(const FieldState &, const FieldState &) = default;
};
using FieldStates = QMap<QString, FieldState>; // field name (incl. "deleted") -> state

// True if `a` beats `b`: higher HLC; on equal HLC text the greater canonical JSON value, so the
// outcome never depends on the order in which writes arrive.
bool wins(const FieldState &a, const FieldState &b);
// Per-field last-writer-wins union: commutative, associative and idempotent.
FieldStates merge(const FieldStates &a, const FieldStates &b);
// Splits a record into (fields, hlc) objects and back.
FieldStates toFieldStates(const QJsonObject &fields, const QJsonObject &hlc);
QJsonObject valuesOf(const FieldStates &states); // without "deleted"
QJsonObject hlcsOf(const FieldStates &states);   // with "deleted" if present
bool isDeleted(const FieldStates &states);

// ---- push -------------------------------------------------------------------------------------

enum class MutationOp { Insert, Upsert, Delete };
QString mutationOpKey(MutationOp op); // "insert", "upsert", "delete"
std::optional<MutationOp> mutationOpFromKey(const QString &key);

// One mutation as it travels. `hlc` is per field; the wire also accepts one HLC string for all
// fields (expanded by parseMutationBody).
struct Mutation
{
    qint64 n = 0;
    QString entity;
    QUuid id;
    MutationOp op = MutationOp::Upsert;
    QJsonObject fields;
    QJsonObject hlc;
};
QJsonObject toJson(const Mutation &m);

// A refused request: HTTP status, error code, text and the offending field (may be empty).
struct RequestError
{
    int status = 400;
    QString code;
    QString message;
    QString field;
    QJsonObject toJson() const;
};

// The envelope of a push: {"device", "mutations":[{"n",...}]}. Envelope problems (no device, n
// missing or repeated) refuse the whole request; each mutation's own content is checked later by
// checkMutation so that a bad mutation is rejected alone.
struct PushRequest
{
    QString device;
    QList<qint64> ns;            // n of every mutation, in order
    QList<QJsonObject> payloads; // the raw mutation objects
};
std::optional<PushRequest> parsePushRequest(const QJsonObject &body, RequestError *error);

// Parses and type-checks one raw mutation: op, entity, id, fields (known, well typed), hlc (one
// valid HLC per field). nullopt with `reason` filled when it must be rejected.
std::optional<Mutation> checkMutation(const QJsonObject &raw, ValidationError *reason);

enum class AckStatus { Applied, Duplicate, Rejected };
QString ackStatusKey(AckStatus s); // "applied", "duplicate", "rejected"
std::optional<AckStatus> ackStatusFromKey(const QString &key);

struct Ack
{
    qint64 n = 0;
    AckStatus status = AckStatus::Applied;
    QString reasonKey;
    QString reasonField;
    QString reasonMessage;
    QJsonObject toJson() const;
};
Ack rejectedAck(qint64 n, const ValidationError &reason);

// ---- pull -------------------------------------------------------------------------------------

struct Scope
{
    QString role;
    bool allSchools = false;
    QStringList schools;  // sorted; empty when allSchools
    QString officer;      // the caller's bridge_officer id (officer role), else empty
    QStringList entities; // entity names the caller may see
    QJsonObject toJson() const;
    static Scope fromJson(const QJsonObject &o);
    // True if `next` shows something this scope did not (more schools, other officer or role).
    bool gainedIn(const Scope &next) const;
    friend bool operator==(const Scope &, const Scope &) = default;
};

} // namespace verrijkt::wire
