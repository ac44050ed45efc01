#include "contactlistmodel.h"

#include "shell/devicestore.h"
#include "shell/fieldlabels.h"
#include "shell/languagewatch.h"

#include <QCoreApplication>
#include <QLocale>

namespace verrijkt {

namespace {

template <typename Enum> QString joinLabels(const QList<Enum> &values, QString (*label)(Enum))
{
    QStringList out;
    for (Enum v : values)
        out << label(v);
    return out.join(QStringLiteral(", "));
}

} // namespace

ContactListModel::ContactListModel(QObject *parent) : QAbstractListModel(parent)
{
    auto *watch = new LanguageWatch(this);
    connect(watch, &LanguageWatch::changed, this, [this] {
        emit filterChanged(); // the month label
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(int(m_rows.size()) - 1));
    });
}

int ContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FamilyContact &c = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return c.meta.id.toString(QUuid::WithoutBraces);
    case DateRole:
        return c.date;
    case DateTextRole:
        return fieldlabels::dayMonth(c.date);
    case Qt::DisplayRole:
    case FamilyCodeRole:
        return c.familyCode;
    case VestigingRole:
        return c.vestiging;
    case SchoolNameRole: {
        auto it = m_schoolNames.constFind(c.vestiging);
        if (it == m_schoolNames.constEnd() && m_store && m_store->database())
            it = m_schoolNames.insert(c.vestiging,
                                      contactrecords::schoolName(*m_store->database(), c.vestiging));
        return it == m_schoolNames.constEnd() ? c.vestiging : *it;
    }
    case FormLabelRole:
        return fieldlabels::form(c.form);
    case TopicsTextRole:
        return joinLabels(c.topics, &fieldlabels::topic);
    case SupportTextRole:
        return joinLabels(c.support, &fieldlabels::support);
    case ReferralLabelRole:
        return c.referral == ReferralTarget::None ? QString() : fieldlabels::referral(c.referral);
    case DurationRole:
        return c.durationMinutes;
    case FollowUpTextRole:
        return fieldlabels::dayMonth(c.followUp);
    case SyncStateRole:
        return m_states.value(index.row()).state;
    case SyncReasonRole:
        return m_states.value(index.row()).reason;
    case IsCorrectionRole:
        return !c.supersedes.isNull();
    default:
        return {};
    }
}

QHash<int, QByteArray> ContactListModel::roleNames() const
{
    return {{IdRole, "contactId"},
            {DateRole, "date"},
            {DateTextRole, "dateText"},
            {FamilyCodeRole, "familyCode"},
            {VestigingRole, "vestiging"},
            {SchoolNameRole, "schoolName"},
            {FormLabelRole, "formLabel"},
            {TopicsTextRole, "topicsText"},
            {SupportTextRole, "supportText"},
            {ReferralLabelRole, "referralLabel"},
            {DurationRole, "durationMinutes"},
            {FollowUpTextRole, "followUpText"},
            {IsCorrectionRole, "isCorrection"},
            {SyncStateRole, "syncState"},
            {SyncReasonRole, "syncReason"}};
}

bool ContactListModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while the reset is being announced: a fetch from a modelReset handler would insert rows
    // inside the reset (QAbstractItemModelTester flags it); reload() reads the first page itself.
    return !parent.isValid() && !m_resetting && !m_fetching && m_rows.size() < m_total;
}

void ContactListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || !m_store || !m_store->database())
        return;
    std::optional<contactrecords::PageKey> after;
    if (!m_rows.isEmpty())
        after = contactrecords::PageKey{m_rows.last().date, m_rows.last().meta.id};
    const auto page = contactrecords::currentPage(*m_store->database(), m_filter, after, kPageSize);
    if (page.isEmpty()) {
        m_total = int(m_rows.size());
        emit countChanged();
        return;
    }
    QList<QUuid> ids;
    for (const auto &r : page)
        ids << r.meta.id;
    const auto states = recordStates(*m_store->database(), QStringLiteral("family_contact"), ids);
    m_fetching = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows.append(page);
    for (const auto &r : page)
        m_states.append(states.value(r.meta.id));
    endInsertRows();
    m_fetching = false;
}

void ContactListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_states.clear();
    m_total = 0;
    m_filter.officerId = m_store ? m_store->officerId() : QUuid();
    if (m_store && m_store->database() && !m_filter.officerId.isNull())
        m_total = contactrecords::currentCount(*m_store->database(), m_filter);
    m_resetting = true;
    endResetModel();
    m_resetting = false;
    fetchMore({});
    emit countChanged();
}

void ContactListModel::refreshSyncStates()
{
    if (m_rows.isEmpty() || !m_store || !m_store->database())
        return;
    QList<QUuid> ids;
    for (const auto &r : std::as_const(m_rows))
        ids << r.meta.id;
    const auto states = recordStates(*m_store->database(), QStringLiteral("family_contact"), ids);
    for (int i = 0; i < m_rows.size(); ++i)
        m_states[i] = states.value(m_rows.at(i).meta.id);
    emit dataChanged(index(0), index(int(m_rows.size()) - 1), {SyncStateRole, SyncReasonRole});
}

void ContactListModel::setStore(DeviceStore *store)
{
    if (store == m_store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &DeviceStore::dataChanged, this, [this](const QStringList &entities) {
            if (DeviceStore::touches(entities, QStringLiteral("family_contact")) ||
                DeviceStore::touches(entities, QStringLiteral("bridge_officer")))
                reload();
        });
        connect(m_store, &DeviceStore::syncStatesChanged, this, &ContactListModel::refreshSyncStates);
        connect(m_store, &DeviceStore::userChanged, this, &ContactListModel::reload);
    }
    emit storeChanged();
    reload();
}

void ContactListModel::setSchool(const QString &vestiging)
{
    if (vestiging == m_filter.vestiging)
        return;
    m_filter.vestiging = vestiging;
    emit filterChanged();
    reload();
}

void ContactListModel::setMonth(const QDate &anyDay)
{
    const QDate first = anyDay.isValid() ? QDate(anyDay.year(), anyDay.month(), 1) : QDate();
    if (first == m_filter.month)
        return;
    m_filter.month = first;
    emit filterChanged();
    reload();
}

QString ContactListModel::monthLabel() const
{
    if (!m_filter.month.isValid())
        return QCoreApplication::translate("ContactListModel", "All months");
    return QLocale().toString(m_filter.month, QStringLiteral("MMMM yyyy"));
}

void ContactListModel::previousMonth()
{
    const QDate base =
        m_filter.month.isValid() ? m_filter.month : (m_store ? m_store->today() : QDate::currentDate());
    setMonth(base.addMonths(-1));
}

void ContactListModel::nextMonth()
{
    const QDate base =
        m_filter.month.isValid() ? m_filter.month : (m_store ? m_store->today() : QDate::currentDate());
    setMonth(base.addMonths(1));
}

} // namespace verrijkt
