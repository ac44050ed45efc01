#pragma once

#include "regionalsnapshot.h"

#include <QList>
#include <QString>
#include <optional>

namespace verrijkt {

class Database;

// Delivered Tijd voor Toekomst pupil-hours per school and school year, from the current versions
// of the recorded enrichment sessions. The same result as summing core's currentSessions() per
// school and year, without loading every session: sessions that were never corrected (almost all
// of them) are summed by SQLite in one scan; only the rows of correction chains are loaded and resolved by
// core's rules, so forked corrections still count once.
std::optional<QList<SchoolYearDelivery>> readDeliveries(Database &db, QString *error);

} // namespace verrijkt
