#pragma once

#include "database.h"
#include "localsyncstore.h"
#include "sqlitesyncstore.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <memory>

namespace verrijkt::testing {

// A device database in a temporary folder.
struct TempDevice
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    explicit TempDevice(const DatabaseOptions &options = {});
    QString path() const { return dir.filePath(QStringLiteral("device.db")); }
    void reopen(const DatabaseOptions &options = {});
};

// A pulled change whose every field (and `deleted`) carries `hlc`.
PulledChange pulled(qint64 seq, const QString &entity, const QUuid &id, const QJsonObject &fields,
                    const QString &hlc, bool deleted = false);

// Wire fields of a complete record, for building pages.
QJsonObject municipalityFields(const QString &code, const QString &name);
QJsonObject schoolFields(const QString &vestiging, const QString &municipality, const QString &name);
QJsonObject participationFields(const QString &vestiging, const QString &year, const QString &tier,
                                int pupils);
QJsonObject familyContactFields(const QUuid &officer, const QString &vestiging, const QString &date,
                                const QString &familyCode);
QJsonObject sessionFields(const QString &vestiging, const QString &date, double hours, int pupils);

SyncScope scopeOf(const QString &role, const QStringList &schools, const QString &officer = {},
                  const QStringList &entities = {});

qint64 countRows(Database &db, const QString &table, const QString &where = {});

// A test UUID with `i` in its last digits.
QUuid uuid(int i);

// The device clock of the store tests: 2026-01-01.
constexpr qint64 kTestNow = 1767225600000;
DatabaseOptions fixedClock(qint64 millis = kTestNow);

// SqliteSyncStore::attach that must succeed.
std::unique_ptr<SqliteSyncStore> attachStore(Database &db);

// A pull answer carrying `page`, as the server writes it.
QByteArray pullBody(const QList<PulledChange> &page, qint64 cursor);
// As the engine hands pages over: when `prepared`, encoded as the server sends it and decoded
// with the store's row preparer on another thread (decodePullPage); else as given.
QList<PulledChange> preparedOn(const SqliteSyncStore &store, QList<PulledChange> page, bool prepared);

// Every synced table's rows, for comparing two devices.
QStringList dumpSyncedTables(Database &db, const SyncedTables &tables);
QString hlcAt(qint64 millis, const QString &node = QStringLiteral("server"));

} // namespace verrijkt::testing
