#include "followupmodel.h"

#include "contactrecords.h"
#include "shell/devicestore.h"
#include "shell/fieldlabels.h"
#include "shell/languagewatch.h"

namespace verrijkt {

FollowUpModel::FollowUpModel(QObject *parent) : QAbstractListModel(parent)
{
    auto *watch = new LanguageWatch(this);
    connect(watch, &LanguageWatch::changed, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(int(m_rows.size()) - 1));
    });
}

int FollowUpModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FollowUpModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FamilyContact &c = m_rows.at(index.row());
    switch (role) {
    case ContactIdRole:
        return c.meta.id.toString(QUuid::WithoutBraces);
    case Qt::DisplayRole:
    case FamilyCodeRole:
        return c.familyCode;
    case FollowUpRole:
        return c.followUp;
    case FollowUpTextRole:
        return fieldlabels::dayMonth(c.followUp);
    case OverdueRole:
        return m_store && c.followUp < m_store->today();
    case SchoolNameRole:
        return m_schoolNames.value(c.vestiging, c.vestiging);
    case LastContactTextRole:
        return fieldlabels::dayMonth(c.date);
    default:
        return {};
    }
}

QHash<int, QByteArray> FollowUpModel::roleNames() const
{
    return {{ContactIdRole, "contactId"},
            {FamilyCodeRole, "familyCode"},
            {FollowUpRole, "followUp"},
            {FollowUpTextRole, "followUpText"},
            {OverdueRole, "overdue"},
            {SchoolNameRole, "schoolName"},
            {LastContactTextRole, "lastContactText"}};
}

int FollowUpModel::overdueCount() const
{
    int n = 0;
    for (const FamilyContact &c : m_rows)
        n += m_store && c.followUp < m_store->today() ? 1 : 0;
    return n;
}

void FollowUpModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_store && m_store->database()) {
        const QUuid officer = m_store->officerId();
        if (!officer.isNull())
            m_rows = contactrecords::dueFollowUps(*m_store->database(), officer,
                                                  m_store->today().addDays(m_horizonDays));
        for (const FamilyContact &c : std::as_const(m_rows)) {
            if (!m_schoolNames.contains(c.vestiging))
                m_schoolNames.insert(c.vestiging,
                                     contactrecords::schoolName(*m_store->database(), c.vestiging));
        }
    }
    endResetModel();
    emit countChanged();
}

void FollowUpModel::setStore(DeviceStore *store)
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
        connect(m_store, &DeviceStore::userChanged, this, &FollowUpModel::reload);
        connect(m_store, &DeviceStore::todayChanged, this, &FollowUpModel::reload);
    }
    emit storeChanged();
    reload();
}

void FollowUpModel::setHorizonDays(int days)
{
    if (days == m_horizonDays)
        return;
    m_horizonDays = days;
    emit horizonDaysChanged();
    reload();
}

} // namespace verrijkt
