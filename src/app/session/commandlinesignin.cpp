#include "commandlinesignin.h"

#include "accountsession.h"
#include "shell/applog.h"

namespace verrijkt {

namespace {

CommandLineSignIn signInNow(AccountSession &account, const QString &server, const QString &user,
                            const std::function<QString()> &readPassword)
{
    const QString wantedServer = AccountSession::normaliseServer(server);
    const QString wantedUser = user.trimmed();
    const bool sameAccount =
        account.signedIn() && account.userName() == wantedUser && account.serverUrl() == wantedServer;
    if (sameAccount && account.hasToken())
        return CommandLineSignIn::AlreadySignedIn;
    const QString password = readPassword ? readPassword() : QString();
    if (password.isEmpty())
        return CommandLineSignIn::NoPassword;
    if (account.signedIn() && !sameAccount) {
        qCInfo(lcApp) << "signing out the previous account before signing in as asked on the command line";
        account.signOut();
    }
    account.signIn(wantedServer, wantedUser, password);
    return CommandLineSignIn::Started;
}

} // namespace

void signInFromCommandLine(AccountSession &account, const QString &server, const QString &user,
                           const std::function<QString()> &readPassword,
                           const std::function<void(CommandLineSignIn)> &done)
{
    const auto run = [&account, server, user, readPassword, done] {
        const CommandLineSignIn outcome = signInNow(account, server, user, readPassword);
        if (done)
            done(outcome);
    };
    if (account.restoring())
        QObject::connect(&account, &AccountSession::restoreFinished, &account, run, Qt::SingleShotConnection);
    else
        run();
}

} // namespace verrijkt
