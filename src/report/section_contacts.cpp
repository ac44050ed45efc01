// Family-contact statistics: counts per characteristic only, each group with small-count
// suppression. Nothing is ever shown per family, and family codes never leave this file as text.
#include "reportsections.h"
#include "smallcounts.h"

namespace verrijkt::reportsections {

namespace {

template <typename Enum> struct Group
{
    QString name;
    QList<Enum> values;
    QString (*label)(Enum, bool dutch);
};

QString initiatorLabel(ContactInitiator v, bool nl)
{
    switch (v) {
    case ContactInitiator::Teacher:
        return nl ? QStringLiteral("Leerkracht") : QStringLiteral("Teacher");
    case ContactInitiator::Parent:
        return nl ? QStringLiteral("Ouder") : QStringLiteral("Parent");
    case ContactInitiator::Pupil:
        return nl ? QStringLiteral("Leerling") : QStringLiteral("Pupil");
    case ContactInitiator::Officer:
        return nl ? QStringLiteral("Brugfunctionaris") : QStringLiteral("Bridge officer");
    }
    return {};
}

QString formLabel(ContactForm v, bool nl)
{
    switch (v) {
    case ContactForm::TalkAtSchool:
        return nl ? QStringLiteral("Gesprek op school") : QStringLiteral("Talk at school");
    case ContactForm::HomeVisit:
        return nl ? QStringLiteral("Huisbezoek") : QStringLiteral("Home visit");
    case ContactForm::Phone:
        return nl ? QStringLiteral("Telefonisch") : QStringLiteral("Phone");
    case ContactForm::GroupMeeting:
        return nl ? QStringLiteral("Groepsbijeenkomst") : QStringLiteral("Group meeting");
    }
    return {};
}

QString topicLabel(ContactTopic v, bool nl)
{
    switch (v) {
    case ContactTopic::MoneyAndIncome:
        return nl ? QStringLiteral("Geld en inkomen") : QStringLiteral("Money and income");
    case ContactTopic::CareAndHealth:
        return nl ? QStringLiteral("Zorg en gezondheid") : QStringLiteral("Care and health");
    case ContactTopic::SafetyAtHome:
        return nl ? QStringLiteral("Veiligheid thuis") : QStringLiteral("Safety at home");
    case ContactTopic::Parenting:
        return nl ? QStringLiteral("Opvoeding") : QStringLiteral("Parenting");
    case ContactTopic::LearningAndSchool:
        return nl ? QStringLiteral("Leren en school") : QStringLiteral("Learning and school");
    case ContactTopic::Housing:
        return nl ? QStringLiteral("Wonen") : QStringLiteral("Housing");
    case ContactTopic::Other:
        return nl ? QStringLiteral("Overig") : QStringLiteral("Other");
    }
    return {};
}

QString supportLabel(SupportGiven v, bool nl)
{
    switch (v) {
    case SupportGiven::Listening:
        return nl ? QStringLiteral("Luisterend oor") : QStringLiteral("Listening");
    case SupportGiven::AdviceToParent:
        return nl ? QStringLiteral("Advies aan ouder") : QStringLiteral("Advice to parent");
    case SupportGiven::AdviceToTeacher:
        return nl ? QStringLiteral("Advies aan leerkracht") : QStringLiteral("Advice to teacher");
    case SupportGiven::AllowanceApplication:
        return nl ? QStringLiteral("Hulp bij aanvraag vergoeding")
                  : QStringLiteral("Help with an allowance application");
    case SupportGiven::Referral:
        return nl ? QStringLiteral("Doorverwijzing") : QStringLiteral("Referral");
    }
    return {};
}

QString referralLabel(ReferralTarget v, bool nl)
{
    switch (v) {
    case ReferralTarget::None:
        return nl ? QStringLiteral("Geen") : QStringLiteral("None");
    case ReferralTarget::Wijkteam:
        return QStringLiteral("Wijkteam");
    case ReferralTarget::GgdJgz:
        return QStringLiteral("GGD/JGZ");
    case ReferralTarget::Schuldhulpverlening:
        return nl ? QStringLiteral("Schuldhulpverlening") : QStringLiteral("Debt counselling");
    case ReferralTarget::VeiligThuis:
        return QStringLiteral("Veilig Thuis");
    case ReferralTarget::Other:
        return nl ? QStringLiteral("Overig") : QStringLiteral("Other");
    }
    return {};
}

template <typename Enum, typename CountFn>
void appendGroup(ReportTable &t, const QString &group, const QList<Enum> &values,
                 QString (*label)(Enum, bool), bool nl, CountFn count)
{
    QList<qint64> counts;
    for (Enum v : values)
        counts.append(count(v));
    const QList<ReportCell> cells = countCells(counts);
    for (int i = 0; i < values.size(); ++i)
        t.rows.append(
            {ReportCell::fromText(group), ReportCell::fromText(label(values.at(i), nl)), cells.at(i)});
}

} // namespace

ReportSection familyContactSection(const Context &ctx)
{
    const bool nl = ctx.language == Language::Dutch;
    const QList<FamilyContact> &contacts = ctx.data.contacts;
    ReportTable t;
    t.id = QStringLiteral("gezinscontacten_kenmerken");
    t.title = ctx.tr("Gezinscontacten naar kenmerk", "Family contacts by characteristic");
    t.columns = {ctx.tr("Kenmerk", "Characteristic"), ctx.tr("Waarde", "Value"),
                 ctx.tr("Contacten", "Contacts")};
    t.note = ctx.tr(
        "Een contact kan meer onderwerpen en meer soorten steun hebben. Aantallen onder 5 staan er als "
        "\"< 5\"; per groep zijn zo nodig ook grotere aantallen verborgen. Nooit iets per gezin.",
        "A contact may have several topics and kinds of support. Counts below 5 read \"< 5\"; where "
        "needed larger counts in the group are hidden too. Never anything per family.");

    appendGroup(t, ctx.tr("Initiatief", "Initiated by"),
                QList<ContactInitiator>{ContactInitiator::Teacher, ContactInitiator::Parent,
                                        ContactInitiator::Pupil, ContactInitiator::Officer},
                initiatorLabel, nl, [&](ContactInitiator v) {
                    return std::count_if(contacts.begin(), contacts.end(),
                                         [&](const FamilyContact &c) { return c.initiatedBy == v; });
                });
    appendGroup(t, ctx.tr("Vorm", "Form"),
                QList<ContactForm>{ContactForm::TalkAtSchool, ContactForm::HomeVisit, ContactForm::Phone,
                                   ContactForm::GroupMeeting},
                formLabel, nl, [&](ContactForm v) {
                    return std::count_if(contacts.begin(), contacts.end(),
                                         [&](const FamilyContact &c) { return c.form == v; });
                });
    appendGroup(t, ctx.tr("Onderwerp", "Topic"),
                QList<ContactTopic>{ContactTopic::MoneyAndIncome, ContactTopic::CareAndHealth,
                                    ContactTopic::SafetyAtHome, ContactTopic::Parenting,
                                    ContactTopic::LearningAndSchool, ContactTopic::Housing,
                                    ContactTopic::Other},
                topicLabel, nl, [&](ContactTopic v) {
                    return std::count_if(contacts.begin(), contacts.end(),
                                         [&](const FamilyContact &c) { return c.topics.contains(v); });
                });
    appendGroup(t, ctx.tr("Steun", "Support"),
                QList<SupportGiven>{SupportGiven::Listening, SupportGiven::AdviceToParent,
                                    SupportGiven::AdviceToTeacher, SupportGiven::AllowanceApplication,
                                    SupportGiven::Referral},
                supportLabel, nl, [&](SupportGiven v) {
                    return std::count_if(contacts.begin(), contacts.end(),
                                         [&](const FamilyContact &c) { return c.support.contains(v); });
                });
    appendGroup(t, ctx.tr("Doorverwezen naar", "Referred to"),
                QList<ReferralTarget>{ReferralTarget::Wijkteam, ReferralTarget::GgdJgz,
                                      ReferralTarget::Schuldhulpverlening, ReferralTarget::VeiligThuis,
                                      ReferralTarget::Other},
                referralLabel, nl, [&](ReferralTarget v) {
                    return std::count_if(contacts.begin(), contacts.end(),
                                         [&](const FamilyContact &c) { return c.referral == v; });
                });

    ReportSection s;
    s.title = ctx.tr("Gezinscontacten", "Family contacts");
    s.paragraphs << ctx.tr(
        "Brugfunctionarissen leggen hun contacten met gezinnen vast onder een pseudoniem gezinscode. "
        "Dit verslag toont alleen aantallen, nooit iets per gezin.",
        "Bridge officers record their contacts with families under a pseudonymous family code. "
        "This report shows counts only, never anything per family.");
    s.tables << t;
    return s;
}

} // namespace verrijkt::reportsections
