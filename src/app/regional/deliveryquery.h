#pragma once

#include "regionalsnapshot.h"

#include <QList>
#include <QString>
#include <optional>

namespace verrijkt {

class Database;

// Delivered Tijd voor Toekomst pupil-hours per school and school year, from the current versions
// of the recorded enrichment sessions. The same result as summing core's currentSessions() per
// school and year, without loading every session: the sessions that are not corrections (almost all
// of them) come summed per school and year from the store (kept by triggers on every write, see
// storage/deliverysums.h); only the rows of correction chains are loaded and resolved by core's
// rules, so forked corrections still count once.
std::optional<QList<SchoolYearDelivery>> readDeliveries(Database &db, QString *error);

} // namespace verrijkt
