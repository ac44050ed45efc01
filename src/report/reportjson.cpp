#include "reportjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace verrijkt {

namespace {

constexpr int kFormat = 1; // bump when the shape changes; older snapshots stay readable by version

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

QJsonObject cellToJson(const ReportCell &c)
{
    QJsonObject o{{"k", int(c.kind)}};
    if (!c.text.isEmpty())
        o.insert("t", c.text);
    if (c.isNumeric())
        o.insert("v", c.value);
    if (c.decimals)
        o.insert("d", c.decimals);
    return o;
}

ReportCell cellFromJson(const QJsonObject &o)
{
    ReportCell c;
    c.kind = ReportCell::Kind(qBound(0, o.value("k").toInt(), int(ReportCell::Kind::Suppressed)));
    c.text = o.value("t").toString();
    c.value = o.value("v").toDouble();
    c.decimals = o.value("d").toInt();
    return c;
}

QJsonObject tableToJson(const ReportTable &t)
{
    QJsonArray rows;
    for (const auto &row : t.rows) {
        QJsonArray cells;
        for (const ReportCell &c : row)
            cells.append(cellToJson(c));
        rows.append(cells);
    }
    return {
        {"id", t.id}, {"title", t.title}, {"columns", strings(t.columns)}, {"rows", rows}, {"note", t.note}};
}

ReportTable tableFromJson(const QJsonObject &o)
{
    ReportTable t{o.value("id").toString(),
                  o.value("title").toString(),
                  strings(o.value("columns")),
                  {},
                  o.value("note").toString()};
    for (const QJsonValue &row : o.value("rows").toArray()) {
        QList<ReportCell> cells;
        for (const QJsonValue &c : row.toArray())
            cells.append(cellFromJson(c.toObject()));
        t.rows.append(cells);
    }
    return t;
}

QJsonObject chartToJson(const ReportChart &c)
{
    QJsonArray series;
    for (const ChartSeries &s : c.series) {
        QJsonArray values;
        for (double v : s.values)
            values.append(v);
        series.append(QJsonObject{{"name", s.name}, {"values", values}});
    }
    return {{"kind", int(c.kind)},
            {"title", c.title},
            {"unit", c.unit},
            {"categories", strings(c.categories)},
            {"series", series}};
}

ReportChart chartFromJson(const QJsonObject &o)
{
    ReportChart c;
    c.kind = ReportChart::Kind(qBound(0, o.value("kind").toInt(), int(ReportChart::Kind::Lines)));
    c.title = o.value("title").toString();
    c.unit = o.value("unit").toString();
    c.categories = strings(o.value("categories"));
    for (const QJsonValue &s : o.value("series").toArray()) {
        ChartSeries series{s.toObject().value("name").toString(), {}};
        for (const QJsonValue &v : s.toObject().value("values").toArray())
            series.values.append(v.toDouble());
        c.series.append(series);
    }
    return c;
}

} // namespace

QByteArray reportToJson(const YearReport &report)
{
    QJsonArray sections;
    for (const ReportSection &s : report.sections) {
        QJsonArray charts, tables;
        for (const ReportChart &c : s.charts)
            charts.append(chartToJson(c));
        for (const ReportTable &t : s.tables)
            tables.append(tableToJson(t));
        sections.append(QJsonObject{{"title", s.title},
                                    {"paragraphs", strings(s.paragraphs)},
                                    {"charts", charts},
                                    {"tables", tables}});
    }
    const QJsonObject root{{"format", kFormat},
                           {"year", report.year.startYear()},
                           {"language", report.language == Language::Dutch ? "nl" : "en"},
                           {"title", report.title},
                           {"subtitle", report.subtitle},
                           {"generatedAt", report.generatedAt.toString(Qt::ISODateWithMs)},
                           {"headlines", strings(report.headlines)},
                           {"sections", sections}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<YearReport> reportFromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject() ||
        doc.object().value("format").toInt() != kFormat)
        return std::nullopt;
    const QJsonObject root = doc.object();
    YearReport r;
    r.year = SchoolYear(root.value("year").toInt());
    if (!r.year.isValid())
        return std::nullopt;
    r.language =
        root.value("language").toString() == QLatin1String("en") ? Language::English : Language::Dutch;
    r.title = root.value("title").toString();
    r.subtitle = root.value("subtitle").toString();
    r.generatedAt = QDateTime::fromString(root.value("generatedAt").toString(), Qt::ISODateWithMs);
    r.headlines = strings(root.value("headlines"));
    for (const QJsonValue &v : root.value("sections").toArray()) {
        const QJsonObject o = v.toObject();
        ReportSection s{o.value("title").toString(), strings(o.value("paragraphs")), {}, {}};
        for (const QJsonValue &c : o.value("charts").toArray())
            s.charts.append(chartFromJson(c.toObject()));
        for (const QJsonValue &t : o.value("tables").toArray())
            s.tables.append(tableFromJson(t.toObject()));
        r.sections.append(s);
    }
    return r;
}

} // namespace verrijkt
