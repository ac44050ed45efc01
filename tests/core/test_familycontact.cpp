#include "core/familycontact.h"
#include "core/uuid7.h"
#include "qtcatch.h"
#include "validationmatchers.h"

#include <QRandomGenerator>
#include <QSet>

using namespace verrijkt;

namespace {
const QString kAlphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
// Positions of the nine code characters that carry information in "GZ-XXXX-XXXX-C".
const int kPositions[] = {3, 4, 5, 6, 8, 9, 10, 11, 13};
} // namespace

TEST_CASE("Family codes have the fixed shape and a valid check character", "[familycode]")
{
    QSet<QString> seen;
    for (int i = 0; i < 2000; ++i) {
        const QString code = FamilyCode::generate();
        REQUIRE(code.size() == 14);
        REQUIRE(code.startsWith(QStringLiteral("GZ-")));
        REQUIRE(code.at(7) == QLatin1Char('-'));
        REQUIRE(code.at(12) == QLatin1Char('-'));
        REQUIRE(FamilyCode::isValid(code));
        for (int pos : kPositions)
            REQUIRE(kAlphabet.contains(code.at(pos)));
        seen.insert(code);
    }
    CHECK(seen.size() == 2000);

    CHECK(FamilyCode::fromRandomBits(0) == QStringLiteral("GZ-0000-0000-0"));
    CHECK(FamilyCode::fromRandomBits(0x12345) == FamilyCode::fromRandomBits(0x12345));
    CHECK(FamilyCode::fromRandomBits(1) != FamilyCode::fromRandomBits(2));
    // Only the low 40 bits are used.
    CHECK(FamilyCode::fromRandomBits(0xFF00'0000'0000'0001ull) == FamilyCode::fromRandomBits(1));
    CHECK(FamilyCode::checkCharacter(QStringLiteral("7K4MQ2XD")) != QChar());
    CHECK(FamilyCode::checkCharacter(QStringLiteral("7K4MQ2X")) == QChar());
    CHECK(FamilyCode::checkCharacter(QStringLiteral("7K4MQ2XI")) == QChar()); // I is not in the alphabet
}

TEST_CASE("Family code check catches every single substitution and adjacent transposition", "[familycode]")
{
    for (int n = 0; n < 300; ++n) {
        const QString code = FamilyCode::fromRandomBits(QRandomGenerator::global()->generate64());
        REQUIRE(FamilyCode::isValid(code));
        for (int pos : kPositions) {
            for (QChar c : kAlphabet) {
                if (c == code.at(pos))
                    continue;
                QString typo = code;
                typo[pos] = c;
                if (FamilyCode::isValid(typo))
                    FAIL("substitution not caught: " + code.toStdString() + " -> " + typo.toStdString());
            }
        }
        for (int i = 0; i + 1 < 9; ++i) {
            const int p = kPositions[i], q = kPositions[i + 1];
            if (code.at(p) == code.at(q))
                continue;
            QString swapped = code;
            std::swap(swapped[p], swapped[q]);
            if (FamilyCode::isValid(swapped))
                FAIL("transposition not caught: " + code.toStdString() + " -> " + swapped.toStdString());
        }
    }
    SUCCEED();
}

TEST_CASE("Family codes reject personal data and sloppy input", "[familycode]")
{
    const QString good = FamilyCode::fromRandomBits(0xABCDEF1234ull);
    REQUIRE(FamilyCode::isValid(good));
    const QStringList rejected{QStringLiteral("Jan de Vries"),
                               QStringLiteral("Familie Bakker"),
                               QStringLiteral("123456782"),
                               QStringLiteral("GZ-123456782"),
                               QStringLiteral("Hoofdstraat 12, 9611 AB Sappemeer"),
                               QStringLiteral("9611AB"),
                               good.toLower(),
                               QStringLiteral(" ") + good,
                               good + QStringLiteral(" "),
                               good.left(13),
                               QString(good).replace(QLatin1Char('-'), QLatin1Char(' ')),
                               QString(good).replace(0, 2, QStringLiteral("XX")),
                               QStringLiteral("GZ-ILOU-ILOU-0"),
                               QString(),
                               QStringLiteral("GZ-0000-0000-1")};
    for (const QString &text : rejected) {
        INFO(text.toStdString());
        CHECK_FALSE(FamilyCode::isValid(text));
    }
    // Every wrong check character is rejected.
    for (QChar c : kAlphabet) {
        QString other = good;
        other[13] = c;
        CHECK(FamilyCode::isValid(other) == (c == good.at(13)));
    }
}

TEST_CASE("Contact keys round-trip", "[familycontact]")
{
    for (int i = 0; i < 4; ++i)
        CHECK(contactInitiatorFromKey(contactInitiatorKey(ContactInitiator(i))) == ContactInitiator(i));
    for (int i = 0; i < 4; ++i)
        CHECK(contactFormFromKey(contactFormKey(ContactForm(i))) == ContactForm(i));
    for (int i = 0; i < 7; ++i)
        CHECK(contactTopicFromKey(contactTopicKey(ContactTopic(i))) == ContactTopic(i));
    for (int i = 0; i < 5; ++i)
        CHECK(supportGivenFromKey(supportGivenKey(SupportGiven(i))) == SupportGiven(i));
    for (int i = 0; i < 6; ++i)
        CHECK(referralTargetFromKey(referralTargetKey(ReferralTarget(i))) == ReferralTarget(i));
    CHECK(contactFormKey(ContactForm::HomeVisit) == QStringLiteral("home_visit"));
    CHECK(contactTopicKey(ContactTopic::MoneyAndIncome) == QStringLiteral("money_and_income"));
    CHECK(supportGivenKey(SupportGiven::AllowanceApplication) == QStringLiteral("allowance_application"));
    CHECK(referralTargetKey(ReferralTarget::GgdJgz) == QStringLiteral("ggd_jgz"));
    CHECK(referralTargetKey(ReferralTarget::VeiligThuis) == QStringLiteral("veilig_thuis"));
    CHECK_FALSE(contactTopicFromKey(QStringLiteral("Housing")));
    CHECK_FALSE(referralTargetFromKey(QString()));
}

namespace {
FamilyContact validContact()
{
    FamilyContact c;
    c.meta.id = createUuidV7();
    c.officerId = createUuidV7();
    c.vestiging = QStringLiteral("11AK00");
    c.date = QDate(2026, 11, 2);
    c.familyCode = FamilyCode::fromRandomBits(42);
    c.topics = {ContactTopic::MoneyAndIncome};
    c.support = {SupportGiven::AllowanceApplication};
    c.durationMinutes = 45;
    return c;
}
const QStringList kPlaced{QStringLiteral("11AK00"), QStringLiteral("12BB00")};
const QDate kToday(2026, 11, 3);
} // namespace

TEST_CASE("Family contact validation", "[familycontact][validation]")
{
    CHECK(validate(validContact(), kPlaced, kToday).isEmpty());

    auto only = [](const FamilyContact &c, const char *field, const char *key) {
        const auto errors = validate(c, kPlaced, kToday);
        INFO(joined(errors));
        CHECK(errors.size() == 1);
        CHECK(hasError(errors, QString::fromLatin1(field), QString::fromLatin1(key)));
    };
    FamilyContact c = validContact();
    c.familyCode = QStringLiteral("Jan de Vries");
    only(c, "familyCode", "contact.family_code.invalid");
    // The rejected text never appears in the error (it may be a name).
    const auto codeError = validate(c, kPlaced, kToday).first();
    CHECK(codeError.params.isEmpty());
    CHECK_FALSE(codeError.message().contains(QStringLiteral("Vries")));

    c = validContact();
    c.vestiging = QStringLiteral("99ZZ00");
    only(c, "vestiging", "contact.school.not_placed");
    c = validContact();
    c.date = kToday.addDays(1);
    only(c, "date", "contact.date.future");
    c.date = QDate();
    only(c, "date", "contact.date.missing");
    c = validContact();
    c.topics.clear();
    only(c, "topics", "contact.topics.required");
    c = validContact();
    c.support.clear();
    only(c, "support", "contact.support.required");

    c = validContact();
    c.support.append(SupportGiven::Referral);
    only(c, "referral", "contact.referral.required");
    c.referral = ReferralTarget::Wijkteam;
    CHECK(validate(c, kPlaced, kToday).isEmpty());
    c.support = {SupportGiven::Listening};
    only(c, "referral", "contact.referral.unexpected");

    c = validContact();
    c.durationMinutes = 0;
    only(c, "durationMinutes", "contact.duration.range");
    c.durationMinutes = 481;
    only(c, "durationMinutes", "contact.duration.range");
    c.durationMinutes = 480;
    CHECK(validate(c, kPlaced, kToday).isEmpty());

    c = validContact();
    c.followUp = c.date.addDays(-1);
    only(c, "followUp", "contact.follow_up.before_date");
    c.followUp = c.date; // same day is fine
    CHECK(validate(c, kPlaced, kToday).isEmpty());
    c.followUp = c.date.addDays(14); // a follow-up may lie in the future
    CHECK(validate(c, kPlaced, kToday).isEmpty());
}

TEST_CASE("Current contacts resolve corrections and withdrawals", "[familycontact]")
{
    const FamilyContact a = validContact();
    FamilyContact fix = a;
    fix.meta.id = createUuidV7();
    fix.supersedes = a.meta.id;
    fix.durationMinutes = 60;
    const FamilyContact b = validContact();
    auto current = currentContacts({a, fix, b});
    REQUIRE(current.size() == 2);
    CHECK(current[0].durationMinutes == 60);

    FamilyContact withdrawal = fix;
    withdrawal.meta.id = createUuidV7();
    withdrawal.supersedes = fix.meta.id;
    withdrawal.withdrawn = true;
    current = currentContacts({a, fix, b, withdrawal});
    REQUIRE(current.size() == 1);
    CHECK(current[0].meta.id == b.meta.id);
}
