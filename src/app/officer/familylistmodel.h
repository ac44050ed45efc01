#pragma once

#include "contactrecords.h"
#include "shell/devicestore.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

namespace verrijkt {

// The officer's families (pseudonymous codes), most recently seen first, narrowed by a search on
// the code; paged from SQL.
class FamilyListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(verrijkt::DeviceStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    Q_PROPERTY(int count READ totalCount NOTIFY countChanged)

public:
    enum Role { CodeRole = Qt::UserRole + 1, LastContactRole, LastContactTextRole, ContactCountRole };
    Q_ENUM(Role)
    static constexpr int kPageSize = 50;

    explicit FamilyListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    DeviceStore *store() const { return m_store; }
    void setStore(DeviceStore *store);
    QString search() const { return m_search; }
    void setSearch(const QString &search);
    int totalCount() const { return m_total; }

public slots:
    void reload();

signals:
    void storeChanged();
    void searchChanged();
    void countChanged();

private:
    QPointer<DeviceStore> m_store;
    QString m_search;
    QUuid m_officerId;
    QList<contactrecords::FamilySummary> m_rows;
    int m_total = 0;
    bool m_resetting = false;
    bool m_fetching = false; // a fetch announces rows; a fetch from that announcement must not nest
};

} // namespace verrijkt
