#include "placementeditor.h"

#include "editorfields.h"
#include "figuretable.h"
#include "regionallog.h"
#include "storage/bridgeofficerrepository.h"

namespace verrijkt {

PlacementEditor::PlacementEditor(QObject *parent) : QObject(parent) {}

void PlacementEditor::setStore(RegionalStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &RegionalStore::snapshotChanged, this, &PlacementEditor::optionsChanged);
    emit storeChanged();
    emit optionsChanged();
    startNew();
}

void PlacementEditor::setVestiging(const QString &vestiging)
{
    if (vestiging == m_vestiging)
        return;
    m_vestiging = vestiging;
    startNew();
}

void PlacementEditor::setOfficerId(const QString &id)
{
    if (id == m_officerId)
        return;
    m_officerId = id;
    emit formChanged();
}

void PlacementEditor::setFte(const QString &text)
{
    if (text == m_fte)
        return;
    m_fte = text;
    emit formChanged();
}

void PlacementEditor::setFrom(const QString &text)
{
    if (text == m_from)
        return;
    m_from = text;
    emit formChanged();
}

void PlacementEditor::setTo(const QString &text)
{
    if (text == m_to)
        return;
    m_to = text;
    emit formChanged();
}

QVariantList PlacementEditor::officerOptions() const
{
    QVariantList out;
    if (!m_store)
        return out;
    for (const BridgeOfficer &o : m_store->snapshot()->officers) {
        const QString label = tr("%1 (%2, contract %3 FTE)")
                                  .arg(o.displayName.isEmpty() ? o.userName : o.displayName, o.employer,
                                       FigureTable::format(o.contractFte, FigureTable::Unit::Fte));
        out.append(QVariantMap{{QStringLiteral("key"), o.meta.id.toString(QUuid::WithoutBraces)},
                               {QStringLiteral("label"), label}});
    }
    return out;
}

void PlacementEditor::startNew()
{
    m_placementId.clear();
    m_officerId.clear();
    m_fte.clear();
    m_from = editorfields::formatDate(m_store ? m_store->today() : QDate::currentDate());
    m_to.clear();
    setErrors({});
    setStatus({});
    emit formChanged();
}

bool PlacementEditor::startEdit(const QString &placementId)
{
    if (!m_store)
        return false;
    const QUuid id = QUuid::fromString(placementId);
    for (const Placement &p : m_store->snapshot()->placementsAt(m_vestiging)) {
        if (p.meta.id != id)
            continue;
        m_placementId = id.toString(QUuid::WithoutBraces);
        m_officerId = p.officerId.toString(QUuid::WithoutBraces);
        m_fte = editorfields::formatNumber(p.fte);
        m_from = editorfields::formatDate(p.from);
        m_to = editorfields::formatDate(p.to);
        setErrors({});
        setStatus({});
        emit formChanged();
        return true;
    }
    return false;
}

bool PlacementEditor::save()
{
    setStatus({});
    Database *db = m_store ? m_store->database() : nullptr;
    if (!db) {
        setStatus(tr("No database is open: nothing was saved."));
        return false;
    }
    ValidationErrors errors;
    Placement p;
    p.meta.id = QUuid::fromString(m_placementId); // null for a new placement
    p.vestiging = m_vestiging;
    p.officerId = QUuid::fromString(m_officerId);
    if (p.officerId.isNull())
        errors.append({QStringLiteral("officerId"), QStringLiteral("regional.officer.required"), {}});
    if (const auto fte = editorfields::parseNumber(m_fte))
        p.fte = *fte;
    else
        errors.append(editorfields::numberFormatError(QStringLiteral("fte"), m_fte));
    if (const auto from = editorfields::parseDate(m_from))
        p.from = *from;
    else
        errors.append(editorfields::dateFormatError(QStringLiteral("from"), m_from));
    if (const auto to = editorfields::parseDate(m_to))
        p.to = *to;
    else
        errors.append(editorfields::dateFormatError(QStringLiteral("to"), m_to));
    if (!errors.isEmpty()) {
        setErrors(editorfields::toFieldMessages(errors));
        return false;
    }

    const WriteResult result = BridgeOfficerRepository(*db).savePlacement(p);
    if (!result.errors.isEmpty()) {
        setErrors(editorfields::toFieldMessages(result.errors));
        return false;
    }
    if (!result.storageError.isEmpty()) {
        qCWarning(lcRegional) << "saving a placement failed:" << result.storageError;
        setStatus(tr("The placement could not be saved: %1").arg(result.storageError));
        return false;
    }
    m_placementId = result.id.toString(QUuid::WithoutBraces);
    setErrors({});
    setStatus(tr("Placement saved."));
    m_store->announceLocalWrite({QStringLiteral("placement")});
    emit formChanged();
    emit saved();
    return true;
}

void PlacementEditor::setErrors(const QVariantMap &errors)
{
    if (errors == m_errors)
        return;
    m_errors = errors;
    emit errorsChanged();
}

void PlacementEditor::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    emit statusChanged();
}

} // namespace verrijkt
