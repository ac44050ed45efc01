#pragma once

#include "core/validation.h"

#include <QString>
#include <QUuid>

namespace verrijkt {

// The outcome of one repository write. Either the write happened (ok(), `id` names the row) or
// nothing was written: `errors` lists the broken rules, `storageError` a database failure.
struct WriteResult
{
    enum class Change { None, Inserted, Updated, Unchanged };

    ValidationErrors errors;
    QUuid id;
    QString storageError;
    Change change = Change::None; // what an ok() write did to the row

    bool ok() const { return errors.isEmpty() && storageError.isEmpty(); }

    static WriteResult invalid(ValidationErrors errors)
    {
        return WriteResult{std::move(errors), {}, {}, Change::None};
    }
    static WriteResult invalid(const QString &field, const QString &key, const QVariantMap &params = {})
    {
        return invalid(ValidationErrors{ValidationError{field, key, params}});
    }
    static WriteResult failed(const QString &error) { return WriteResult{{}, {}, error, Change::None}; }
    static WriteResult written(const QUuid &id, Change change = Change::Inserted)
    {
        return WriteResult{{}, id, {}, change};
    }
};

} // namespace verrijkt
