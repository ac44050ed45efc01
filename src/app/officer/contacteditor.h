#pragma once

#include "core/familycontact.h"
#include "shell/devicestore.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QSet>
#include <QVariantList>
#include <QVariantMap>

namespace verrijkt {

// The form behind "log a family contact", built to take under thirty seconds: pick a family from the
// list or let the app make a new pseudonymous code, then only structured choices (who asked, how,
// topics, support, referral, duration, follow-up). No free text about the family exists. The school
// comes from the officer's placements on the contact's date; the form, initiator and duration start
// from last time. Validated at once with the core rules; corrections supersede, withdrawals append.
class ContactEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(verrijkt::DeviceStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString familyCode READ familyCode NOTIFY formChanged)
    Q_PROPERTY(bool newFamily READ newFamily NOTIFY formChanged)
    Q_PROPERTY(QDate date READ date WRITE setDate NOTIFY formChanged)
    Q_PROPERTY(QString dateText READ dateText NOTIFY formChanged)
    Q_PROPERTY(bool dateIsToday READ dateIsToday NOTIFY formChanged)
    Q_PROPERTY(QString school READ school WRITE setSchool NOTIFY formChanged)
    Q_PROPERTY(QVariantList schoolChoices READ schoolChoices NOTIFY formChanged) // [{vestiging, name}]
    Q_PROPERTY(QString initiatedBy READ initiatedBy WRITE setInitiatedBy NOTIFY formChanged)
    Q_PROPERTY(QString form READ form WRITE setForm NOTIFY formChanged)
    Q_PROPERTY(QStringList topics READ topics NOTIFY formChanged)
    Q_PROPERTY(QStringList support READ support NOTIFY formChanged)
    Q_PROPERTY(QString referral READ referral WRITE setReferral NOTIFY formChanged)
    Q_PROPERTY(bool referralNeeded READ referralNeeded NOTIFY formChanged)
    Q_PROPERTY(int durationMinutes READ durationMinutes WRITE setDurationMinutes NOTIFY formChanged)
    Q_PROPERTY(int followUpWeeks READ followUpWeeks WRITE setFollowUpWeeks NOTIFY formChanged) // 0 = none
    Q_PROPERTY(QString followUpText READ followUpText NOTIFY formChanged)
    Q_PROPERTY(bool correcting READ correcting NOTIFY formChanged)
    Q_PROPERTY(bool fixing READ fixing NOTIFY formChanged) // re-entering a record the server refused
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY formChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY formChanged)
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    // The status line reports a failure (shown in red) rather than a success.
    Q_PROPERTY(bool statusIsProblem READ statusIsProblem NOTIFY statusChanged)

public:
    explicit ContactEditor(QObject *parent = nullptr);

    DeviceStore *store() const { return m_store; }
    void setStore(DeviceStore *store);

    QString familyCode() const { return m_contact.familyCode; }
    bool newFamily() const { return m_newFamily; }
    QDate date() const { return m_contact.date; }
    void setDate(const QDate &date);
    QString dateText() const;
    bool dateIsToday() const;
    QString school() const { return m_contact.vestiging; }
    void setSchool(const QString &vestiging);
    QVariantList schoolChoices() const;
    QString initiatedBy() const { return contactInitiatorKey(m_contact.initiatedBy); }
    void setInitiatedBy(const QString &key);
    QString form() const { return contactFormKey(m_contact.form); }
    void setForm(const QString &key);
    QStringList topics() const;
    QStringList support() const;
    QString referral() const { return referralTargetKey(m_contact.referral); }
    void setReferral(const QString &key);
    bool referralNeeded() const { return m_contact.support.contains(SupportGiven::Referral); }
    int durationMinutes() const { return m_contact.durationMinutes; }
    void setDurationMinutes(int minutes);
    int followUpWeeks() const;
    void setFollowUpWeeks(int weeks);
    QString followUpText() const;
    bool fixing() const { return !m_fixing.isNull(); }
    bool correcting() const { return !m_contact.supersedes.isNull(); }

    QVariantMap errors() const;
    bool valid() const { return currentErrors().isEmpty(); }
    QString status() const { return m_status; }
    bool statusIsProblem() const { return m_statusIsProblem; }

    // A new family: the app makes the pseudonymous code (never typed from a person's data).
    Q_INVOKABLE QString createFamily();
    // An existing family of this officer (from the family list).
    Q_INVOKABLE bool pickFamily(const QString &code);
    Q_INVOKABLE void toggleTopic(const QString &key);
    Q_INVOKABLE void toggleSupport(const QString &key);
    Q_INVOKABLE void shiftDate(int days);
    Q_INVOKABLE bool save();
    Q_INVOKABLE bool startCorrection(const QString &contactId);
    Q_INVOKABLE bool withdraw(const QString &contactId);
    Q_INVOKABLE void reset();
    // A record the server refused: load its values as a new record (saving it discards the refused
    // one), or discard it outright. The server never stored it, so nothing else changes.
    Q_INVOKABLE bool startFix(const QString &contactId);
    Q_INVOKABLE bool discardRejected(const QString &contactId);

signals:
    void storeChanged();
    void formChanged();
    void statusChanged();
    void saved();

private:
    ValidationErrors currentErrors() const;
    void touch(const QString &field);
    void dataArrived(const QStringList &entities);
    void setStatus(const QString &status);
    void setProblem(const QString &status);
    void chooseDefaultSchool();
    QStringList placementSchools() const;

    QPointer<DeviceStore> m_store;
    FamilyContact m_contact;
    bool m_newFamily = false;
    QSet<QString> m_touched;
    bool m_showAll = false;
    QString m_status;
    bool m_statusIsProblem = false;
    QUuid m_fixing;
};

} // namespace verrijkt
