#include "storage/bridgeofficerrepository.h"
#include "storage/familycontactrepository.h"
#include "storagetestsupport.h"

#include <QMutex>
#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::test;

namespace {

const QDate kToday(2026, 11, 27);

bool hasError(const ValidationErrors &errors, const QString &key)
{
    for (const ValidationError &e : errors) {
        if (e.key == key)
            return true;
    }
    return false;
}

BridgeOfficer officer(const QString &userName, double fte)
{
    BridgeOfficer o;
    o.userName = userName;
    o.displayName = "Brugfunctionaris " + userName;
    o.employer = "Stichting Welzijn Groningen";
    o.contractFte = fte;
    return o;
}

Placement placement(const QUuid &officerId, const QString &vestiging, double fte, const QDate &from,
                    const QDate &to = {})
{
    Placement p;
    p.officerId = officerId;
    p.vestiging = vestiging;
    p.fte = fte;
    p.from = from;
    p.to = to;
    return p;
}

FamilyContact contact(const QUuid &officerId, const QString &vestiging, const QDate &date, quint64 bits)
{
    FamilyContact c;
    c.officerId = officerId;
    c.vestiging = vestiging;
    c.date = date;
    c.familyCode = FamilyCode::fromRandomBits(bits);
    c.initiatedBy = ContactInitiator::Teacher;
    c.form = ContactForm::HomeVisit;
    c.topics = {ContactTopic::MoneyAndIncome, ContactTopic::Housing};
    c.support = {SupportGiven::AllowanceApplication};
    c.durationMinutes = 45;
    return c;
}

// Collects every message logged while it lives.
struct LogCapture
{
    static inline QStringList messages;
    static inline QMutex mutex;
    QtMessageHandler previous;
    LogCapture()
    {
        messages.clear();
        previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &m) {
            QMutexLocker lock(&mutex);
            messages << m;
        });
    }
    ~LogCapture() { qInstallMessageHandler(previous); }
};

} // namespace

TEST_CASE("placements never exceed the officer's contract FTE", "[storage][officers]")
{
    TempDatabase t;
    importSmallRegister(*t.db);
    BridgeOfficerRepository repo(*t.db);
    const WriteResult saved = repo.saveOfficer(officer("bf.jansen", 0.8));
    REQUIRE(saved.ok());
    const QUuid id = saved.id;
    REQUIRE(repo.savePlacement(placement(id, "90AA00", 0.5, {2026, 8, 1})).ok());
    const QString before = contentDump(*t.db);

    const WriteResult tooMuch = repo.savePlacement(placement(id, "90BB00", 0.4, {2026, 9, 1}));
    CHECK(hasError(tooMuch.errors, "placement.fte.exceeds_contract"));
    CHECK(hasError(repo.savePlacement(placement(id, "99ZZ00", 0.1, {2026, 9, 1})).errors, "school.unknown"));
    CHECK(hasError(repo.savePlacement(placement(QUuid::createUuid(), "90BB00", 0.1, {2026, 9, 1})).errors,
                   "officer.unknown"));
    // Lowering the contract below what is placed is refused as well.
    BridgeOfficer lower = *repo.officer(id);
    lower.contractFte = 0.4;
    CHECK(hasError(repo.saveOfficer(lower).errors, "placement.fte.exceeds_contract"));
    CHECK(hasError(repo.saveOfficer(officer("bf.jansen", 1.0)).errors, "officer.user_name.taken"));
    CHECK(hasError(repo.saveOfficer(officer("bf.nieuw", 1.5)).errors, "officer.fte.range"));
    CHECK(contentDump(*t.db) == before);

    // Not overlapping in time: fine. Editing an existing placement does not count it twice.
    REQUIRE(repo.savePlacement(placement(id, "90BB00", 0.4, {2025, 8, 1}, {2026, 7, 31})).ok());
    Placement first = repo.placementsAt("90AA00").first();
    first.fte = 0.8;
    REQUIRE(repo.savePlacement(first).ok());
    CHECK(repo.placements(id).size() == 2);
    CHECK(repo.placementSchoolsOn(id, {2026, 10, 1}) == QStringList{"90AA00"});
    CHECK(repo.placementSchoolsOn(id, {2026, 3, 1}) == QStringList{"90BB00"});

    REQUIRE(repo.removePlacement(first.meta.id).ok());
    CHECK(repo.placementSchoolsOn(id, {2026, 10, 1}).isEmpty());
    lower.contractFte = 0.4;
    CHECK(repo.saveOfficer(lower).ok());
    CHECK(repo.officerByUserName("bf.jansen")->contractFte == 0.4);
}

