#include "fieldlabels.h"

#include <QCoreApplication>
#include <QLocale>

namespace verrijkt::fieldlabels {

QString domain(ActivityDomain d)
{
    switch (d) {
    case ActivityDomain::Talentontwikkeling:
        return QCoreApplication::translate("FieldLabels", "Talent development");
    case ActivityDomain::SportEnBewegen:
        return QCoreApplication::translate("FieldLabels", "Sport and exercise");
    case ActivityDomain::KunstEnCultuur:
        return QCoreApplication::translate("FieldLabels", "Art and culture");
    case ActivityDomain::WelzijnEnGezondheid:
        return QCoreApplication::translate("FieldLabels", "Wellbeing and health");
    case ActivityDomain::Basisvaardigheden:
        return QCoreApplication::translate("FieldLabels", "Basic skills");
    }
    return {};
}

QString initiator(ContactInitiator v)
{
    switch (v) {
    case ContactInitiator::Teacher:
        return QCoreApplication::translate("FieldLabels", "Teacher");
    case ContactInitiator::Parent:
        return QCoreApplication::translate("FieldLabels", "Parent");
    case ContactInitiator::Pupil:
        return QCoreApplication::translate("FieldLabels", "Pupil");
    case ContactInitiator::Officer:
        return QCoreApplication::translate("FieldLabels", "Myself");
    }
    return {};
}

QString form(ContactForm v)
{
    switch (v) {
    case ContactForm::TalkAtSchool:
        return QCoreApplication::translate("FieldLabels", "Talk at school");
    case ContactForm::HomeVisit:
        return QCoreApplication::translate("FieldLabels", "Home visit");
    case ContactForm::Phone:
        return QCoreApplication::translate("FieldLabels", "Phone");
    case ContactForm::GroupMeeting:
        return QCoreApplication::translate("FieldLabels", "Group meeting");
    }
    return {};
}

QString topic(ContactTopic v)
{
    switch (v) {
    case ContactTopic::MoneyAndIncome:
        return QCoreApplication::translate("FieldLabels", "Money and income");
    case ContactTopic::CareAndHealth:
        return QCoreApplication::translate("FieldLabels", "Care and health");
    case ContactTopic::SafetyAtHome:
        return QCoreApplication::translate("FieldLabels", "Safety at home");
    case ContactTopic::Parenting:
        return QCoreApplication::translate("FieldLabels", "Parenting");
    case ContactTopic::LearningAndSchool:
        return QCoreApplication::translate("FieldLabels", "Learning and school");
    case ContactTopic::Housing:
        return QCoreApplication::translate("FieldLabels", "Housing");
    case ContactTopic::Other:
        return QCoreApplication::translate("FieldLabels", "Other");
    }
    return {};
}

QString support(SupportGiven v)
{
    switch (v) {
    case SupportGiven::Listening:
        return QCoreApplication::translate("FieldLabels", "Listened");
    case SupportGiven::AdviceToParent:
        return QCoreApplication::translate("FieldLabels", "Advice to parent");
    case SupportGiven::AdviceToTeacher:
        return QCoreApplication::translate("FieldLabels", "Advice to teacher");
    case SupportGiven::AllowanceApplication:
        return QCoreApplication::translate("FieldLabels", "Help with an allowance");
    case SupportGiven::Referral:
        return QCoreApplication::translate("FieldLabels", "Referral");
    }
    return {};
}

QString referral(ReferralTarget v)
{
    switch (v) {
    case ReferralTarget::None:
        return QCoreApplication::translate("FieldLabels", "No referral");
    case ReferralTarget::Wijkteam:
        return QCoreApplication::translate("FieldLabels", "Neighbourhood team");
    case ReferralTarget::GgdJgz:
        return QCoreApplication::translate("FieldLabels", "GGD youth health care");
    case ReferralTarget::Schuldhulpverlening:
        return QCoreApplication::translate("FieldLabels", "Debt counselling");
    case ReferralTarget::VeiligThuis:
        return QCoreApplication::translate("FieldLabels", "Veilig Thuis");
    case ReferralTarget::Other:
        return QCoreApplication::translate("FieldLabels", "Other organisation");
    }
    return {};
}

QString tier(Tier t)
{
    switch (t) {
    case Tier::None:
        return QCoreApplication::translate("FieldLabels", "No extra hours yet");
    case Tier::TwoHours:
        return QCoreApplication::translate("FieldLabels", "2 hours a week");
    case Tier::SixHours:
        return QCoreApplication::translate("FieldLabels", "6 hours a week");
    }
    return {};
}

Language uiLanguage()
{
    return QLocale().language() == QLocale::English ? Language::English : Language::Dutch;
}

QString shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString longDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("dddd d MMMM yyyy")) : QString();
}

QString dayMonth(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("ddd d MMM")) : QString();
}

QString number(double value, int decimals)
{
    QString text = QLocale().toString(value, 'f', decimals);
    // "1,50" and "2,0" read as noise: no trailing zeros after the decimal separator.
    const QString point = QLocale().decimalPoint();
    if (decimals > 0 && text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

} // namespace verrijkt::fieldlabels
