#include "scenariolistmodel.h"

#include "regional/figuretable.h"
#include "shell/languagewatch.h"

namespace verrijkt {

ScenarioListModel::ScenarioListModel(QObject *parent) : QAbstractListModel(parent)
{
    auto *watch = new LanguageWatch(this);
    // Queued: the language change is announced before the new locale is set (numbers, dates).
    connect(
        watch, &LanguageWatch::changed, this,
        [this] {
            if (!m_rows.isEmpty())
                emit dataChanged(index(0), index(int(m_rows.size()) - 1));
        },
        Qt::QueuedConnection);
}

QString ScenarioListModel::unsavedKey()
{
    return QStringLiteral("\x01proposal"); // never a plan name: PlanRepository names are typed text
}

int ScenarioListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ScenarioListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const QString key = r.unsaved ? unsavedKey() : r.scenario.name;
    switch (role) {
    case NameRole:
        return key;
    case Qt::DisplayRole:
    case LabelRole:
        return r.unsaved ? tr("%1 (not saved)").arg(r.scenario.name) : r.scenario.name;
    case IsDefaultRole:
        return !r.unsaved && r.scenario.name == QLatin1String("default");
    case UnsavedRole:
        return r.unsaved;
    case SelectedRole:
        return m_selected.contains(key);
    case SchoolsRole:
        return r.schools;
    case SixHoursRole:
        return r.sixHours;
    case CostRole:
        return r.cost;
    case SummaryRole:
        return tr("%1 schools by %2, %3 on 6 hours; Tijd voor Toekomst %4 in %2")
            .arg(r.schools)
            .arg(kStructuralYear.label())
            .arg(r.sixHours)
            .arg(FigureTable::format(r.cost / 1.0e6, FigureTable::Unit::MillionEuro));
    default:
        return {};
    }
}

bool ScenarioListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != SelectedRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    setSelected(data(index, NameRole).toString(), value.toBool());
    return true;
}

Qt::ItemFlags ScenarioListModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | (index.isValid() ? Qt::ItemIsUserCheckable : Qt::NoItemFlags);
}

QHash<int, QByteArray> ScenarioListModel::roleNames() const
{
    return {{NameRole, "name"},         {LabelRole, "label"},       {IsDefaultRole, "isDefault"},
            {UnsavedRole, "unsaved"},   {SelectedRole, "selected"}, {SchoolsRole, "schools"},
            {SixHoursRole, "sixHours"}, {CostRole, "cost"},         {SummaryRole, "summary"}};
}

void ScenarioListModel::setStore(PlanningStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &PlanningStore::dataChanged, this, &ScenarioListModel::rebuild);
    emit storeChanged();
    rebuild();
}

void ScenarioListModel::setProposal(ProposalModel *proposal)
{
    if (m_proposal == proposal)
        return;
    if (m_proposal)
        disconnect(m_proposal, nullptr, this, nullptr);
    m_proposal = proposal;
    if (m_proposal)
        connect(m_proposal, &ProposalModel::proposed, this, &ScenarioListModel::rebuild);
    emit proposalChanged();
    rebuild();
}

QStringList ScenarioListModel::selectedNames() const
{
    QStringList out;
    for (const Row &r : m_rows) {
        const QString key = r.unsaved ? unsavedKey() : r.scenario.name;
        if (m_selected.contains(key))
            out << key;
    }
    return out;
}

QList<Scenario> ScenarioListModel::selectedScenarios() const
{
    QList<Scenario> out;
    for (const Row &r : m_rows) {
        if (m_selected.contains(r.unsaved ? unsavedKey() : r.scenario.name)) {
            Scenario s = r.scenario;
            if (r.unsaved)
                s.name = tr("%1 (not saved)").arg(s.name);
            out << s;
        }
    }
    return out;
}

void ScenarioListModel::setSelected(const QString &name, bool selected)
{
    const int row = rowOf(name);
    if (row < 0 || m_selected.contains(name) == selected)
        return;
    if (selected)
        m_selected.insert(name);
    else
        m_selected.remove(name);
    m_selectionMade = true;
    emit dataChanged(index(row), index(row), {SelectedRole});
    emit selectionChanged();
}

int ScenarioListModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        if ((r.unsaved ? unsavedKey() : r.scenario.name) == name)
            return i;
    }
    return -1;
}

void ScenarioListModel::rebuild()
{
    QList<Row> rows;
    if (m_store) {
        const ScenarioContext context = m_store->data().scenarioContext();
        QList<Scenario> scenarios;
        for (const QString &name : m_store->scenarioNames())
            scenarios << *m_store->scenario(name);
        // The proposal on screen, unless it is the stored plan of its name already.
        const bool unsaved = m_proposal && m_proposal->hasProposal() && !m_proposal->saved();
        if (unsaved)
            scenarios << *m_proposal->scenario();
        for (int i = 0; i < scenarios.size(); ++i) {
            Row r;
            r.scenario = scenarios.at(i);
            r.unsaved = unsaved && i == scenarios.size() - 1;
            const ScenarioYearFigures last = computeScenarioYear(context, r.scenario, kStructuralYear);
            r.schools = last.schoolsTakingPart();
            r.sixHours = last.sixHours.schools;
            r.cost = last.budget.tijdVoorToekomst;
            rows << r;
        }
        // "default" first, then by name (the unsaved proposal last).
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            if (a.unsaved != b.unsaved)
                return b.unsaved;
            const bool da = a.scenario.name == QLatin1String("default");
            const bool db = b.scenario.name == QLatin1String("default");
            return da != db ? da : QString::localeAwareCompare(a.scenario.name, b.scenario.name) < 0;
        });
    }
    bool hadUnsaved = false;
    for (const Row &r : std::as_const(m_rows))
        hadUnsaved = hadUnsaved || r.unsaved;
    beginResetModel();
    m_rows = rows;
    endResetModel();

    // Keep the picks that still exist. A new unsaved proposal is picked so it shows at once; once
    // saved, its stored plan takes over its pick.
    QSet<QString> keep;
    for (const Row &r : std::as_const(m_rows)) {
        const QString key = r.unsaved ? unsavedKey() : r.scenario.name;
        if (m_selected.contains(key) || (r.unsaved && !hadUnsaved))
            keep.insert(key);
    }
    if (m_selected.contains(unsavedKey()) && !keep.contains(unsavedKey()) && m_proposal &&
        m_proposal->saved() && rowOf(m_proposal->name().trimmed()) >= 0)
        keep.insert(m_proposal->name().trimmed());
    if (!m_selectionMade) {
        for (int i = 0; i < m_rows.size() && keep.size() < 2; ++i)
            keep.insert(m_rows.at(i).unsaved ? unsavedKey() : m_rows.at(i).scenario.name);
    }
    const bool changed = keep != m_selected;
    m_selected = keep;
    emit countChanged();
    if (changed) {
        if (!m_rows.isEmpty()) // the delegates made at the reset show the picks of before
            emit dataChanged(index(0), index(int(m_rows.size()) - 1), {SelectedRole});
        emit selectionChanged();
    }
}

} // namespace verrijkt
