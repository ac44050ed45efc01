#include "regionalstore.h"

#include "deliveryquery.h"
#include "programmelabels.h"
#include "regionallog.h"
#include "snapshotreader.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <algorithm>

namespace verrijkt {

RegionalStore::RegionalStore(QObject *parent)
    : QObject(parent), m_snapshot(std::make_shared<RegionalSnapshot>())
{
}

RegionalStore::~RegionalStore() = default;

QStringList RegionalStore::entities()
{
    return {QStringLiteral("municipality"),
            QStringLiteral("school"),
            QStringLiteral("plan_entry"),
            QStringLiteral("participation"),
            QStringLiteral("bridge_officer"),
            QStringLiteral("placement"),
            QStringLiteral("library_participation"),
            QStringLiteral("enrichment_session")};
}

void RegionalStore::setDeviceStore(DeviceStore *store)
{
    if (m_deviceStore == store)
        return;
    if (m_deviceStore)
        disconnect(m_deviceStore, nullptr, this, nullptr);
    m_deviceStore = store;
    if (m_deviceStore) {
        connect(m_deviceStore, &DeviceStore::dataChanged, this, &RegionalStore::onDataChanged);
        connect(m_deviceStore, &DeviceStore::todayChanged, this, &RegionalStore::todayChanged);
    }
    emit deviceStoreChanged();
    emit todayChanged();
    if (m_deviceStore)
        reload();
}

void RegionalStore::onDataChanged(const QStringList &changed)
{
    // Sessions only (a coordinator's sync, the most frequent kind): the register, plans,
    // participations and placements are as they were; only the delivery sums are read again.
    if (!changed.isEmpty() && changed == QStringList{QStringLiteral("enrichment_session")} &&
        m_revision > 0) {
        reloadDeliveries();
        return;
    }
    for (const QString &entity : entities()) {
        if (DeviceStore::touches(changed, entity)) {
            reload();
            return;
        }
    }
}

bool RegionalStore::reloadDeliveries()
{
    Database *db = database();
    if (!db)
        return reload();
    QElapsedTimer timer;
    timer.start();
    QString error;
    std::optional<QList<SchoolYearDelivery>> deliveries = readDeliveries(*db, &error);
    if (!deliveries) {
        qCWarning(lcRegional) << "reading the delivery sums failed:" << error;
        setLastError(tr("The local database could not be read: %1").arg(error));
        return false;
    }
    RegionalSnapshot next = *m_snapshot;
    next.deliveries = std::move(*deliveries);
    m_lastReadMs = timer.nsecsElapsed() / 1.0e6;
    setLastError({});
    setSnapshot(std::move(next));
    return true;
}

void RegionalStore::setSnapshot(RegionalSnapshot snapshot)
{
    snapshot.reindex();
    m_snapshot = std::make_shared<const RegionalSnapshot>(std::move(snapshot));
    ++m_revision;
    emit snapshotChanged();
}

QDate RegionalStore::today() const
{
    if (m_deviceStore)
        return m_deviceStore->today();
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void RegionalStore::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    emit todayChanged();
}

bool RegionalStore::reload()
{
    Database *db = database();
    if (!db) {
        setLastError(tr("No database is open."));
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    QString error;
    std::optional<RegionalSnapshot> snapshot = readRegionalSnapshot(*db, &error);
    if (!snapshot) {
        // The message names the failing query; the snapshot holds no personal data.
        qCWarning(lcRegional) << "reading the regional snapshot failed:" << error;
        setLastError(tr("The local database could not be read: %1").arg(error));
        return false;
    }
    m_lastReadMs = timer.nsecsElapsed() / 1.0e6;
    setLastError({});
    setSnapshot(std::move(*snapshot));
    return true;
}

void RegionalStore::announceLocalWrite(const QStringList &entities)
{
    if (m_deviceStore)
        m_deviceStore->notifyLocalWrite(entities); // comes back as dataChanged: reload()
    else
        reload();
}

QVariantList RegionalStore::municipalityOptions() const
{
    QList<Municipality> sorted = m_snapshot->municipalities;
    std::sort(sorted.begin(), sorted.end(), [](const Municipality &a, const Municipality &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    QVariantList out{
        QVariantMap{{QStringLiteral("key"), QString()}, {QStringLiteral("label"), tr("All municipalities")}}};
    for (const Municipality &m : sorted)
        out.append(QVariantMap{{QStringLiteral("key"), m.code}, {QStringLiteral("label"), m.name}});
    return out;
}

QVariantList RegionalStore::schoolTypeOptions() const
{
    QVariantList out{
        QVariantMap{{QStringLiteral("key"), QString()}, {QStringLiteral("label"), tr("All school types")}}};
    for (SchoolType t : {SchoolType::Bao, SchoolType::Sbo, SchoolType::So, SchoolType::SoVso})
        out.append(QVariantMap{{QStringLiteral("key"), schoolTypeKey(t)},
                               {QStringLiteral("label"), labels::schoolType(t)}});
    return out;
}

QVariantList RegionalStore::tierOptions() const
{
    QVariantList out;
    for (Tier t : {Tier::None, Tier::TwoHours, Tier::SixHours})
        out.append(
            QVariantMap{{QStringLiteral("key"), tierKey(t)}, {QStringLiteral("label"), labels::tier(t)}});
    return out;
}

QVariantList RegionalStore::libraryStatusOptions() const
{
    QVariantList out;
    for (LibraryStatus s :
         {LibraryStatus::None, LibraryStatus::Intake, LibraryStatus::AgreementSigned, LibraryStatus::Active})
        out.append(QVariantMap{{QStringLiteral("key"), libraryStatusKey(s)},
                               {QStringLiteral("label"), labels::libraryStatus(s)}});
    return out;
}

void RegionalStore::setShapesFile(const QString &path)
{
    if (path == m_shapesFile)
        return;
    m_shapesFile = path;
    emit shapesFileChanged();
}

QString RegionalStore::defaultShapesFile()
{
    const QString name = QStringLiteral("municipalities_region.geojson");
    const QString fromEnvironment = qEnvironmentVariable("VERRIJKT_DATA");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment + QLatin1Char('/') + name;
    return QStringLiteral(VERRIJKT_SHARED_DATA_DIR "/") + name;
}

void RegionalStore::setLastError(const QString &error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    emit lastErrorChanged();
}

} // namespace verrijkt
