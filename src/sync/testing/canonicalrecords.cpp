#include "canonicalrecords.h"

#include "entities.h"

#include <QJsonDocument>

namespace verrijkt::synctesting {

QJsonObject CanonicalRecord::toJson() const
{
    QJsonObject o{{QStringLiteral("entity"), entity},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("deleted"), deleted},
                  {QStringLiteral("fields"), fields}};
    if (!hlc.isEmpty())
        o.insert(QStringLiteral("hlc"), hlc);
    return o;
}

QByteArray CanonicalRecord::text() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact); // QJsonObject keeps keys sorted
}

CanonicalRecord canonicalRecord(const QString &entity, const QString &id, const QJsonObject &fields,
                                const QJsonObject &hlc, bool deleted)
{
    CanonicalRecord r;
    r.entity = entity;
    r.id = id.toLower();
    r.deleted = deleted;
    const wire::EntitySpec *spec = wire::findEntity(entity);
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (it.key() == wire::kDeletedField || it.value().isNull() || it.value().isUndefined())
            continue;
        // withdrawn=false is the default of an absent withdrawn flag.
        if (it.key() == QLatin1String("withdrawn") && it.value() == QJsonValue(false))
            continue;
        const wire::FieldSpec *field = spec ? spec->field(it.key()) : nullptr;
        QJsonValue value = it.value();
        if (field && !wire::checkFieldValue(*field, value))
            value = wire::canonicalValue(*field, value);
        r.fields.insert(it.key(), value);
    }
    if (!spec || !spec->isAppendOnly())
        r.hlc = hlc;
    // Through JSON text and back, so 150 and 150.0 (integer and double in QJsonValue) compare equal.
    r.fields = QJsonDocument::fromJson(QJsonDocument(r.fields).toJson(QJsonDocument::Compact)).object();
    return r;
}

void applyPulledChanges(RecordSet &set, const QJsonArray &changes)
{
    for (const QJsonValue &v : changes) {
        const QJsonObject c = v.toObject();
        const CanonicalRecord r = canonicalRecord(
            c.value(QLatin1String("entity")).toString(), c.value(QLatin1String("id")).toString(),
            c.value(QLatin1String("fields")).toObject(), c.value(QLatin1String("hlc")).toObject(),
            c.value(QLatin1String("deleted")).toBool());
        set.insert(r.id, r);
    }
}

QJsonValue normalisedValue(const QJsonValue &value)
{
    if (value.isUndefined())
        return QJsonValue(QJsonValue::Null);
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QJsonDocument::fromJson(text).array().at(0);
}

QByteArray exportText(const RecordSet &set)
{
    QList<const CanonicalRecord *> ordered;
    for (const CanonicalRecord &r : set)
        ordered.append(&r);
    std::sort(ordered.begin(), ordered.end(), [](const CanonicalRecord *a, const CanonicalRecord *b) {
        return std::tie(a->entity, a->id) < std::tie(b->entity, b->id);
    });
    QByteArray out;
    for (const CanonicalRecord *r : ordered)
        out += r->text() + '\n';
    return out;
}

QStringList differences(const RecordSet &expected, const RecordSet &actual, int max)
{
    QStringList out;
    int total = 0;
    const auto note = [&](const QString &line) {
        if (total++ < max)
            out << line;
    };
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        const auto other = actual.constFind(it.key());
        if (other == actual.constEnd())
            note(QStringLiteral("missing   %1").arg(QString::fromUtf8(it->text())));
        else if (!(*other == *it))
            note(QStringLiteral("expected  %1\n  but got %2")
                     .arg(QString::fromUtf8(it->text()), QString::fromUtf8(other->text())));
    }
    for (auto it = actual.constBegin(); it != actual.constEnd(); ++it)
        if (!expected.contains(it.key()))
            note(QStringLiteral("unexpected %1").arg(QString::fromUtf8(it->text())));
    if (total > max)
        out << QStringLiteral("... and %1 more difference(s)").arg(total - max);
    return out;
}

