#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>

namespace verrijkt::server {

// argon2id cost of password hashes (libsodium crypto_pwhash). The stored hash string carries its
// own parameters, so changing the limits later keeps old hashes verifiable.
struct HashLimits
{
    unsigned long long opsLimit = 0;
    std::size_t memLimit = 0;
    static HashLimits interactive(); // the default: ~64 MiB, a fraction of a second
    static HashLimits moderate();    // ~256 MiB, for servers that log in rarely
    static HashLimits minimum();     // tests and throwaway demos only
};

// libsodium must be initialised once before any of the functions below; false if it cannot be.
bool initialiseCrypto();

// argon2id hash string ("$argon2id$v=19$m=...") of a password; empty if memory ran out.
QString hashPassword(const QString &password, const HashLimits &limits);
bool verifyPassword(const QString &hash, const QString &password);

// 32 random bytes, base64url without padding: an opaque bearer token.
QString newToken();
// Hex SHA-256 of a token: what the database stores instead of the token.
QString tokenDigest(const QString &token);
// A random password of 20 characters from an alphabet without look-alikes (for `user add`).
QString newPassword();

} // namespace verrijkt::server
