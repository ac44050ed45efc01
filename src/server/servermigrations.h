#pragma once

#include "serverstore.h"

#include <QList>
#include <QStringList>

namespace verrijkt::server {

// The server schema, one list of statements per version (index 0 = version 1). Written in the SQL
// both SQLite and PostgreSQL accept where possible (a data rewrite may need the backend's own JSON
// functions); never edit a released step, add a new one.
QList<QStringList> serverMigrations(Backend backend);

} // namespace verrijkt::server