TEST_CASE("family contacts are logged only at placement schools and never logged to the console",
          "[storage][contacts]")
{
    TempDatabase t;
    importSmallRegister(*t.db);
    BridgeOfficerRepository officers(*t.db);
    const QUuid id = officers.saveOfficer(officer("bf.jansen", 1.0)).id;
    const QUuid other = officers.saveOfficer(officer("bf.dekker", 1.0)).id;
    REQUIRE(officers.savePlacement(placement(id, "90AA00", 0.6, {2026, 8, 1})).ok());
    REQUIRE(officers.savePlacement(placement(other, "90BB00", 0.6, {2026, 8, 1})).ok());
    FamilyContactRepository repo(*t.db);

    LogCapture log;
    const FamilyContact first = contact(id, "90AA00", {2026, 10, 5}, 0x12345);
    const WriteResult a = repo.record(first, kToday);
    REQUIRE(a.ok());
    const WriteResult b = repo.record(contact(id, "90AA00", {2026, 10, 12}, 0x54321), kToday);
    REQUIRE(b.ok());
    const QString before = contentDump(*t.db);

    CHECK(hasError(repo.record(contact(id, "90BB00", {2026, 10, 5}, 1), kToday).errors,
                   "contact.school.not_placed"));
    CHECK(hasError(repo.record(contact(id, "90AA00", {2026, 7, 5}, 1), kToday).errors,
                   "contact.school.not_placed"));
    FamilyContact named = contact(id, "90AA00", {2026, 10, 5}, 1);
    named.familyCode = "Jan de Vries";
    CHECK(hasError(repo.record(named, kToday).errors, "contact.family_code.invalid"));
    CHECK(hasError(repo.record(contact(QUuid::createUuid(), "90AA00", {2026, 10, 5}, 1), kToday).errors,
                   "officer.unknown"));
    CHECK(hasError(repo.correct(a.id, contact(other, "90BB00", {2026, 10, 5}, 1), kToday).errors,
                   "contact.correction.officer_changed"));
    CHECK(contentDump(*t.db) == before);

    FamilyContact referral = first;
    referral.support = {SupportGiven::Referral};
    referral.referral = ReferralTarget::Wijkteam;
    const WriteResult fixed = repo.correct(a.id, referral, kToday);
    REQUIRE(fixed.ok());
    REQUIRE(repo.withdraw(b.id).ok());
    CHECK(hasError(repo.withdraw(b.id).errors, "contact.supersedes.not_current"));

    const QList<FamilyContact> current = repo.contactsOfOfficer(id);
    REQUIRE(current.size() == 1);
    CHECK(current.first().meta.id == fixed.id);
    CHECK(current.first().referral == ReferralTarget::Wijkteam);
    CHECK(current.first().topics == first.topics);
    CHECK(current.first().familyCode == first.familyCode);
    CHECK(repo.history(id).size() == 4);
    CHECK(repo.contactsOfOfficer(other).isEmpty());

    const BulkResult bulk = repo.bulkInsert(
        {contact(other, "90BB00", {2026, 9, 1}, 7), contact(other, "90BB00", {2026, 9, 2}, 8)}, kToday, 1);
    REQUIRE(bulk.ok());
    CHECK(repo.contactsOfOfficer(other).size() == 2);
    const BulkResult badBulk = repo.bulkInsert({contact(other, "90AA00", {2026, 9, 1}, 9)}, kToday);
    CHECK(badBulk.firstInvalid == 0);
    CHECK(repo.count() == 6);

    for (const QString &m : LogCapture::messages) {
        INFO(m.toStdString());
        CHECK_FALSE(m.contains(first.familyCode));
        CHECK_FALSE(m.contains(FamilyCode::fromRandomBits(7)));
    }
}
