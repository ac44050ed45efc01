#pragma once

// Small helpers for validation tests: which rule keys fired, on which fields.
#include "core/validation.h"

#include <QStringList>

inline QStringList keysOf(const verrijkt::ValidationErrors &errors)
{
    QStringList keys;
    for (const auto &e : errors)
        keys.append(e.key);
    return keys;
}

inline bool hasError(const verrijkt::ValidationErrors &errors, const QString &field, const QString &key)
{
    for (const auto &e : errors) {
        if (e.field == field && e.key == key)
            return true;
    }
    return false;
}

// Catch2 prints QStringList poorly; join for INFO/CHECK messages.
inline std::string joined(const verrijkt::ValidationErrors &errors)
{
    return keysOf(errors).join(QStringLiteral(", ")).toStdString();
}
