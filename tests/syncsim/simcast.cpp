#include "simcast.h"

namespace verrijkt::synctesting {

QList<Municipality> simMunicipalities()
{
    return {{QStringLiteral("GM0014"), QStringLiteral("Groningen"), QStringLiteral("Groningen"), 238'000},
            {QStringLiteral("GM0037"), QStringLiteral("Stadskanaal"), QStringLiteral("Groningen"), 32'000}};
}

QList<SchoolLocation> simSchools()
{
    QList<SchoolLocation> out;
    const QStringList names{"De Regenboog",   "Het Kompas", "De Wegwijzer", "Windkracht 10",
                            "De Zonnewijzer", "Het Palet",  "De Vuurvogel", "Op de Hoogte"};
    for (int i = 0; i < names.size(); ++i) {
        SchoolLocation s;
        s.brin = QStringLiteral("11S%1").arg(QChar('A' + i));
        s.vestiging = s.brin + QStringLiteral("00");
        s.name = QStringLiteral("OBS %1").arg(names.at(i));
        s.type = i == 7 ? SchoolType::Sbo : SchoolType::Bao;
        s.denomination = i % 2 ? QStringLiteral("Openbaar") : QStringLiteral("Protestants-Christelijk");
        s.municipalityCode = i < 5 ? QStringLiteral("GM0014") : QStringLiteral("GM0037");
        s.postcode = QStringLiteral("97%1AB").arg(10 + i);
        s.city = i < 5 ? QStringLiteral("Groningen") : QStringLiteral("Stadskanaal");
        s.pupils = 150 + 35 * i;
        s.lat = 53.2 + 0.01 * i;
        s.lon = 6.55 + 0.02 * i;
        out.append(s);
    }
    return out;
}

QStringList simSchoolCodes()
{
    QStringList out;
    for (const SchoolLocation &s : simSchools())
        out << s.vestiging;
    return out;
}

QList<SimAccount> simAccounts()
{
    const QStringList s = simSchoolCodes();
    return {
        {QStringLiteral("admin"), QStringLiteral("admin"), {}},
        {QStringLiteral("regio-a"), QStringLiteral("regional"), {}},
        {QStringLiteral("regio-b"), QStringLiteral("regional"), {}},
        {QStringLiteral("coord-1"), QStringLiteral("coordinator"), {s.at(0), s.at(1), s.at(2)}},
        {QStringLiteral("coord-2"), QStringLiteral("coordinator"), {s.at(2), s.at(3), s.at(4)}},
        {QStringLiteral("bf-1"), QStringLiteral("officer"), {}},
        {QStringLiteral("bf-2"), QStringLiteral("officer"), {}},
    };
}

QList<SimDeviceSpec> simDevices()
{
    return {
        {QStringLiteral("regio-a@tablet"), QStringLiteral("regio-a"), 0, false},
        {QStringLiteral("regio-a@laptop"), QStringLiteral("regio-a"), kDayMs, false},
        {QStringLiteral("regio-b@laptop"), QStringLiteral("regio-b"), 0, true},
        {QStringLiteral("coord-1@tablet"), QStringLiteral("coord-1"), 0, true},
        {QStringLiteral("coord-2@phone"), QStringLiteral("coord-2"), 0, true},
        {QStringLiteral("bf-1@phone"), QStringLiteral("bf-1"), 0, true},
        {QStringLiteral("bf-2@phone"), QStringLiteral("bf-2"), 0, true},
    };
}

} // namespace verrijkt::synctesting
