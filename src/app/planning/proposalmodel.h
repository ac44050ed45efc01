#pragma once

#include "core/planner/proposal.h"
#include "needsource.h"
#include "planningstore.h"
#include "regional/figuretable.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

namespace verrijkt {

// The automatic proposal (core proposeScenario) for the planning screen: the rules as properties,
// propose() runs it on the store's register with the NeedSource's indicator, the rows are every
// school's decision with its reason (rank order, filterable by text), `years` the cost against the
// ceiling per school year. The proposal can be compared with stored scenarios before save()
// stores it as a plan.
class ProposalModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(verrijkt::PlanningStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(verrijkt::NeedSource *needSource READ needSource WRITE setNeedSource NOTIFY needSourceChanged)
    // Million euros: "36" = linear ramp to 36.0 M, or seven amounts separated by ; or ,
    Q_PROPERTY(QString ceiling READ ceiling WRITE setCeiling NOTIFY rulesChanged)
    Q_PROPERTY(double threshold READ threshold WRITE setThreshold NOTIFY rulesChanged)
    Q_PROPERTY(int maxNewSchools READ maxNewSchools WRITE setMaxNewSchools NOTIFY rulesChanged)
    Q_PROPERTY(bool municipalityRule READ municipalityRule WRITE setMunicipalityRule NOTIFY rulesChanged)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY rulesChanged)
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(bool hasProposal READ hasProposal NOTIFY proposed)
    Q_PROPERTY(bool saved READ saved NOTIFY proposed)
    Q_PROPERTY(QString summary READ summary NOTIFY proposed)
    Q_PROPERTY(QString error READ error NOTIFY proposed)
    Q_PROPERTY(QString needNote READ needNote NOTIFY proposed)
    Q_PROPERTY(int count READ count NOTIFY filterChanged)
    Q_PROPERTY(verrijkt::FigureTable *years READ years CONSTANT)

public:
    enum Role {
        VestigingRole = Qt::UserRole + 1,
        NameRole,
        MunicipalityRole,
        NeedRole,
        RankRole,
        TierRole,
        StartRole,
        ReasonRole,
    };

    explicit ProposalModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    PlanningStore *store() const { return m_store; }
    void setStore(PlanningStore *store);
    NeedSource *needSource() const { return m_needSource; }
    void setNeedSource(NeedSource *source);
    QString ceiling() const { return m_ceiling; }
    void setCeiling(const QString &ceiling);
    double threshold() const { return m_rules.sixHourThreshold; }
    void setThreshold(double threshold);
    int maxNewSchools() const { return m_rules.maxNewSchoolsPerYear; }
    void setMaxNewSchools(int max);
    bool municipalityRule() const { return m_rules.everyMunicipalityEachYear; }
    void setMunicipalityRule(bool on);
    QString name() const { return m_name; }
    void setName(const QString &name);
    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);

    bool hasProposal() const { return m_proposal.has_value(); }
    bool saved() const { return m_saved; }
    QString summary() const;
    QString error() const { return m_error; }
    QString needNote() const { return m_needNote; }
    int count() const { return int(m_rows.size()); }
    FigureTable *years() { return &m_years; }

    // The proposal as an (unsaved) scenario, for the comparison; nullopt before propose().
    std::optional<Scenario> scenario() const;
    const Proposal *proposal() const { return m_proposal ? &*m_proposal : nullptr; }

    // Runs the proposal with the current rules; false (and error) when the rules or the need
    // indicator are not usable, after which the previous proposal is gone.
    Q_INVOKABLE bool propose();
    // Stores the proposal as plan `name` (replacing an earlier proposal of that name); returns the
    // reason when refused, empty when stored.
    Q_INVOKABLE QString save();
    // The row of a school (filter permitting), -1 when not shown.
    Q_INVOKABLE int rowOf(const QString &vestiging) const;

signals:
    void storeChanged();
    void needSourceChanged();
    void rulesChanged();
    void filterChanged();
    void proposed();

private:
    void clear(const QString &error);
    void applyFilter();
    void publishYears();

    QPointer<PlanningStore> m_store;
    QPointer<NeedSource> m_needSource;
    QString m_ceiling = QStringLiteral("36");
    ProposalRules m_rules;
    QString m_name = QStringLiteral("voorstel");
    QString m_filter;
    std::optional<Proposal> m_proposal;
    bool m_saved = false;
    QString m_error;
    QString m_needNote;
    QList<const ProposalDecision *> m_rows;
    FigureTable m_years;
};

} // namespace verrijkt
