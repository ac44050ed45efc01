#pragma once

#include "core/schoolyear.h"
#include "core/validation.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace verrijkt {

// One cell of a report table. Counts about family contacts go through SmallCounts (smallcounts.h)
// and may come out Suppressed: then only "< 5" is ever shown or exported, never the number.
struct ReportCell
{
    enum class Kind { Text, Integer, Number, Percent, Money, Suppressed };
    Kind kind = Kind::Text;
    QString text;
    double value = 0;
    int decimals = 0;

    static ReportCell fromText(const QString &text);
    static ReportCell integer(qint64 value);
    static ReportCell number(double value, int decimals);
    static ReportCell percent(double percent, int decimals = 1); // 0..100
    static ReportCell money(double euros);                       // whole euros
    static ReportCell suppressed();

    bool isNumeric() const { return kind != Kind::Text && kind != Kind::Suppressed; }
    // For people: Dutch or English number formatting, "EUR 1.234.567", "12,5%", "< 5".
    QString display(Language language) const;
    // For exports: plain machine-readable text ("1234567", "12.5", "< 5"), decimal point, numbers
    // to two decimals (trailing zeros dropped) even where the display rounds further.
    QString exportText() const;
};

inline constexpr auto kSuppressedText = "< 5";

struct ReportTable
{
    QString id; // stable name: CSV file name and XLSX sheet name (at most 31 characters)
    QString title;
    QStringList columns;
    QList<QList<ReportCell>> rows;
    QString note;

    int columnIndex(const QString &column) const { return columns.indexOf(column); }
};

struct ChartSeries
{
    QString name;
    QList<double> values; // one per category
};

struct ReportChart
{
    enum class Kind { Bars, StackedBars, Lines };
    Kind kind = Kind::Bars;
    QString title;
    QString unit; // shown on the value axis
    QStringList categories;
    QList<ChartSeries> series;
};

struct ReportSection
{
    QString title;
    QStringList paragraphs;
    QList<ReportChart> charts;
    QList<ReportTable> tables;
};

struct YearReport
{
    SchoolYear year;
    Language language = Language::Dutch;
    QString title;
    QString subtitle;
    QDateTime generatedAt;
    QStringList headlines; // input indicators in a sentence: "N leerlingen kregen ..."
    QList<ReportSection> sections;

    QList<ReportTable> tables() const; // every table, in report order
    const ReportTable *table(const QString &id) const;
};

} // namespace verrijkt
