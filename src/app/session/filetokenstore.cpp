#include "tokenstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace verrijkt {

FileTokenStore::FileTokenStore(QString folder) : m_folder(std::move(folder)) {}

QString FileTokenStore::pathFor(const QString &account) const
{
    // The file name must not reveal the account (it may be a person's name).
    const QByteArray hash =
        QCryptographicHash::hash(account.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(m_folder).filePath(QStringLiteral("token-%1").arg(QString::fromLatin1(hash)));
}

void FileTokenStore::read(const QString &account, Done done)
{
    QFile file(pathFor(account));
    if (!file.exists()) {
        done(true, {}, {});
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        done(false, {}, file.errorString());
        return;
    }
    done(true, QString::fromUtf8(file.readAll()).trimmed(), {});
}

void FileTokenStore::write(const QString &account, const QString &token, Done done)
{
    if (!QDir().mkpath(m_folder)) {
        done(false, {}, QStringLiteral("cannot create %1").arg(m_folder));
        return;
    }
    const QString path = pathFor(account);
    QSaveFile file(path);
    // Owner-only from the first byte: the temporary file gets the permissions before any write.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        done(false, {}, file.errorString());
        return;
    }
    file.write(token.toUtf8());
    if (!file.commit()) {
        done(false, {}, file.errorString());
        return;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    done(true, token, {});
}

void FileTokenStore::remove(const QString &account, Done done)
{
    QFile file(pathFor(account));
    if (file.exists() && !file.remove()) {
        done(false, {}, file.errorString());
        return;
    }
    done(true, {}, {});
}

} // namespace verrijkt
