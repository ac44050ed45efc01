#include "registerimport.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <functional>

namespace verrijkt {

namespace {

struct Message
{
    const char *key;
    const char *dutch;
    const char *english;
};

// The import's rule texts. Placeholders {name} are filled from the error's params.
const Message kMessages[] = {
    {"school.vestiging.required", "vestigingscode ontbreekt", "vestiging code is missing"},
    {"school.vestiging.format", "vestigingscode '{value}' is geen BRIN (4 tekens) plus 2 cijfers",
     "vestiging code '{value}' is not a BRIN (4 characters) plus 2 digits"},
    {"school.vestiging.duplicate",
     "vestigingscode '{value}' staat meer dan eens in het bestand (regels {lines})",
     "vestiging code '{value}' occurs more than once in the file (lines {lines})"},
    {"school.brin.format", "BRIN '{value}' is geen 2 cijfers plus 2 letters of cijfers",
     "BRIN '{value}' is not 2 digits plus 2 letters or digits"},
    {"school.brin.mismatch", "BRIN '{brin}' hoort niet bij vestigingscode '{vestiging}'",
     "BRIN '{brin}' does not match vestiging code '{vestiging}'"},
    {"school.name.required", "naam ontbreekt", "name is missing"},
    {"school.type.unknown", "onbekend schooltype '{value}' (toegestaan: bao, sbo, so, so_vso)",
     "unknown school type '{value}' (allowed: bao, sbo, so, so_vso)"},
    {"school.pupils.format", "leerlingaantal '{value}' is geen geheel getal van 0 of meer",
     "pupils '{value}' is not a whole number of 0 or more"},
    {"school.lat.format", "breedtegraad '{value}' is geen getal", "latitude '{value}' is not a number"},
    {"school.lon.format", "lengtegraad '{value}' is geen getal", "longitude '{value}' is not a number"},
    {"school.location.outside", "coördinaten ({lat}, {lon}) liggen buiten de regio",
     "coordinates ({lat}, {lon}) lie outside the region"},
    {"school.municipality_code.format", "gemeentecode '{value}' is niet van de vorm GM plus 4 cijfers",
     "municipality code '{value}' is not GM followed by 4 digits"},
    {"school.municipality.required", "gemeentenaam ontbreekt", "municipality name is missing"},
    {"school.municipality.conflict",
     "gemeentecode '{code}' heeft hier de naam '{value}', op regel {line} de naam '{other}'",
     "municipality code '{code}' is named '{value}' here but '{other}' on line {line}"},
    {"school.postcode.format", "postcode '{value}' is niet van de vorm 1234AB",
     "postcode '{value}' is not of the form 1234AB"},
    {"school.municipality.unknown", "gemeentecode '{value}' is onbekend",
     "municipality code '{value}' is unknown"},
    {"school.unknown", "vestiging '{value}' staat niet in het scholenregister",
     "vestiging '{value}' is not in the school register"},
    {"municipality.code.format", "gemeentecode '{value}' is niet van de vorm GM plus 4 cijfers",
     "municipality code '{value}' is not GM followed by 4 digits"},
    {"municipality.code.duplicate",
     "gemeentecode '{value}' staat meer dan eens in het bestand (regels {lines})",
     "municipality code '{value}' occurs more than once in the file (lines {lines})"},
    {"municipality.name.required", "gemeentenaam ontbreekt", "municipality name is missing"},
    {"municipality.population.format", "inwonertal '{value}' is geen geheel getal van 0 of meer",
     "population '{value}' is not a whole number of 0 or more"},
    // Rules the store checks on top of the core's validate() (repositories in src/storage).
    {"officer.unknown", "deze brugfunctionaris is onbekend", "this bridge officer is unknown"},
    {"officer.user_name.taken", "gebruikersnaam '{value}' is al in gebruik",
     "user name '{value}' is already taken"},
    {"participation.unknown", "vestiging '{value}' heeft geen deelname in schooljaar {school_year}",
     "vestiging '{value}' has no participation in school year {school_year}"},
    {"plan.name.required", "het plan heeft geen naam", "the plan has no name"},
    {"plan.wave.range", "golf {value} ligt niet tussen {min} en {max}",
     "wave {value} is not between {min} and {max}"},
    {"plan.tier.none", "vestiging '{value}' heeft in het plan geen niveau (2 of 6 uur)",
     "vestiging '{value}' has no tier (2 or 6 hours) in the plan"},
    {"plan.vestiging.duplicate", "vestiging '{value}' staat meer dan eens in het plan",
     "vestiging '{value}' occurs more than once in the plan"},
    {"session.record.is_correction", "een nieuwe activiteit kan geen correctie of intrekking zijn",
     "a new session cannot be a correction or withdrawal"},
    {"session.id.exists", "deze activiteit is al vastgelegd", "this session has already been recorded"},
    {"session.supersedes.unknown", "de activiteit die u wilt corrigeren bestaat niet",
     "the session to correct does not exist"},
    {"session.supersedes.not_current",
     "deze versie van de activiteit is al gecorrigeerd; corrigeer de nieuwste",
     "this version of the session has already been corrected; correct the latest one"},
    {"session.supersedes.withdrawn", "deze activiteit is ingetrokken", "this session has been withdrawn"},
    {"session.correction.school_changed", "een correctie blijft bij school {value}",
     "a correction stays with school {value}"},
    {"contact.record.is_correction", "een nieuw contact kan geen correctie of intrekking zijn",
     "a new contact cannot be a correction or withdrawal"},
    {"contact.id.exists", "dit contact is al vastgelegd", "this contact has already been recorded"},
    {"contact.supersedes.unknown", "het contact dat u wilt corrigeren bestaat niet",
     "the contact to correct does not exist"},
    {"contact.supersedes.not_current",
     "deze versie van het contact is al gecorrigeerd; corrigeer de nieuwste",
     "this version of the contact has already been corrected; correct the latest one"},
    {"contact.supersedes.withdrawn", "dit contact is ingetrokken", "this contact has been withdrawn"},
    {"contact.correction.officer_changed", "een correctie blijft bij dezelfde brugfunctionaris",
     "a correction stays with the same bridge officer"},
    {"storage.row.unknown", "record {value} bestaat niet", "record {value} does not exist"},
    {"wavezero.url.format", "bron '{value}' is geen http(s)-adres",
     "source '{value}' is not an http(s) address"},
};

QString fill(QString text, const QVariantMap &params)
{
    for (auto it = params.begin(); it != params.end(); ++it)
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value().toString());
    return text;
}

ValidationError error(const QString &field, const char *key, QVariantMap params = {})
{
    return ValidationError{field, QString::fromLatin1(key), std::move(params)};
}

ValidationError valueError(const QString &field, const char *key, const QString &value)
{
    return error(field, key, {{QStringLiteral("value"), value}});
}

// Every missing required column, or empty if the header has them all.
QString checkColumns(const CsvTable &table, const QStringList &required)
{
    if (!table.ok())
        return QStringLiteral("line %1: %2").arg(table.errorLine).arg(table.error);
    QStringList missing;
    for (const QString &column : required) {
        if (table.column(column) < 0)
            missing << column;
    }
    if (!missing.isEmpty())
        return QStringLiteral("missing required column(s): %1").arg(missing.join(QStringLiteral(", ")));
    return {};
}

bool isBlank(const CsvRecord &record)
{
    for (const QString &field : record.fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

std::optional<int> nonNegativeInt(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    return text.toInt();
}

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

void addRejections(QList<ImportRejection> &out, int line, const QString &key, const ValidationErrors &errors)
{
    for (const ValidationError &e : errors)
        out.append(ImportRejection{line, key, e});
}

// Rejects every record sharing a key with another record; returns the lines that stay accepted.
template <typename Row>
void rejectDuplicates(QList<Row> &rows, QList<int> &lines, QList<ImportRejection> &rejections,
                      const QString &field, const char *key, const std::function<QString(const Row &)> &keyOf)
{
    QHash<QString, QList<int>> linesByKey;
    for (int i = 0; i < rows.size(); ++i)
        linesByKey[keyOf(rows[i])].append(lines[i]);
    QList<Row> keptRows;
    QList<int> keptLines;
    for (int i = 0; i < rows.size(); ++i) {
        const QList<int> &all = linesByKey[keyOf(rows[i])];
        if (all.size() == 1) {
            keptRows.append(rows[i]);
            keptLines.append(lines[i]);
            continue;
        }
        QStringList lineTexts;
        for (int l : all)
            lineTexts << QString::number(l);
        rejections.append(
            ImportRejection{lines[i], keyOf(rows[i]),
                            error(field, key,
                                  {{QStringLiteral("value"), keyOf(rows[i])},
                                   {QStringLiteral("lines"), lineTexts.join(QStringLiteral(", "))}})});
    }
    rows = keptRows;
    lines = keptLines;
}

void sortByLine(QList<ImportRejection> &rejections)
{
    std::stable_sort(rejections.begin(), rejections.end(),
                     [](const ImportRejection &a, const ImportRejection &b) { return a.line < b.line; });
}

} // namespace

QString ImportRejection::reason(Language language) const
{
    const QString text = registerImportMessage(error.key, error.params, language);
    const QString message = text.isEmpty() ? error.message(language) : text;
    if (language == Language::Dutch)
        return QStringLiteral("regel %1, veld %2: %3").arg(line).arg(error.field, message);
    return QStringLiteral("line %1, field %2: %3").arg(line).arg(error.field, message);
}

QString registerImportMessage(const QString &key, const QVariantMap &params, Language language)
{
    for (const Message &m : kMessages) {
        if (key == QLatin1String(m.key))
            return fill(QString::fromUtf8(language == Language::Dutch ? m.dutch : m.english), params);
    }
    return {};
}

QStringList registerImportMessageKeys()
{
    QStringList keys;
    for (const Message &m : kMessages)
        keys << QString::fromLatin1(m.key);
    return keys;
}

QStringList schoolRegisterColumns()
{
    return {QStringLiteral("brin"),
            QStringLiteral("vestiging"),
            QStringLiteral("name"),
            QStringLiteral("school_type"),
            QStringLiteral("denomination"),
            QStringLiteral("municipality"),
            QStringLiteral("municipality_code"),
            QStringLiteral("postcode"),
            QStringLiteral("city"),
            QStringLiteral("pupils"),
            QStringLiteral("lat"),
            QStringLiteral("lon")};
}

QStringList municipalityColumns()
{
    return {QStringLiteral("municipality"), QStringLiteral("municipality_code"), QStringLiteral("province"),
            QStringLiteral("population")};
}

QStringList waveZeroColumns()
{
    return {QStringLiteral("vestiging"), QStringLiteral("evidence_url")};
}

bool isVestigingCode(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{2}[0-9A-Z]{2}[0-9]{2}$"));
    return re.match(code).hasMatch();
}

bool isMunicipalityCode(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^GM[0-9]{4}$"));
    return re.match(code).hasMatch();
}

ValidationErrors validate(const SchoolLocation &s, const GeoBounds &bounds)
{
    static const QRegularExpression brinRe(QStringLiteral("^[0-9]{2}[0-9A-Z]{2}$"));
    static const QRegularExpression postcodeRe(QStringLiteral("^[1-9][0-9]{3}[A-Z]{2}$"));
    ValidationErrors errors;
    if (s.vestiging.isEmpty())
        errors << error(QStringLiteral("vestiging"), "school.vestiging.required");
    else if (!isVestigingCode(s.vestiging))
        errors << valueError(QStringLiteral("vestiging"), "school.vestiging.format", s.vestiging);
    if (!brinRe.match(s.brin).hasMatch())
        errors << valueError(QStringLiteral("brin"), "school.brin.format", s.brin);
    else if (isVestigingCode(s.vestiging) && !s.vestiging.startsWith(s.brin))
        errors << error(QStringLiteral("brin"), "school.brin.mismatch",
                        {{QStringLiteral("brin"), s.brin}, {QStringLiteral("vestiging"), s.vestiging}});
    if (s.name.trimmed().isEmpty())
        errors << error(QStringLiteral("name"), "school.name.required");
    if (!isMunicipalityCode(s.municipalityCode))
        errors << valueError(QStringLiteral("municipality_code"), "school.municipality_code.format",
                             s.municipalityCode);
    if (!s.postcode.isEmpty() && !postcodeRe.match(s.postcode).hasMatch())
        errors << valueError(QStringLiteral("postcode"), "school.postcode.format", s.postcode);
    if (s.pupils && *s.pupils < 0)
        errors << valueError(QStringLiteral("pupils"), "school.pupils.format", QString::number(*s.pupils));
    if (!bounds.contains(s.lat, s.lon))
        errors << error(QStringLiteral("lat"), "school.location.outside",
                        {{QStringLiteral("lat"), s.lat}, {QStringLiteral("lon"), s.lon}});
    return errors;
}

ValidationErrors validate(const Municipality &m)
{
    ValidationErrors errors;
    if (!isMunicipalityCode(m.code))
        errors << valueError(QStringLiteral("municipality_code"), "municipality.code.format", m.code);
    if (m.name.trimmed().isEmpty())
        errors << error(QStringLiteral("municipality"), "municipality.name.required");
    if (m.population < 0)
        errors << valueError(QStringLiteral("population"), "municipality.population.format",
                             QString::number(m.population));
    return errors;
}

SchoolRegisterParse parseSchoolRegister(const CsvTable &table, const GeoBounds &bounds)
{
    SchoolRegisterParse out;
    out.error = checkColumns(table, schoolRegisterColumns());
    if (!out.error.isEmpty())
        return out;

    QList<SchoolLocation> rows;
    QList<int> lines;
    for (const CsvRecord &record : table.records) {
        if (isBlank(record))
            continue;
        ++out.records;
        auto field = [&](const char *name) {
            return table.value(record, QString::fromLatin1(name)).trimmed();
        };
        SchoolLocation s;
        s.vestiging = field("vestiging");
        s.brin = field("brin");
        s.name = field("name");
        s.denomination = field("denomination");
        s.municipalityCode = field("municipality_code");
        s.postcode = field("postcode");
        s.city = field("city");

        ValidationErrors errors; // problems with the text itself, before the location's own rules
        if (const auto type = schoolTypeFromKey(field("school_type")))
            s.type = *type;
        else
            errors << valueError(QStringLiteral("school_type"), "school.type.unknown", field("school_type"));
        const QString pupils = field("pupils");
        if (!pupils.isEmpty()) {
            if (const auto n = nonNegativeInt(pupils))
                s.pupils = *n;
            else
                errors << valueError(QStringLiteral("pupils"), "school.pupils.format", pupils);
        }
        const auto lat = number(field("lat"));
        const auto lon = number(field("lon"));
        if (!lat)
            errors << valueError(QStringLiteral("lat"), "school.lat.format", field("lat"));
        if (!lon)
            errors << valueError(QStringLiteral("lon"), "school.lon.format", field("lon"));
        s.lat = lat.value_or(0);
        s.lon = lon.value_or(0);
        if (field("municipality").isEmpty())
            errors << error(QStringLiteral("municipality"), "school.municipality.required");

        for (const ValidationError &e : validate(s, bounds)) {
            const bool coordinatesUnparsed =
                e.key == QLatin1String("school.location.outside") && (!lat || !lon);
            if (!coordinatesUnparsed)
                errors << e;
        }
        if (!errors.isEmpty()) {
            addRejections(out.rejections, record.line, s.vestiging, errors);
            continue;
        }
        rows.append(s);
        lines.append(record.line);
    }
    rejectDuplicates<SchoolLocation>(rows, lines, out.rejections, QStringLiteral("vestiging"),
                                     "school.vestiging.duplicate",
                                     [](const SchoolLocation &s) { return s.vestiging; });

    // One name per municipality code; a row contradicting an earlier one is rejected.
    QHash<QString, QPair<QString, int>> nameByCode;
    QHash<int, QString> municipalityNameByLine;
    for (const CsvRecord &record : table.records)
        municipalityNameByLine.insert(record.line,
                                      table.value(record, QStringLiteral("municipality")).trimmed());
    for (int i = 0; i < rows.size(); ++i) {
        const QString code = rows[i].municipalityCode;
        const QString name = municipalityNameByLine.value(lines[i]);
        const auto known = nameByCode.constFind(code);
        if (known == nameByCode.constEnd()) {
            nameByCode.insert(code, {name, lines[i]});
            out.municipalities.append(Municipality{code, name, {}, 0});
        } else if (known->first != name) {
            out.rejections.append(
                ImportRejection{lines[i], rows[i].vestiging,
                                error(QStringLiteral("municipality"), "school.municipality.conflict",
                                      {{QStringLiteral("code"), code},
                                       {QStringLiteral("value"), name},
                                       {QStringLiteral("other"), known->first},
                                       {QStringLiteral("line"), known->second}})});
            continue;
        }
        out.locations.append(rows[i]);
    }
    sortByLine(out.rejections);
    return out;
}

MunicipalityParse parseMunicipalities(const CsvTable &table)
{
    MunicipalityParse out;
    out.error = checkColumns(table, municipalityColumns());
    if (!out.error.isEmpty())
        return out;
    QList<Municipality> rows;
    QList<int> lines;
    for (const CsvRecord &record : table.records) {
        if (isBlank(record))
            continue;
        ++out.records;
        Municipality m;
        m.code = table.value(record, QStringLiteral("municipality_code")).trimmed();
        m.name = table.value(record, QStringLiteral("municipality")).trimmed();
        m.province = table.value(record, QStringLiteral("province")).trimmed();
        const QString population = table.value(record, QStringLiteral("population")).trimmed();
        ValidationErrors errors;
        if (const auto n = nonNegativeInt(population))
            m.population = *n;
        else
            errors << valueError(QStringLiteral("population"), "municipality.population.format", population);
        errors << validate(m);
        if (!errors.isEmpty()) {
            addRejections(out.rejections, record.line, m.code, errors);
            continue;
        }
        rows.append(m);
        lines.append(record.line);
    }
    rejectDuplicates<Municipality>(rows, lines, out.rejections, QStringLiteral("municipality_code"),
                                   "municipality.code.duplicate",
                                   [](const Municipality &m) { return m.code; });
    out.municipalities = rows;
    sortByLine(out.rejections);
    return out;
}

WaveZeroParse parseWaveZeroSchools(const CsvTable &table)
{
    static const QRegularExpression urlRe(QStringLiteral("^https?://[^\\s]+$"));
    WaveZeroParse out;
    out.error = checkColumns(table, waveZeroColumns());
    if (!out.error.isEmpty())
        return out;
    QList<WaveZeroSchool> rows;
    QList<int> lines;
    for (const CsvRecord &record : table.records) {
        if (isBlank(record))
            continue;
        ++out.records;
        WaveZeroSchool w{table.value(record, QStringLiteral("vestiging")).trimmed(),
                         table.value(record, QStringLiteral("evidence_url")).trimmed()};
        ValidationErrors errors;
        if (w.vestiging.isEmpty())
            errors << error(QStringLiteral("vestiging"), "school.vestiging.required");
        else if (!isVestigingCode(w.vestiging))
            errors << valueError(QStringLiteral("vestiging"), "school.vestiging.format", w.vestiging);
        if (!urlRe.match(w.sourceUrl).hasMatch())
            errors << valueError(QStringLiteral("evidence_url"), "wavezero.url.format", w.sourceUrl);
        if (!errors.isEmpty()) {
            addRejections(out.rejections, record.line, w.vestiging, errors);
            continue;
        }
        rows.append(w);
        lines.append(record.line);
    }
    rejectDuplicates<WaveZeroSchool>(rows, lines, out.rejections, QStringLiteral("vestiging"),
                                     "school.vestiging.duplicate",
                                     [](const WaveZeroSchool &w) { return w.vestiging; });
    out.schools = rows;
    out.lines = lines;
    sortByLine(out.rejections);
    return out;
}

} // namespace verrijkt
