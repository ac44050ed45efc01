#pragma once

#include "core/tijdvoortoekomst.h"
#include "writeresult.h"

#include <QList>
#include <QString>
#include <optional>

namespace verrijkt {

class Database;

// Tijd voor Toekomst participations: one per school per school year (editable).
class ParticipationRepository
{
public:
    explicit ParticipationRepository(Database &db) : m_db(db) {}

    std::optional<Participation> get(const QString &vestiging, const SchoolYear &year) const;
    QList<Participation> forYear(const SchoolYear &year) const;     // by vestiging
    QList<Participation> forSchool(const QString &vestiging) const; // by school year
    // Validates against the school (core validate()), then inserts or updates by (vestiging, year).
    WriteResult save(const Participation &participation);
    WriteResult remove(const QString &vestiging, const SchoolYear &year); // tombstone

private:
    QList<Participation> select(const QString &where, const QVariantList &binds) const;
    Database &m_db;
};

} // namespace verrijkt
