#include "needindicator.h"

#include "plannermessages.h"

#include <QRegularExpression>
#include <cmath>

namespace verrijkt {

namespace {

bool looksLikeVestiging(const QString &code)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{2}[A-Z0-9]{2}[0-9]{2}$"));
    return shape.match(code).hasMatch();
}

std::optional<double> parseNumber(QString text)
{
    text = text.trimmed();
    if (text.count(QLatin1Char(',')) == 1 && !text.contains(QLatin1Char('.')))
        text.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

// splitmix64: a small, well-mixed deterministic generator (same output on every platform).
quint64 splitmix64(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

quint64 fnv1a(const QString &text)
{
    quint64 h = 0xCBF29CE484222325ULL;
    for (const char c : text.toUtf8()) {
        h ^= quint8(c);
        h *= 0x100000001B3ULL;
    }
    return h;
}

} // namespace

QString NeedRejection::reason(Language language) const
{
    const QString where = language == Language::Dutch ? QStringLiteral("regel %1, veld %2: ")
                                                      : QStringLiteral("line %1, field %2: ");
    return where.arg(line).arg(error.field) + plannerMessage(error, language);
}

QString NeedParse::errorText(Language language) const
{
    return malformed() ? plannerMessage(error, language) : QString();
}

NeedParse parseNeedIndicator(const CsvTable &table, const QSet<QString> &registerCodes)
{
    NeedParse out;
    if (!table.ok()) {
        out.error = {QStringLiteral("file"),
                     QStringLiteral("need.file.malformed"),
                     {{"line", table.errorLine}, {"detail", table.error}}};
        return out;
    }
    for (const char *column : {"vestiging", "need"}) {
        if (table.column(QString::fromLatin1(column)) < 0) {
            out.error = {QString::fromLatin1(column),
                         QStringLiteral("need.column.missing"),
                         {{"column", QString::fromLatin1(column)}}};
            return out;
        }
    }
    QHash<QString, QList<int>> linesByCode;
    QHash<QString, double> values;
    for (const CsvRecord &r : table.records) {
        if (std::all_of(r.fields.begin(), r.fields.end(),
                        [](const QString &f) { return f.trimmed().isEmpty(); }))
            continue;
        ++out.records;
        const QString code = table.value(r, QStringLiteral("vestiging")).trimmed().toUpper();
        const QString raw = table.value(r, QStringLiteral("need"));
        auto reject = [&](const char *field, const char *key, QVariantMap params) {
            out.rejections.append(
                {r.line, code,
                 ValidationError{QString::fromLatin1(field), QString::fromLatin1(key), params}});
        };
        if (!looksLikeVestiging(code)) {
            reject("vestiging", "need.vestiging.format", {{"value", code}});
            continue;
        }
        if (!registerCodes.isEmpty() && !registerCodes.contains(code)) {
            reject("vestiging", "need.vestiging.unknown", {{"vestiging", code}});
            continue;
        }
        const auto value = parseNumber(raw);
        if (!value) {
            reject("need", "need.value.number", {{"value", raw}});
            continue;
        }
        if (*value < 0) {
            reject("need", "need.value.range", {{"value", raw}});
            continue;
        }
        linesByCode[code].append(r.line);
        values.insert(code, *value);
    }
    for (auto it = linesByCode.constBegin(); it != linesByCode.constEnd(); ++it) {
        if (it.value().size() > 1) {
            for (int line : it.value())
                out.rejections.append({line, it.key(),
                                       ValidationError{QStringLiteral("vestiging"),
                                                       QStringLiteral("need.vestiging.duplicate"),
                                                       {{"vestiging", it.key()}}}});
        } else {
            out.need.insert(it.key(), values.value(it.key()));
        }
    }
    std::sort(out.rejections.begin(), out.rejections.end(),
              [](const NeedRejection &a, const NeedRejection &b) { return a.line < b.line; });
    return out;
}

QByteArray needIndicatorToCsv(const NeedIndicator &need)
{
    QStringList codes = need.keys();
    codes.sort();
    QByteArray out = "vestiging,need\n";
    for (const QString &c : codes)
        out += c.toUtf8() + ',' + QByteArray::number(need.value(c), 'f', 1) + '\n';
    return out;
}

NeedIndicator syntheticNeed(const QList<SchoolLocation> &schools, quint64 seed)
{
    NeedIndicator need;
    for (const SchoolLocation &s : schools) {
        quint64 state = seed ^ fnv1a(s.vestiging);
        const double u1 = double(splitmix64(state) >> 11) / double(1ULL << 53);
        const double u2 = double(splitmix64(state) >> 11) / double(1ULL << 53);
        need.insert(s.vestiging, std::round((u1 + u2) * 100.0) / 10.0);
    }
    return need;
}

} // namespace verrijkt
