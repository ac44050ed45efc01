#pragma once

#include <QList>
#include <QStringList>

namespace verrijkt::server {

// The server schema, one list of statements per version (index 0 = version 1). Written in the SQL
// both SQLite and PostgreSQL accept; never edit a released step, add a new one.
QList<QStringList> serverMigrations();

} // namespace verrijkt::server
