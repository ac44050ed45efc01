#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace verrijkt {

// A Dutch school year: "2026-2027" runs from 1 August 2026 to 31 July 2027.
// Stored and exchanged as its start year (2026) or its label ("2026-2027").
class SchoolYear
{
public:
    constexpr SchoolYear() = default;
    constexpr explicit SchoolYear(int startYear) : m_startYear(startYear) {}

    static std::optional<SchoolYear> fromLabel(const QString &label); // "2026-2027"; nullopt if malformed
    static SchoolYear containing(const QDate &date);                  // the school year a date falls in

    constexpr int startYear() const { return m_startYear; }
    QString label() const; // "2026-2027"
    QDate firstDay() const; // 1 August startYear
    QDate lastDay() const;  // 31 July startYear+1
    bool contains(const QDate &date) const;
    SchoolYear next() const { return SchoolYear(m_startYear + 1); }
    SchoolYear previous() const { return SchoolYear(m_startYear - 1); }

    constexpr bool isValid() const { return m_startYear > 1900; }
    friend constexpr auto operator<=>(const SchoolYear &, const SchoolYear &) = default;

private:
    int m_startYear = 0;
};

// The programme's rollout window: 2026-2027 (wave 1) up to 2032-2033 (wave 7).
constexpr SchoolYear kFirstRolloutYear{2026};
constexpr SchoolYear kStructuralYear{2032};
constexpr int kRolloutWaves = 7;

// Teaching weeks per school year (default 40); configurable per installation.
struct SchoolCalendar
{
    int teachingWeeksPerYear = 40;

    // Teaching weeks of `year` left from `from` (inclusive) to the end of the school year,
    // prorated on calendar days so that a start on 1 August gives all teachingWeeksPerYear.
    double teachingWeeksFrom(const SchoolYear &year, const QDate &from) const;
};

// ISO 8601 week: year and week number (1..53) and the Monday that starts it.
struct IsoWeek
{
    int year = 0;
    int week = 0;
    static IsoWeek of(const QDate &date);
    QDate monday() const;
    QString label() const; // "2026-W48"
    friend constexpr auto operator<=>(const IsoWeek &, const IsoWeek &) = default;
};

} // namespace verrijkt
