#include "reportmodel.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace verrijkt {

ReportCell ReportCell::fromText(const QString &text)
{
    ReportCell c;
    c.text = text;
    return c;
}

ReportCell ReportCell::integer(qint64 value)
{
    ReportCell c;
    c.kind = Kind::Integer;
    c.value = double(value);
    return c;
}

ReportCell ReportCell::number(double value, int decimals)
{
    ReportCell c;
    c.kind = Kind::Number;
    c.value = value;
    c.decimals = decimals;
    return c;
}

ReportCell ReportCell::percent(double percent, int decimals)
{
    ReportCell c;
    c.kind = Kind::Percent;
    c.value = percent;
    c.decimals = decimals;
    return c;
}

ReportCell ReportCell::money(double euros)
{
    ReportCell c;
    c.kind = Kind::Money;
    c.value = euros;
    return c;
}

ReportCell ReportCell::suppressed()
{
    ReportCell c;
    c.kind = Kind::Suppressed;
    c.text = QString::fromLatin1(kSuppressedText);
    return c;
}

QString ReportCell::display(Language language) const
{
    const QLocale locale(language == Language::Dutch ? QLocale::Dutch : QLocale::English);
    switch (kind) {
    case Kind::Text:
    case Kind::Suppressed:
        return text;
    case Kind::Integer:
        return locale.toString(qint64(value));
    case Kind::Number:
        return locale.toString(value, 'f', decimals);
    case Kind::Percent:
        return locale.toString(value, 'f', decimals) + QLatin1Char('%');
    case Kind::Money:
        return QStringLiteral("EUR ") + locale.toString(qint64(std::llround(value)));
    }
    return text;
}

QString ReportCell::exportText() const
{
    switch (kind) {
    case Kind::Text:
    case Kind::Suppressed:
        return text;
    case Kind::Integer:
        return QString::number(qint64(value));
    case Kind::Money:
        return QString::number(qint64(std::llround(value)));
    case Kind::Number:
    case Kind::Percent: {
        // Exports keep two decimals more than a rounded display needs ("169.5", "9328.22").
        QString s = QString::number(value, 'f', std::max(decimals, 2));
        while (s.contains(QLatin1Char('.')) && (s.endsWith(QLatin1Char('0')) || s.endsWith(QLatin1Char('.'))))
            s.chop(1);
        return s == QLatin1String("-0") ? QStringLiteral("0") : s;
    }
    }
    return text;
}

QList<ReportTable> YearReport::tables() const
{
    QList<ReportTable> out;
    for (const ReportSection &s : sections)
        out += s.tables;
    return out;
}

const ReportTable *YearReport::table(const QString &id) const
{
    for (const ReportSection &s : sections) {
        for (const ReportTable &t : s.tables) {
            if (t.id == id)
                return &t;
        }
    }
    return nullptr;
}

} // namespace verrijkt
