#pragma once

#include "bulkresult.h"
#include "core/familycontact.h"
#include "core/schoolyear.h"
#include "writeresult.h"

#include <QDate>
#include <QList>
#include <optional>

namespace verrijkt {

class Database;

// Contacts of brugfunctionarissen with families: personal data about vulnerable children, so only
// pseudonymous family codes and the minimum fields are stored, and nothing of a contact is ever
// logged. Append-only (enforced by triggers): corrections and withdrawals are new rows; a
// correction stays with the same officer.
class FamilyContactRepository
{
public:
    explicit FamilyContactRepository(Database &db) : m_db(db) {}

    // The officer must exist and be placed at the contact's school on its date.
    WriteResult record(const FamilyContact &contact, const QDate &today = QDate::currentDate());
    WriteResult correct(const QUuid &previous, const FamilyContact &corrected,
                        const QDate &today = QDate::currentDate());
    WriteResult withdraw(const QUuid &previous);

    std::optional<FamilyContact> get(const QUuid &id) const;
    // The current version of each of the officer's contacts, by date.
    QList<FamilyContact> contactsOfOfficer(const QUuid &officerId) const;
    QList<FamilyContact> history(const QUuid &officerId) const; // every row, oldest first
    // The current version of every contact (all officers) dated in the school year, by date. Reads
    // the year's rows and the rows of correction chains only; chains that cross years resolve as
    // in contactsOfOfficer() because every row of every chain is read.
    QList<FamilyContact> currentContactsInYear(const SchoolYear &year) const;
    qint64 count() const;

    // Fast path for generated data: validates everything first, one transaction per batch.
    BulkResult bulkInsert(const QList<FamilyContact> &contacts, const QDate &today, int batchSize = 5000);

private:
    WriteResult insert(FamilyContact contact);
    // Rows in clock order, or in table order when `ordered` is false (a plain scan, no index walk).
    QList<FamilyContact> select(const QString &where, const QVariantList &binds, bool ordered = true) const;
    Database &m_db;
};

} // namespace verrijkt
