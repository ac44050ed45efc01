#include "region.h"

namespace verrijkt {

QString schoolTypeKey(SchoolType type)
{
    switch (type) {
    case SchoolType::Bao:
        return QStringLiteral("bao");
    case SchoolType::Sbo:
        return QStringLiteral("sbo");
    case SchoolType::So:
        return QStringLiteral("so");
    case SchoolType::SoVso:
        return QStringLiteral("so_vso");
    }
    return {};
}

std::optional<SchoolType> schoolTypeFromKey(const QString &key)
{
    for (SchoolType t : {SchoolType::Bao, SchoolType::Sbo, SchoolType::So, SchoolType::SoVso}) {
        if (schoolTypeKey(t) == key)
            return t;
    }
    return std::nullopt;
}

} // namespace verrijkt
