#pragma once

#include "core/libraryprogramme.h"
#include "writeresult.h"

#include <QList>
#include <optional>

namespace verrijkt {

class Database;

// Bibliotheek op school: one record per school per school year (editable).
class LibraryRepository
{
public:
    explicit LibraryRepository(Database &db) : m_db(db) {}

    std::optional<LibraryParticipation> get(const QString &vestiging, const SchoolYear &year) const;
    QList<LibraryParticipation> forYear(const SchoolYear &year) const; // by vestiging
    // Validates (known school, core validate()), then inserts or updates by (vestiging, year).
    WriteResult save(const LibraryParticipation &participation);

private:
    QList<LibraryParticipation> select(const QString &where, const QVariantList &binds) const;
    Database &m_db;
};

} // namespace verrijkt
