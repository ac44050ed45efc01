#pragma once

#include "regionalstore.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantMap>

namespace verrijkt {

// Edits the Bibliotheek op school status of a school in one school year. save() writes through
// LibraryRepository (core validate(), outbox entry in the same transaction); a broken rule writes
// nothing and `errors` names the field.
class LibraryEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(verrijkt::RegionalStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString vestiging READ vestiging WRITE setVestiging NOTIFY targetChanged)
    Q_PROPERTY(int schoolYear READ schoolYear WRITE setSchoolYear NOTIFY targetChanged)
    Q_PROPERTY(QString schoolYearLabel READ schoolYearLabel NOTIFY targetChanged)
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY formChanged)
    Q_PROPERTY(QString organisation READ organisation WRITE setOrganisation NOTIFY formChanged)
    Q_PROPERTY(QString consultantHours READ consultantHours WRITE setConsultantHours NOTIFY formChanged)
    Q_PROPERTY(bool collectionPresent READ collectionPresent WRITE setCollectionPresent NOTIFY formChanged)
    Q_PROPERTY(bool readingPlanAdopted READ readingPlanAdopted WRITE setReadingPlanAdopted NOTIFY formChanged)
    Q_PROPERTY(bool monitorDone READ monitorDone WRITE setMonitorDone NOTIFY formChanged)
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY errorsChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit LibraryEditor(QObject *parent = nullptr);

    RegionalStore *store() const { return m_store; }
    void setStore(RegionalStore *store);
    QString vestiging() const { return m_vestiging; }
    void setVestiging(const QString &vestiging);
    int schoolYear() const { return m_year.startYear(); }
    void setSchoolYear(int startYear);
    QString schoolYearLabel() const { return m_year.label(); }

    QString status() const { return m_status; }
    void setStatus(const QString &statusKey);
    QString organisation() const { return m_organisation; }
    void setOrganisation(const QString &text);
    QString consultantHours() const { return m_hours; }
    void setConsultantHours(const QString &text);
    bool collectionPresent() const { return m_collection; }
    void setCollectionPresent(bool on);
    bool readingPlanAdopted() const { return m_readingPlan; }
    void setReadingPlanAdopted(bool on);
    bool monitorDone() const { return m_monitor; }
    void setMonitorDone(bool on);
    QVariantMap errors() const { return m_errors; }
    QString message() const { return m_message; }

    Q_INVOKABLE void load();
    Q_INVOKABLE bool save();

signals:
    void storeChanged();
    void targetChanged();
    void formChanged();
    void errorsChanged();
    void messageChanged();
    void saved();

private:
    void setErrors(const QVariantMap &errors);
    void setMessage(const QString &message);

    QPointer<RegionalStore> m_store;
    QString m_vestiging;
    SchoolYear m_year;
    QString m_status = QStringLiteral("none");
    QString m_organisation;
    QString m_hours;
    bool m_collection = false;
    bool m_readingPlan = false;
    bool m_monitor = false;
    QVariantMap m_errors;
    QString m_message;
};

} // namespace verrijkt
