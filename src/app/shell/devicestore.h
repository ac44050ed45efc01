#pragma once

#include <QDate>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QUuid>

namespace verrijkt {

class Database;

// The models' handle on the device's local database. Handed to every model as a property (no global
// singleton), it also says who is using the device (user name, bridge-officer id) and which day is
// "today", and announces changes so that models re-read: after a local write and after a sync pull.
class DeviceStore : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(QDate today READ today WRITE setToday NOTIFY todayChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY userChanged)
    Q_PROPERTY(int revision READ revision NOTIFY dataChanged)

public:
    explicit DeviceStore(Database *db, QObject *parent = nullptr);

    Database *database() const { return m_db; }

    // The system date unless pinned (tests, screenshots, the demo).
    QDate today() const;
    void setToday(const QDate &today);

    QString userName() const { return m_userName; }
    void setUserName(const QString &userName);
    // The signed-in bridge officer's record id (null for other roles or before the first sync):
    // looked up by user name in bridge_officers.
    QUuid officerId() const;

    int revision() const { return m_revision; }
    // Records of these entities (wire names) changed; empty means "anything may have changed".
    void notifyChanged(const QStringList &entities = {});
    // A write made on this device (not a pull): also tells the sync status to send it soon.
    void notifyLocalWrite(const QStringList &entities);
    static bool touches(const QStringList &changed, const QString &entity)
    {
        return changed.isEmpty() || changed.contains(entity);
    }

    // Small per-device memories (the provider used last time, ...), kept in the settings table.
    QString preference(const QString &key) const;
    void setPreference(const QString &key, const QString &value);

signals:
    void todayChanged();
    void userChanged();
    void dataChanged(const QStringList &entities);
    void localWrite();
    // Sent or refused records changed state (a sync round acknowledged them); the data did not.
    void syncStatesChanged();

private:
    Database *m_db;
    QDate m_today;
    QString m_userName;
    int m_revision = 0;
};

} // namespace verrijkt
