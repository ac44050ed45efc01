#pragma once

#include "regionalstore.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantMap>

namespace verrijkt {

// Adds or changes a bridge officer's placement at a school: officer, FTE, from and to (empty =
// open-ended). save() writes through BridgeOfficerRepository, which checks core validate()
// including "the officer's concurrent placements never exceed the contract FTE" against what is
// stored; when a rule is broken nothing is written and `errors` names the field.
class PlacementEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(verrijkt::RegionalStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString vestiging READ vestiging WRITE setVestiging NOTIFY formChanged)
    // Empty: a new placement; else the id of the placement being changed.
    Q_PROPERTY(QString placementId READ placementId NOTIFY formChanged)
    Q_PROPERTY(QString officerId READ officerId WRITE setOfficerId NOTIFY formChanged)
    Q_PROPERTY(QString fte READ fte WRITE setFte NOTIFY formChanged)
    Q_PROPERTY(QString from READ from WRITE setFrom NOTIFY formChanged)
    Q_PROPERTY(QString to READ to WRITE setTo NOTIFY formChanged)
    // [{key: officer id, label: "name (employer, contract FTE)"}]
    Q_PROPERTY(QVariantList officerOptions READ officerOptions NOTIFY optionsChanged)
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY errorsChanged)
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)

public:
    explicit PlacementEditor(QObject *parent = nullptr);

    RegionalStore *store() const { return m_store; }
    void setStore(RegionalStore *store);
    QString vestiging() const { return m_vestiging; }
    void setVestiging(const QString &vestiging);
    QString placementId() const { return m_placementId; }
    QString officerId() const { return m_officerId; }
    void setOfficerId(const QString &id);
    QString fte() const { return m_fte; }
    void setFte(const QString &text);
    QString from() const { return m_from; }
    void setFrom(const QString &text);
    QString to() const { return m_to; }
    void setTo(const QString &text);
    QVariantList officerOptions() const;
    QVariantMap errors() const { return m_errors; }
    QString status() const { return m_status; }

    // An empty form for a new placement at the school starting today.
    Q_INVOKABLE void startNew();
    // Loads a stored placement of this school; false when there is none with that id.
    Q_INVOKABLE bool startEdit(const QString &placementId);
    Q_INVOKABLE bool save();

signals:
    void storeChanged();
    void formChanged();
    void optionsChanged();
    void errorsChanged();
    void statusChanged();
    void saved();

private:
    void setErrors(const QVariantMap &errors);
    void setStatus(const QString &status);

    QPointer<RegionalStore> m_store;
    QString m_vestiging;
    QString m_placementId;
    QString m_officerId;
    QString m_fte;
    QString m_from;
    QString m_to;
    QVariantMap m_errors;
    QString m_status;
};

} // namespace verrijkt
