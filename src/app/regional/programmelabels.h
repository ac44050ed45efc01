#pragma once

#include "core/libraryprogramme.h"
#include "core/region.h"
#include "core/tijdvoortoekomst.h"

#include <QColor>
#include <QString>

namespace verrijkt::labels {

// The words and colours the regional screens use for the programmes' states, in the user's
// language (translated through the app's translator) and one palette for chart, map and legend.
QString tier(Tier tier);
QString schoolType(SchoolType type);
QString libraryStatus(LibraryStatus status);
QString schoolYear(int startYear);

QColor tierColour(Tier tier);
QColor libraryColour(LibraryStatus status);
// Bridge officer on the map: none / placed.
QColor officerColour(bool placed);

} // namespace verrijkt::labels
