#pragma once

#include "core/validation.h"

#include <QString>

namespace verrijkt {

// Why a sync round stopped, with a text a user can act on.
struct SyncError
{
    enum class Kind {
        None,
        Network,         // no connection, DNS, refused, TLS
        Timeout,         // the server did not answer in time
        ServerBusy,      // 5xx, 429
        Unauthorized,    // 401: the token is gone or expired; sign in again
        UpgradeRequired, // 426: this app is too old for the server
        Refused,         // another 4xx: the server refused the request itself
        BadAnswer,       // the answer did not follow the protocol
        LocalStore,      // the device database failed
    };
    Kind kind = Kind::None;
    QString detail;     // technical detail for logs and the CLI (never personal data)
    int httpStatus = 0; // 0 when no HTTP answer arrived

    bool isError() const { return kind != Kind::None; }
    // Worth trying again later without anything changing on the device.
    bool isRetryable() const
    {
        return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::ServerBusy;
    }
    QString message(Language language = Language::Dutch) const;
};

QString syncErrorKindKey(SyncError::Kind kind); // "network", "timeout", ... for logs and tests

} // namespace verrijkt
