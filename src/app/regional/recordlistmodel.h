#pragma once

#include <QAbstractListModel>
#include <QByteArrayList>
#include <QQmlEngine>
#include <QVariantList>

namespace verrijkt {

// A small read-only list whose rows are already computed (the school page's participations,
// placements and library statuses). The roles are fixed when the owner creates it; delegates
// read them as required properties.
class RecordListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the page object that fills it")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    RecordListModel(QByteArrayList roles, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Each row holds one value per role, in the order of the constructor's list.
    void setRows(QList<QVariantList> rows);
    int count() const { return int(m_rows.size()); }
    // The value of a role by name (tests and keyboard actions).
    Q_INVOKABLE QVariant get(int row, const QString &role) const;

signals:
    void countChanged();

private:
    QByteArrayList m_roles;
    QList<QVariantList> m_rows;
};

} // namespace verrijkt
