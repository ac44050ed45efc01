#include "plannermessages.h"

#include <QHash>
#include <QLocale>

namespace verrijkt {

namespace {

struct Message
{
    const char *dutch;
    const char *english;
};

const QHash<QString, Message> &catalogue()
{
    static const QHash<QString, Message> messages{
        {"plan.name.empty", {"De naam van het plan is leeg.", "The plan name is empty."}},
        {"plan.entry.name",
         {"De regel voor {vestiging} hoort bij plan '{found}', niet bij '{expected}'.",
          "The entry for {vestiging} belongs to plan '{found}', not to '{expected}'."}},
        {"plan.school.unknown",
         {"Vestiging {vestiging} staat niet (actief) in het scholenregister.",
          "School location {vestiging} is not in the school register (or not active)."}},
        {"plan.school.duplicate",
         {"Vestiging {vestiging} staat meer dan eens in het plan.",
          "School location {vestiging} appears more than once in the plan."}},
        {"plan.school.missing",
         {"Vestiging {vestiging} heeft geen startjaar in het plan.",
          "School location {vestiging} has no start year in the plan."}},
        {"plan.wave.range",
         {"Golf {wave} voor {vestiging} ligt niet tussen {min} en {max}.",
          "Wave {wave} for {vestiging} is not between {min} and {max}."}},
        {"plan.tier.invalid",
         {"Vestiging {vestiging} heeft geen geldige variant: 2 of 6 uur per week.",
          "School location {vestiging} has no valid tier: 2 or 6 hours a week."}},
        {"need.file.malformed",
         {"Het bestand is geen geldige CSV (regel {line}): {detail}",
          "The file is not valid CSV (line {line}): {detail}"}},
        {"need.column.missing",
         {"De kolom '{column}' ontbreekt (nodig: vestiging,need).",
          "The column '{column}' is missing (required: vestiging,need)."}},
        {"need.vestiging.format",
         {"'{value}' is geen vestigingscode (BRIN van 4 tekens + 2 cijfers).",
          "'{value}' is not a school location code (4-character BRIN + 2 digits)."}},
        {"need.vestiging.unknown",
         {"Vestiging {vestiging} staat niet in het scholenregister.",
          "School location {vestiging} is not in the school register."}},
        {"need.vestiging.duplicate",
         {"Vestiging {vestiging} komt meer dan eens voor; het bestand zegt niet welke waarde klopt.",
          "School location {vestiging} occurs more than once; the file does not say which value is right."}},
        {"need.value.number", {"'{value}' is geen getal.", "'{value}' is not a number."}},
        {"need.value.range",
         {"De behoefte moet 0 of hoger zijn (gevonden: {value}).",
          "The need must be 0 or more (found: {value})."}},
        {"proposal.need.missing",
         {"Geen behoefte-indicator voor {count} actieve vestiging(en), o.a. {examples}.",
          "No need indicator for {count} active school location(s), e.g. {examples}."}},
        {"proposal.ceiling.count",
         {"Er zijn {expected} jaarplafonds nodig (2026-2027 t/m 2032-2033); gegeven: {count}.",
          "{expected} yearly ceilings are needed (2026-2027 up to 2032-2033); given: {count}."}},
        {"proposal.ceiling.range",
         {"Het plafond voor {year} moet een bedrag van 0 of hoger zijn (gegeven: {value}).",
          "The ceiling for {year} must be an amount of 0 or more (given: {value})."}},
        {"proposal.ceiling.waveZero",
         {"Het plafond voor {year} ({ceiling}) is lager dan de kosten van de scholen die al meedoen "
          "({cost}).",
          "The ceiling for {year} ({ceiling}) is below the cost of the schools already taking part "
          "({cost})."}},
        {"proposal.maxNew.range",
         {"Het maximum aantal nieuwe scholen per jaar moet minstens 1 zijn (gegeven: {value}).",
          "The maximum number of new schools per year must be at least 1 (given: {value})."}},
        {"proposal.threshold.number",
         {"De drempel voor 6 uur moet een getal zijn (gegeven: {value}).",
          "The 6-hour threshold must be a number (given: {value})."}},
        {"proposal.planName.empty",
         {"Geef het voorgestelde plan een naam.", "Give the proposed plan a name."}},
    };
    return messages;
}

QString formatParam(const QVariant &value, Language language)
{
    if (value.typeId() == QMetaType::Double) {
        const QLocale locale(language == Language::Dutch ? QLocale::Dutch : QLocale::English);
        return locale.toString(value.toDouble(), 'f', 1);
    }
    return value.toString();
}

} // namespace

QString plannerMessage(const QString &key, const QVariantMap &params, Language language)
{
    const auto it = catalogue().constFind(key);
    if (it == catalogue().constEnd())
        return key;
    QString text = QString::fromUtf8(language == Language::Dutch ? it->dutch : it->english);
    for (auto p = params.constBegin(); p != params.constEnd(); ++p)
        text.replace(QLatin1Char('{') + p.key() + QLatin1Char('}'), formatParam(p.value(), language));
    return text;
}

QString plannerMessage(const ValidationError &error, Language language)
{
    return plannerMessage(error.key, error.params, language);
}

QStringList plannerMessageKeys()
{
    QStringList keys = catalogue().keys();
    keys.sort();
    return keys;
}

} // namespace verrijkt
