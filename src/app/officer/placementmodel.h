#pragma once

#include "core/bridgeofficer.h"
#include "shell/devicestore.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

namespace verrijkt {

// The bridge officer's own placements (school, FTE, period), current ones first, with the FTE
// placed today against the contract.
class PlacementModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(verrijkt::DeviceStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(double placedFte READ placedFte NOTIFY changed) // active today
    Q_PROPERTY(double contractFte READ contractFte NOTIFY changed)
    Q_PROPERTY(QString fteText READ fteText NOTIFY changed) // "0,8 of 1,0 FTE placed"
    Q_PROPERTY(QString officerName READ officerName NOTIFY changed)
    Q_PROPERTY(QString employer READ employer NOTIFY changed)
    // Every school of the placements once, for filters: [{vestiging, name}]
    Q_PROPERTY(QVariantList schools READ schools NOTIFY changed)

public:
    enum Role {
        VestigingRole = Qt::UserRole + 1,
        SchoolNameRole,
        FteRole,
        FteTextRole,
        PeriodTextRole,
        ActiveRole,
    };
    Q_ENUM(Role)

    explicit PlacementModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    DeviceStore *store() const { return m_store; }
    void setStore(DeviceStore *store);
    int count() const { return int(m_rows.size()); }
    double placedFte() const;
    double contractFte() const { return m_officer.contractFte; }
    QString fteText() const;
    QString officerName() const { return m_officer.displayName; }
    QString employer() const { return m_officer.employer; }
    QVariantList schools() const;

public slots:
    void reload();

signals:
    void storeChanged();
    void changed();

private:
    QPointer<DeviceStore> m_store;
    BridgeOfficer m_officer;
    QList<Placement> m_rows;
    QHash<QString, QString> m_schoolNames;
};

} // namespace verrijkt
