#include "schoolyear.h"

#include <QRegularExpression>

namespace verrijkt {

std::optional<SchoolYear> SchoolYear::fromLabel(const QString &label)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{4})$"));
    const auto match = pattern.match(label);
    if (!match.hasMatch())
        return std::nullopt;
    const int first = match.captured(1).toInt();
    const int second = match.captured(2).toInt();
    const SchoolYear year(first);
    if (second != first + 1 || !year.isValid())
        return std::nullopt;
    return year;
}

SchoolYear SchoolYear::containing(const QDate &date)
{
    if (!date.isValid())
        return SchoolYear();
    return SchoolYear(date.month() >= 8 ? date.year() : date.year() - 1);
}

QString SchoolYear::label() const
{
    return QStringLiteral("%1-%2").arg(m_startYear).arg(m_startYear + 1);
}

QDate SchoolYear::firstDay() const
{
    return QDate(m_startYear, 8, 1);
}

QDate SchoolYear::lastDay() const
{
    return QDate(m_startYear + 1, 7, 31);
}

bool SchoolYear::contains(const QDate &date) const
{
    return date.isValid() && date >= firstDay() && date <= lastDay();
}

double SchoolCalendar::teachingWeeksFrom(const SchoolYear &year, const QDate &from) const
{
    // A missing start date means the whole year (the participation runs from 1 August).
    if (!from.isValid() || from <= year.firstDay())
        return teachingWeeksPerYear;
    if (from > year.lastDay())
        return 0.0;
    const double daysInYear = year.firstDay().daysTo(year.lastDay()) + 1;
    const double daysLeft = from.daysTo(year.lastDay()) + 1;
    return teachingWeeksPerYear * daysLeft / daysInYear;
}

IsoWeek IsoWeek::of(const QDate &date)
{
    IsoWeek w;
    w.week = date.weekNumber(&w.year);
    return w;
}

QDate IsoWeek::monday() const
{
    // 4 January always lies in ISO week 1.
    const QDate jan4(year, 1, 4);
    return jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (week - 1));
}

QString IsoWeek::label() const
{
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

} // namespace verrijkt
