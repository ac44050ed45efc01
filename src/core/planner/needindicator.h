#pragma once

#include "core/csv.h"
#include "core/region.h"
#include "core/validation.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace verrijkt {

// The need indicator: one number per school location, higher = more need. Meant for an
// educational-disadvantage score such as the CBS "onderwijsachterstandenindicator" (the school
// score OCW uses for its achterstandsmiddelen); any scale works as long as higher means more need
// and the 6-hour threshold is given on the same scale. See docs/planning.md.
using NeedIndicator = QHash<QString, double>;

struct NeedRejection
{
    int line = 0; // 1-based line of the record in the file
    QString vestiging;
    ValidationError error;
    QString reason(Language language = Language::Dutch) const; // "regel 4, veld need: ..."
};

struct NeedParse
{
    ValidationError error; // key set: the file as a whole cannot be used (not CSV, column missing)
    NeedIndicator need;
    QList<NeedRejection> rejections;
    int records = 0;
    bool malformed() const { return !error.key.isEmpty(); }
    bool ok() const { return !malformed() && rejections.isEmpty(); }
    QString errorText(Language language = Language::Dutch) const;
};

// CSV with columns vestiging,need (any order, extra columns ignored). `register` (if not empty):
// codes that must exist. A duplicate code rejects every occurrence. The need may use a decimal
// point or a decimal comma ("12,3" must then be quoted, as CSV requires).
NeedParse parseNeedIndicator(const CsvTable &table, const QSet<QString> &registerCodes = {});
QByteArray needIndicatorToCsv(const NeedIndicator &need); // sorted by vestiging, decimal point

// A SYNTHETIC need indicator for demos, tests and benchmarks (the real register has none): a
// deterministic pseudo-random value per location from (seed, vestiging), the mean of two uniform
// draws scaled to 0.0..20.0 with one decimal (a triangular spread around 10). It says nothing
// about any real school.
NeedIndicator syntheticNeed(const QList<SchoolLocation> &schools, quint64 seed);

} // namespace verrijkt
