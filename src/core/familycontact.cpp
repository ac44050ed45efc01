#include "familycontact.h"

#include "supersedechain.h"

namespace verrijkt {

namespace {
// Looks a key up in a key function's range; the enums are small and contiguous from 0.
template <typename Enum, typename KeyFn>
std::optional<Enum> fromKey(const QString &key, KeyFn keyOf, int count)
{
    for (int i = 0; i < count; ++i) {
        if (keyOf(static_cast<Enum>(i)) == key)
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

constexpr int kMaxContactMinutes = 480;
} // namespace

QString contactInitiatorKey(ContactInitiator v)
{
    switch (v) {
    case ContactInitiator::Teacher:
        return QStringLiteral("teacher");
    case ContactInitiator::Parent:
        return QStringLiteral("parent");
    case ContactInitiator::Pupil:
        return QStringLiteral("pupil");
    case ContactInitiator::Officer:
        return QStringLiteral("officer");
    }
    return {};
}

QString contactFormKey(ContactForm v)
{
    switch (v) {
    case ContactForm::TalkAtSchool:
        return QStringLiteral("talk_at_school");
    case ContactForm::HomeVisit:
        return QStringLiteral("home_visit");
    case ContactForm::Phone:
        return QStringLiteral("phone");
    case ContactForm::GroupMeeting:
        return QStringLiteral("group_meeting");
    }
    return {};
}

QString contactTopicKey(ContactTopic v)
{
    switch (v) {
    case ContactTopic::MoneyAndIncome:
        return QStringLiteral("money_and_income");
    case ContactTopic::CareAndHealth:
        return QStringLiteral("care_and_health");
    case ContactTopic::SafetyAtHome:
        return QStringLiteral("safety_at_home");
    case ContactTopic::Parenting:
        return QStringLiteral("parenting");
    case ContactTopic::LearningAndSchool:
        return QStringLiteral("learning_and_school");
    case ContactTopic::Housing:
        return QStringLiteral("housing");
    case ContactTopic::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString supportGivenKey(SupportGiven v)
{
    switch (v) {
    case SupportGiven::Listening:
        return QStringLiteral("listening");
    case SupportGiven::AdviceToParent:
        return QStringLiteral("advice_to_parent");
    case SupportGiven::AdviceToTeacher:
        return QStringLiteral("advice_to_teacher");
    case SupportGiven::AllowanceApplication:
        return QStringLiteral("allowance_application");
    case SupportGiven::Referral:
        return QStringLiteral("referral");
    }
    return {};
}

QString referralTargetKey(ReferralTarget v)
{
    switch (v) {
    case ReferralTarget::None:
        return QStringLiteral("none");
    case ReferralTarget::Wijkteam:
        return QStringLiteral("wijkteam");
    case ReferralTarget::GgdJgz:
        return QStringLiteral("ggd_jgz");
    case ReferralTarget::Schuldhulpverlening:
        return QStringLiteral("schuldhulpverlening");
    case ReferralTarget::VeiligThuis:
        return QStringLiteral("veilig_thuis");
    case ReferralTarget::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<ContactInitiator> contactInitiatorFromKey(const QString &k)
{
    return fromKey<ContactInitiator>(k, contactInitiatorKey, 4);
}

std::optional<ContactForm> contactFormFromKey(const QString &k)
{
    return fromKey<ContactForm>(k, contactFormKey, 4);
}

std::optional<ContactTopic> contactTopicFromKey(const QString &k)
{
    return fromKey<ContactTopic>(k, contactTopicKey, 7);
}

std::optional<SupportGiven> supportGivenFromKey(const QString &k)
{
    return fromKey<SupportGiven>(k, supportGivenKey, 5);
}

std::optional<ReferralTarget> referralTargetFromKey(const QString &k)
{
    return fromKey<ReferralTarget>(k, referralTargetKey, 6);
}

QList<FamilyContact> currentContacts(const QList<FamilyContact> &all)
{
    return detail::currentVersions(all);
}

ValidationErrors validate(const FamilyContact &c, const QStringList &placementSchools, const QDate &today)
{
    ValidationErrors errors;
    // The code itself never goes into a message: it is personal data.
    if (!FamilyCode::isValid(c.familyCode))
        errors.append({QStringLiteral("familyCode"), QStringLiteral("contact.family_code.invalid"), {}});

    if (!c.date.isValid())
        errors.append({QStringLiteral("date"), QStringLiteral("contact.date.missing"), {}});
    else if (c.date > today)
        errors.append({QStringLiteral("date"),
                       QStringLiteral("contact.date.future"),
                       {{QStringLiteral("date"), c.date}, {QStringLiteral("today"), today}}});

    if (!placementSchools.contains(c.vestiging))
        errors.append({QStringLiteral("vestiging"),
                       QStringLiteral("contact.school.not_placed"),
                       {{QStringLiteral("school"), c.vestiging}}});

    if (c.topics.isEmpty())
        errors.append({QStringLiteral("topics"), QStringLiteral("contact.topics.required"), {}});
    if (c.support.isEmpty())
        errors.append({QStringLiteral("support"), QStringLiteral("contact.support.required"), {}});

    const bool referred = c.support.contains(SupportGiven::Referral);
    if (referred && c.referral == ReferralTarget::None)
        errors.append({QStringLiteral("referral"), QStringLiteral("contact.referral.required"), {}});
    else if (!referred && c.referral != ReferralTarget::None)
        errors.append({QStringLiteral("referral"), QStringLiteral("contact.referral.unexpected"), {}});

    if (c.durationMinutes <= 0 || c.durationMinutes > kMaxContactMinutes)
        errors.append(
            {QStringLiteral("durationMinutes"),
             QStringLiteral("contact.duration.range"),
             {{QStringLiteral("max"), kMaxContactMinutes}, {QStringLiteral("value"), c.durationMinutes}}});

    if (c.followUp.isValid() && c.date.isValid() && c.followUp < c.date)
        errors.append({QStringLiteral("followUp"),
                       QStringLiteral("contact.follow_up.before_date"),
                       {{QStringLiteral("followUp"), c.followUp}, {QStringLiteral("date"), c.date}}});
    return errors;
}

} // namespace verrijkt
