#pragma once

#include "core/tijdvoortoekomst.h"
#include "shell/devicestore.h"
#include "syncstatus/recordstates.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

namespace verrijkt {

// One school's enrichment sessions in one school year (current versions, newest first), read page
// by page from SQL as the view scrolls (canFetchMore/fetchMore), so a long history never loads at
// once. Optionally narrowed to one ISO week. Each row says whether it still waits to be sent, was
// accepted by the server, or was rejected (with the reason).
class SessionListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(verrijkt::DeviceStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString vestiging READ vestiging WRITE setVestiging NOTIFY vestigingChanged)
    Q_PROPERTY(int schoolYear READ schoolYear WRITE setSchoolYear NOTIFY schoolYearChanged)
    // Any day of the week to show (then schoolYear is ignored); invalid: the whole school year.
    Q_PROPERTY(QDate week READ week WRITE setWeek NOTIFY weekChanged)
    Q_PROPERTY(int count READ totalCount NOTIFY countChanged)
    Q_PROPERTY(int loadedCount READ loadedCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        DateRole,
        DateTextRole,
        DomainRole,
        DomainLabelRole,
        ProviderRole,
        HoursRole,
        HoursTextRole,
        PupilsRole,
        RecordedByRole,
        IsOwnRole, // recorded by the signed-in user: may be corrected or withdrawn
        IsCorrectionRole,
        SyncStateRole,  // "pending", "synced", "rejected"
        SyncReasonRole, // why the server refused it, in the UI language
    };
    Q_ENUM(Role)

    static constexpr int kPageSize = 100;

    explicit SessionListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    DeviceStore *store() const { return m_store; }
    void setStore(DeviceStore *store);
    QString vestiging() const { return m_vestiging; }
    void setVestiging(const QString &vestiging);
    int schoolYear() const { return m_year.startYear(); }
    void setSchoolYear(int startYear);
    QDate week() const { return m_week; }
    void setWeek(const QDate &anyDay);
    int totalCount() const { return m_total; }
    int loadedCount() const { return int(m_rows.size()); }

    const EnrichmentSession &sessionAt(int row) const { return m_rows.at(row); }

public slots:
    void reload();

private slots:
    void refreshSyncStates();

signals:
    void storeChanged();
    void vestigingChanged();
    void schoolYearChanged();
    void weekChanged();
    void countChanged();

private:
    QDate rangeStart() const;
    QDate rangeEnd() const;

    QPointer<DeviceStore> m_store;
    QString m_vestiging;
    SchoolYear m_year;
    QDate m_week;
    QList<EnrichmentSession> m_rows;
    QList<RecordState> m_states; // per row
    int m_total = 0;
    bool m_resetting = false;
    bool m_fetching = false; // a fetch announces rows; a fetch from that announcement must not nest
};

} // namespace verrijkt
