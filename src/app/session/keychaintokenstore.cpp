#include "shell/applog.h"
#include "tokenstore.h"

#include <memory>

#ifdef VERRIJKT_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace verrijkt {

#ifdef VERRIJKT_HAVE_KEYCHAIN
namespace {

const QString kService = QStringLiteral("Verrijkt");

// Tries the keychain first. When the platform has none (no secret service on a bare desktop, no
// session bus), the 0600 file takes over, and a token found in either place is used.
class KeychainTokenStore : public TokenStore
{
public:
    explicit KeychainTokenStore(const QString &folder) : m_file(folder) {}

    void read(const QString &account, Done done) override
    {
        auto *job = new QKeychain::ReadPasswordJob(kService);
        job->setAutoDelete(true);
        job->setKey(account);
        QObject::connect(job, &QKeychain::Job::finished,
                         [this, alive = std::weak_ptr<int>(m_alive), account, done](QKeychain::Job *j) {
                             if (alive.expired())
                                 return; // the store went away (the app is closing)
                             const auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
                             if (j->error() == QKeychain::NoError && !read->textData().isEmpty()) {
                                 m_usedKeychain = true;
                                 done(true, read->textData(), {});
                                 return;
                             }
                             m_file.read(account, done);
                         });
        job->start();
    }

    void write(const QString &account, const QString &token, Done done) override
    {
        auto *job = new QKeychain::WritePasswordJob(kService);
        job->setAutoDelete(true);
        job->setKey(account);
        job->setTextData(token);
        QObject::connect(
            job, &QKeychain::Job::finished,
            [this, alive = std::weak_ptr<int>(m_alive), account, token, done](QKeychain::Job *j) {
                if (alive.expired())
                    return; // the store went away (the app is closing)
                if (j->error() == QKeychain::NoError) {
                    m_usedKeychain = true;
                    m_file.remove(account, [](bool, const QString &, const QString &) {});
                    done(true, token, {});
                    return;
                }
                qCInfo(lcApp) << "no keychain available, keeping the token in an owner-only file:"
                              << j->errorString();
                m_usedKeychain = false;
                m_file.write(account, token, done);
            });
        job->start();
    }

    void remove(const QString &account, Done done) override
    {
        auto *job = new QKeychain::DeletePasswordJob(kService);
        job->setAutoDelete(true);
        job->setKey(account);
        QObject::connect(job, &QKeychain::Job::finished,
                         [this, alive = std::weak_ptr<int>(m_alive), account, done](QKeychain::Job *) {
                             if (alive.expired())
                                 return;                   // the store went away (the app is closing)
                             m_file.remove(account, done); // whatever the keychain said, the file must go too
                         });
        job->start();
    }

    QString kind() const override
    {
        return m_usedKeychain ? QStringLiteral("keychain") : QStringLiteral("file");
    }

private:
    FileTokenStore m_file;
    bool m_usedKeychain = false;
    std::shared_ptr<int> m_alive = std::make_shared<int>(0);
};

} // namespace
#endif

std::unique_ptr<TokenStore> createTokenStore(const QString &folder, bool preferKeychain)
{
#ifdef VERRIJKT_HAVE_KEYCHAIN
    if (preferKeychain)
        return std::make_unique<KeychainTokenStore>(folder);
#else
    Q_UNUSED(preferKeychain)
#endif
    return std::make_unique<FileTokenStore>(folder);
}

} // namespace verrijkt
