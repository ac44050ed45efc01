#include "core/libraryprogramme.h"
#include "core/tijdvoortoekomst.h"
#include "qtcatch.h"
#include "validationmatchers.h"

#include <QRegularExpression>
#include <cmath>

using namespace verrijkt;

TEST_CASE("Every validation message exists in Dutch and English", "[validation]")
{
    const QStringList keys = validationMessageKeys();
    REQUIRE(keys.size() >= 30);
    static const QRegularExpression placeholder(QStringLiteral("\\{(\\w+)\\}"));
    for (const QString &key : keys) {
        INFO(key.toStdString());
        const QString nl = validationMessage(key, {}, Language::Dutch);
        const QString en = validationMessage(key, {}, Language::English);
        CHECK(nl != key);
        CHECK(en != key);
        CHECK(nl != en);
        // Both languages use the same placeholders, and filling them leaves none behind.
        QStringList nlNames, enNames;
        for (auto it = placeholder.globalMatch(nl); it.hasNext();)
            nlNames.append(it.next().captured(1));
        for (auto it = placeholder.globalMatch(en); it.hasNext();)
            enNames.append(it.next().captured(1));
        nlNames.sort();
        enNames.sort();
        CHECK(nlNames == enNames);
        QVariantMap params;
        for (const QString &name : nlNames)
            params.insert(name, QStringLiteral("X"));
        CHECK_FALSE(validationMessage(key, params, Language::Dutch).contains(placeholder));
        CHECK_FALSE(validationMessage(key, params, Language::English).contains(placeholder));
    }
    CHECK(validationMessage(QStringLiteral("no.such.key"), {}, Language::English) ==
          QStringLiteral("no.such.key"));
}

TEST_CASE("Messages fill numbers and dates per language", "[validation]")
{
    const ValidationError e{QStringLiteral("hours"),
                            QStringLiteral("session.hours.range"),
                            {{QStringLiteral("max"), 8.0}, {QStringLiteral("value"), 8.5}}};
    CHECK(e.message() == QStringLiteral("De duur moet meer dan 0 en hoogstens 8 uur zijn (ingevuld: 8,5)."));
    CHECK(e.message(Language::English) ==
          QStringLiteral("The duration must be more than 0 and at most 8 hours (entered: 8.5)."));
    const ValidationError d{
        QStringLiteral("date"),
        QStringLiteral("session.date.future"),
        {{QStringLiteral("date"), QDate(2026, 12, 3)}, {QStringLiteral("today"), QDate(2026, 12, 1)}}};
    CHECK(d.message() == QStringLiteral("De datum 3-12-2026 ligt in de toekomst (vandaag is 1-12-2026)."));
    CHECK(d.message(Language::English) ==
          QStringLiteral("The date 2026-12-03 is in the future (today is 2026-12-01)."));
}

namespace {
SchoolLocation school(std::optional<int> pupils = 120)
{
    SchoolLocation s;
    s.vestiging = QStringLiteral("11AK00");
    s.pupils = pupils;
    return s;
}

EnrichmentSession validSession()
{
    EnrichmentSession s;
    s.vestiging = QStringLiteral("11AK00");
    s.date = QDate(2026, 10, 5);
    s.hours = 1.5;
    s.pupils = 24;
    s.provider = QStringLiteral("Muziekschool Groningen");
    s.groups = 0b0011'0000; // groepen 5 and 6
    return s;
}
const QDate kToday(2026, 10, 6);
} // namespace

TEST_CASE("A valid session passes", "[validation][tvt]")
{
    CHECK(validate(validSession(), school(), kToday).isEmpty());
    EnrichmentSession s = validSession();
    s.hours = 8;
    s.pupils = 120;
    s.date = kToday;
    s.provider = QString(100, QLatin1Char('x'));
    s.groups = 0xFF;
    CHECK(validate(s, school(), kToday).isEmpty());
    s.pupils = 5000; // unknown school size: no upper bound from the register
    CHECK(validate(s, school(std::nullopt), kToday).isEmpty());
}

TEST_CASE("Session rules name the field and the rule", "[validation][tvt]")
{
    auto check = [](EnrichmentSession s, const char *field, const char *key) {
        const auto errors = validate(s, school(), kToday);
        INFO(joined(errors));
        CHECK(errors.size() == 1);
        CHECK(hasError(errors, QString::fromLatin1(field), QString::fromLatin1(key)));
    };
    EnrichmentSession s = validSession();
    s.hours = 0;
    check(s, "hours", "session.hours.range");
    s.hours = 8.01;
    check(s, "hours", "session.hours.range");
    s.hours = -1;
    check(s, "hours", "session.hours.range");
    s.hours = std::nan("");
    check(s, "hours", "session.hours.range");

    s = validSession();
    s.pupils = 0;
    check(s, "pupils", "session.pupils.positive");
    s.pupils = 121;
    check(s, "pupils", "session.pupils.max_school");

    s = validSession();
    s.date = kToday.addDays(1);
    check(s, "date", "session.date.future");
    s.date = QDate(2025, 7, 31); // school year 2024-2025
    check(s, "date", "session.date.before_programme");
    s.date = QDate(2025, 8, 1);
    CHECK(validate(s, school(), kToday).isEmpty());
    s.date = QDate();
    check(s, "date", "session.date.missing");

    s = validSession();
    s.provider = QStringLiteral("   ");
    check(s, "provider", "session.provider.required");
    s.provider = QString(101, QLatin1Char('x'));
    check(s, "provider", "session.provider.too_long");

    s = validSession();
    s.groups = 0;
    check(s, "groups", "session.groups.required");

    s = validSession();
    s.vestiging = QStringLiteral("99ZZ00");
    check(s, "vestiging", "session.school.mismatch");

    s = validSession();
    s.meta.id = QUuid::createUuid();
    s.supersedes = s.meta.id;
    check(s, "supersedes", "session.supersedes.self");
}

