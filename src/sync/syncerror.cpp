#include "syncerror.h"

namespace verrijkt {

namespace {
struct Texts
{
    const char *dutch;
    const char *english;
};

Texts textsFor(SyncError::Kind kind)
{
    switch (kind) {
    case SyncError::Kind::None:
        return {"Gesynchroniseerd.", "Synchronised."};
    case SyncError::Kind::Network:
        return {"Geen verbinding met de server. Uw wijzigingen blijven bewaard en worden later verstuurd.",
                "No connection to the server. Your changes are kept and will be sent later."};
    case SyncError::Kind::Timeout:
        return {"De server reageert niet op tijd. Uw wijzigingen blijven bewaard en worden later verstuurd.",
                "The server does not answer in time. Your changes are kept and will be sent later."};
    case SyncError::Kind::ServerBusy:
        return {"De server is tijdelijk niet beschikbaar. Er wordt later opnieuw gesynchroniseerd.",
                "The server is temporarily unavailable. Sync will be retried later."};
    case SyncError::Kind::Unauthorized:
        return {"U bent afgemeld. Meld u opnieuw aan om te synchroniseren.",
                "You have been signed out. Sign in again to sync."};
    case SyncError::Kind::UpgradeRequired:
        return {"Deze versie van Verrijkt is te oud voor de server. Installeer de nieuwe versie.",
                "This version of Verrijkt is too old for the server. Install the new version."};
    case SyncError::Kind::Refused:
        return {"De server heeft het verzoek geweigerd.", "The server refused the request."};
    case SyncError::Kind::BadAnswer:
        return {"De server gaf een onverwacht antwoord. Probeer het later opnieuw.",
                "The server gave an unexpected answer. Try again later."};
    case SyncError::Kind::LocalStore:
        return {"De gegevens op dit apparaat konden niet worden bijgewerkt.",
                "The data on this device could not be updated."};
    }
    return {"", ""};
}
} // namespace

QString SyncError::message(Language language) const
{
    const Texts t = textsFor(kind);
    return QString::fromUtf8(language == Language::Dutch ? t.dutch : t.english);
}

QString syncErrorKindKey(SyncError::Kind kind)
{
    switch (kind) {
    case SyncError::Kind::None:
        return QStringLiteral("none");
    case SyncError::Kind::Network:
        return QStringLiteral("network");
    case SyncError::Kind::Timeout:
        return QStringLiteral("timeout");
    case SyncError::Kind::ServerBusy:
        return QStringLiteral("server_busy");
    case SyncError::Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case SyncError::Kind::UpgradeRequired:
        return QStringLiteral("upgrade_required");
    case SyncError::Kind::Refused:
        return QStringLiteral("refused");
    case SyncError::Kind::BadAnswer:
        return QStringLiteral("bad_answer");
    case SyncError::Kind::LocalStore:
        return QStringLiteral("local_store");
    }
    return {};
}

} // namespace verrijkt
