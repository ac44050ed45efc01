#pragma once

#include "regionalstore.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantMap>

namespace verrijkt {

// Edits a school's Tijd voor Toekomst participation in one school year: tier, start date and the
// pupils reached. load() fills the form from the store (or, without a record, from the plan and
// the register); save() checks the typed text, then writes through ParticipationRepository, which
// applies core validate() and records the sync outbox entry in the same transaction. When a rule
// is broken nothing is written and `errors` holds a message per field, in the UI language.
class ParticipationEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(verrijkt::RegionalStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString vestiging READ vestiging WRITE setVestiging NOTIFY targetChanged)
    Q_PROPERTY(int schoolYear READ schoolYear WRITE setSchoolYear NOTIFY targetChanged)
    Q_PROPERTY(QString schoolYearLabel READ schoolYearLabel NOTIFY targetChanged)
    Q_PROPERTY(QString tier READ tier WRITE setTier NOTIFY formChanged)
    Q_PROPERTY(QString startDate READ startDate WRITE setStartDate NOTIFY formChanged)
    Q_PROPERTY(QString pupilsReached READ pupilsReached WRITE setPupilsReached NOTIFY formChanged)
    Q_PROPERTY(bool exists READ exists NOTIFY formChanged)
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY errorsChanged)
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)

public:
    explicit ParticipationEditor(QObject *parent = nullptr);

    RegionalStore *store() const { return m_store; }
    void setStore(RegionalStore *store);
    QString vestiging() const { return m_vestiging; }
    void setVestiging(const QString &vestiging);
    int schoolYear() const { return m_year.startYear(); }
    void setSchoolYear(int startYear);
    QString schoolYearLabel() const { return m_year.label(); }

    QString tier() const { return m_tier; }
    void setTier(const QString &tierKey);
    QString startDate() const { return m_startDate; }
    void setStartDate(const QString &text);
    QString pupilsReached() const { return m_pupils; }
    void setPupilsReached(const QString &text);
    bool exists() const { return m_exists; }
    QVariantMap errors() const { return m_errors; }
    QString status() const { return m_status; }

    // Fills the form from the store: the recorded participation of the year, else the plan's tier,
    // the first day of the year and the register's pupil count.
    Q_INVOKABLE void load();
    // True when written; false with `errors` (a broken rule) or `status` (a storage failure).
    Q_INVOKABLE bool save();

signals:
    void storeChanged();
    void targetChanged();
    void formChanged();
    void errorsChanged();
    void statusChanged();
    void saved();

private:
    void setErrors(const QVariantMap &errors);
    void setStatus(const QString &status);

    QPointer<RegionalStore> m_store;
    QString m_vestiging;
    SchoolYear m_year;
    QString m_tier = QStringLiteral("2h");
    QString m_startDate;
    QString m_pupils;
    bool m_exists = false;
    QVariantMap m_errors;
    QString m_status;
};

} // namespace verrijkt
