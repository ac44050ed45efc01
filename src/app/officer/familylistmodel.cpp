#include "familylistmodel.h"

#include "shell/devicestore.h"
#include "shell/fieldlabels.h"
#include "shell/languagewatch.h"

namespace verrijkt {

FamilyListModel::FamilyListModel(QObject *parent) : QAbstractListModel(parent)
{
    auto *watch = new LanguageWatch(this);
    connect(watch, &LanguageWatch::changed, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(int(m_rows.size()) - 1), {LastContactTextRole});
    });
}

int FamilyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FamilyListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case CodeRole:
        return row.code;
    case LastContactRole:
        return row.lastContact;
    case LastContactTextRole:
        return fieldlabels::dayMonth(row.lastContact);
    case ContactCountRole:
        return row.contacts;
    default:
        return {};
    }
}

QHash<int, QByteArray> FamilyListModel::roleNames() const
{
    return {{CodeRole, "code"},
            {LastContactRole, "lastContact"},
            {LastContactTextRole, "lastContactText"},
            {ContactCountRole, "contactCount"}};
}

bool FamilyListModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while the reset is being announced: a fetch from a modelReset handler would insert rows
    // inside the reset (QAbstractItemModelTester flags it); reload() reads the first page itself.
    return !parent.isValid() && !m_resetting && !m_fetching && m_rows.size() < m_total;
}

void FamilyListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || !m_store || !m_store->database())
        return;
    const auto page =
        contactrecords::families(*m_store->database(), m_officerId, m_search, int(m_rows.size()), kPageSize);
    if (page.isEmpty()) {
        m_total = int(m_rows.size());
        emit countChanged();
        return;
    }
    m_fetching = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
    m_fetching = false;
}

void FamilyListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_officerId = m_store ? m_store->officerId() : QUuid();
    if (m_store && m_store->database() && !m_officerId.isNull())
        m_total = contactrecords::familyCount(*m_store->database(), m_officerId, m_search);
    m_resetting = true;
    endResetModel();
    m_resetting = false;
    fetchMore({});
    emit countChanged();
}

void FamilyListModel::setStore(DeviceStore *store)
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
        connect(m_store, &DeviceStore::userChanged, this, &FamilyListModel::reload);
    }
    emit storeChanged();
    reload();
}

void FamilyListModel::setSearch(const QString &search)
{
    if (search == m_search)
        return;
    m_search = search;
    emit searchChanged();
    reload();
}

} // namespace verrijkt
