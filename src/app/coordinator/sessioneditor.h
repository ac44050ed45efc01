#pragma once

#include "core/tijdvoortoekomst.h"
#include "shell/devicestore.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QSet>
#include <QVariantMap>

namespace verrijkt {

// The form behind "record a session": today's date, then the domain, provider, duration and pupils
// remembered from the school's previous entry, so a routine entry is one or two taps. Every change
// is validated at once with the core rules; the messages come in the UI language. Also corrects
// (a new record that supersedes) and withdraws the coordinator's own entries.
class SessionEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(verrijkt::DeviceStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString vestiging READ vestiging WRITE setVestiging NOTIFY vestigingChanged)
    Q_PROPERTY(QDate date READ date WRITE setDate NOTIFY formChanged)
    Q_PROPERTY(QString dateText READ dateText NOTIFY formChanged)
    Q_PROPERTY(bool dateIsToday READ dateIsToday NOTIFY formChanged)
    Q_PROPERTY(QString domain READ domain WRITE setDomain NOTIFY formChanged)
    Q_PROPERTY(QString provider READ provider WRITE setProvider NOTIFY formChanged)
    Q_PROPERTY(double hours READ hours WRITE setHours NOTIFY formChanged)
    Q_PROPERTY(int pupils READ pupils WRITE setPupils NOTIFY formChanged)
    // groepen 1..8 taking part, as a bit set (bit g-1 for groep g)
    Q_PROPERTY(int groups READ groups WRITE setGroups NOTIFY formChanged)
    Q_PROPERTY(bool correcting READ correcting NOTIFY formChanged)
    Q_PROPERTY(bool fixing READ fixing NOTIFY formChanged) // re-entering a record the server refused
    // field -> message, for the fields the user touched (all fields after a save attempt)
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY formChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY formChanged)
    // A plain-language line about the last save/withdraw (success or storage failure).
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    // The status line reports a failure (shown in red) rather than a success.
    Q_PROPERTY(bool statusIsProblem READ statusIsProblem NOTIFY statusChanged)

public:
    explicit SessionEditor(QObject *parent = nullptr);

    DeviceStore *store() const { return m_store; }
    void setStore(DeviceStore *store);
    QString vestiging() const { return m_vestiging; }
    void setVestiging(const QString &vestiging);

    QDate date() const { return m_session.date; }
    void setDate(const QDate &date);
    QString dateText() const;
    bool dateIsToday() const;
    QString domain() const { return m_domainChosen ? activityDomainKey(m_session.domain) : QString(); }
    void setDomain(const QString &key);
    QString provider() const { return m_session.provider; }
    void setProvider(const QString &provider);
    double hours() const { return m_session.hours; }
    void setHours(double hours);
    int pupils() const { return m_session.pupils; }
    void setPupils(int pupils);
    int groups() const { return m_session.groups; }
    void setGroups(int groups);
    Q_INVOKABLE bool hasGroup(int groep) const
    {
        return groep >= 1 && groep <= 8 && (m_session.groups >> (groep - 1)) & 1;
    }
    Q_INVOKABLE void toggleGroup(int groep);
    bool fixing() const { return !m_fixing.isNull(); }
    bool correcting() const { return !m_session.supersedes.isNull(); }

    QVariantMap errors() const;
    bool valid() const { return currentErrors().isEmpty(); }
    QString status() const { return m_status; }
    bool statusIsProblem() const { return m_statusIsProblem; }

    Q_INVOKABLE void shiftDate(int days);
    // Writes the session (or the correction); on success remembers the entry's values for next
    // time and resets the form to today. False when a rule is broken (errors shows which).
    Q_INVOKABLE bool save();
    // Loads an own session into the form; save() then writes a correction that supersedes it.
    Q_INVOKABLE bool startCorrection(const QString &sessionId);
    Q_INVOKABLE void cancelCorrection();
    // Appends a withdrawal of an own session. False (with status) when it is not the user's own.
    Q_INVOKABLE bool withdraw(const QString &sessionId);
    // Back to today's date and the remembered values, nothing touched.
    Q_INVOKABLE void reset();
    // A record the server refused: load its values as a new record (saving it discards the refused
    // one), or discard it outright. The server never stored it, so nothing else changes.
    Q_INVOKABLE bool startFix(const QString &sessionId);
    Q_INVOKABLE bool discardRejected(const QString &sessionId);

signals:
    void storeChanged();
    void vestigingChanged();
    void formChanged();
    void statusChanged();
    void saved();

private:
    ValidationErrors currentErrors() const;
    // The form as it would be stored (provider trimmed).
    EnrichmentSession submitted() const;
    void touch(const QString &field);
    void dataArrived(const QStringList &entities);
    void setStatus(const QString &status);
    void setProblem(const QString &status);
    QString prefKey(const QString &name) const;

    QPointer<DeviceStore> m_store;
    QString m_vestiging;
    EnrichmentSession m_session;
    bool m_domainChosen = false;
    QSet<QString> m_touched;
    bool m_showAll = false;
    QString m_status;
    bool m_statusIsProblem = false;
    QUuid m_fixing;
};

} // namespace verrijkt
