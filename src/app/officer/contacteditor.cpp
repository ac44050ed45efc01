#include "contacteditor.h"

#include "contactrecords.h"
#include "shell/devicestore.h"
#include "shell/fieldlabels.h"
#include "syncstatus/rejectedrecords.h"

#include <QCoreApplication>

namespace verrijkt {

namespace {

template <typename Enum> void toggle(QList<Enum> &list, std::optional<Enum> value)
{
    if (!value)
        return;
    if (list.contains(*value))
        list.removeAll(*value);
    else
        list.append(*value);
}

template <typename Enum> QStringList keysOf(const QList<Enum> &list, QString (*key)(Enum))
{
    QStringList out;
    for (Enum v : list)
        out << key(v);
    return out;
}

} // namespace

ContactEditor::ContactEditor(QObject *parent) : QObject(parent) {}

void ContactEditor::setStore(DeviceStore *store)
{
    if (store == m_store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &DeviceStore::userChanged, this, &ContactEditor::reset);
        connect(m_store, &DeviceStore::dataChanged, this, &ContactEditor::dataArrived);
    }
    emit storeChanged();
    reset();
}

void ContactEditor::reset()
{
    m_contact = FamilyContact{};
    m_newFamily = false;
    m_contact.date = m_store ? m_store->today() : QDate::currentDate();
    m_contact.officerId = m_store ? m_store->officerId() : QUuid();
    m_contact.durationMinutes = 30;
    if (m_store) {
        // How this officer usually works: last time's form, initiator and duration.
        if (const auto form = contactFormFromKey(m_store->preference(QStringLiteral("contact.form"))))
            m_contact.form = *form;
        if (const auto by =
                contactInitiatorFromKey(m_store->preference(QStringLiteral("contact.initiated_by"))))
            m_contact.initiatedBy = *by;
        bool ok = false;
        const int minutes = m_store->preference(QStringLiteral("contact.duration")).toInt(&ok);
        if (ok && minutes > 0)
            m_contact.durationMinutes = minutes;
    }
    chooseDefaultSchool();
    m_touched.clear();
    m_showAll = false;
    m_fixing = QUuid();
    emit formChanged();
}

void ContactEditor::dataArrived(const QStringList &entities)
{
    // The first sync brings the officer's own record and placements: a form opened before it knew
    // neither. What the user already chose stays.
    if (!DeviceStore::touches(entities, QStringLiteral("bridge_officer")) &&
        !DeviceStore::touches(entities, QStringLiteral("placement")))
        return;
    if (m_contact.officerId.isNull() && m_contact.supersedes.isNull())
        m_contact.officerId = m_store->officerId();
    if (m_contact.vestiging.isEmpty())
        chooseDefaultSchool();
    emit formChanged();
}

QStringList ContactEditor::placementSchools() const
{
    if (!m_store || !m_store->database() || m_contact.officerId.isNull())
        return {};
    return contactrecords::placementSchoolsOn(*m_store->database(), m_contact.officerId, m_contact.date);
}

void ContactEditor::chooseDefaultSchool()
{
    const QStringList schools = placementSchools();
    if (schools.contains(m_contact.vestiging))
        return;
    const QString last = m_store ? m_store->preference(QStringLiteral("contact.school")) : QString();
    m_contact.vestiging = schools.contains(last) ? last : (schools.isEmpty() ? QString() : schools.first());
}

QVariantList ContactEditor::schoolChoices() const
{
    QVariantList out;
    for (const QString &vestiging : placementSchools())
        out.append(QVariantMap{
            {QStringLiteral("vestiging"), vestiging},
            {QStringLiteral("name"), contactrecords::schoolName(*m_store->database(), vestiging)}});
    return out;
}

QString ContactEditor::createFamily()
{
    m_contact.familyCode = FamilyCode::generate();
    m_newFamily = true;
    touch(QStringLiteral("familyCode"));
    return m_contact.familyCode;
}

bool ContactEditor::pickFamily(const QString &code)
{
    const QString normalised = code.trimmed().toUpper();
    if (!FamilyCode::isValid(normalised))
        return false;
    m_contact.familyCode = normalised;
    m_newFamily = false;
    touch(QStringLiteral("familyCode"));
    return true;
}

