#pragma once

#include "core/tijdvoortoekomst.h"
#include "shell/devicestore.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace verrijkt {

// How far a school is with Tijd voor Toekomst: delivered against entitled hours for one week and
// for the school year so far, in hours per pupil (delivered pupil-hours / pupils reached; the
// entitlement is the tier's 2 or 6 hours a week). Opens on the current week; says gently when the
// school falls behind.
class SchoolProgress : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(verrijkt::DeviceStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString vestiging READ vestiging WRITE setVestiging NOTIFY vestigingChanged)
    Q_PROPERTY(QDate weekStart READ weekStart NOTIFY changed) // Monday of the week shown
    Q_PROPERTY(bool isCurrentWeek READ isCurrentWeek NOTIFY changed)
    Q_PROPERTY(QString schoolName READ schoolName NOTIFY changed)
    Q_PROPERTY(QString weekTitle READ weekTitle NOTIFY changed) // "Week 48 · 23–29 nov."
    Q_PROPERTY(int weekNumber READ weekNumber NOTIFY changed)   // ISO week number
    Q_PROPERTY(QString schoolYearLabel READ schoolYearLabel NOTIFY changed)
    Q_PROPERTY(int schoolYear READ schoolYear NOTIFY changed)
    Q_PROPERTY(bool participates READ participates NOTIFY changed) // a tier for this school year
    Q_PROPERTY(QString tierLabel READ tierLabel NOTIFY changed)
    Q_PROPERTY(int tierHours READ tierHours NOTIFY changed)
    Q_PROPERTY(double weekDelivered READ weekDelivered NOTIFY changed) // hours per pupil
    Q_PROPERTY(double weekEntitled READ weekEntitled NOTIFY changed)
    Q_PROPERTY(double yearDelivered READ yearDelivered NOTIFY changed)
    Q_PROPERTY(double yearExpectedToDate READ yearExpectedToDate NOTIFY changed)
    Q_PROPERTY(double yearEntitled READ yearEntitled NOTIFY changed)
    Q_PROPERTY(double weekRatio READ weekRatio NOTIFY changed) // 0..1+ of the week's entitlement
    Q_PROPERTY(double yearRatio READ yearRatio NOTIFY changed) // of what was due by now
    Q_PROPERTY(QString weekText READ weekText NOTIFY changed)  // "1,5 of 2 hours per pupil"
    Q_PROPERTY(QString yearText READ yearText NOTIFY changed)
    Q_PROPERTY(bool behind READ behind NOTIFY changed)
    Q_PROPERTY(QString advice READ advice NOTIFY changed) // the gentle warning, or encouragement

public:
    // Behind means: less than this share of the hours due by now was delivered.
    static constexpr double kBehindThreshold = 0.8;

    explicit SchoolProgress(QObject *parent = nullptr);

    DeviceStore *store() const { return m_store; }
    void setStore(DeviceStore *store);
    QString vestiging() const { return m_vestiging; }
    void setVestiging(const QString &vestiging);

    QDate weekStart() const { return m_weekStart; }
    bool isCurrentWeek() const;
    QString schoolName() const { return m_schoolName; }
    QString weekTitle() const;
    int weekNumber() const { return m_weekStart.isValid() ? IsoWeek::of(m_weekStart).week : 0; }
    QString schoolYearLabel() const { return m_year.label(); }
    int schoolYear() const { return m_year.startYear(); }
    bool participates() const { return m_participation.tier != Tier::None; }
    QString tierLabel() const;
    int tierHours() const { return verrijkt::tierHours(m_participation.tier); }
    double weekDelivered() const { return m_weekDelivered; }
    double weekEntitled() const { return m_weekEntitled; }
    double yearDelivered() const { return m_yearDelivered; }
    double yearExpectedToDate() const { return m_yearExpected; }
    double yearEntitled() const { return m_yearEntitled; }
    double weekRatio() const { return m_weekEntitled > 0 ? m_weekDelivered / m_weekEntitled : 0.0; }
    double yearRatio() const { return m_yearExpected > 0 ? m_yearDelivered / m_yearExpected : 0.0; }
    QString weekText() const;
    QString yearText() const;
    bool behind() const;
    QString advice() const;

    Q_INVOKABLE void previousWeek();
    Q_INVOKABLE void nextWeek();
    Q_INVOKABLE void currentWeek();

public slots:
    void recompute();

signals:
    void storeChanged();
    void vestigingChanged();
    void changed();

private:
    void showWeek(const QDate &monday);

    QPointer<DeviceStore> m_store;
    QString m_vestiging;
    QString m_schoolName;
    QDate m_weekStart;
    SchoolYear m_year;
    Participation m_participation;
    double m_weekDelivered = 0;
    double m_weekEntitled = 0;
    double m_yearDelivered = 0;
    double m_yearExpected = 0;
    double m_yearEntitled = 0;
};

} // namespace verrijkt
