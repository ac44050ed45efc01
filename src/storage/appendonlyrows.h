#pragma once

#include "core/validation.h"

#include <QString>
#include <QUuid>

namespace verrijkt {

class Database;

// Rules for the append-only tables (enrichment_sessions, family_contacts): a correction or
// withdrawal names, in `supersedes`, the record it replaces, which must exist and still be the
// current version (not already corrected or withdrawn on this device). `prefix` names the rule
// family in the message keys ("session", "contact").
ValidationErrors checkSupersedable(Database &db, const QString &table, const QString &prefix,
                                   const QUuid &previous);

// Whether a row with this id exists in the table.
bool rowExists(Database &db, const QString &table, const QUuid &id);

} // namespace verrijkt
