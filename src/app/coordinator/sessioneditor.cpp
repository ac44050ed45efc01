#include "sessioneditor.h"

#include "sessionrecords.h"
#include "shell/devicestore.h"
#include "shell/fieldlabels.h"
#include "storage/participationrepository.h"
#include "storage/schoolregistry.h"
#include "syncstatus/rejectedrecords.h"

#include <QCoreApplication>

namespace verrijkt {

SessionEditor::SessionEditor(QObject *parent) : QObject(parent) {}

void SessionEditor::setStore(DeviceStore *store)
{
    if (store == m_store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &DeviceStore::dataChanged, this, &SessionEditor::dataArrived);
    emit storeChanged();
    reset();
}

void SessionEditor::dataArrived(const QStringList &entities)
{
    // A form opened before the first sync had no participation to take the pupils from. An untouched
    // form takes the new defaults; one the user started on stays as it is.
    if (!DeviceStore::touches(entities, QStringLiteral("participation")) || !m_touched.isEmpty() ||
        correcting() || !m_fixing.isNull())
        return;
    reset();
}

void SessionEditor::setVestiging(const QString &vestiging)
{
    if (vestiging == m_vestiging)
        return;
    m_vestiging = vestiging;
    emit vestigingChanged();
    reset();
}

QString SessionEditor::prefKey(const QString &name) const
{
    return QStringLiteral("session.%1.%2").arg(m_vestiging, name);
}

void SessionEditor::reset()
{
    m_session = EnrichmentSession{};
    m_session.vestiging = m_vestiging;
    m_session.date = m_store ? m_store->today() : QDate::currentDate();
    m_domainChosen = false;
    m_session.hours = 1.0;
    if (m_store && m_store->database() && !m_vestiging.isEmpty()) {
        const auto domain = activityDomainFromKey(m_store->preference(prefKey(QStringLiteral("domain"))));
        if (domain) {
            m_session.domain = *domain;
            m_domainChosen = true;
        }
        m_session.provider = m_store->preference(prefKey(QStringLiteral("provider")));
        bool ok = false;
        const double hours = m_store->preference(prefKey(QStringLiteral("hours"))).toDouble(&ok);
        if (ok)
            m_session.hours = hours;
        const int groups = m_store->preference(prefKey(QStringLiteral("groups"))).toInt(&ok);
        if (ok)
            m_session.groups = quint8(groups & 0xff);
        const int pupils = m_store->preference(prefKey(QStringLiteral("pupils"))).toInt(&ok);
        if (ok) {
            m_session.pupils = pupils;
        } else if (const auto p = ParticipationRepository(*m_store->database())
                                      .get(m_vestiging, SchoolYear::containing(m_session.date))) {
            m_session.pupils = p->pupilsReached; // a first entry: the pupils the school reaches
        }
    }
    m_touched.clear();
    m_showAll = false;
    m_fixing = QUuid();
    emit formChanged();
}

void SessionEditor::setDate(const QDate &date)
{
    m_session.date = date;
    touch(QStringLiteral("date"));
}

QString SessionEditor::dateText() const
{
    return fieldlabels::longDate(m_session.date);
}

bool SessionEditor::dateIsToday() const
{
    return m_store && m_session.date == m_store->today();
}

void SessionEditor::shiftDate(int days)
{
    setDate(m_session.date.addDays(days));
}

void SessionEditor::setDomain(const QString &key)
{
    const auto domain = activityDomainFromKey(key);
    m_domainChosen = domain.has_value();
    if (domain)
        m_session.domain = *domain;
    touch(QStringLiteral("domain"));
}

void SessionEditor::setProvider(const QString &provider)
{
    // Kept as typed: the field binds to this property, so trimming here would eat the space the user
    // just typed between two words. The stored record is trimmed (submitted()).
    m_session.provider = provider;
    touch(QStringLiteral("provider"));
}

void SessionEditor::setHours(double hours)
{
    m_session.hours = hours;
    touch(QStringLiteral("hours"));
}

void SessionEditor::setPupils(int pupils)
{
    m_session.pupils = pupils;
    touch(QStringLiteral("pupils"));
}

void SessionEditor::setGroups(int groups)
{
    m_session.groups = quint8(groups & 0xff);
    touch(QStringLiteral("groups"));
}

void SessionEditor::toggleGroup(int groep)
{
    if (groep < 1 || groep > 8)
        return;
    setGroups(m_session.groups ^ (1 << (groep - 1)));
}

void SessionEditor::touch(const QString &field)
{
    m_touched.insert(field);
    emit formChanged();
}

EnrichmentSession SessionEditor::submitted() const
{
    EnrichmentSession record = m_session;
    record.provider = record.provider.trimmed();
    return record;
}

ValidationErrors SessionEditor::currentErrors() const
{
    ValidationErrors errors;
    if (!m_domainChosen)
        errors.append({QStringLiteral("domain"), QStringLiteral("session.domain.required"), {}});
    if (!m_store || !m_store->database())
        return errors;
    const auto school = SchoolRegistry(*m_store->database()).get(m_vestiging);
    if (!school) {
        errors.append({QStringLiteral("vestiging"),
                       QStringLiteral("school.unknown"),
                       {{QStringLiteral("value"), m_vestiging}}});
        return errors;
    }
    errors.append(validate(submitted(), *school, m_store->today()));
    return errors;
}

QVariantMap SessionEditor::errors() const
{
    QVariantMap out;
    for (const ValidationError &e : currentErrors()) {
        if (!m_showAll && !m_touched.contains(e.field))
            continue;
        if (out.contains(e.field))
            continue; // one message per field: the first broken rule
        if (e.key == QLatin1String("session.domain.required"))
            out.insert(e.field,
                       QCoreApplication::translate("SessionEditor", "Choose what kind of activity it was."));
        else
            out.insert(e.field, e.message(fieldlabels::uiLanguage()));
    }
    return out;
}

void SessionEditor::setStatus(const QString &status)
{
    m_status = status;
    m_statusIsProblem = false;
    emit statusChanged();
}

void SessionEditor::setProblem(const QString &status)
{
    m_status = status;
    m_statusIsProblem = true;
    emit statusChanged();
}

bool SessionEditor::save()
{
    m_showAll = true;
    if (!valid()) {
        emit formChanged();
        setProblem(QCoreApplication::translate("SessionEditor",
                                               "Not saved yet: please check the fields marked in red."));
        return false;
    }
    EnrichmentSession record = submitted();
    record.meta = SyncMeta{};
    record.recordedBy = m_store->userName();
    const bool correction = correcting();
    const QUuid fixed = m_fixing;
    const WriteResult result = sessionrecords::append(*m_store->database(), record, m_store->today());
    if (!result.ok()) {
        emit formChanged();
        setProblem(
            result.storageError.isEmpty()
                ? QCoreApplication::translate("SessionEditor",
                                              "Not saved yet: please check the fields marked in red.")
                : QCoreApplication::translate(
                      "SessionEditor", "The session could not be saved on this device. Please try again."));
        return false;
    }
    m_store->setPreference(prefKey(QStringLiteral("domain")), activityDomainKey(record.domain));
    m_store->setPreference(prefKey(QStringLiteral("provider")), record.provider);
    m_store->setPreference(prefKey(QStringLiteral("hours")), QString::number(record.hours));
    m_store->setPreference(prefKey(QStringLiteral("pupils")), QString::number(record.pupils));
    m_store->setPreference(prefKey(QStringLiteral("groups")), QString::number(record.groups));
    if (!fixed.isNull()) {
        QString error;
        rejectedrecords::discard(*m_store->database(), QStringLiteral("enrichment_session"), fixed, &error);
    }
    reset();
    setStatus(correction ? QCoreApplication::translate("SessionEditor", "Correction saved.")
                         : QCoreApplication::translate("SessionEditor", "Session of %1 saved.")
                               .arg(fieldlabels::shortDate(record.date)));
    m_store->notifyLocalWrite({QStringLiteral("enrichment_session")});
    emit saved();
    return true;
}

bool SessionEditor::startCorrection(const QString &sessionId)
{
    if (!m_store || !m_store->database())
        return false;
    const auto existing = sessionrecords::byId(*m_store->database(), QUuid::fromString(sessionId));
    if (!existing || existing->recordedBy != m_store->userName() || existing->withdrawn) {
        setProblem(QCoreApplication::translate("SessionEditor",
                                               "You can only correct sessions you recorded yourself."));
        return false;
    }
    m_session = *existing;
    m_session.meta = SyncMeta{};
    m_session.supersedes = existing->meta.id;
    m_domainChosen = true;
    m_touched.clear();
    m_showAll = true;
    emit formChanged();
    return true;
}

void SessionEditor::cancelCorrection()
{
    reset();
}

bool SessionEditor::withdraw(const QString &sessionId)
{
    if (!m_store || !m_store->database())
        return false;
    const auto existing = sessionrecords::byId(*m_store->database(), QUuid::fromString(sessionId));
    if (!existing || existing->recordedBy != m_store->userName() || existing->withdrawn) {
        setProblem(QCoreApplication::translate("SessionEditor",
                                               "You can only withdraw sessions you recorded yourself."));
        return false;
    }
    EnrichmentSession withdrawal = *existing;
    withdrawal.meta = SyncMeta{};
    withdrawal.supersedes = existing->meta.id;
    withdrawal.withdrawn = true;
    withdrawal.recordedBy = m_store->userName();
    const WriteResult result = sessionrecords::append(*m_store->database(), withdrawal, m_store->today());
    if (!result.ok()) {
        setProblem(result.errors.isEmpty()
                       ? QCoreApplication::translate("SessionEditor",
                                                     "The session could not be withdrawn on this device.")
                       : result.errors.first().message(fieldlabels::uiLanguage()));
        return false;
    }
    setStatus(QCoreApplication::translate("SessionEditor", "Session of %1 withdrawn.")
                  .arg(fieldlabels::shortDate(existing->date)));
    m_store->notifyLocalWrite({QStringLiteral("enrichment_session")});
    return true;
}

bool SessionEditor::startFix(const QString &sessionId)
{
    if (!m_store || !m_store->database())
        return false;
    const QUuid id = QUuid::fromString(sessionId);
    const auto existing = sessionrecords::byId(*m_store->database(), id);
    if (!existing ||
        !rejectedrecords::isRejected(*m_store->database(), QStringLiteral("enrichment_session"), id))
        return false;
    reset();
    m_session = *existing;
    m_session.meta = SyncMeta{};
    m_session.supersedes = QUuid(); // the server never had it: a new record, not a correction
    m_session.withdrawn = false;
    m_domainChosen = true;
    m_fixing = id;
    m_showAll = true;
    emit formChanged();
    return true;
}

bool SessionEditor::discardRejected(const QString &sessionId)
{
    if (!m_store || !m_store->database())
        return false;
    QString error;
    if (!rejectedrecords::discard(*m_store->database(), QStringLiteral("enrichment_session"),
                                  QUuid::fromString(sessionId), &error)) {
        setProblem(QCoreApplication::translate("SessionEditor", "This record could not be discarded."));
        return false;
    }
    setStatus(QCoreApplication::translate("SessionEditor", "The refused record was discarded."));
    m_store->notifyChanged({QStringLiteral("enrichment_session")});
    return true;
}

} // namespace verrijkt