RecordSet without(const RecordSet &set, const QSet<QString> &ids)
{
    RecordSet out = set;
    for (const QString &id : ids)
        out.remove(id);
    return out;
}

QStringList mirrorDifferences(const RecordSet &server, const RecordSet &device, int max)
{
    RecordSet expected;
    for (const CanonicalRecord &r : server)
        if (!r.deleted || device.contains(r.id))
            expected.insert(r.id, r);
    return differences(expected, device, max);
}

QStringList mirrorDifferingIds(const RecordSet &server, const RecordSet &device)
{
    QStringList out;
    for (const CanonicalRecord &r : server)
        if ((!r.deleted || device.contains(r.id)) && !(device.value(r.id) == r))
            out << r.id;
    for (const CanonicalRecord &r : device)
        if (!server.contains(r.id))
            out << r.id;
    return out;
}

QString officerIdOf(const RecordSet &all, const QString &userName)
{
    QString best;
    for (const CanonicalRecord &r : all)
        if (r.entity == QLatin1String("bridge_officer") && !r.deleted &&
            r.fields.value(QLatin1String("user_name")).toString() == userName &&
            (best.isEmpty() || r.id < best))
            best = r.id;
    return best;
}

QSet<QString> placementSchools(const RecordSet &all, const QString &officerId, const QDate &today)
{
    QSet<QString> out;
    if (officerId.isEmpty())
        return out;
    for (const CanonicalRecord &r : all) {
        if (r.entity != QLatin1String("placement") || r.deleted ||
            r.fields.value(QLatin1String("officer_id")).toString() != officerId)
            continue;
        const QDate from =
            QDate::fromString(r.fields.value(QLatin1String("from_date")).toString(), Qt::ISODate);
        const QDate to = QDate::fromString(r.fields.value(QLatin1String("to_date")).toString(), Qt::ISODate);
        if (today >= from && (!to.isValid() || today <= to))
            out.insert(r.fields.value(QLatin1String("vestiging")).toString());
    }
    return out;
}

RecordSet filterToScope(const RecordSet &all, const ScopeOwner &owner)
{
    static const QSet<QString> coordinatorEntities{
        QStringLiteral("school"), QStringLiteral("participation"), QStringLiteral("library_participation"),
        QStringLiteral("plan_entry"), QStringLiteral("enrichment_session")};
    const QString officerId =
        owner.role == QLatin1String("officer") ? officerIdOf(all, owner.userName) : QString();
    const QSet<QString> placed = placementSchools(all, officerId, owner.today);
    const QSet<QString> schools(owner.schools.begin(), owner.schools.end());
    RecordSet out;
    for (const CanonicalRecord &r : all) {
        const QString school = r.fields.value(QLatin1String("vestiging")).toString();
        bool visible = false;
        if (owner.role == QLatin1String("admin")) {
            visible = true;
        } else if (owner.role == QLatin1String("regional")) {
            visible = r.entity != QLatin1String("family_contact");
        } else if (owner.role == QLatin1String("coordinator")) {
            visible = r.entity == QLatin1String("municipality") ||
                      (coordinatorEntities.contains(r.entity) && schools.contains(school));
        } else if (owner.role == QLatin1String("officer")) {
            if (r.entity == QLatin1String("municipality"))
                visible = true;
            else if (r.entity == QLatin1String("bridge_officer"))
                visible = r.fields.value(QLatin1String("user_name")).toString() == owner.userName;
            else if (r.entity == QLatin1String("placement") || r.entity == QLatin1String("family_contact"))
                visible = !officerId.isEmpty() &&
                          r.fields.value(QLatin1String("officer_id")).toString() == officerId;
            else if (r.entity == QLatin1String("school"))
                visible = placed.contains(school);
        }
        if (visible)
            out.insert(r.id, r);
    }
    return out;
}

} // namespace verrijkt::synctesting
