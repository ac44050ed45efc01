#include "tokenfile.h"

#include "synclog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <cstdio>

namespace verrijkt {

namespace {

constexpr QFileDevice::Permissions kOwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerOnlyDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                             QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                             QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

TokenFile::TokenFile(const QString &databasePath, const QString &server, const QString &user)
{
    // The name says nothing about the server or the user; it only has to be stable per triple.
    const QString key =
        QFileInfo(databasePath).absoluteFilePath() + QLatin1Char('\n') + server + QLatin1Char('\n') + user;
    const QByteArray digest = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex();
    m_path = directory() + QLatin1Char('/') + QString::fromLatin1(digest.left(32)) + QStringLiteral(".token");
}

QString TokenFile::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/verrijkt/sync-tokens");
}

std::optional<QString> TokenFile::load() const
{
    QFile file(m_path);
    if (!file.exists())
        return std::nullopt;
    if (file.permissions() & kOthers) {
        qCWarning(lcSync) << "a token file others can read was deleted; sign in again";
        file.remove();
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QString token = QString::fromUtf8(file.readAll()).trimmed();
    return token.isEmpty() ? std::nullopt : std::optional<QString>(token);
}

bool TokenFile::save(const QString &token, QString *error) const
{
    const QString dir = directory();
    if (!QDir().mkpath(dir) || !QFile::setPermissions(dir, kOwnerOnlyDir)) {
        *error = QStringLiteral("cannot create the owner-only folder %1").arg(dir);
        return false;
    }
    // Created 0600 from the start (never briefly readable), then renamed over the old one.
    const QString temporary = m_path + QStringLiteral(".new");
    QFile::remove(temporary);
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnlyFile) ||
        file.write(token.toUtf8()) < 0 || !file.flush()) {
        *error = QStringLiteral("cannot write %1: %2").arg(temporary, file.errorString());
        file.remove();
        return false;
    }
    file.close();
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(m_path).constData()) != 0) {
        *error = QStringLiteral("cannot replace %1").arg(m_path);
        QFile::remove(temporary);
        return false;
    }
    return true;
}

bool TokenFile::remove() const
{
    return !QFile::exists(m_path) || QFile::remove(m_path);
}

} // namespace verrijkt
