#include "planningstore.h"

#include "core/planner/plannermessages.h"
#include "planninglog.h"
#include "shell/fieldlabels.h"
#include "storage/bridgeofficerrepository.h"
#include "storage/database.h"
#include "storage/libraryrepository.h"
#include "storage/participationrepository.h"
#include "storage/planrepository.h"
#include "storage/schoolregistry.h"

#include <QElapsedTimer>

namespace verrijkt {

QSet<QString> PlanningData::schoolCodes() const
{
    QSet<QString> out;
    for (const SchoolLocation &s : schools)
        out.insert(s.vestiging);
    return out;
}

ScenarioContext PlanningData::scenarioContext() const
{
    ScenarioContext c;
    c.municipalities = municipalities;
    c.schools = schools;
    return c;
}

PlanningData readPlanningData(Database &db)
{
    PlanningData d;
    const SchoolRegistry registry(db);
    d.municipalities = registry.municipalities();
    d.schools = registry.all(true);
    d.waveZero = registry.waveZero();
    const PlanRepository plans(db);
    for (const QString &name : plans.planNames())
        d.plans.insert(name, plans.entries(name));
    const ParticipationRepository participations(db);
    const LibraryRepository library(db);
    for (int y = kStructuralYear.startYear() - kRolloutWaves; y <= kStructuralYear.startYear(); ++y) {
        d.participations += participations.forYear(SchoolYear(y));
        d.library += library.forYear(SchoolYear(y));
    }
    d.placements = BridgeOfficerRepository(db).allPlacements();
    return d;
}

PlanningStore::PlanningStore(QObject *parent) : QObject(parent), m_data(std::make_shared<PlanningData>()) {}

PlanningStore::~PlanningStore() = default;

QStringList PlanningStore::entities()
{
    return {
        QStringLiteral("municipality"),         QStringLiteral("school"),    QStringLiteral("plan_entry"),
        QStringLiteral("participation"),        QStringLiteral("placement"), QStringLiteral("bridge_officer"),
        QStringLiteral("library_participation")};
}

void PlanningStore::setDeviceStore(DeviceStore *store)
{
    if (m_deviceStore == store)
        return;
    if (m_deviceStore)
        disconnect(m_deviceStore, nullptr, this, nullptr);
    m_deviceStore = store;
    if (m_deviceStore) {
        connect(m_deviceStore, &DeviceStore::dataChanged, this, &PlanningStore::onDataChanged);
        connect(m_deviceStore, &DeviceStore::todayChanged, this, &PlanningStore::todayChanged);
    }
    emit deviceStoreChanged();
    emit todayChanged();
    if (m_deviceStore)
        reload();
}

void PlanningStore::onDataChanged(const QStringList &changed)
{
    if (DeviceStore::touches(changed, QStringLiteral("enrichment_session")))
        emit sessionsChanged(); // read by the completeness list itself, year-bounded
    for (const QString &entity : entities()) {
        if (DeviceStore::touches(changed, entity)) {
            reload();
            return;
        }
    }
}

void PlanningStore::setData(PlanningData data)
{
    m_data = std::make_shared<const PlanningData>(std::move(data));
    ++m_revision;
    emit dataChanged();
}

std::optional<Scenario> PlanningStore::scenario(const QString &name) const
{
    const auto it = m_data->plans.constFind(name);
    if (it == m_data->plans.constEnd())
        return std::nullopt;
    return scenarioFromPlan(name, *it);
}

QDate PlanningStore::today() const
{
    if (m_deviceStore)
        return m_deviceStore->today();
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void PlanningStore::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    emit todayChanged();
}

bool PlanningStore::reload()
{
    Database *db = database();
    if (!db) {
        setLastError(tr("No database is open."));
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    setData(readPlanningData(*db));
    qCDebug(lcPlanning) << "planning data read in" << timer.elapsed() << "ms";
    setLastError({});
    return true;
}

QString PlanningStore::checkNewName(const QString &name) const
{
    if (name.trimmed().isEmpty())
        return tr("Give the scenario a name.");
    if (name.trimmed() != name)
        return tr("A scenario name cannot begin or end with a space.");
    if (name == QLatin1String("default"))
        return tr("'default' is the plan that follows the register; choose another name.");
    if (m_data->plans.contains(name))
        return tr("A scenario named '%1' already exists.").arg(name);
    return {};
}

QString PlanningStore::createScenario(const QString &name, const QString &from)
{
    QString error = checkNewName(name);
    if (error.isEmpty()) {
        if (from.isEmpty())
            return storeScenario(createDefaultScenario(name, m_data->schools, m_data->waveZero));
        const std::optional<Scenario> source = scenario(from);
        if (!source)
            error = tr("There is no scenario named '%1'.").arg(from);
        else
            return storeScenario(copyScenario(*source, name));
    }
    setLastError(error);
    return error;
}

QString PlanningStore::storeScenario(const Scenario &scenario, bool replace)
{
    QString error = replace ? QString() : checkNewName(scenario.name);
    if (replace && scenario.name == QLatin1String("default"))
        error = tr("'default' is the plan that follows the register; choose another name.");
    Database *db = database();
    if (error.isEmpty() && !db)
        error = tr("No database is open.");
    if (error.isEmpty()) {
        // A proposal leaves schools that never fit out of the plan: the repository checks every
        // entry (known school, wave, tier, once per school) and writes all or nothing.
        const WriteResult r = PlanRepository(*db).replacePlan(scenario.name, scenario.entries);
        if (!r.storageError.isEmpty()) {
            qCWarning(lcPlanning) << "storing a scenario failed:" << r.storageError;
            error = tr("The scenario could not be stored: %1").arg(r.storageError);
        } else if (!r.errors.isEmpty()) {
            QStringList reasons;
            for (const ValidationError &e : r.errors)
                reasons << e.message(fieldlabels::uiLanguage());
            error = reasons.join(QLatin1Char(' '));
        }
    }
    setLastError(error);
    if (error.isEmpty() && m_deviceStore)
        m_deviceStore->notifyLocalWrite({QStringLiteral("plan_entry")}); // comes back as a reload
    return error;
}

void PlanningStore::setLastError(const QString &error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    emit lastErrorChanged();
}

} // namespace verrijkt
