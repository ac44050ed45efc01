#pragma once

#include "core/familycontact.h"
#include "shell/devicestore.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

namespace verrijkt {

// Follow-ups that are due: the officer's contacts whose follow-up date falls within `horizonDays`
// of today and that no later contact with the family has answered yet, soonest first.
class FollowUpModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(verrijkt::DeviceStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(int horizonDays READ horizonDays WRITE setHorizonDays NOTIFY horizonDaysChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY countChanged)

public:
    enum Role {
        ContactIdRole = Qt::UserRole + 1,
        FamilyCodeRole,
        FollowUpRole,
        FollowUpTextRole,
        OverdueRole,
        SchoolNameRole,
        LastContactTextRole,
    };
    Q_ENUM(Role)

    explicit FollowUpModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    DeviceStore *store() const { return m_store; }
    void setStore(DeviceStore *store);
    int horizonDays() const { return m_horizonDays; }
    void setHorizonDays(int days);
    int count() const { return int(m_rows.size()); }
    int overdueCount() const;

public slots:
    void reload();

signals:
    void storeChanged();
    void horizonDaysChanged();
    void countChanged();

private:
    QPointer<DeviceStore> m_store;
    int m_horizonDays = 7;
    QList<FamilyContact> m_rows;
    QHash<QString, QString> m_schoolNames;
};

} // namespace verrijkt
