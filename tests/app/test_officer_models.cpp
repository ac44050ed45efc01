// The bridge officer's models: the contact form, the paged contact list, families, follow-ups and
// placements.
#include "appfixture.h"
#include "officer/contacteditor.h"
#include "officer/contactlistmodel.h"
#include "officer/contactrecords.h"
#include "officer/familylistmodel.h"
#include "officer/followupmodel.h"
#include "officer/placementmodel.h"
#include "shell/devicestore.h"
#include "storage/sqlvalues.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace verrijkt;
using verrijkt::testing::AppFixture;

namespace {

const QString kOfficerId = QStringLiteral("0190f2c4-0000-7000-8000-0000000000a1");

// An officer "bert" (1.0 FTE) placed 0.5 at both fixture schools from 1 Aug 2026, and 0.2 at
// 11AK00 in the previous school year.
struct Officer : AppFixture
{
    DeviceStore store{db.get()};
    Officer()
    {
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(
            QStringLiteral("INSERT INTO bridge_officers (id, hlc, user_name, display_name, employer, "
                           "contract_fte) VALUES ('%1', 'h', 'bert', 'Bert Brug', 'Welzijn Groningen', 1.0)")
                .arg(kOfficerId)));
        addPlacement(QStringLiteral("0190f2c4-0000-7000-8000-0000000000b1"), QStringLiteral("11AK00"), 0.5,
                     QStringLiteral("2026-08-01"), QString());
        addPlacement(QStringLiteral("0190f2c4-0000-7000-8000-0000000000b2"), QStringLiteral("11YV00"), 0.5,
                     QStringLiteral("2026-08-01"), QString());
        addPlacement(QStringLiteral("0190f2c4-0000-7000-8000-0000000000b3"), QStringLiteral("11AK00"), 0.2,
                     QStringLiteral("2025-08-01"), QStringLiteral("2026-07-31"));
        store.setToday(QDate(2026, 11, 27));
        store.setUserName(QStringLiteral("bert"));
    }
    void addPlacement(const QString &id, const QString &school, double fte, const QString &from,
                      const QString &to)
    {
        QSqlQuery q(db->connection());
        q.prepare(
            QStringLiteral("INSERT INTO placements (id, hlc, officer_id, vestiging, fte, from_date, to_date) "
                           "VALUES (?, 'h', ?, ?, ?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(kOfficerId);
        q.addBindValue(school);
        q.addBindValue(fte);
        q.addBindValue(from);
        q.addBindValue(to.isEmpty() ? QVariant() : QVariant(to));
        REQUIRE(q.exec());
    }
    QUuid addContact(const QString &code, const QDate &date, const QString &school = QStringLiteral("11AK00"),
                     const QDate &followUp = {})
    {
        FamilyContact c;
        c.officerId = QUuid::fromString(kOfficerId);
        c.vestiging = school;
        c.date = date;
        c.familyCode = code;
        c.topics = {ContactTopic::Housing};
        c.support = {SupportGiven::Listening};
        c.durationMinutes = 30;
        c.followUp = followUp;
        const WriteResult r = contactrecords::append(*db, c, QDate(2026, 11, 27));
        REQUIRE(r.ok());
        return r.id;
    }
};

} // namespace

TEST_CASE("ContactEditor learns the officer and placements that arrive after the form opened")
{
    AppFixture f; // no bridge officer on the device yet: the first sync has not run
    DeviceStore store{f.db.get()};
    store.setToday(QDate(2026, 11, 27));
    store.setUserName(QStringLiteral("bert"));
    ContactEditor editor;
    editor.setStore(&store);
    editor.createFamily();
    editor.toggleTopic(QStringLiteral("housing"));
    editor.toggleSupport(QStringLiteral("listening"));
    CHECK(editor.schoolChoices().isEmpty());
    CHECK_FALSE(editor.save()); // not known as an officer here yet

    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO bridge_officers (id, hlc, user_name, display_name, employer, "
                                  "contract_fte) VALUES ('%1', 'h', 'bert', 'Bert Brug', 'Welzijn', 1.0)")
                       .arg(kOfficerId)));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO placements (id, hlc, officer_id, vestiging, fte, from_date) "
                                  "VALUES ('0190f2c4-0000-7000-8000-0000000000b1', 'h', '%1', '11AK00', 0.5, "
                                  "'2026-08-01')")
                       .arg(kOfficerId)));
    store.notifyChanged({QStringLiteral("bridge_officer"), QStringLiteral("placement")});
    CHECK(editor.schoolChoices().size() == 1);
    CHECK(editor.school() == QStringLiteral("11AK00"));
    CHECK(editor.topics() == QStringList{QStringLiteral("housing")}); // the user's choices stay
    CHECK(editor.save());
}