void ContactEditor::setDate(const QDate &date)
{
    m_contact.date = date;
    const int weeks = followUpWeeks();
    if (weeks > 0)
        m_contact.followUp = date.addDays(7 * weeks);
    chooseDefaultSchool();
    touch(QStringLiteral("date"));
}

QString ContactEditor::dateText() const
{
    return fieldlabels::longDate(m_contact.date);
}

bool ContactEditor::dateIsToday() const
{
    return m_store && m_contact.date == m_store->today();
}

void ContactEditor::shiftDate(int days)
{
    setDate(m_contact.date.addDays(days));
}

void ContactEditor::setSchool(const QString &vestiging)
{
    m_contact.vestiging = vestiging;
    touch(QStringLiteral("vestiging"));
}

void ContactEditor::setInitiatedBy(const QString &key)
{
    if (const auto v = contactInitiatorFromKey(key))
        m_contact.initiatedBy = *v;
    touch(QStringLiteral("initiatedBy"));
}

void ContactEditor::setForm(const QString &key)
{
    if (const auto v = contactFormFromKey(key))
        m_contact.form = *v;
    touch(QStringLiteral("form"));
}

QStringList ContactEditor::topics() const
{
    return keysOf(m_contact.topics, &contactTopicKey);
}

QStringList ContactEditor::support() const
{
    return keysOf(m_contact.support, &supportGivenKey);
}

void ContactEditor::toggleTopic(const QString &key)
{
    toggle(m_contact.topics, contactTopicFromKey(key));
    touch(QStringLiteral("topics"));
}

void ContactEditor::toggleSupport(const QString &key)
{
    toggle(m_contact.support, supportGivenFromKey(key));
    if (!referralNeeded())
        m_contact.referral = ReferralTarget::None; // a referral only goes with "referral" support
    touch(QStringLiteral("support"));
}

void ContactEditor::setReferral(const QString &key)
{
    if (const auto v = referralTargetFromKey(key))
        m_contact.referral = *v;
    touch(QStringLiteral("referral"));
}

void ContactEditor::setDurationMinutes(int minutes)
{
    m_contact.durationMinutes = minutes;
    touch(QStringLiteral("durationMinutes"));
}

int ContactEditor::followUpWeeks() const
{
    if (!m_contact.followUp.isValid() || !m_contact.date.isValid())
        return 0;
    return int(m_contact.date.daysTo(m_contact.followUp) / 7);
}

void ContactEditor::setFollowUpWeeks(int weeks)
{
    m_contact.followUp = weeks > 0 ? m_contact.date.addDays(7 * weeks) : QDate();
    touch(QStringLiteral("followUp"));
}

QString ContactEditor::followUpText() const
{
    return m_contact.followUp.isValid() ? fieldlabels::longDate(m_contact.followUp) : QString();
}

void ContactEditor::touch(const QString &field)
{
    m_touched.insert(field);
    emit formChanged();
}

ValidationErrors ContactEditor::currentErrors() const
{
    if (m_contact.officerId.isNull())
        return {{QStringLiteral("officer"), QStringLiteral("contact.officer.unknown"), {}}};
    return validate(m_contact, placementSchools(), m_store ? m_store->today() : QDate::currentDate());
}

QVariantMap ContactEditor::errors() const
{
    QVariantMap out;
    for (const ValidationError &e : currentErrors()) {
        if ((!m_showAll && !m_touched.contains(e.field)) || out.contains(e.field))
            continue;
        if (e.key == QLatin1String("contact.officer.unknown"))
            out.insert(e.field,
                       QCoreApplication::translate(
                           "ContactEditor", "Your bridge-officer record has not reached this device yet. "
                                            "Synchronise first."));
        else if (e.field == QLatin1String("familyCode"))
            out.insert(e.field,
                       QCoreApplication::translate("ContactEditor", "Pick a family or start a new one."));
        else
            out.insert(e.field, e.message(fieldlabels::uiLanguage()));
    }
    return out;
}

void ContactEditor::setStatus(const QString &status)
{
    m_status = status;
    m_statusIsProblem = false;
    emit statusChanged();
}

void ContactEditor::setProblem(const QString &status)
{
    m_status = status;
    m_statusIsProblem = true;
    emit statusChanged();
}

