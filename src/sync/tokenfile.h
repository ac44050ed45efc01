#pragma once

#include <QString>
#include <optional>

namespace verrijkt {

// Where a command-line client keeps its sign-in token between runs: one file per (device database,
// server, user) in an owner-only folder, $XDG_CONFIG_HOME/verrijkt/sync-tokens (0700), each file
// 0600 and written whole or not at all. A token is a password for 30 days: it never goes into the
// device database (which is copied, backed up and shared far more casually) nor into a file other
// users of the machine can read. The app keeps its token in the system keychain instead.
class TokenFile
{
public:
    TokenFile(const QString &databasePath, const QString &server, const QString &user);

    static QString directory(); // the sync-tokens folder
    QString path() const { return m_path; }

    // The stored token; nullopt when there is none. A file that others can read is not trusted:
    // it is deleted and nullopt returned (sign in again).
    std::optional<QString> load() const;
    bool save(const QString &token, QString *error) const;
    bool remove() const;

private:
    QString m_path;
};

} // namespace verrijkt