TEST_CASE("ContactEditor logs a contact with a generated family code and structured choices only")
{
    Officer f;
    ContactEditor editor;
    editor.setStore(&f.store);
    CHECK(editor.date() == QDate(2026, 11, 27));
    CHECK(editor.schoolChoices().size() == 2); // both current placements, not last year's
    CHECK_FALSE(editor.school().isEmpty());
    CHECK_FALSE(editor.valid());
    CHECK(editor.errors().isEmpty());

    const QString code = editor.createFamily();
    CHECK(FamilyCode::isValid(code));
    CHECK(editor.newFamily());
    CHECK_FALSE(editor.pickFamily(QStringLiteral("Jansen"))); // never a name
    CHECK(editor.familyCode() == code);

    CHECK_FALSE(editor.save());
    CHECK(editor.statusIsProblem());
    CHECK(editor.errors().contains(QStringLiteral("topics")));
    CHECK(editor.errors().contains(QStringLiteral("support")));

    editor.setInitiatedBy(QStringLiteral("teacher"));
    editor.setForm(QStringLiteral("home_visit"));
    editor.toggleTopic(QStringLiteral("money_and_income"));
    editor.toggleTopic(QStringLiteral("parenting"));
    editor.toggleSupport(QStringLiteral("referral"));
    CHECK(editor.referralNeeded());
    CHECK(editor.errors().value(QStringLiteral("referral")).toString().length() > 0);
    editor.setReferral(QStringLiteral("schuldhulpverlening"));
    editor.setDurationMinutes(45);
    editor.setFollowUpWeeks(2);
    CHECK(editor.followUpWeeks() == 2);
    editor.setSchool(QStringLiteral("11YV00"));
    CHECK(editor.valid());
    REQUIRE(editor.save());
    CHECK_FALSE(editor.statusIsProblem()); // "saved" is good news although the fresh form is empty
    CHECK_FALSE(editor.valid());

    const auto saved =
        contactrecords::currentPage(*f.db, {QUuid::fromString(kOfficerId), {}, {}}, std::nullopt, 10);
    REQUIRE(saved.size() == 1);
    const FamilyContact &c = saved.first();
    CHECK(c.familyCode == code);
    CHECK(c.vestiging == QStringLiteral("11YV00"));
    CHECK(c.form == ContactForm::HomeVisit);
    CHECK(c.topics == QList<ContactTopic>{ContactTopic::MoneyAndIncome, ContactTopic::Parenting});
    CHECK(c.referral == ReferralTarget::Schuldhulpverlening);
    CHECK(c.followUp == QDate(2026, 12, 11));

    // The next contact starts from this officer's habits; the family is picked again.
    CHECK(editor.form() == QStringLiteral("home_visit"));
    CHECK(editor.initiatedBy() == QStringLiteral("teacher"));
    CHECK(editor.durationMinutes() == 45);
    CHECK(editor.school() == QStringLiteral("11YV00"));
    CHECK(editor.familyCode().isEmpty());
    CHECK(editor.topics().isEmpty());

    // Dropping "referral" from the support clears the referral target too.
    editor.toggleSupport(QStringLiteral("referral"));
    editor.setReferral(QStringLiteral("wijkteam"));
    editor.toggleSupport(QStringLiteral("referral"));
    CHECK(editor.referral() == QStringLiteral("none"));
}

TEST_CASE("ContactEditor corrects and withdraws the officer's own contacts")
{
    Officer f;
    const QUuid id = f.addContact(FamilyCode::fromRandomBits(42), QDate(2026, 11, 20));
    ContactEditor editor;
    editor.setStore(&f.store);
    REQUIRE(editor.startCorrection(id.toString(QUuid::WithoutBraces)));
    CHECK(editor.correcting());
    editor.setDurationMinutes(60);
    REQUIRE(editor.save());
    const auto current =
        contactrecords::currentPage(*f.db, {QUuid::fromString(kOfficerId), {}, {}}, std::nullopt, 10);
    REQUIRE(current.size() == 1);
    CHECK(current.first().durationMinutes == 60);
    CHECK(current.first().supersedes == id);

    REQUIRE(editor.withdraw(current.first().meta.id.toString(QUuid::WithoutBraces)));
    CHECK(contactrecords::currentCount(*f.db, {QUuid::fromString(kOfficerId), {}, {}}) == 0);

    // Another officer's contact is out of reach.
    f.store.setUserName(QStringLiteral("someone-else"));
    const QUuid other = f.addContact(FamilyCode::fromRandomBits(7), QDate(2026, 11, 21));
    CHECK_FALSE(editor.startCorrection(other.toString(QUuid::WithoutBraces)));
    CHECK_FALSE(editor.withdraw(other.toString(QUuid::WithoutBraces)));
    CHECK_FALSE(editor.save()); // not a bridge officer on this device: says so
    CHECK(editor.errors().contains(QStringLiteral("officer")));
}

