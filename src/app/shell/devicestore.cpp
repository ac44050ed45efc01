#include "devicestore.h"

#include "applog.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

namespace verrijkt {

DeviceStore::DeviceStore(Database *db, QObject *parent) : QObject(parent), m_db(db) {}

QDate DeviceStore::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void DeviceStore::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    emit todayChanged();
}

void DeviceStore::setUserName(const QString &userName)
{
    if (userName == m_userName)
        return;
    m_userName = userName;
    emit userChanged();
}

QUuid DeviceStore::officerId() const
{
    if (!m_db || m_userName.isEmpty())
        return {};
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id FROM bridge_officers WHERE user_name = ? AND deleted = 0"));
    q.addBindValue(m_userName);
    if (!q.exec() || !q.next())
        return {};
    return sqlvalues::toUuid(q.value(0));
}

void DeviceStore::notifyChanged(const QStringList &entities)
{
    ++m_revision;
    emit dataChanged(entities);
}

void DeviceStore::notifyLocalWrite(const QStringList &entities)
{
    notifyChanged(entities);
    emit localWrite();
}

QString DeviceStore::preference(const QString &key) const
{
    if (!m_db)
        return {};
    return m_db->setting(QStringLiteral("pref.") + key).value_or(QString());
}

void DeviceStore::setPreference(const QString &key, const QString &value)
{
    if (!m_db)
        return;
    QString error;
    // A null QString binds as NULL, which the settings table refuses: store "" instead.
    if (!m_db->setSetting(QStringLiteral("pref.") + key, value.isNull() ? QStringLiteral("") : value, &error))
        qCWarning(lcApp) << "could not remember a preference:" << error;
}

} // namespace verrijkt