bool ContactEditor::save()
{
    m_showAll = true;
    if (!m_store || !m_store->database() || !valid()) {
        emit formChanged();
        setProblem(QCoreApplication::translate("ContactEditor",
                                               "Not saved yet: please check the fields marked in red."));
        return false;
    }
    FamilyContact record = m_contact;
    record.meta = SyncMeta{};
    const bool correction = correcting();
    const QUuid fixed = m_fixing;
    const WriteResult result = contactrecords::append(*m_store->database(), record, m_store->today());
    if (!result.ok()) {
        emit formChanged();
        setProblem(QCoreApplication::translate(
            "ContactEditor", "The contact could not be saved on this device. Please try again."));
        return false;
    }
    m_store->setPreference(QStringLiteral("contact.form"), contactFormKey(record.form));
    m_store->setPreference(QStringLiteral("contact.initiated_by"), contactInitiatorKey(record.initiatedBy));
    m_store->setPreference(QStringLiteral("contact.duration"), QString::number(record.durationMinutes));
    m_store->setPreference(QStringLiteral("contact.school"), record.vestiging);
    if (!fixed.isNull()) {
        QString error;
        rejectedrecords::discard(*m_store->database(), QStringLiteral("family_contact"), fixed, &error);
    }
    reset();
    setStatus(correction ? QCoreApplication::translate("ContactEditor", "Correction saved.")
                         : QCoreApplication::translate("ContactEditor", "Contact saved."));
    m_store->notifyLocalWrite({QStringLiteral("family_contact")});
    emit saved();
    return true;
}

bool ContactEditor::startCorrection(const QString &contactId)
{
    if (!m_store || !m_store->database())
        return false;
    const auto existing = contactrecords::byId(*m_store->database(), QUuid::fromString(contactId));
    if (!existing || existing->officerId != m_store->officerId() || existing->withdrawn)
        return false;
    m_contact = *existing;
    m_contact.meta = SyncMeta{};
    m_contact.supersedes = existing->meta.id;
    m_newFamily = false;
    m_touched.clear();
    m_showAll = true;
    emit formChanged();
    return true;
}

bool ContactEditor::withdraw(const QString &contactId)
{
    if (!m_store || !m_store->database())
        return false;
    const auto existing = contactrecords::byId(*m_store->database(), QUuid::fromString(contactId));
    if (!existing || existing->officerId != m_store->officerId() || existing->withdrawn)
        return false;
    FamilyContact withdrawal = *existing;
    withdrawal.meta = SyncMeta{};
    withdrawal.supersedes = existing->meta.id;
    withdrawal.withdrawn = true;
    const WriteResult result = contactrecords::append(*m_store->database(), withdrawal, m_store->today());
    if (!result.ok()) {
        setProblem(result.errors.isEmpty()
                       ? QCoreApplication::translate("ContactEditor",
                                                     "The contact could not be withdrawn on this device.")
                       : result.errors.first().message(fieldlabels::uiLanguage()));
        return false;
    }
    setStatus(QCoreApplication::translate("ContactEditor", "Contact withdrawn."));
    m_store->notifyLocalWrite({QStringLiteral("family_contact")});
    return true;
}

bool ContactEditor::startFix(const QString &contactId)
{
    if (!m_store || !m_store->database())
        return false;
    const QUuid id = QUuid::fromString(contactId);
    const auto existing = contactrecords::byId(*m_store->database(), id);
    if (!existing || !rejectedrecords::isRejected(*m_store->database(), QStringLiteral("family_contact"), id))
        return false;
    reset();
    m_contact = *existing;
    m_contact.meta = SyncMeta{};
    m_contact.supersedes = QUuid(); // the server never had it: a new record, not a correction
    m_contact.withdrawn = false;
    m_fixing = id;
    m_showAll = true;
    emit formChanged();
    return true;
}

bool ContactEditor::discardRejected(const QString &contactId)
{
    if (!m_store || !m_store->database())
        return false;
    QString error;
    if (!rejectedrecords::discard(*m_store->database(), QStringLiteral("family_contact"),
                                  QUuid::fromString(contactId), &error)) {
        setProblem(QCoreApplication::translate("ContactEditor", "This record could not be discarded."));
        return false;
    }
    setStatus(QCoreApplication::translate("ContactEditor", "The refused record was discarded."));
    m_store->notifyChanged({QStringLiteral("family_contact")});
    return true;
}

} // namespace verrijkt
