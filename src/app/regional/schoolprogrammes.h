#pragma once

#include "recordlistmodel.h"
#include "regionalsnapshot.h"
#include "regionalstore.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace verrijkt {

// The school page: one location and the three programmes there — Tijd voor Toekomst
// participation and realisation per school year, bridge-officer placements with FTE, and the
// Bibliotheek op school status per school year. Follows the store: a save or a sync shows at once.
class SchoolProgrammes : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(verrijkt::RegionalStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString vestiging READ vestiging WRITE setVestiging NOTIFY vestigingChanged)
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString city READ city NOTIFY changed)
    Q_PROPERTY(QString municipalityName READ municipalityName NOTIFY changed)
    Q_PROPERTY(QString schoolTypeLabel READ schoolTypeLabel NOTIFY changed)
    Q_PROPERTY(QString pupilsText READ pupilsText NOTIFY changed)
    Q_PROPERTY(QString planText READ planText NOTIFY changed)
    Q_PROPERTY(QString placedFteText READ placedFteText NOTIFY changed)
    Q_PROPERTY(verrijkt::RecordListModel *participations READ participations CONSTANT)
    Q_PROPERTY(verrijkt::RecordListModel *placements READ placements CONSTANT)
    Q_PROPERTY(verrijkt::RecordListModel *library READ library CONSTANT)

public:
    explicit SchoolProgrammes(QObject *parent = nullptr);

    RegionalStore *store() const { return m_store; }
    void setStore(RegionalStore *store);
    QString vestiging() const { return m_vestiging; }
    void setVestiging(const QString &vestiging);

    bool found() const { return m_found; }
    QString name() const { return m_school.name; }
    QString city() const { return m_school.city; }
    QString municipalityName() const { return m_municipalityName; }
    QString schoolTypeLabel() const;
    QString pupilsText() const;
    QString planText() const { return m_planText; }
    QString placedFteText() const { return m_placedFteText; }

    // Roles: schoolYear (int), schoolYearLabel, tier (key), tierLabel, startDate (ISO), startDateText,
    // pupilsReached, entitled, delivered (pupil-hours), realisationText.
    RecordListModel *participations() { return &m_participations; }
    // Roles: placementId, officerId, officerName, employer, fte, fteText, from (ISO), to (ISO, "" open),
    // periodText, activeToday.
    RecordListModel *placements() { return &m_placements; }
    // Roles: schoolYear, schoolYearLabel, status (key), statusLabel, organisation, consultantHours,
    // collectionPresent, readingPlanAdopted, monitorDone.
    RecordListModel *library() { return &m_library; }

signals:
    void storeChanged();
    void vestigingChanged();
    void changed();

private:
    void refresh();

    QPointer<RegionalStore> m_store;
    QString m_vestiging;
    bool m_found = false;
    SchoolLocation m_school;
    QString m_municipalityName;
    QString m_planText;
    QString m_placedFteText;
    RecordListModel m_participations;
    RecordListModel m_placements;
    RecordListModel m_library;
};

} // namespace verrijkt
