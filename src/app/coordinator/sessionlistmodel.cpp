#include "sessionlistmodel.h"

#include "sessionrecords.h"
#include "shell/devicestore.h"
#include "shell/fieldlabels.h"
#include "shell/languagewatch.h"

namespace verrijkt {

SessionListModel::SessionListModel(QObject *parent) : QAbstractListModel(parent)
{
    auto *watch = new LanguageWatch(this);
    connect(watch, &LanguageWatch::changed, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(int(m_rows.size()) - 1));
    });
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EnrichmentSession &s = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return s.meta.id.toString(QUuid::WithoutBraces);
    case DateRole:
        return s.date;
    case DateTextRole:
        return fieldlabels::dayMonth(s.date);
    case DomainRole:
        return activityDomainKey(s.domain);
    case Qt::DisplayRole:
    case DomainLabelRole:
        return fieldlabels::domain(s.domain);
    case ProviderRole:
        return s.provider;
    case HoursRole:
        return s.hours;
    case HoursTextRole:
        return fieldlabels::number(s.hours, 2);
    case PupilsRole:
        return s.pupils;
    case RecordedByRole:
        return s.recordedBy;
    case IsOwnRole:
        return m_store && !s.recordedBy.isEmpty() && s.recordedBy == m_store->userName();
    case SyncStateRole:
        return m_states.value(index.row()).state;
    case SyncReasonRole:
        return m_states.value(index.row()).reason;
    case IsCorrectionRole:
        return !s.supersedes.isNull();
    default:
        return {};
    }
}

QHash<int, QByteArray> SessionListModel::roleNames() const
{
    return {{IdRole, "sessionId"},
            {DateRole, "date"},
            {DateTextRole, "dateText"},
            {DomainRole, "domain"},
            {DomainLabelRole, "domainLabel"},
            {ProviderRole, "provider"},
            {HoursRole, "hours"},
            {HoursTextRole, "hoursText"},
            {PupilsRole, "pupils"},
            {RecordedByRole, "recordedBy"},
            {IsOwnRole, "isOwn"},
            {IsCorrectionRole, "isCorrection"},
            {SyncStateRole, "syncState"},
            {SyncReasonRole, "syncReason"}};
}

QDate SessionListModel::rangeStart() const
{
    if (m_week.isValid())
        return IsoWeek::of(m_week).monday();
    return m_year.firstDay();
}

QDate SessionListModel::rangeEnd() const
{
    if (m_week.isValid())
        return IsoWeek::of(m_week).monday().addDays(6);
    return m_year.lastDay();
}

bool SessionListModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while the reset is being announced: a fetch from a modelReset handler would insert rows
    // inside the reset (QAbstractItemModelTester flags it); reload() reads the first page itself.
    return !parent.isValid() && !m_resetting && !m_fetching && m_rows.size() < m_total;
}

void SessionListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || !m_store || !m_store->database())
        return;
    std::optional<sessionrecords::PageKey> after;
    if (!m_rows.isEmpty())
        after = sessionrecords::PageKey{m_rows.last().date, m_rows.last().meta.id};
    const auto page = sessionrecords::currentPage(*m_store->database(), m_vestiging, rangeStart(), rangeEnd(),
                                                  after, kPageSize);
    if (page.isEmpty()) {
        m_total = int(m_rows.size()); // the data shrank under us: stop asking
        emit countChanged();
        return;
    }
    QList<QUuid> ids;
    for (const auto &r : page)
        ids << r.meta.id;
    const auto states = recordStates(*m_store->database(), QStringLiteral("enrichment_session"), ids);
    m_fetching = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows.append(page);
    for (const auto &r : page)
        m_states.append(states.value(r.meta.id));
    endInsertRows();
    m_fetching = false;
    emit countChanged();
}

void SessionListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_states.clear();
    m_total = 0;
    if (m_store && m_store->database() && !m_vestiging.isEmpty() && (m_year.isValid() || m_week.isValid()))
        m_total = sessionrecords::currentCount(*m_store->database(), m_vestiging, rangeStart(), rangeEnd());
    m_resetting = true;
    endResetModel();
    m_resetting = false;
    fetchMore({});
    emit countChanged();
}

void SessionListModel::refreshSyncStates()
{
    if (m_rows.isEmpty() || !m_store || !m_store->database())
        return;
    QList<QUuid> ids;
    for (const auto &r : std::as_const(m_rows))
        ids << r.meta.id;
    const auto states = recordStates(*m_store->database(), QStringLiteral("enrichment_session"), ids);
    for (int i = 0; i < m_rows.size(); ++i)
        m_states[i] = states.value(m_rows.at(i).meta.id);
    emit dataChanged(index(0), index(int(m_rows.size()) - 1), {SyncStateRole, SyncReasonRole});
}

void SessionListModel::setStore(DeviceStore *store)
{
    if (store == m_store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &DeviceStore::dataChanged, this, [this](const QStringList &entities) {
            if (DeviceStore::touches(entities, QStringLiteral("enrichment_session")))
                reload();
        });
        connect(m_store, &DeviceStore::syncStatesChanged, this, &SessionListModel::refreshSyncStates);
        connect(m_store, &DeviceStore::userChanged, this, [this] {
            if (!m_rows.isEmpty())
                emit dataChanged(index(0), index(int(m_rows.size()) - 1), {IsOwnRole});
        });
    }
    emit storeChanged();
    reload();
}

void SessionListModel::setVestiging(const QString &vestiging)
{
    if (vestiging == m_vestiging)
        return;
    m_vestiging = vestiging;
    emit vestigingChanged();
    reload();
}

void SessionListModel::setSchoolYear(int startYear)
{
    if (startYear == m_year.startYear())
        return;
    m_year = SchoolYear(startYear);
    emit schoolYearChanged();
    reload();
}

void SessionListModel::setWeek(const QDate &anyDay)
{
    if (anyDay == m_week)
        return;
    m_week = anyDay;
    emit weekChanged();
    reload();
}

} // namespace verrijkt
