#include "access.h"

#include "recordstore.h"

namespace verrijkt::server {

namespace {

const QStringList &regionalPushable()
{
    static const QStringList entities{
        QStringLiteral("school"),        QStringLiteral("municipality"),
        QStringLiteral("participation"), QStringLiteral("library_participation"),
        QStringLiteral("plan_entry"),    QStringLiteral("bridge_officer"),
        QStringLiteral("placement")};
    return entities;
}

const QStringList &coordinatorSchoolEntities()
{
    static const QStringList entities{QStringLiteral("school"), QStringLiteral("participation"),
                                      QStringLiteral("library_participation"), QStringLiteral("plan_entry"),
                                      QStringLiteral("enrichment_session")};
    return entities;
}

ValidationError denied(const char *field, const char *key)
{
    return {QString::fromLatin1(field), QString::fromLatin1(key), {}};
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

} // namespace

Caller Caller::of(const UserInfo &user, const RecordStore &records)
{
    Caller c;
    c.user = user;
    if (user.role == Role::Officer) {
        c.officerId = records.officerIdOf(user.name);
        c.placementSchools = records.currentPlacementSchools(c.officerId);
    }
    return c;
}

wire::Scope Caller::scope() const
{
    wire::Scope s;
    s.role = roleKey(user.role);
    switch (user.role) {
    case Role::Admin:
        s.allSchools = true;
        s.entities = wire::entityNames();
        break;
    case Role::Regional:
        s.allSchools = true;
        s.entities = wire::entityNames();
        s.entities.removeAll(QStringLiteral("family_contact"));
        break;
    case Role::Coordinator:
        s.schools = user.schools;
        s.entities = QStringList{QStringLiteral("municipality")} + coordinatorSchoolEntities();
        break;
    case Role::Officer:
        s.schools = placementSchools;
        s.officer = officerId;
        s.entities = QStringList{QStringLiteral("municipality"), QStringLiteral("school"),
                                 QStringLiteral("bridge_officer"), QStringLiteral("placement"),
                                 QStringLiteral("family_contact")};
        break;
    }
    s.schools.sort();
    return s;
}

std::optional<ValidationError> pushDenied(const Caller &caller, const wire::EntitySpec &entity,
                                          const QJsonObject &values)
{
    switch (caller.user.role) {
    case Role::Admin:
        return std::nullopt;
    case Role::Regional:
        if (!regionalPushable().contains(entity.name))
            return denied("entity", "scope.role");
        return std::nullopt;
    case Role::Coordinator:
        if (entity.name != QLatin1String("enrichment_session"))
            return denied("entity", "scope.role");
        if (!caller.user.schools.contains(values.value(QLatin1String("vestiging")).toString()))
            return denied("vestiging", "scope.school");
        if (values.value(QLatin1String("recorded_by")).toString() != caller.user.name)
            return denied("recorded_by", "scope.owner");
        return std::nullopt;
    case Role::Officer:
        if (entity.name != QLatin1String("family_contact"))
            return denied("entity", "scope.role");
        if (caller.officerId.isEmpty() ||
            values.value(QLatin1String("officer_id")).toString() != caller.officerId)
            return denied("officer_id", "scope.owner");
        return std::nullopt; // the school is checked by the core rule (placement on the contact date)
    }
    return denied("entity", "scope.role");
}

ScopeFilter scopeFilter(const Caller &caller)
{
    ScopeFilter f;
    switch (caller.user.role) {
    case Role::Admin:
        f.sql = QStringLiteral("1 = 1");
        break;
    case Role::Regional:
        f.sql = QStringLiteral("entity <> 'family_contact'");
        break;
    case Role::Coordinator: {
        f.sql = QStringLiteral("(entity = 'municipality'");
        if (!caller.user.schools.isEmpty()) {
            QStringList entities;
            for (const QString &e : coordinatorSchoolEntities())
                entities << QStringLiteral("'%1'").arg(e);
            f.sql += QStringLiteral(" OR (entity IN (%1) AND school IN (%2))")
                         .arg(entities.join(QStringLiteral(", ")), placeholders(caller.user.schools.size()));
            for (const QString &s : caller.user.schools)
                f.values << s;
        }
        f.sql += QLatin1Char(')');
        break;
    }
    case Role::Officer:
        f.sql = QStringLiteral("(entity = 'municipality' OR (entity = 'bridge_officer' AND owner = ?)");
        f.values << caller.user.name;
        if (!caller.placementSchools.isEmpty()) {
            f.sql += QStringLiteral(" OR (entity = 'school' AND school IN (%1))")
                         .arg(placeholders(caller.placementSchools.size()));
            for (const QString &s : caller.placementSchools)
                f.values << s;
        }
        if (!caller.officerId.isEmpty()) {
            f.sql += QStringLiteral(" OR (entity IN ('placement', 'family_contact') AND owner = ?)");
            f.values << caller.officerId;
        }
        f.sql += QLatin1Char(')');
        break;
    }
    return f;
}

} // namespace verrijkt::server
