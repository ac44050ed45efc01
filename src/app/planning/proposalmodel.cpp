#include "proposalmodel.h"

#include "core/planner/plannermessages.h"
#include "regional/programmelabels.h"
#include "shell/fieldlabels.h"
#include "shell/languagewatch.h"

#include <QLocale>

namespace verrijkt {

namespace {
using Unit = FigureTable::Unit;
constexpr double kMillion = 1.0e6;
} // namespace

ProposalModel::ProposalModel(QObject *parent) : QAbstractListModel(parent)
{
    publishYears();
    // Reasons, tiers and column titles are worded in the UI language.
    auto *watch = new LanguageWatch(this);
    // Queued: the language change is announced before the new locale is set (numbers, dates).
    connect(
        watch, &LanguageWatch::changed, this,
        [this] {
            publishYears();
            if (!m_rows.isEmpty())
                emit dataChanged(index(0), index(int(m_rows.size()) - 1));
            emit proposed();
        },
        Qt::QueuedConnection);
}

int ProposalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ProposalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProposalDecision &d = *m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return d.name;
    case VestigingRole:
        return d.vestiging;
    case MunicipalityRole:
        return d.municipalityName;
    case NeedRole:
        return QLocale().toString(d.need, 'f', 1);
    case RankRole:
        return d.rank;
    case TierRole:
        return labels::tier(d.tier);
    case StartRole: {
        if (!d.wave)
            return tr("Not started");
        if (*d.wave == 0)
            return tr("Already taking part");
        return d.startYear()->label();
    }
    case ReasonRole:
        return d.text(fieldlabels::uiLanguage());
    default:
        return {};
    }
}

QHash<int, QByteArray> ProposalModel::roleNames() const
{
    return {{VestigingRole, "vestiging"}, {NameRole, "name"},    {MunicipalityRole, "municipality"},
            {NeedRole, "need"},           {RankRole, "rank"},    {TierRole, "tier"},
            {StartRole, "start"},         {ReasonRole, "reason"}};
}

void ProposalModel::setStore(PlanningStore *store)
{
    if (m_store == store)
        return;
    m_store = store;
    emit storeChanged();
}

void ProposalModel::setNeedSource(NeedSource *source)
{
    if (m_needSource == source)
        return;
    m_needSource = source;
    emit needSourceChanged();
}

void ProposalModel::setCeiling(const QString &ceiling)
{
    if (ceiling == m_ceiling)
        return;
    m_ceiling = ceiling;
    emit rulesChanged();
}

void ProposalModel::setThreshold(double threshold)
{
    if (threshold == m_rules.sixHourThreshold)
        return;
    m_rules.sixHourThreshold = threshold;
    emit rulesChanged();
}

void ProposalModel::setMaxNewSchools(int max)
{
    if (max == m_rules.maxNewSchoolsPerYear)
        return;
    m_rules.maxNewSchoolsPerYear = max;
    emit rulesChanged();
}

void ProposalModel::setMunicipalityRule(bool on)
{
    if (on == m_rules.everyMunicipalityEachYear)
        return;
    m_rules.everyMunicipalityEachYear = on;
    emit rulesChanged();
}

void ProposalModel::setName(const QString &name)
{
    if (name == m_name)
        return;
    m_name = name;
    emit rulesChanged();
}

void ProposalModel::setFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    applyFilter();
}

QString ProposalModel::summary() const
{
    if (!m_proposal)
        return {};
    const int started = int(m_proposal->scenario.entries.size());
    const int all = int(m_proposal->decisions.size());
    QString text =
        tr("%1 of %2 locations take part by %3; at most %4 new schools a year; 6 hours above need %5.")
            .arg(started)
            .arg(all)
            .arg(kStructuralYear.label())
            .arg(m_rules.maxNewSchoolsPerYear)
            .arg(QLocale().toString(m_rules.sixHourThreshold, 'f', 1));
    if (!m_proposal->gaps.isEmpty())
        text += QLatin1Char(' ') + tr("%n time(s) a municipality could not progress in a year.", nullptr,
                                      int(m_proposal->gaps.size()));
    return text;
}

