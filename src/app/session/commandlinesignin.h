#pragma once

#include <QString>
#include <functional>

namespace verrijkt {

class AccountSession;

enum class CommandLineSignIn {
    AlreadySignedIn, // the device holds this account and a token: nothing asked
    Started,         // a sign-in is under way (AccountSession::busy, then signedIn or error)
    NoPassword,      // a sign-in was needed but no password came
};

// `verrijkt --server URL --user NAME` (the demo script, a scripted start): the device signs in to
// that account unless it already holds it with a token. `readPassword` (standard input in main) is
// only called when a sign-in is needed, so a password never appears on a command line. A device
// signed in to another account is signed out first, which removes that account's family contacts.
// Waits for a restore still reading the stored token (keychains answer asynchronously); `done`
// hears the outcome.
void signInFromCommandLine(AccountSession &account, const QString &server, const QString &user,
                           const std::function<QString()> &readPassword,
                           const std::function<void(CommandLineSignIn)> &done = {});

} // namespace verrijkt
