#include "schoollistmodel.h"

#include "programmelabels.h"
#include "regionalstore.h"

#include <algorithm>

namespace verrijkt {

SchoolListModel::SchoolListModel(QObject *parent)
    : QAbstractListModel(parent), m_year(defaultDashboardYear(QDate::currentDate()))
{
}

int SchoolListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SchoolListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const SchoolLocation &s = row.school;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return s.name;
    case VestigingRole:
        return s.vestiging;
    case CityRole:
        return s.city;
    case MunicipalityCodeRole:
        return s.municipalityCode;
    case MunicipalityNameRole:
        return row.municipalityName;
    case SchoolTypeRole:
        return schoolTypeKey(s.type);
    case SchoolTypeLabelRole:
        return labels::schoolType(s.type);
    case PupilsRole:
        return s.pupils.value_or(-1);
    case ActiveRole:
        return s.active;
    case TierRole:
        return tierKey(row.status.tier);
    case TierLabelRole:
        return labels::tier(row.status.tier);
    case PlannedTierRole:
        return tierKey(row.status.plannedTier);
    case WaveRole:
        return row.status.wave.value_or(-1);
    case PlacedFteRole:
        return row.status.placedFte;
    case LibraryStatusRole:
        return libraryStatusKey(row.status.library);
    case LibraryStatusLabelRole:
        return labels::libraryStatus(row.status.library);
    case LatitudeRole:
        return s.lat;
    case LongitudeRole:
        return s.lon;
    default:
        return {};
    }
}

QHash<int, QByteArray> SchoolListModel::roleNames() const
{
    return {
        {VestigingRole, "vestiging"},
        {NameRole, "name"},
        {CityRole, "city"},
        {MunicipalityCodeRole, "municipalityCode"},
        {MunicipalityNameRole, "municipalityName"},
        {SchoolTypeRole, "schoolType"},
        {SchoolTypeLabelRole, "schoolTypeLabel"},
        {PupilsRole, "pupils"},
        {ActiveRole, "active"},
        {TierRole, "tier"},
        {TierLabelRole, "tierLabel"},
        {PlannedTierRole, "plannedTier"},
        {WaveRole, "wave"},
        {PlacedFteRole, "placedFte"},
        {LibraryStatusRole, "libraryStatus"},
        {LibraryStatusLabelRole, "libraryStatusLabel"},
        {LatitudeRole, "latitude"},
        {LongitudeRole, "longitude"},
    };
}

void SchoolListModel::setStore(RegionalStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &RegionalStore::snapshotChanged, this, &SchoolListModel::refresh);
        connect(m_store, &RegionalStore::todayChanged, this, &SchoolListModel::refresh);
    }
    refresh();
    emit storeChanged();
}

void SchoolListModel::setSchoolYear(int startYear)
{
    if (startYear == m_year.startYear())
        return;
    m_year = SchoolYear(startYear);
    refresh();
    emit schoolYearChanged();
}

int SchoolListModel::rowOf(const QString &vestiging) const
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                 [&](const Row &r) { return r.school.vestiging == vestiging; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

QVariantMap SchoolListModel::school(const QString &vestiging) const
{
    QVariantMap out;
    const int row = rowOf(vestiging);
    if (row < 0)
        return out;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        out.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return out;
}

void SchoolListModel::refresh()
{
    const int before = int(m_rows.size());
    beginResetModel();
    m_rows.clear();
    if (m_store) {
        const auto snapshot = m_store->snapshot();
        const QDate day = m_store->today();
        // Within the chosen year the day is today when it falls inside, else the year's count date.
        const QDate statusDay = m_year.contains(day) ? day : QDate(m_year.startYear(), 10, 1);
        m_rows.reserve(snapshot->schools.size());
        for (const SchoolLocation &school : snapshot->schools)
            m_rows.append(Row{school, snapshot->municipalityName(school.municipalityCode),
                              programmeStatus(*snapshot, school.vestiging, m_year, statusDay)});
        std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
            const int byName = QString::localeAwareCompare(a.school.name, b.school.name);
            return byName != 0 ? byName < 0 : a.school.vestiging < b.school.vestiging;
        });
    }
    endResetModel();
    ++m_revision;
    if (before != m_rows.size())
        emit countChanged();
    emit rowsRefreshed();
}

} // namespace verrijkt
