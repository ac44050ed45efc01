// The coordinator's models: the paged session list, the session form and the progress figures.
#include "appfixture.h"
#include "coordinator/schoolprogress.h"
#include "coordinator/sessioneditor.h"
#include "coordinator/sessionlistmodel.h"
#include "coordinator/sessionrecords.h"
#include "shell/devicestore.h"
#include "storage/participationrepository.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace verrijkt;
using verrijkt::testing::AppFixture;

namespace {

struct Coordinator : AppFixture
{
    DeviceStore store{db.get()};
    Coordinator()
    {
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        store.setToday(QDate(2026, 11, 27)); // Friday of ISO week 48
        store.setUserName(QStringLiteral("coord"));
    }
};

} // namespace

TEST_CASE("SessionListModel pages through a school year's current sessions, newest first")
{
    Coordinator f;
    // 250 sessions, one a day from 1 September; a few by another user.
    for (int i = 0; i < 250; ++i)
        f.addSession(QDate(2026, 9, 1).addDays(i % 87), 1.0, 20,
                     i % 10 == 0 ? QStringLiteral("other") : QStringLiteral("coord"));

    SessionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setStore(&f.store);
    model.setVestiging(QString::fromLatin1(AppFixture::kSchool));
    model.setSchoolYear(2026);

    CHECK(model.totalCount() == 250);
    // Only what was asked for is read: the first page (and the tester's own fetchMore()).
    CHECK(model.rowCount() >= SessionListModel::kPageSize);
    CHECK(model.rowCount() < model.totalCount());
    REQUIRE(model.canFetchMore({}));
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 250);
    CHECK_FALSE(model.canFetchMore({}));

    // Newest first, no duplicates across page borders.
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.data(model.index(row), SessionListModel::IdRole).toString());
        if (row > 0)
            CHECK(model.data(model.index(row - 1), SessionListModel::DateRole).toDate() >=
                  model.data(model.index(row), SessionListModel::DateRole).toDate());
    }
    CHECK(ids.size() == 250);
    CHECK(model.rowCount(model.index(0)) == 0); // a list: valid parents have no children

    const auto roles = model.roleNames();
    CHECK(roles.value(SessionListModel::DomainLabelRole) == "domainLabel");
    CHECK(model.data(model.index(0), SessionListModel::DomainLabelRole).toString() ==
          QStringLiteral("Sport and exercise"));
    int own = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        own += model.data(model.index(row), SessionListModel::IsOwnRole).toBool() ? 1 : 0;
    CHECK(own == 225);
}

TEST_CASE("SessionListModel shows only current versions and narrows to a week")
{
    Coordinator f;
    const QUuid original = f.addSession(QDate(2026, 11, 23), 1.0, 20);
    const QUuid withdrawnOne = f.addSession(QDate(2026, 11, 24), 1.0, 20);
    f.addSession(QDate(2026, 11, 10), 2.0, 30); // week 46

    SessionEditor editor;
    editor.setStore(&f.store);
    editor.setVestiging(QString::fromLatin1(AppFixture::kSchool));
    REQUIRE(editor.startCorrection(original.toString(QUuid::WithoutBraces)));
    editor.setHours(1.5);
    REQUIRE(editor.save());
    REQUIRE(editor.withdraw(withdrawnOne.toString(QUuid::WithoutBraces)));

    SessionListModel week;
    QAbstractItemModelTester tester(&week, QAbstractItemModelTester::FailureReportingMode::Fatal);
    week.setStore(&f.store);
    week.setVestiging(QString::fromLatin1(AppFixture::kSchool));
    week.setWeek(QDate(2026, 11, 27));
    REQUIRE(week.rowCount() == 1); // the correction replaced the original; the withdrawn one is gone
    CHECK(week.data(week.index(0), SessionListModel::HoursRole).toDouble() == 1.5);
    CHECK(week.data(week.index(0), SessionListModel::IsCorrectionRole).toBool());
    CHECK(week.data(week.index(0), SessionListModel::HoursTextRole).toString() == QStringLiteral("1,5"));

    // A write elsewhere reaches the model through the store's change signal.
    QSignalSpy reset(&week, &QAbstractItemModel::modelReset);
    f.addSession(QDate(2026, 11, 25), 1.0, 10);
    f.store.notifyChanged({QStringLiteral("enrichment_session")});
    CHECK(reset.count() == 1);
    CHECK(week.rowCount() == 2);
    f.store.notifyChanged({QStringLiteral("family_contact")}); // not ours: no re-read
    CHECK(reset.count() == 1);
}

