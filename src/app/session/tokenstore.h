#pragma once

#include <QString>
#include <functional>
#include <memory>

namespace verrijkt {

// Where the signed-in account's server token lives between runs. The OS keychain (through
// qtkeychain) where there is one; otherwise a file only the user can read (mode 0600). Asynchronous
// because keychains are.
class TokenStore
{
public:
    // ok=false with a plain error when the token could not be read/written; a missing token reads
    // as ok with an empty token.
    using Done = std::function<void(bool ok, const QString &token, const QString &error)>;

    virtual ~TokenStore() = default;
    virtual void read(const QString &account, Done done) = 0;
    virtual void write(const QString &account, const QString &token, Done done) = 0;
    virtual void remove(const QString &account, Done done) = 0;
    // "keychain" or "file": where the token ended up (shown on the account page).
    virtual QString kind() const = 0;
};

// One file per account in `folder`, created with permissions 0600 (owner read/write only).
class FileTokenStore : public TokenStore
{
public:
    explicit FileTokenStore(QString folder);
    void read(const QString &account, Done done) override;
    void write(const QString &account, const QString &token, Done done) override;
    void remove(const QString &account, Done done) override;
    QString kind() const override { return QStringLiteral("file"); }
    QString pathFor(const QString &account) const;

private:
    QString m_folder;
};

// The keychain when the platform offers one, the 0600 file otherwise (for example on a desktop
// without a secret service). `folder` is the file fallback's folder.
std::unique_ptr<TokenStore> createTokenStore(const QString &folder, bool preferKeychain = true);

} // namespace verrijkt
