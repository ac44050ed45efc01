#pragma once

#include "regionalsnapshot.h"
#include "shell/devicestore.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <memory>

namespace verrijkt {

class Database;

// The regional screens' view of the device store: reads a RegionalSnapshot in one pass and hands
// it to every model of a page, so the register, the map, the dashboard and the school page show
// one state. Re-reads when the DeviceStore announces a change to what it holds (a local write,
// a sync pull) and follows the store's "today".
class RegionalStore : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        verrijkt::DeviceStore *deviceStore READ deviceStore WRITE setDeviceStore NOTIFY deviceStoreChanged)
    Q_PROPERTY(int revision READ revision NOTIFY snapshotChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(QDate today READ today NOTIFY todayChanged)
    Q_PROPERTY(double lastReadMs READ lastReadMs NOTIFY snapshotChanged)
    // Choices for the filters and editors: [{key, label}], "" first meaning "all" where it applies.
    Q_PROPERTY(QVariantList municipalityOptions READ municipalityOptions NOTIFY snapshotChanged)
    Q_PROPERTY(QVariantList schoolTypeOptions READ schoolTypeOptions CONSTANT)
    Q_PROPERTY(QVariantList tierOptions READ tierOptions CONSTANT)
    Q_PROPERTY(QVariantList libraryStatusOptions READ libraryStatusOptions CONSTANT)
    // The municipality boundaries for the map (see docs/app-regional.md: where the shapes come from).
    Q_PROPERTY(QString shapesFile READ shapesFile WRITE setShapesFile NOTIFY shapesFileChanged)

public:
    explicit RegionalStore(QObject *parent = nullptr);
    // Without a DeviceStore the store only holds what setSnapshot() gives it (model tests).
    ~RegionalStore() override;

    DeviceStore *deviceStore() const { return m_deviceStore; }
    void setDeviceStore(DeviceStore *store);
    Database *database() const { return m_deviceStore ? m_deviceStore->database() : nullptr; }

    std::shared_ptr<const RegionalSnapshot> snapshot() const { return m_snapshot; }
    void setSnapshot(RegionalSnapshot snapshot);
    int revision() const { return m_revision; }
    QString lastError() const { return m_lastError; }
    double lastReadMs() const { return m_lastReadMs; }

    // The day the screens treat as today: the device store's (pinned in tests and screenshots).
    QDate today() const;
    // For model tests without a DeviceStore.
    void setToday(const QDate &today);

    // Reads the whole snapshot from the database; false (and lastError) when it cannot.
    Q_INVOKABLE bool reload();
    // Reads only the delivery sums again (after a change to enrichment sessions alone).
    bool reloadDeliveries();
    // After a write through a repository: tells the device store (sync sends it, other pages
    // re-read), which makes this store re-read too.
    void announceLocalWrite(const QStringList &entities);

    QVariantList municipalityOptions() const;
    QVariantList schoolTypeOptions() const;
    QVariantList tierOptions() const;
    QVariantList libraryStatusOptions() const;

    QString shapesFile() const { return m_shapesFile; }
    void setShapesFile(const QString &path);
    // $VERRIJKT_DATA/municipalities_region.geojson, else the build's shared data folder.
    static QString defaultShapesFile();

    // The synced entities (wire names) the snapshot is made of.
    static QStringList entities();

signals:
    void deviceStoreChanged();
    void snapshotChanged();
    void lastErrorChanged();
    void todayChanged();
    void shapesFileChanged();

private:
    void onDataChanged(const QStringList &entities);
    void setLastError(const QString &error);

    QPointer<DeviceStore> m_deviceStore;
    std::shared_ptr<const RegionalSnapshot> m_snapshot;
    int m_revision = 0;
    QString m_lastError;
    QDate m_today;
    double m_lastReadMs = 0;
    QString m_shapesFile = defaultShapesFile();
};

} // namespace verrijkt