TEST_CASE("SessionEditor defaults to today, validates at once and remembers the last entry")
{
    Coordinator f;
    SessionEditor editor;
    editor.setStore(&f.store);
    editor.setVestiging(QString::fromLatin1(AppFixture::kSchool));

    CHECK(editor.date() == QDate(2026, 11, 27));
    CHECK(editor.dateIsToday());
    CHECK(editor.pupils() == 100);    // the pupils the school reaches, on a first entry
    CHECK(editor.errors().isEmpty()); // nothing touched yet: no red
    CHECK_FALSE(editor.valid());      // but the domain, provider and groups are still missing

    editor.setPupils(500);
    CHECK(editor.errors().value(QStringLiteral("pupils")).toString().contains(QStringLiteral("120")));
    editor.setPupils(25);
    CHECK_FALSE(editor.errors().contains(QStringLiteral("pupils")));

    editor.shiftDate(1);
    CHECK(editor.errors().value(QStringLiteral("date")).toString().contains(QStringLiteral("toekomst")));
    editor.shiftDate(-1);

    // Saving with fields missing marks all of them, writes nothing.
    CHECK_FALSE(editor.save());
    CHECK(editor.statusIsProblem()); // the status line turns red
    const QVariantMap errors = editor.errors();
    CHECK(errors.contains(QStringLiteral("domain")));
    CHECK(errors.contains(QStringLiteral("provider")));
    CHECK(errors.contains(QStringLiteral("groups")));
    CHECK(sessionrecords::currentCount(*f.db, QString::fromLatin1(AppFixture::kSchool), QDate(2026, 8, 1),
                                       QDate(2027, 7, 31)) == 0);

    editor.setDomain(QStringLiteral("kunst_en_cultuur"));
    // Typed key by key: the field binds to `provider`, so the space must survive until the next word.
    editor.setProvider(QStringLiteral("  Muziekschool "));
    CHECK(editor.provider() == QStringLiteral("  Muziekschool "));
    editor.setProvider(QStringLiteral("  Muziekschool Drenthe "));
    editor.setHours(1.5);
    editor.toggleGroup(5);
    editor.toggleGroup(6);
    CHECK(editor.hasGroup(5));
    CHECK(editor.valid());
    QSignalSpy saved(&editor, &SessionEditor::saved);
    REQUIRE(editor.save());
    CHECK(saved.count() == 1);
    CHECK_FALSE(editor.statusIsProblem());
    const auto rows = sessionrecords::allInRange(*f.db, QString::fromLatin1(AppFixture::kSchool),
                                                 QDate(2026, 8, 1), QDate(2027, 7, 31));
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().recordedBy == QStringLiteral("coord"));
    CHECK(rows.first().groups == 0b110000);
    CHECK(rows.first().domain == ActivityDomain::KunstEnCultuur);
    CHECK(rows.first().provider == QStringLiteral("Muziekschool Drenthe")); // stored trimmed

    // The next entry starts from these values: one tap on "save" records the same again.
    SessionEditor next;
    next.setStore(&f.store);
    next.setVestiging(QString::fromLatin1(AppFixture::kSchool));
    CHECK(next.domain() == QStringLiteral("kunst_en_cultuur"));
    CHECK(next.provider() == QStringLiteral("Muziekschool Drenthe"));
    CHECK(next.hours() == 1.5);
    CHECK(next.pupils() == 25);
    CHECK(next.groups() == 0b110000);
    CHECK(next.valid());
    CHECK(next.save());
}

TEST_CASE("SessionEditor takes the pupils from a participation that arrives after the form opened")
{
    Coordinator f;
    const QString school = QString::fromLatin1(AppFixture::kOtherSchool); // no participation yet
    SessionEditor editor;
    editor.setStore(&f.store);
    editor.setVestiging(school);
    CHECK(editor.pupils() == 0);

    // The first sync brings the school's participation.
    Participation p;
    p.vestiging = school;
    p.schoolYear = SchoolYear(2026);
    p.tier = Tier::TwoHours;
    p.startDate = QDate(2026, 9, 1);
    p.pupilsReached = 200;
    REQUIRE(ParticipationRepository(*f.db).save(p).ok());
    f.store.notifyChanged({QStringLiteral("family_contact")}); // not about participations: no change
    CHECK(editor.pupils() == 0);
    f.store.notifyChanged({QStringLiteral("participation")});
    CHECK(editor.pupils() == 200);

    // A form the user started on is left alone.
    editor.setProvider(QStringLiteral("Bibliotheek Annen"));
    p.pupilsReached = 150;
    REQUIRE(ParticipationRepository(*f.db).save(p).ok());
    f.store.notifyChanged({});
    CHECK(editor.pupils() == 200);
    CHECK(editor.provider() == QStringLiteral("Bibliotheek Annen"));
}

