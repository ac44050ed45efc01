#include "reportfixture.h"

#include "regiondata.h"

namespace verrijkt::testing {

namespace {

Participation participation(const char *v, int year, Tier tier, int pupils, QDate start)
{
    Participation p;
    p.meta.id = QUuid::createUuid();
    p.vestiging = QString::fromLatin1(v);
    p.schoolYear = SchoolYear(year);
    p.tier = tier;
    p.pupilsReached = pupils;
    p.startDate = start;
    return p;
}

EnrichmentSession session(const char *v, QDate date, ActivityDomain domain, double hours, int pupils)
{
    EnrichmentSession s;
    s.meta.id = QUuid::createUuid();
    s.meta.hlc = QStringLiteral("1");
    s.vestiging = QString::fromLatin1(v);
    s.date = date;
    s.domain = domain;
    s.hours = hours;
    s.pupils = pupils;
    s.provider = QStringLiteral("Aanbieder");
    return s;
}

Placement placement(const QUuid &officer, const char *v, double fte, QDate from, QDate to = {})
{
    Placement p;
    p.meta.id = QUuid::createUuid();
    p.officerId = officer;
    p.vestiging = QString::fromLatin1(v);
    p.fte = fte;
    p.from = from;
    p.to = to;
    return p;
}

FamilyContact contact(const QUuid &officer, const char *v, QDate date, int family, ContactForm form,
                      ContactTopic topic, SupportGiven support,
                      ReferralTarget referral = ReferralTarget::None)
{
    FamilyContact c;
    c.meta.id = QUuid::createUuid();
    c.meta.hlc = QStringLiteral("1");
    c.officerId = officer;
    c.vestiging = QString::fromLatin1(v);
    c.date = date;
    c.familyCode = FamilyCode::fromRandomBits(quint64(family) * 7919);
    c.initiatedBy = family % 2 ? ContactInitiator::Parent : ContactInitiator::Teacher;
    c.form = form;
    c.topics = {topic};
    c.support = {support};
    c.referral = referral;
    c.durationMinutes = 30;
    return c;
}

LibraryParticipation library(const char *v, int year, LibraryStatus status)
{
    LibraryParticipation l;
    l.meta.id = QUuid::createUuid();
    l.vestiging = QString::fromLatin1(v);
    l.schoolYear = SchoolYear(year);
    l.status = status;
    return l;
}

} // namespace

ReportInput reportFixture()
{
    using testdata::school;
    ReportInput in;
    in.year = SchoolYear(2026);
    in.municipalities = {{"GM0014", "Groningen", "Groningen", 1}, {"GM0037", "Stadskanaal", "Groningen", 1}};
    in.schools = {school("01AA00", "GM0014", 200), school("02BB00", "GM0014", 100),
                  school("03CC00", "GM0014", 50),  school("04DD00", "GM0037", 150),
                  school("05EE00", "GM0037", 80),  school("06FF00", "GM0037", 60)};
    in.schools[5].active = false;

    Participation deleted = participation("05EE00", 2026, Tier::TwoHours, 80, {2026, 9, 1});
    deleted.meta.deleted = true;
    in.participations = {participation("01AA00", 2026, Tier::SixHours, 190, {2026, 9, 1}),
                         participation("02BB00", 2026, Tier::TwoHours, 95, {2026, 9, 1}),
                         participation("04DD00", 2026, Tier::TwoHours, 140, {2026, 10, 1}),
                         participation("03CC00", 2025, Tier::TwoHours, 50, {2025, 9, 1}), deleted};

    EnrichmentSession original = session("01AA00", {2026, 10, 5}, ActivityDomain::SportEnBewegen, 1, 10);
    EnrichmentSession correction = session("01AA00", {2026, 10, 5}, ActivityDomain::SportEnBewegen, 1, 12);
    correction.supersedes = original.meta.id;
    correction.meta.hlc = QStringLiteral("2");
    EnrichmentSession withdrawnOriginal =
        session("02BB00", {2026, 11, 2}, ActivityDomain::KunstEnCultuur, 3, 20);
    EnrichmentSession withdrawal = withdrawnOriginal;
    withdrawal.meta.id = QUuid::createUuid();
    withdrawal.meta.hlc = QStringLiteral("2");
    withdrawal.supersedes = withdrawnOriginal.meta.id;
    withdrawal.withdrawn = true;
    in.sessions = {
        session("01AA00", {2026, 9, 14}, ActivityDomain::SportEnBewegen, 2, 20),
        session("01AA00", {2026, 9, 21}, ActivityDomain::KunstEnCultuur, 1.5, 25),
        original,
        correction,
        withdrawnOriginal,
        withdrawal,
        session("02BB00", {2026, 11, 9}, ActivityDomain::Talentontwikkeling, 2, 15),
        session("04DD00", {2026, 10, 12}, ActivityDomain::Basisvaardigheden, 1, 30),
        session("04DD00", {2027, 3, 1}, ActivityDomain::WelzijnEnGezondheid, 2, 10),
        session("03CC00", {2026, 10, 12}, ActivityDomain::SportEnBewegen, 5, 50), // not taking part
        session("01AA00", {2026, 6, 1}, ActivityDomain::SportEnBewegen, 4, 40)};  // 2025-2026

    BridgeOfficer a, b;
    a.meta.id = QUuid::createUuid();
    a.userName = QStringLiteral("anna");
    b.meta.id = QUuid::createUuid();
    b.userName = QStringLiteral("bert");
    in.officers = {a, b};
    in.placements = {placement(a.meta.id, "01AA00", 0.8, {2026, 8, 1}),
                     placement(a.meta.id, "04DD00", 0.2, {2026, 9, 1}),
                     placement(b.meta.id, "02BB00", 0.5, {2026, 11, 1}),
                     placement(b.meta.id, "05EE00", 1.0, {2026, 8, 1}, {2026, 9, 15})};

    // Groningen: 01AA00 7 contacts (4 families), 02BB00 2 contacts (1 more family); Stadskanaal:
    // 04DD00 3 contacts (2 families). One more 01AA00 contact is withdrawn.
    const QUuid A = a.meta.id, B = b.meta.id;
    in.contacts = {
        contact(A, "01AA00", {2026, 9, 10}, 1, ContactForm::TalkAtSchool, ContactTopic::MoneyAndIncome,
                SupportGiven::AllowanceApplication),
        contact(A, "01AA00", {2026, 9, 17}, 1, ContactForm::Phone, ContactTopic::MoneyAndIncome,
                SupportGiven::AdviceToParent),
        contact(A, "01AA00", {2026, 10, 1}, 2, ContactForm::TalkAtSchool, ContactTopic::Parenting,
                SupportGiven::Listening),
        contact(A, "01AA00", {2026, 10, 8}, 2, ContactForm::HomeVisit, ContactTopic::SafetyAtHome,
                SupportGiven::Referral, ReferralTarget::VeiligThuis),
        contact(A, "01AA00", {2026, 11, 5}, 3, ContactForm::TalkAtSchool, ContactTopic::LearningAndSchool,
                SupportGiven::AdviceToTeacher),
        contact(A, "01AA00", {2026, 12, 3}, 4, ContactForm::TalkAtSchool, ContactTopic::Housing,
                SupportGiven::Referral, ReferralTarget::Wijkteam),
        contact(A, "01AA00", {2027, 1, 14}, 4, ContactForm::Phone, ContactTopic::CareAndHealth,
                SupportGiven::Listening),
        contact(B, "02BB00", {2026, 11, 20}, 5, ContactForm::TalkAtSchool, ContactTopic::Parenting,
                SupportGiven::Listening),
        contact(B, "02BB00", {2026, 12, 4}, 5, ContactForm::TalkAtSchool, ContactTopic::Parenting,
                SupportGiven::AdviceToParent),
        contact(A, "04DD00", {2026, 10, 20}, 6, ContactForm::TalkAtSchool, ContactTopic::MoneyAndIncome,
                SupportGiven::Referral, ReferralTarget::Schuldhulpverlening),
        contact(A, "04DD00", {2026, 11, 3}, 7, ContactForm::Phone, ContactTopic::Other,
                SupportGiven::Listening),
        contact(A, "04DD00", {2027, 2, 2}, 7, ContactForm::TalkAtSchool, ContactTopic::Other,
                SupportGiven::AdviceToParent),
    };
    FamilyContact withdrawnContact = contact(A, "01AA00", {2026, 9, 12}, 8, ContactForm::Phone,
                                             ContactTopic::Other, SupportGiven::Listening);
    FamilyContact contactWithdrawal = withdrawnContact;
    contactWithdrawal.meta.id = QUuid::createUuid();
    contactWithdrawal.meta.hlc = QStringLiteral("2");
    contactWithdrawal.supersedes = withdrawnContact.meta.id;
    contactWithdrawal.withdrawn = true;
    in.contacts << withdrawnContact << contactWithdrawal;

    in.library = {library("01AA00", 2026, LibraryStatus::Active),
                  library("02BB00", 2026, LibraryStatus::Intake),
                  library("04DD00", 2026, LibraryStatus::AgreementSigned),
                  library("03CC00", 2025, LibraryStatus::Active)};
    in.plan = defaultPlan(in.schools, {});
    return in;
}

} // namespace verrijkt::testing
