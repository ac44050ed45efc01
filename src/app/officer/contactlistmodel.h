#pragma once

#include "contactrecords.h"
#include "shell/devicestore.h"
#include "syncstatus/recordstates.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

namespace verrijkt {

// The bridge officer's own family contacts, newest first, filtered by school and month, read from
// SQL page by page as the view scrolls.
class ContactListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(verrijkt::DeviceStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString school READ school WRITE setSchool NOTIFY filterChanged) // "" = every school
    Q_PROPERTY(QDate month READ month WRITE setMonth NOTIFY filterChanged)      // invalid = every month
    Q_PROPERTY(QString monthLabel READ monthLabel NOTIFY filterChanged)
    Q_PROPERTY(int count READ totalCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        DateRole,
        DateTextRole,
        FamilyCodeRole,
        VestigingRole,
        SchoolNameRole,
        FormLabelRole,
        TopicsTextRole,
        SupportTextRole,
        ReferralLabelRole, // empty without a referral
        DurationRole,
        FollowUpTextRole, // empty without a follow-up
        IsCorrectionRole,
        SyncStateRole,  // "pending", "synced", "rejected"
        SyncReasonRole, // why the server refused it, in the UI language
    };
    Q_ENUM(Role)

    static constexpr int kPageSize = 100;

    explicit ContactListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    DeviceStore *store() const { return m_store; }
    void setStore(DeviceStore *store);
    QString school() const { return m_filter.vestiging; }
    void setSchool(const QString &vestiging);
    QDate month() const { return m_filter.month; }
    void setMonth(const QDate &anyDay);
    QString monthLabel() const;
    int totalCount() const { return m_total; }

    Q_INVOKABLE void previousMonth();
    Q_INVOKABLE void nextMonth();
    Q_INVOKABLE void allMonths() { setMonth({}); }

public slots:
    void reload();

private slots:
    void refreshSyncStates();

signals:
    void storeChanged();
    void filterChanged();
    void countChanged();

private:
    QPointer<DeviceStore> m_store;
    contactrecords::Filter m_filter;
    QList<FamilyContact> m_rows;
    mutable QHash<QString, QString> m_schoolNames;
    QList<RecordState> m_states; // per row
    int m_total = 0;
    bool m_resetting = false;
    bool m_fetching = false; // a fetch announces rows; a fetch from that announcement must not nest
};

} // namespace verrijkt