TEST_CASE("SessionEditor gives its messages in the UI language")
{
    Coordinator f;
    SessionEditor editor;
    editor.setStore(&f.store);
    editor.setVestiging(QString::fromLatin1(AppFixture::kSchool));
    editor.setHours(9);
    CHECK(editor.errors().value(QStringLiteral("hours")).toString().startsWith(QStringLiteral("De duur")));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(
        editor.errors().value(QStringLiteral("hours")).toString().startsWith(QStringLiteral("The duration")));
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
}

TEST_CASE("Only the coordinator's own sessions can be corrected or withdrawn")
{
    Coordinator f;
    const QUuid theirs = f.addSession(QDate(2026, 11, 20), 1.0, 20, QStringLiteral("someone-else"));
    SessionEditor editor;
    editor.setStore(&f.store);
    editor.setVestiging(QString::fromLatin1(AppFixture::kSchool));
    CHECK_FALSE(editor.startCorrection(theirs.toString(QUuid::WithoutBraces)));
    CHECK_FALSE(editor.withdraw(theirs.toString(QUuid::WithoutBraces)));
    CHECK_FALSE(editor.status().isEmpty());
    CHECK(sessionrecords::currentCount(*f.db, QString::fromLatin1(AppFixture::kSchool), QDate(2026, 8, 1),
                                       QDate(2027, 7, 31)) == 1);

    const QUuid mine = f.addSession(QDate(2026, 11, 20), 1.0, 20);
    REQUIRE(editor.startCorrection(mine.toString(QUuid::WithoutBraces)));
    CHECK(editor.correcting());
    editor.setPupils(22);
    REQUIRE(editor.save());
    CHECK_FALSE(editor.correcting());
    const auto all = sessionrecords::allInRange(*f.db, QString::fromLatin1(AppFixture::kSchool),
                                                QDate(2026, 11, 20), QDate(2026, 11, 20));
    const auto current = currentSessions(all);
    REQUIRE(current.size() == 2);
    bool corrected = false;
    for (const auto &s : current)
        corrected |= s.supersedes == mine && s.pupils == 22;
    CHECK(corrected);
}

TEST_CASE("SchoolProgress compares delivered with entitled hours for the week and the year")
{
    Coordinator f;
    SchoolProgress progress;
    progress.setStore(&f.store);
    progress.setVestiging(QString::fromLatin1(AppFixture::kSchool));

    CHECK(progress.schoolName() == QStringLiteral("Basisschool Anloo"));
    CHECK(progress.weekStart() == QDate(2026, 11, 23));
    CHECK(progress.isCurrentWeek());
    CHECK(progress.participates());
    CHECK(progress.tierHours() == 2);
    CHECK(progress.weekEntitled() == Approx(2.0));
    CHECK(progress.weekDelivered() == 0.0);
    CHECK(progress.behind()); // nothing delivered since September
    CHECK(progress.advice().contains(QStringLiteral("behind")));

    // 100 pupils x 1.5 h this week = 1.5 hours per pupil of 2.
    f.addSession(QDate(2026, 11, 24), 1.5, 100);
    f.store.notifyChanged({QStringLiteral("enrichment_session")});
    CHECK(progress.weekDelivered() == Approx(1.5));
    CHECK(progress.weekRatio() == Approx(0.75));
    CHECK(progress.weekText() == QStringLiteral("1,5 of 2 hours per pupil"));

    // Due by the end of week 48: 2 h x the teaching weeks from 1 Sept to 30 Nov (prorated).
    const SchoolCalendar cal;
    const double due = 2.0 * (cal.teachingWeeksFrom(SchoolYear(2026), QDate(2026, 9, 1)) -
                              cal.teachingWeeksFrom(SchoolYear(2026), QDate(2026, 11, 30)));
    CHECK(progress.yearExpectedToDate() == Approx(due));
    CHECK(progress.yearEntitled() ==
          Approx(2.0 * cal.teachingWeeksFrom(SchoolYear(2026), QDate(2026, 9, 1))));

    // Catching up: enough sessions since September to be on track.
    for (int week = 0; week < 11; ++week) // 1 Sept .. 10 Nov: week 47 (16-22 Nov) stays empty
        f.addSession(QDate(2026, 9, 1).addDays(7 * week), 2.0, 100);
    f.store.notifyChanged({QStringLiteral("enrichment_session")});
    CHECK(progress.yearRatio() >= SchoolProgress::kBehindThreshold);
    CHECK_FALSE(progress.behind());

    progress.previousWeek();
    CHECK(progress.weekStart() == QDate(2026, 11, 16));
    CHECK_FALSE(progress.isCurrentWeek());
    CHECK(progress.weekDelivered() == Approx(0.0));
    progress.currentWeek();
    CHECK(progress.weekStart() == QDate(2026, 11, 23));

    // A school without a participation this year has nothing due and gets no warning.
    progress.setVestiging(QString::fromLatin1(AppFixture::kOtherSchool));
    CHECK_FALSE(progress.participates());
    CHECK_FALSE(progress.behind());
}