TEST_CASE("A session breaking several rules reports each", "[validation][tvt]")
{
    EnrichmentSession s;
    s.vestiging = QStringLiteral("11AK00");
    const auto errors = validate(s, school(), kToday);
    CHECK(keysOf(errors) ==
          QStringList{QStringLiteral("session.date.missing"), QStringLiteral("session.hours.range"),
                      QStringLiteral("session.pupils.positive"), QStringLiteral("session.provider.required"),
                      QStringLiteral("session.groups.required")});
    const auto pupils = validate(EnrichmentSession{validSession()}, school(10), kToday);
    REQUIRE(pupils.size() == 1);
    CHECK(pupils[0].params.value(QStringLiteral("max")).toInt() == 10);
    CHECK(pupils[0].message().contains(QStringLiteral("10")));
    CHECK(pupils[0].message().contains(QStringLiteral("24")));
}

TEST_CASE("Participation rules", "[validation][tvt]")
{
    Participation p;
    p.vestiging = QStringLiteral("11AK00");
    p.schoolYear = SchoolYear(2026);
    p.tier = Tier::TwoHours;
    p.startDate = QDate(2026, 9, 1);
    p.pupilsReached = 120;
    CHECK(validate(p, school()).isEmpty());

    auto only = [](const Participation &x, const char *field, const char *key) {
        const auto errors = validate(x, school());
        INFO(joined(errors));
        CHECK(errors.size() == 1);
        CHECK(hasError(errors, QString::fromLatin1(field), QString::fromLatin1(key)));
    };
    Participation q = p;
    q.startDate = QDate(2027, 8, 1);
    only(q, "startDate", "participation.start.outside_year");
    q.startDate = QDate(2026, 7, 31);
    only(q, "startDate", "participation.start.outside_year");
    q.startDate = QDate();
    only(q, "startDate", "participation.start.missing");

    q = p;
    q.pupilsReached = 121;
    only(q, "pupilsReached", "participation.pupils.max_school");
    q.pupilsReached = -1;
    only(q, "pupilsReached", "participation.pupils.negative");
    q.pupilsReached = 0;
    CHECK(validate(q, school()).isEmpty());

    q = p;
    q.tier = Tier::None;
    only(q, "pupilsReached", "participation.pupils.tier_none");
    q.pupilsReached = 0;
    q.startDate = QDate();
    CHECK(validate(q, school()).isEmpty());

    q = p;
    q.schoolYear = SchoolYear();
    only(q, "schoolYear", "participation.year.invalid");
    q = p;
    q.vestiging = QStringLiteral("00XX00");
    only(q, "vestiging", "participation.school.mismatch");
}

TEST_CASE("Library participation rules and status keys", "[validation][library]")
{
    for (LibraryStatus s :
         {LibraryStatus::None, LibraryStatus::Intake, LibraryStatus::AgreementSigned, LibraryStatus::Active})
        CHECK(libraryStatusFromKey(libraryStatusKey(s)) == s);
    CHECK(libraryStatusKey(LibraryStatus::AgreementSigned) == QStringLiteral("agreement_signed"));
    CHECK_FALSE(libraryStatusFromKey(QStringLiteral("signed")));

    LibraryParticipation p;
    p.schoolYear = SchoolYear(2026);
    CHECK(validate(p).isEmpty()); // status none needs no organisation
    CHECK_FALSE(p.covered());
    p.status = LibraryStatus::Intake;
    CHECK(keysOf(validate(p)) == QStringList{QStringLiteral("library.organisation.required")});
    CHECK(validate(p).first().field == QStringLiteral("libraryOrganisation"));
    p.libraryOrganisation = QStringLiteral("Biblionet Groningen");
    CHECK(validate(p).isEmpty());
    CHECK_FALSE(p.covered());
    p.status = LibraryStatus::Active;
    CHECK(p.covered());
    p.consultantHoursPerWeek = 40;
    CHECK(validate(p).isEmpty());
    p.consultantHoursPerWeek = 40.5;
    CHECK(keysOf(validate(p)) == QStringList{QStringLiteral("library.consultant_hours.range")});
    p.consultantHoursPerWeek = -0.5;
    CHECK(keysOf(validate(p)) == QStringList{QStringLiteral("library.consultant_hours.range")});
    p.consultantHoursPerWeek = 4;
    p.schoolYear = SchoolYear();
    CHECK(keysOf(validate(p)) == QStringList{QStringLiteral("library.year.invalid")});
}
