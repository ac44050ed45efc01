#pragma once

#include "core/validation.h"

#include <QString>

namespace verrijkt {

// The outcome of a bulk insert. Every row is validated before the first is written: if one is
// invalid, nothing is written and `firstInvalid` / `errors` say which row and why.
struct BulkResult
{
    qint64 written = 0;
    int firstInvalid = -1;
    ValidationErrors errors;
    QString storageError; // a database failure; batches committed before it stay written

    bool ok() const { return firstInvalid < 0 && storageError.isEmpty(); }
};

} // namespace verrijkt
