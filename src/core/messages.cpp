// The catalogue of validation messages in Dutch (the users' language) and English.
#include "registerimport.h"
#include "validation.h"

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

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
        // Enrichment sessions (Tijd voor Toekomst)
        {QStringLiteral("session.school.mismatch"),
         {"De activiteit hoort niet bij school {school}.",
          "The session does not belong to school {school}."}},
        {QStringLiteral("session.hours.range"),
         {"De duur moet meer dan 0 en hoogstens {max} uur zijn (ingevuld: {value}).",
          "The duration must be more than 0 and at most {max} hours (entered: {value})."}},
        {QStringLiteral("session.pupils.positive"),
         {"Vul het aantal deelnemende leerlingen in (minstens 1).",
          "Enter the number of pupils taking part (at least 1)."}},
        {QStringLiteral("session.pupils.max_school"),
         {"Er kunnen niet meer dan {max} leerlingen deelnemen: zoveel heeft de school (ingevuld: {value}).",
          "At most {max} pupils can take part: that is the school's number of pupils (entered: {value})."}},
        {QStringLiteral("session.date.missing"), {"Vul de datum in.", "Enter the date."}},
        {QStringLiteral("session.date.future"),
         {"De datum {date} ligt in de toekomst (vandaag is {today}).",
          "The date {date} is in the future (today is {today})."}},
        {QStringLiteral("session.date.before_programme"),
         {"De datum {date} ligt vóór schooljaar {first}; eerdere activiteiten worden niet geregistreerd.",
          "The date {date} is before school year {first}; earlier sessions are not recorded."}},
        {QStringLiteral("session.provider.required"),
         {"Vul de aanbieder van de activiteit in.", "Enter the provider of the session."}},
        {QStringLiteral("session.provider.too_long"),
         {"De naam van de aanbieder mag hoogstens {max} tekens zijn.",
          "The provider's name can be at most {max} characters."}},
        {QStringLiteral("session.groups.required"),
         {"Kies minstens één groep (1 tot en met 8).", "Choose at least one group (1 to 8)."}},
        {QStringLiteral("session.supersedes.self"),
         {"Een correctie kan niet naar zichzelf verwijzen.", "A correction cannot refer to itself."}},
        // Participation (Tijd voor Toekomst)
        {QStringLiteral("participation.school.mismatch"),
         {"De deelname hoort niet bij school {school}.",
          "The participation does not belong to school {school}."}},
        {QStringLiteral("participation.year.invalid"),
         {"Kies een geldig schooljaar.", "Choose a valid school year."}},
        {QStringLiteral("participation.start.missing"), {"Vul de startdatum in.", "Enter the start date."}},
        {QStringLiteral("participation.start.outside_year"),
         {"De startdatum {date} valt niet in schooljaar {year}.",
          "The start date {date} is not in school year {year}."}},
        {QStringLiteral("participation.pupils.negative"),
         {"Het aantal bereikte leerlingen kan niet negatief zijn.",
          "The number of pupils reached cannot be negative."}},
        {QStringLiteral("participation.pupils.max_school"),
         {"Er kunnen niet meer dan {max} leerlingen bereikt worden: zoveel heeft de school (ingevuld: "
          "{value}).",
          "At most {max} pupils can be reached: that is the school's number of pupils (entered: {value})."}},
        {QStringLiteral("participation.pupils.tier_none"),
         {"Zonder extra uren (niveau 'geen') kunnen geen leerlingen bereikt worden.",
          "Without extra hours (tier 'none') no pupils can be reached."}},
        // Bridge officers and placements
        {QStringLiteral("officer.fte.range"),
         {"De contractomvang moet meer dan 0 en hoogstens {max} fte zijn (ingevuld: {value}).",
          "The contract must be more than 0 and at most {max} FTE (entered: {value})."}},
        {QStringLiteral("officer.employer.required"),
         {"Vul de werkgever van de brugfunctionaris in.", "Enter the bridge officer's employer."}},
        {QStringLiteral("placement.officer.mismatch"),
         {"De plaatsing hoort niet bij deze brugfunctionaris.",
          "The placement does not belong to this bridge officer."}},
        {QStringLiteral("placement.school.required"), {"Kies de school.", "Choose the school."}},
        {QStringLiteral("placement.fte.range"),
         {"De omvang van de plaatsing moet meer dan 0 en hoogstens {max} fte zijn (ingevuld: {value}).",
          "The placement must be more than 0 and at most {max} FTE (entered: {value})."}},
        {QStringLiteral("placement.from.required"), {"Vul de begindatum in.", "Enter the start date."}},
        {QStringLiteral("placement.to.before_from"),
         {"De einddatum {to} ligt vóór de begindatum {from}.",
          "The end date {to} is before the start date {from}."}},
        {QStringLiteral("placement.fte.exceeds_contract"),
         {"Op {date} is de brugfunctionaris voor {total} fte geplaatst, meer dan het contract van {max} fte.",
          "On {date} the bridge officer is placed for {total} FTE, more than the contract of {max} FTE."}},
        // Family contacts
        {QStringLiteral("contact.family_code.invalid"),
         {"De gezinscode is ongeldig: gebruik een code van de vorm GZ-XXXX-XXXX-X die de app maakt, "
          "nooit een naam, BSN of adres.",
          "The family code is invalid: use a code of the form GZ-XXXX-XXXX-X made by the app, "
          "never a name, citizen number or address."}},
        {QStringLiteral("contact.school.not_placed"),
         {"U bent op de datum van het contact niet geplaatst op school {school}.",
          "You are not placed at school {school} on the date of the contact."}},
        {QStringLiteral("contact.date.missing"),
         {"Vul de datum van het contact in.", "Enter the date of the contact."}},
        {QStringLiteral("contact.date.future"),
         {"De datum {date} ligt in de toekomst (vandaag is {today}).",
          "The date {date} is in the future (today is {today})."}},
        {QStringLiteral("contact.topics.required"),
         {"Kies minstens één onderwerp.", "Choose at least one topic."}},
        {QStringLiteral("contact.support.required"),
         {"Kies minstens één vorm van ondersteuning.", "Choose at least one kind of support."}},
        {QStringLiteral("contact.referral.required"),
         {"Kies waarnaar is doorverwezen.", "Choose where the family was referred to."}},
        {QStringLiteral("contact.referral.unexpected"),
         {"Een doorverwijzing kan alleen als 'doorverwijzing' bij de ondersteuning is gekozen.",
          "A referral target can only be set when 'referral' is chosen as support."}},
        {QStringLiteral("contact.duration.range"),
         {"De duur moet meer dan 0 en hoogstens {max} minuten zijn (ingevuld: {value}).",
          "The duration must be more than 0 and at most {max} minutes (entered: {value})."}},
        {QStringLiteral("contact.follow_up.before_date"),
         {"De vervolgafspraak {followUp} ligt vóór de datum van het contact {date}.",
          "The follow-up {followUp} is before the date of the contact {date}."}},
        // Bibliotheek op school
        {QStringLiteral("library.year.invalid"),
         {"Kies een geldig schooljaar.", "Choose a valid school year."}},
        {QStringLiteral("library.consultant_hours.range"),
         {"De uren van de leesconsulent moeten tussen 0 en {max} per week liggen (ingevuld: {value}).",
          "The reading consultant's hours must be between 0 and {max} a week (entered: {value})."}},
        {QStringLiteral("library.organisation.required"),
         {"Vul de bibliotheekorganisatie in.", "Enter the library organisation."}},
    };
    return messages;
}

