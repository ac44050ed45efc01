#pragma once

#include "accounts.h"
#include "core/validation.h"
#include "sync/entities.h"
#include "sync/protocol.h"

#include <QJsonObject>
#include <QVariantList>
#include <optional>

namespace verrijkt::server {

class RecordStore;

// Who is asking, with what their role lets them see (docs/sync-protocol.md, "Roles and scope").
struct Caller
{
    UserInfo user;
    QString officerId;            // officer role: their bridge_officer id (may be empty)
    QStringList placementSchools; // officer role: schools of their placements active today

    static Caller of(const UserInfo &user, const RecordStore &records);
    wire::Scope scope() const;
};

// nullopt if the caller may push this record state, else the reason ("scope.role",
// "scope.school", "scope.owner") naming the field.
std::optional<ValidationError> pushDenied(const Caller &caller, const wire::EntitySpec &entity,
                                          const QJsonObject &values);

// SQL condition on the records table (columns entity, school, owner) selecting what a scope may
// see, with its bound values in order.
struct ScopeFilter
{
    QString sql;
    QVariantList values;
};
ScopeFilter scopeFilter(const Caller &caller);

} // namespace verrijkt::server
