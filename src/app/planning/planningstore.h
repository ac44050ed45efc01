#pragma once

#include "core/bridgeofficer.h"
#include "core/libraryprogramme.h"
#include "core/planner/scenario.h"
#include "core/planner/scenariofigures.h"
#include "core/region.h"
#include "core/tijdvoortoekomst.h"
#include "shell/devicestore.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QSet>
#include <memory>
#include <optional>

namespace verrijkt {

class Database;

// What the planning screens work from, read from the store in one pass: the register, the
// wave-0 schools, every stored scenario (plan), and what the build-up and coverage need.
struct PlanningData
{
    QList<Municipality> municipalities;
    QList<SchoolLocation> schools; // active locations, by vestiging
    QSet<QString> waveZero;
    QMap<QString, QList<PlanEntry>> plans; // plan name -> entries ("default" included)
    QList<Participation> participations;   // school years 2025-2026..2032-2033
    QList<LibraryParticipation> library;   // school years 2025-2026..2032-2033
    QList<Placement> placements;

    QSet<QString> schoolCodes() const;
    ScenarioContext scenarioContext() const;
};

PlanningData readPlanningData(Database &db);

// The planning screens' view of the device store (the regional team's scenarios, proposal,
// build-up, coverage, completeness and yearly report). Re-reads when the DeviceStore announces a
// change to what it holds, and writes scenarios through PlanRepository (validated, one transaction,
// sent by sync like every plan entry).
class PlanningStore : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        verrijkt::DeviceStore *deviceStore READ deviceStore WRITE setDeviceStore NOTIFY deviceStoreChanged)
    Q_PROPERTY(int revision READ revision NOTIFY dataChanged)
    Q_PROPERTY(QStringList scenarioNames READ scenarioNames NOTIFY dataChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(QDate today READ today NOTIFY todayChanged)

public:
    explicit PlanningStore(QObject *parent = nullptr);
    ~PlanningStore() override;

    DeviceStore *deviceStore() const { return m_deviceStore; }
    void setDeviceStore(DeviceStore *store);
    Database *database() const { return m_deviceStore ? m_deviceStore->database() : nullptr; }

    const PlanningData &data() const { return *m_data; }
    // Model tests without a database.
    void setData(PlanningData data);
    int revision() const { return m_revision; }
    QStringList scenarioNames() const { return m_data->plans.keys(); }
    std::optional<Scenario> scenario(const QString &name) const;
    QString lastError() const { return m_lastError; }
    QDate today() const;
    void setToday(const QDate &today); // without a DeviceStore

    Q_INVOKABLE bool reload();
    // A new scenario `name`: a copy of `from`, or of a fresh default plan when `from` is empty.
    // Returns the reason in the UI language when refused (empty name, "default", a name in use,
    // an unknown source); empty when stored.
    Q_INVOKABLE QString createScenario(const QString &name, const QString &from = {});
    // Stores `scenario` under its name (a new name only unless `replace`): same rules as above.
    QString storeScenario(const Scenario &scenario, bool replace = false);

    // The synced entities (wire names) the data is made of.
    static QStringList entities();

signals:
    void deviceStoreChanged();
    void dataChanged();
    void sessionsChanged(); // enrichment sessions changed (not part of PlanningData)
    void lastErrorChanged();
    void todayChanged();

private:
    void onDataChanged(const QStringList &entities);
    void setLastError(const QString &error);
    QString checkNewName(const QString &name) const;

    QPointer<DeviceStore> m_deviceStore;
    std::shared_ptr<const PlanningData> m_data;
    int m_revision = 0;
    QString m_lastError;
    QDate m_today;
};

} // namespace verrijkt
