#include "recordlistmodel.h"

namespace verrijkt {

RecordListModel::RecordListModel(QByteArrayList roles, QObject *parent)
    : QAbstractListModel(parent), m_roles(std::move(roles))
{
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = role == Qt::DisplayRole ? 0 : role - Qt::UserRole - 1;
    if (column < 0 || column >= m_roles.size())
        return {};
    return m_rows.at(index.row()).value(column);
}

QHash<int, QByteArray> RecordListModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int i = 0; i < m_roles.size(); ++i)
        names.insert(Qt::UserRole + 1 + i, m_roles.at(i));
    return names;
}

void RecordListModel::setRows(QList<QVariantList> rows)
{
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges)
        emit countChanged();
}

QVariant RecordListModel::get(int row, const QString &role) const
{
    const int column = int(m_roles.indexOf(role.toUtf8()));
    if (row < 0 || row >= m_rows.size() || column < 0)
        return {};
    return m_rows.at(row).value(column);
}

} // namespace verrijkt