QString formatParam(const QVariant &value, Language language)
{
    const QLocale locale(language == Language::Dutch ? QLocale::Dutch : QLocale::English);
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        // Shortest form without trailing zeros, with the language's decimal separator.
        return locale.toString(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::QDate:
        return language == Language::Dutch ? value.toDate().toString(QStringLiteral("d-M-yyyy"))
                                           : value.toDate().toString(Qt::ISODate);
    default:
        return value.toString();
    }
}
} // namespace

QString validationMessage(const QString &key, const QVariantMap &params, Language language)
{
    const auto it = catalogue().constFind(key);
    if (it == catalogue().constEnd()) {
        // The register import and the store keep the texts of their own rules beside them.
        const QString own = registerImportMessage(key, params, language);
        return own.isEmpty() ? key : own;
    }
    QString text = QString::fromUtf8(language == Language::Dutch ? it->dutch : it->english);
    for (auto p = params.constBegin(); p != params.constEnd(); ++p)
        text.replace(QLatin1Char('{') + p.key() + QLatin1Char('}'), formatParam(p.value(), language));
    return text;
}

QStringList validationMessageKeys()
{
    QStringList keys = catalogue().keys();
    keys << registerImportMessageKeys();
    keys.removeDuplicates();
    keys.sort();
    return keys;
}

QString ValidationError::message(Language language) const
{
    return validationMessage(key, params, language);
}

} // namespace verrijkt
