#include "placementmodel.h"

#include "contactrecords.h"
#include "shell/devicestore.h"
#include "shell/fieldlabels.h"
#include "shell/languagewatch.h"

#include <QCoreApplication>
#include <algorithm>

namespace verrijkt {

PlacementModel::PlacementModel(QObject *parent) : QAbstractListModel(parent)
{
    auto *watch = new LanguageWatch(this);
    connect(watch, &LanguageWatch::changed, this, [this] {
        emit changed();
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(int(m_rows.size()) - 1));
    });
}

int PlacementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PlacementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Placement &p = m_rows.at(index.row());
    switch (role) {
    case VestigingRole:
        return p.vestiging;
    case Qt::DisplayRole:
    case SchoolNameRole:
        return m_schoolNames.value(p.vestiging, p.vestiging);
    case FteRole:
        return p.fte;
    case FteTextRole:
        return QCoreApplication::translate("PlacementModel", "%1 FTE").arg(fieldlabels::number(p.fte, 2));
    case PeriodTextRole:
        return p.to.isValid() ? QCoreApplication::translate("PlacementModel", "%1 to %2")
                                    .arg(fieldlabels::shortDate(p.from), fieldlabels::shortDate(p.to))
                              : QCoreApplication::translate("PlacementModel", "from %1")
                                    .arg(fieldlabels::shortDate(p.from));
    case ActiveRole:
        return m_store && p.activeOn(m_store->today());
    default:
        return {};
    }
}

QHash<int, QByteArray> PlacementModel::roleNames() const
{
    return {{VestigingRole, "vestiging"}, {SchoolNameRole, "schoolName"}, {FteRole, "fte"},
            {FteTextRole, "fteText"},     {PeriodTextRole, "periodText"}, {ActiveRole, "active"}};
}

double PlacementModel::placedFte() const
{
    return m_store ? placedFteOn(m_rows, m_officer.meta.id, m_store->today()) : 0.0;
}

QString PlacementModel::fteText() const
{
    return QCoreApplication::translate("PlacementModel", "%1 of %2 FTE placed today")
        .arg(fieldlabels::number(placedFte(), 2), fieldlabels::number(contractFte(), 2));
}

QVariantList PlacementModel::schools() const
{
    QVariantList out;
    QStringList seen;
    for (const Placement &p : m_rows) {
        if (seen.contains(p.vestiging))
            continue;
        seen << p.vestiging;
        out.append(QVariantMap{{QStringLiteral("vestiging"), p.vestiging},
                               {QStringLiteral("name"), m_schoolNames.value(p.vestiging, p.vestiging)}});
    }
    return out;
}

void PlacementModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_officer = BridgeOfficer{};
    m_officer.contractFte = 0;
    if (m_store && m_store->database()) {
        Database &db = *m_store->database();
        const QUuid id = m_store->officerId();
        if (const auto officer = contactrecords::officer(db, id))
            m_officer = *officer;
        m_rows = contactrecords::placements(db, id);
        const QDate today = m_store->today();
        // Current placements first, then the rest newest first (the query's order).
        std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Placement &a, const Placement &b) {
            return a.activeOn(today) && !b.activeOn(today);
        });
        for (const Placement &p : std::as_const(m_rows)) {
            if (!m_schoolNames.contains(p.vestiging))
                m_schoolNames.insert(p.vestiging, contactrecords::schoolName(db, p.vestiging));
        }
    }
    endResetModel();
    emit changed();
}

void PlacementModel::setStore(DeviceStore *store)
{
    if (store == m_store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &DeviceStore::dataChanged, this, [this](const QStringList &entities) {
            if (DeviceStore::touches(entities, QStringLiteral("placement")) ||
                DeviceStore::touches(entities, QStringLiteral("bridge_officer")) ||
                DeviceStore::touches(entities, QStringLiteral("school")))
                reload();
        });
        connect(m_store, &DeviceStore::userChanged, this, &PlacementModel::reload);
        connect(m_store, &DeviceStore::todayChanged, this, &PlacementModel::reload);
    }
    emit storeChanged();
    reload();
}

} // namespace verrijkt
