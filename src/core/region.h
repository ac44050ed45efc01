#pragma once

#include <QString>

#include <optional>

namespace verrijkt {

struct Municipality
{
    QString code; // CBS code "GM0014"
    QString name;
    QString province;
    int population = 0;
};

enum class SchoolType { Bao, Sbo, So, SoVso };
QString schoolTypeKey(SchoolType type);                        // "bao", "sbo", "so", "so_vso"
std::optional<SchoolType> schoolTypeFromKey(const QString &key); // nullopt if unknown

// One school location (vestiging), keyed by its 6-character vestiging code (BRIN + 2 digits).
struct SchoolLocation
{
    QString vestiging; // "11AK00"
    QString brin;      // "11AK"
    QString name;
    SchoolType type = SchoolType::Bao;
    QString denomination;
    QString municipalityCode;
    QString postcode; // "9467PH"
    QString city;
    std::optional<int> pupils; // empty for one location in the register
    double lat = 0;
    double lon = 0;
    bool active = true;

    bool isRegularPrimary() const { return type == SchoolType::Bao; }
    friend bool operator==(const SchoolLocation &, const SchoolLocation &) = default;
};

} // namespace verrijkt
