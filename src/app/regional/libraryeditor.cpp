#include "libraryeditor.h"

#include "editorfields.h"
#include "programmelabels.h"
#include "regionallog.h"
#include "storage/libraryrepository.h"

namespace verrijkt {

LibraryEditor::LibraryEditor(QObject *parent)
    : QObject(parent), m_year(defaultDashboardYear(QDate::currentDate()))
{
}

void LibraryEditor::setStore(RegionalStore *store)
{
    if (m_store == store)
        return;
    m_store = store;
    emit storeChanged();
    load();
}

void LibraryEditor::setVestiging(const QString &vestiging)
{
    if (vestiging == m_vestiging)
        return;
    m_vestiging = vestiging;
    emit targetChanged();
    load();
}

void LibraryEditor::setSchoolYear(int startYear)
{
    if (startYear == m_year.startYear())
        return;
    m_year = SchoolYear(startYear);
    emit targetChanged();
    load();
}

#define VERRIJKT_SETTER(name, member, type)                                                                  \
    void LibraryEditor::name(type value)                                                                     \
    {                                                                                                        \
        if (value == member)                                                                                 \
            return;                                                                                          \
        member = value;                                                                                      \
        emit formChanged();                                                                                  \
    }
VERRIJKT_SETTER(setStatus, m_status, const QString &)
VERRIJKT_SETTER(setOrganisation, m_organisation, const QString &)
VERRIJKT_SETTER(setConsultantHours, m_hours, const QString &)
VERRIJKT_SETTER(setCollectionPresent, m_collection, bool)
VERRIJKT_SETTER(setReadingPlanAdopted, m_readingPlan, bool)
VERRIJKT_SETTER(setMonitorDone, m_monitor, bool)
#undef VERRIJKT_SETTER

void LibraryEditor::load()
{
    setErrors({});
    setMessage({});
    LibraryParticipation lp;
    if (m_store) {
        if (const LibraryParticipation *stored = m_store->snapshot()->libraryStatus(m_vestiging, m_year))
            lp = *stored;
    }
    m_status = libraryStatusKey(lp.status);
    m_organisation = lp.libraryOrganisation;
    m_hours = editorfields::formatNumber(lp.consultantHoursPerWeek);
    m_collection = lp.collectionPresent;
    m_readingPlan = lp.readingPlanAdopted;
    m_monitor = lp.monitorDone;
    emit formChanged();
}

bool LibraryEditor::save()
{
    setMessage({});
    Database *db = m_store ? m_store->database() : nullptr;
    if (!db) {
        setMessage(tr("No database is open: nothing was saved."));
        return false;
    }
    ValidationErrors errors;
    LibraryParticipation lp;
    if (const LibraryParticipation *stored = m_store->snapshot()->libraryStatus(m_vestiging, m_year))
        lp = *stored;
    lp.vestiging = m_vestiging;
    lp.schoolYear = m_year;
    if (const auto status = libraryStatusFromKey(m_status))
        lp.status = *status;
    else
        errors.append({QStringLiteral("status"),
                       QStringLiteral("regional.library_status.unknown"),
                       {{QStringLiteral("value"), m_status}}});
    lp.libraryOrganisation = m_organisation.trimmed();
    if (m_hours.trimmed().isEmpty())
        lp.consultantHoursPerWeek = 0;
    else if (const auto hours = editorfields::parseNumber(m_hours))
        lp.consultantHoursPerWeek = *hours;
    else
        errors.append(editorfields::numberFormatError(QStringLiteral("consultantHoursPerWeek"), m_hours));
    lp.collectionPresent = m_collection;
    lp.readingPlanAdopted = m_readingPlan;
    lp.monitorDone = m_monitor;
    if (!errors.isEmpty()) {
        setErrors(editorfields::toFieldMessages(errors));
        return false;
    }

    const WriteResult result = LibraryRepository(*db).save(lp);
    if (!result.errors.isEmpty()) {
        setErrors(editorfields::toFieldMessages(result.errors));
        return false;
    }
    if (!result.storageError.isEmpty()) {
        qCWarning(lcRegional) << "saving a library status failed:" << result.storageError;
        setMessage(tr("The status could not be saved: %1").arg(result.storageError));
        return false;
    }
    setErrors({});
    setMessage(tr("Saved: %1 in %2.").arg(labels::libraryStatus(lp.status), m_year.label()));
    m_store->announceLocalWrite({QStringLiteral("library_participation")});
    emit saved();
    return true;
}

void LibraryEditor::setErrors(const QVariantMap &errors)
{
    if (errors == m_errors)
        return;
    m_errors = errors;
    emit errorsChanged();
}

void LibraryEditor::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    emit messageChanged();
}

} // namespace verrijkt
