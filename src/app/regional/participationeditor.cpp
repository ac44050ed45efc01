#include "participationeditor.h"

#include "editorfields.h"
#include "programmelabels.h"
#include "regionallog.h"
#include "storage/participationrepository.h"

#include <cmath>

namespace verrijkt {

ParticipationEditor::ParticipationEditor(QObject *parent)
    : QObject(parent), m_year(defaultDashboardYear(QDate::currentDate()))
{
}

void ParticipationEditor::setStore(RegionalStore *store)
{
    if (m_store == store)
        return;
    m_store = store;
    emit storeChanged();
    load();
}

void ParticipationEditor::setVestiging(const QString &vestiging)
{
    if (vestiging == m_vestiging)
        return;
    m_vestiging = vestiging;
    emit targetChanged();
    load();
}

void ParticipationEditor::setSchoolYear(int startYear)
{
    if (startYear == m_year.startYear())
        return;
    m_year = SchoolYear(startYear);
    emit targetChanged();
    load();
}

void ParticipationEditor::setTier(const QString &tierKey)
{
    if (tierKey == m_tier)
        return;
    m_tier = tierKey;
    emit formChanged();
}

void ParticipationEditor::setStartDate(const QString &text)
{
    if (text == m_startDate)
        return;
    m_startDate = text;
    emit formChanged();
}

void ParticipationEditor::setPupilsReached(const QString &text)
{
    if (text == m_pupils)
        return;
    m_pupils = text;
    emit formChanged();
}

void ParticipationEditor::load()
{
    setErrors({});
    setStatus({});
    const auto snapshot = m_store ? m_store->snapshot() : std::make_shared<const RegionalSnapshot>();
    if (const Participation *p = snapshot->participation(m_vestiging, m_year)) {
        m_exists = true;
        m_tier = tierKey(p->tier);
        m_startDate = editorfields::formatDate(p->startDate);
        m_pupils = QString::number(p->pupilsReached);
    } else {
        m_exists = false;
        const PlanEntry *entry = snapshot->planEntry(m_vestiging);
        m_tier = tierKey(entry ? entry->tier : Tier::TwoHours);
        m_startDate = editorfields::formatDate(m_year.firstDay());
        const SchoolLocation *school = snapshot->school(m_vestiging);
        m_pupils = school && school->pupils ? QString::number(*school->pupils) : QString();
    }
    emit formChanged();
}

bool ParticipationEditor::save()
{
    setStatus({});
    Database *db = m_store ? m_store->database() : nullptr;
    if (!db) {
        setStatus(tr("No database is open: nothing was saved."));
        return false;
    }
    ValidationErrors errors;
    Participation p;
    if (const Participation *existing = m_store->snapshot()->participation(m_vestiging, m_year))
        p = *existing; // keeps the id so the record is updated, not duplicated
    p.vestiging = m_vestiging;
    p.schoolYear = m_year;
    if (const auto tier = tierFromKey(m_tier))
        p.tier = *tier;
    else
        errors.append({QStringLiteral("tier"),
                       QStringLiteral("regional.tier.unknown"),
                       {{QStringLiteral("value"), m_tier}}});
    if (const auto date = editorfields::parseDate(m_startDate))
        p.startDate = *date;
    else
        errors.append(editorfields::dateFormatError(QStringLiteral("startDate"), m_startDate));
    const auto pupils = editorfields::parseNumber(m_pupils);
    if (pupils && *pupils == std::floor(*pupils))
        p.pupilsReached = int(*pupils);
    else
        errors.append(editorfields::numberFormatError(QStringLiteral("pupilsReached"), m_pupils));
    if (!errors.isEmpty()) {
        setErrors(editorfields::toFieldMessages(errors));
        return false;
    }

    const WriteResult result = ParticipationRepository(*db).save(p);
    if (!result.errors.isEmpty()) {
        setErrors(editorfields::toFieldMessages(result.errors));
        return false;
    }
    if (!result.storageError.isEmpty()) {
        qCWarning(lcRegional) << "saving a participation failed:" << result.storageError;
        setStatus(tr("The participation could not be saved: %1").arg(result.storageError));
        return false;
    }
    setErrors({});
    setStatus(tr("Saved: %1 in %2.").arg(labels::tier(p.tier), m_year.label()));
    m_store->announceLocalWrite({QStringLiteral("participation")});
    m_exists = true;
    emit formChanged();
    emit saved();
    return true;
}

void ParticipationEditor::setErrors(const QVariantMap &errors)
{
    if (errors == m_errors)
        return;
    m_errors = errors;
    emit errorsChanged();
}

void ParticipationEditor::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    emit statusChanged();
}

} // namespace verrijkt
