#pragma once

#include "planningstore.h"
#include "proposalmodel.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <QSet>

namespace verrijkt {

// The scenarios the regional team can compare: every stored plan, plus the proposal on screen
// while it is not saved. Each row says how far the scenario gets (schools and 6-hour schools by
// 2032-2033, the Tijd voor Toekomst cost in 2032-2033) and whether it is picked for the side-by-
// side comparison. "default" and the first other scenario are picked at the start.
class ScenarioListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(verrijkt::PlanningStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(verrijkt::ProposalModel *proposal READ proposal WRITE setProposal NOTIFY proposalChanged)
    Q_PROPERTY(QStringList selectedNames READ selectedNames NOTIFY selectionChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        LabelRole,
        IsDefaultRole,
        UnsavedRole,
        SelectedRole,
        SchoolsRole,
        SixHoursRole,
        CostRole,
        SummaryRole,
    };

    explicit ScenarioListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    PlanningStore *store() const { return m_store; }
    void setStore(PlanningStore *store);
    ProposalModel *proposal() const { return m_proposal; }
    void setProposal(ProposalModel *proposal);
    int count() const { return int(m_rows.size()); }

    // Picked scenarios in list order (names; the unsaved proposal under its key).
    QStringList selectedNames() const;
    QList<Scenario> selectedScenarios() const;
    Q_INVOKABLE void setSelected(const QString &name, bool selected);
    Q_INVOKABLE int rowOf(const QString &name) const;

    // The name under which the unsaved proposal is listed and selected.
    static QString unsavedKey();

signals:
    void storeChanged();
    void proposalChanged();
    void selectionChanged();
    void countChanged();

private:
    struct Row
    {
        Scenario scenario;
        bool unsaved = false;
        int schools = 0;
        int sixHours = 0;
        double cost = 0; // Tijd voor Toekomst in 2032-2033, EUR
    };
    void rebuild();

    QPointer<PlanningStore> m_store;
    QPointer<ProposalModel> m_proposal;
    QList<Row> m_rows;
    QSet<QString> m_selected;
    bool m_selectionMade = false; // the user picked: keep their choice across reloads
};

} // namespace verrijkt
