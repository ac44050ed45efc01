#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace verrijkt::synctesting {

// One synced record in a form that compares equal exactly when two holders agree: canonical wire
// values with null (= absent) fields dropped, the tombstone, and for editable entities the HLC of
// every field (after a sync a device must hold the server's clocks, clamped ones included).
// Append-only records carry no HLCs: they never merge, and a device keeps its own stamp of a record
// the server clamped.
struct CanonicalRecord
{
    QString entity;
    QString id; // lower case
    bool deleted = false;
    QJsonObject fields;
    QJsonObject hlc;

    QJsonObject toJson() const;
    QByteArray text() const; // compact JSON with sorted keys
    friend bool operator==(const CanonicalRecord &, const CanonicalRecord &) = default;
};

using RecordSet = QMap<QString, CanonicalRecord>; // by id

// From wire form (a pulled change or a pushed record); unknown entities keep their raw values.
CanonicalRecord canonicalRecord(const QString &entity, const QString &id, const QJsonObject &fields,
                                const QJsonObject &hlc, bool deleted);
// The state a full pull (from cursor 0) leaves: a later change of a record replaces an earlier one.
void applyPulledChanges(RecordSet &set, const QJsonArray &changes);

// A JSON value as it reads back from text (undefined becomes null, 150.0 becomes 150).
QJsonValue normalisedValue(const QJsonValue &value);

// Every record as one line of sorted JSON, ordered by (entity, id): the "canonical export".
QByteArray exportText(const RecordSet &set);
// Human-readable differences (missing, unexpected, different), at most `max`.
QStringList differences(const RecordSet &expected, const RecordSet &actual, int max = 12);
RecordSet without(const RecordSet &set, const QSet<QString> &ids);
// differences() for a device that must mirror `server`: every live record equal, every tombstone
// the device holds equal; a server tombstone the device does not hold is fine (a device need not
// materialise the deletion of a record it never had, or whose natural key a live record now holds).
QStringList mirrorDifferences(const RecordSet &server, const RecordSet &device, int max = 12);
// The ids mirrorDifferences() complains about.
QStringList mirrorDifferingIds(const RecordSet &server, const RecordSet &device);

// Who a scope belongs to, for computing it independently of the server (docs/sync-protocol.md,
// "Roles and scope").
struct ScopeOwner
{
    QString role; // admin, regional, coordinator, officer
    QString userName;
    QStringList schools; // coordinator
    QDate today;         // officer: placements active on this date (server's date)
};
// The officer's bridge_officer id (lowest id among live records with that user name), or empty.
QString officerIdOf(const RecordSet &all, const QString &userName);
// The schools of the officer's live placements active on `today`.
QSet<QString> placementSchools(const RecordSet &all, const QString &officerId, const QDate &today);
RecordSet filterToScope(const RecordSet &all, const ScopeOwner &owner);

} // namespace verrijkt::synctesting
