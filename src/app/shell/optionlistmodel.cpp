#include "optionlistmodel.h"

#include "fieldlabels.h"
#include "languagewatch.h"

namespace verrijkt {

namespace {

template <typename Enum> QStringList keysOf(const QList<Enum> &values, QString (*key)(Enum))
{
    QStringList out;
    for (Enum v : values)
        out << key(v);
    return out;
}

template <typename Enum>
QString labelOf(const QString &key, std::optional<Enum> (*fromKey)(const QString &), QString (*label)(Enum))
{
    const auto v = fromKey(key);
    return v ? label(*v) : QString();
}

} // namespace

QStringList OptionListModel::keys(const QString &kind)
{
    if (kind == QLatin1String("domain"))
        return keysOf(allActivityDomains(), &activityDomainKey);
    if (kind == QLatin1String("initiator"))
        return keysOf<ContactInitiator>({ContactInitiator::Parent, ContactInitiator::Teacher,
                                         ContactInitiator::Pupil, ContactInitiator::Officer},
                                        &contactInitiatorKey);
    if (kind == QLatin1String("form"))
        return keysOf<ContactForm>({ContactForm::TalkAtSchool, ContactForm::Phone, ContactForm::HomeVisit,
                                    ContactForm::GroupMeeting},
                                   &contactFormKey);
    if (kind == QLatin1String("topic"))
        return keysOf<ContactTopic>({ContactTopic::MoneyAndIncome, ContactTopic::CareAndHealth,
                                     ContactTopic::SafetyAtHome, ContactTopic::Parenting,
                                     ContactTopic::LearningAndSchool, ContactTopic::Housing,
                                     ContactTopic::Other},
                                    &contactTopicKey);
    if (kind == QLatin1String("support"))
        return keysOf<SupportGiven>({SupportGiven::Listening, SupportGiven::AdviceToParent,
                                     SupportGiven::AdviceToTeacher, SupportGiven::AllowanceApplication,
                                     SupportGiven::Referral},
                                    &supportGivenKey);
    if (kind == QLatin1String("referral"))
        return keysOf<ReferralTarget>({ReferralTarget::None, ReferralTarget::Wijkteam, ReferralTarget::GgdJgz,
                                       ReferralTarget::Schuldhulpverlening, ReferralTarget::VeiligThuis,
                                       ReferralTarget::Other},
                                      &referralTargetKey);
    return {};
}

QString OptionListModel::label(const QString &kind, const QString &key)
{
    if (kind == QLatin1String("domain"))
        return labelOf(key, &activityDomainFromKey, &fieldlabels::domain);
    if (kind == QLatin1String("initiator"))
        return labelOf(key, &contactInitiatorFromKey, &fieldlabels::initiator);
    if (kind == QLatin1String("form"))
        return labelOf(key, &contactFormFromKey, &fieldlabels::form);
    if (kind == QLatin1String("topic"))
        return labelOf(key, &contactTopicFromKey, &fieldlabels::topic);
    if (kind == QLatin1String("support"))
        return labelOf(key, &supportGivenFromKey, &fieldlabels::support);
    if (kind == QLatin1String("referral"))
        return labelOf(key, &referralTargetFromKey, &fieldlabels::referral);
    return {};
}

OptionListModel::OptionListModel(QObject *parent) : QAbstractListModel(parent)
{
    auto *watch = new LanguageWatch(this);
    connect(watch, &LanguageWatch::changed, this, [this] {
        if (!m_keys.isEmpty())
            emit dataChanged(index(0), index(int(m_keys.size()) - 1), {LabelRole});
    });
}

int OptionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

QVariant OptionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &key = m_keys.at(index.row());
    switch (role) {
    case KeyRole:
        return key;
    case LabelRole:
    case Qt::DisplayRole:
        return label(m_kind, key);
    default:
        return {};
    }
}

QHash<int, QByteArray> OptionListModel::roleNames() const
{
    return {{KeyRole, "key"}, {LabelRole, "label"}};
}

void OptionListModel::setKind(const QString &kind)
{
    if (kind == m_kind)
        return;
    beginResetModel();
    m_kind = kind;
    m_keys = keys(kind);
    endResetModel();
    emit kindChanged();
}

QString OptionListModel::labelFor(const QString &key) const
{
    return label(m_kind, key);
}

} // namespace verrijkt
