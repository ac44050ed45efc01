#pragma once

#include <QString>

namespace verrijkt {

class Database;

// Removes the personal data a bridge officer's device holds (family contacts, including any still
// waiting in the outbox) in one transaction, and resets the sync position so the next account
// downloads its own data afresh; the records stay on the server. Used on sign-out.
// Returns false with `error` when nothing could be removed.
bool purgePersonalData(Database &db, QString *error);

// Family contacts stored on the device (for tests and the sign-out warning).
int familyContactCount(Database &db);

} // namespace verrijkt