TEST_CASE("ContactListModel pages the officer's contacts and filters by school and month")
{
    Officer f;
    for (int i = 0; i < 230; ++i)
        f.addContact(FamilyCode::fromRandomBits(quint64(i % 40)), QDate(2026, 9, 1).addDays(i % 85),
                     i % 3 == 0 ? QStringLiteral("11YV00") : QStringLiteral("11AK00"));

    ContactListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setStore(&f.store);
    CHECK(model.totalCount() == 230);
    CHECK(model.rowCount() >= ContactListModel::kPageSize);
    CHECK(model.rowCount() < model.totalCount());
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 230);
    CHECK(model.data(model.index(0), ContactListModel::DateRole).toDate() == QDate(2026, 11, 24));
    CHECK(model.data(model.index(0), ContactListModel::TopicsTextRole).toString() ==
          QStringLiteral("Housing"));
    CHECK(model.rowCount(model.index(0)) == 0);

    model.setSchool(QStringLiteral("11YV00"));
    CHECK(model.totalCount() == 77);
    CHECK(model.data(model.index(0), ContactListModel::SchoolNameRole).toString() ==
          QStringLiteral("Basisschool de Eshoek"));
    model.setMonth(QDate(2026, 10, 15));
    int october = 0;
    for (int i = 0; i < 230; ++i)
        october += (i % 3 == 0 && QDate(2026, 9, 1).addDays(i % 85).month() == 10) ? 1 : 0;
    CHECK(model.totalCount() == october);
    CHECK(model.monthLabel() == QStringLiteral("oktober 2026"));
    model.previousMonth();
    CHECK(model.month() == QDate(2026, 9, 1));
    model.allMonths();
    model.setSchool({});
    CHECK(model.totalCount() == 230);
}

TEST_CASE("FamilyListModel lists families by last contact and searches on the code")
{
    Officer f;
    const QString a = FamilyCode::fromRandomBits(1);
    const QString b = FamilyCode::fromRandomBits(2);
    f.addContact(a, QDate(2026, 10, 1));
    f.addContact(a, QDate(2026, 10, 8));
    f.addContact(b, QDate(2026, 11, 2));
    FamilyListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setStore(&f.store);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.data(model.index(0), FamilyListModel::CodeRole).toString() == b);
    CHECK(model.data(model.index(1), FamilyListModel::ContactCountRole).toInt() == 2);
    model.setSearch(a.mid(8, 4).toLower()); // "0001": only family a
    REQUIRE(model.rowCount() == 1);
    CHECK(model.data(model.index(0), FamilyListModel::CodeRole).toString() == a);
}

TEST_CASE("FollowUpModel shows due follow-ups that no later contact answered")
{
    Officer f;
    const QString answered = FamilyCode::fromRandomBits(11);
    const QString overdue = FamilyCode::fromRandomBits(12);
    const QString soon = FamilyCode::fromRandomBits(13);
    const QString later = FamilyCode::fromRandomBits(14);
    f.addContact(answered, QDate(2026, 11, 1), QStringLiteral("11AK00"), QDate(2026, 11, 15));
    f.addContact(answered, QDate(2026, 11, 16));
    f.addContact(overdue, QDate(2026, 11, 2), QStringLiteral("11YV00"), QDate(2026, 11, 20));
    f.addContact(soon, QDate(2026, 11, 25), QStringLiteral("11AK00"), QDate(2026, 12, 2));
    f.addContact(later, QDate(2026, 11, 25), QStringLiteral("11AK00"), QDate(2026, 12, 30));

    FollowUpModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setStore(&f.store);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.data(model.index(0), FollowUpModel::FamilyCodeRole).toString() == overdue);
    CHECK(model.data(model.index(0), FollowUpModel::OverdueRole).toBool());
    CHECK(model.data(model.index(0), FollowUpModel::SchoolNameRole).toString() ==
          QStringLiteral("Basisschool de Eshoek"));
    CHECK(model.data(model.index(1), FollowUpModel::FamilyCodeRole).toString() == soon);
    CHECK_FALSE(model.data(model.index(1), FollowUpModel::OverdueRole).toBool());
    CHECK(model.overdueCount() == 1);
    model.setHorizonDays(60);
    CHECK(model.rowCount() == 3);
}

TEST_CASE("PlacementModel lists the officer's placements and the FTE placed today")
{
    Officer f;
    PlacementModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setStore(&f.store);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.data(model.index(0), PlacementModel::ActiveRole).toBool());
    CHECK(model.data(model.index(1), PlacementModel::ActiveRole).toBool());
    CHECK_FALSE(model.data(model.index(2), PlacementModel::ActiveRole).toBool());
    CHECK(model.placedFte() == Approx(1.0));
    CHECK(model.contractFte() == Approx(1.0));
    CHECK(model.officerName() == QStringLiteral("Bert Brug"));
    CHECK(model.fteText() == QStringLiteral("1 of 1 FTE placed today"));
    CHECK(model.schools().size() == 2);
    CHECK(model.data(model.index(2), PlacementModel::PeriodTextRole).toString() ==
          QStringLiteral("01-08-2025 to 31-07-2026"));
}