std::optional<Scenario> ProposalModel::scenario() const
{
    if (!m_proposal)
        return std::nullopt;
    return m_proposal->scenario;
}

void ProposalModel::clear(const QString &error)
{
    beginResetModel();
    m_proposal.reset();
    m_rows.clear();
    endResetModel();
    m_error = error;
    m_saved = false;
    publishYears();
    emit filterChanged();
    emit proposed();
}

bool ProposalModel::propose()
{
    const Language language = fieldlabels::uiLanguage();
    if (!m_store || m_store->data().schools.isEmpty()) {
        clear(tr("The register is not on this device yet."));
        return false;
    }
    const std::optional<QList<double>> ceilings = ProposalRules::ceilingFromMillions(m_ceiling);
    if (!ceilings) {
        clear(tr("Ceiling: '%1' is not an amount in million euros (e.g. 36) or seven amounts (e.g. "
                 "6; 11; 16; 21; 26; 31; 36).")
                  .arg(m_ceiling));
        return false;
    }
    if (!m_needSource || !m_needSource->ready()) {
        clear(m_needSource && !m_needSource->error().isEmpty() ? m_needSource->error()
                                                               : tr("Choose a need indicator first."));
        return false;
    }
    const PlanningData &d = m_store->data();
    ProposalInput in;
    in.planName = m_name;
    in.schools = d.schools;
    in.municipalities = d.municipalities;
    in.waveZero = d.waveZero;
    in.need = m_needSource->need();
    in.rules = m_rules;
    in.rules.ceilingByYear = *ceilings;
    Proposal p = proposeScenario(in);
    if (!p.ok()) {
        QStringList reasons;
        for (const ValidationError &e : p.errors)
            reasons << plannerMessage(e, language);
        clear(reasons.join(QLatin1Char(' ')));
        return false;
    }
    beginResetModel();
    m_proposal = std::move(p);
    m_rows.clear();
    endResetModel();
    m_error.clear();
    m_saved = false;
    m_needNote = m_needSource->description();
    applyFilter();
    publishYears();
    emit proposed();
    return true;
}

QString ProposalModel::save()
{
    if (!m_proposal || !m_store)
        return tr("Make a proposal first.");
    Scenario s = m_proposal->scenario;
    s.name = m_name.trimmed();
    for (PlanEntry &e : s.entries)
        e.planName = s.name;
    const bool exists = m_store->data().plans.contains(s.name);
    const QString error = m_store->storeScenario(s, exists);
    m_saved = error.isEmpty();
    m_error = error;
    emit proposed();
    return error;
}

int ProposalModel::rowOf(const QString &vestiging) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i)->vestiging == vestiging)
            return i;
    }
    return -1;
}

void ProposalModel::applyFilter()
{
    beginResetModel();
    m_rows.clear();
    if (m_proposal) {
        const QString needle = m_filter.trimmed();
        for (const ProposalDecision &d : std::as_const(m_proposal->decisions)) {
            if (needle.isEmpty() || d.name.contains(needle, Qt::CaseInsensitive) ||
                d.vestiging.contains(needle, Qt::CaseInsensitive) ||
                d.municipalityName.contains(needle, Qt::CaseInsensitive))
                m_rows.append(&d);
        }
    }
    endResetModel();
    emit filterChanged();
}

void ProposalModel::publishYears()
{
    QList<QVariantList> rows;
    if (m_proposal) {
        for (const ProposalYear &y : std::as_const(m_proposal->years))
            rows.append(
                {y.year.label(), y.newSchools, y.schoolsTakingPart, y.cost / kMillion, y.ceiling / kMillion});
    }
    m_years.setContent({{tr("School year"), Unit::Label},
                        {tr("New schools"), Unit::Count},
                        {tr("Taking part"), Unit::Count},
                        {tr("Tijd voor Toekomst cost"), Unit::MillionEuro},
                        {tr("Ceiling"), Unit::MillionEuro}},
                       rows);
}

} // namespace verrijkt
