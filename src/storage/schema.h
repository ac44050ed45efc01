#pragma once

#include <QStringList>

// The SQL of each schema version's migration step. Once released, a version's SQL never changes:
// a new need is a new version.
namespace verrijkt::schema {

QStringList version1(); // all tables, append-only triggers
QStringList version2(); // indexes for the hot queries
QStringList version3(); // schools rebuilt with CHECK constraints (destructive: table rebuild)

} // namespace verrijkt::schema
