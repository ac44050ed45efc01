#pragma once

#include "regionalsnapshot.h"
#include "regionalstore.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <memory>

namespace verrijkt {

// The school register: one row per school location in the store (active and inactive), with the
// state of the three programmes in the chosen school year. Feeds the register list (through
// SchoolFilterModel) and the region map.
class SchoolListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(verrijkt::RegionalStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(int schoolYear READ schoolYear WRITE setSchoolYear NOTIFY schoolYearChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // Bumped on every refresh, so QML bindings over school() re-evaluate.
    Q_PROPERTY(int revision READ revision NOTIFY rowsRefreshed)

public:
    enum Role {
        VestigingRole = Qt::UserRole + 1,
        NameRole,
        CityRole,
        MunicipalityCodeRole,
        MunicipalityNameRole,
        SchoolTypeRole, // key: "bao", "sbo", ...
        SchoolTypeLabelRole,
        PupilsRole, // -1 when unknown
        ActiveRole,
        TierRole, // key of the recorded participation this year: "none", "2h", "6h"
        TierLabelRole,
        PlannedTierRole,
        WaveRole, // -1 when the school has no plan entry
        PlacedFteRole,
        LibraryStatusRole, // key
        LibraryStatusLabelRole,
        LatitudeRole,
        LongitudeRole,
    };
    Q_ENUM(Role)

    // The row as C++ sees it (the map reads these directly).
    struct Row
    {
        SchoolLocation school;
        QString municipalityName;
        SchoolProgrammeStatus status;
    };

    explicit SchoolListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    RegionalStore *store() const { return m_store; }
    void setStore(RegionalStore *store);
    int schoolYear() const { return m_year.startYear(); }
    void setSchoolYear(int startYear);

    const QList<Row> &rows() const { return m_rows; }
    Q_INVOKABLE int rowOf(const QString &vestiging) const; // -1 when absent
    // Every role of one school by role name (empty when absent): the map's selection card.
    Q_INVOKABLE QVariantMap school(const QString &vestiging) const;
    int revision() const { return m_revision; }

signals:
    void storeChanged();
    void schoolYearChanged();
    void countChanged();
    // The rows' content changed (new snapshot or year) even when the count did not.
    void rowsRefreshed();

private:
    void refresh();

    QPointer<RegionalStore> m_store;
    SchoolYear m_year;
    QList<Row> m_rows;
    int m_revision = 0;
};

} // namespace verrijkt
