#include "schoolprogress.h"

#include "sessionrecords.h"
#include "shell/devicestore.h"
#include "shell/fieldlabels.h"
#include "shell/languagewatch.h"
#include "storage/participationrepository.h"
#include "storage/schoolregistry.h"

#include <QCoreApplication>
#include <QLocale>

namespace verrijkt {

SchoolProgress::SchoolProgress(QObject *parent) : QObject(parent)
{
    auto *watch = new LanguageWatch(this);
    connect(watch, &LanguageWatch::changed, this, &SchoolProgress::changed);
}

void SchoolProgress::setStore(DeviceStore *store)
{
    if (store == m_store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &DeviceStore::dataChanged, this, [this](const QStringList &entities) {
            if (DeviceStore::touches(entities, QStringLiteral("enrichment_session")) ||
                DeviceStore::touches(entities, QStringLiteral("participation")) ||
                DeviceStore::touches(entities, QStringLiteral("school")))
                recompute();
        });
        connect(m_store, &DeviceStore::todayChanged, this, &SchoolProgress::currentWeek);
        m_weekStart = IsoWeek::of(m_store->today()).monday();
    }
    emit storeChanged();
    recompute();
}

void SchoolProgress::setVestiging(const QString &vestiging)
{
    if (vestiging == m_vestiging)
        return;
    m_vestiging = vestiging;
    emit vestigingChanged();
    recompute();
}

bool SchoolProgress::isCurrentWeek() const
{
    return m_store && m_weekStart == IsoWeek::of(m_store->today()).monday();
}

void SchoolProgress::showWeek(const QDate &monday)
{
    m_weekStart = monday;
    recompute();
}

void SchoolProgress::previousWeek()
{
    showWeek(m_weekStart.addDays(-7));
}

void SchoolProgress::nextWeek()
{
    showWeek(m_weekStart.addDays(7));
}

void SchoolProgress::currentWeek()
{
    if (m_store)
        showWeek(IsoWeek::of(m_store->today()).monday());
}

void SchoolProgress::recompute()
{
    m_participation = Participation{};
    m_schoolName.clear();
    m_weekDelivered = m_weekEntitled = m_yearDelivered = m_yearExpected = m_yearEntitled = 0;
    if (!m_weekStart.isValid())
        m_weekStart = IsoWeek::of(QDate::currentDate()).monday();
    m_year = SchoolYear::containing(m_weekStart.addDays(3)); // the week's Thursday decides, as ISO does
    if (!m_store || !m_store->database() || m_vestiging.isEmpty()) {
        emit changed();
        return;
    }
    Database &db = *m_store->database();
    if (const auto school = SchoolRegistry(db).get(m_vestiging))
        m_schoolName = school->name;
    if (const auto p = ParticipationRepository(db).get(m_vestiging, m_year))
        m_participation = *p;

    // Up to the end of the shown week, so a past week shows the year as it stood then.
    const QList<EnrichmentSession> sessions = sessionrecords::allInRange(
        db, m_vestiging, m_year.firstDay(), std::min(m_weekStart.addDays(6), m_year.lastDay()));
    const SchoolCalendar calendar;
    const int pupils = m_participation.pupilsReached;
    if (pupils > 0 && participates()) {
        const IsoWeek week = IsoWeek::of(m_weekStart);
        const Realisation w = weekRealisation(m_participation, sessions, week);
        const Realisation y = schoolYearRealisation(m_participation, sessions, calendar);
        m_weekDelivered = w.deliveredPupilHours / pupils;
        m_weekEntitled = w.entitledPupilHours / pupils;
        m_yearDelivered = y.deliveredPupilHours / pupils;
        m_yearEntitled = entitledHours(m_participation, calendar);
        // Due by the end of the shown week: the entitlement prorated over the teaching weeks gone by.
        const QDate start =
            m_participation.startDate.isValid() ? m_participation.startDate : m_year.firstDay();
        const QDate until = std::min(m_weekStart.addDays(7), m_year.lastDay().addDays(1));
        if (until > start) {
            const double weeksGone =
                calendar.teachingWeeksFrom(m_year, start) - calendar.teachingWeeksFrom(m_year, until);
            m_yearExpected = std::max(0.0, weeksGone) * tierHours();
        }
    }
    emit changed();
}

QString SchoolProgress::weekTitle() const
{
    if (!m_weekStart.isValid())
        return {};
    const IsoWeek week = IsoWeek::of(m_weekStart);
    const QLocale locale;
    return QCoreApplication::translate("SchoolProgress", "Week %1 · %2 – %3")
        .arg(week.week)
        .arg(locale.toString(m_weekStart, QStringLiteral("d MMM")),
             locale.toString(m_weekStart.addDays(6), QStringLiteral("d MMM")));
}

QString SchoolProgress::tierLabel() const
{
    return fieldlabels::tier(m_participation.tier);
}

QString SchoolProgress::weekText() const
{
    if (!participates())
        return QCoreApplication::translate("SchoolProgress",
                                           "No extra hours planned for this school year yet.");
    if (m_weekEntitled <= 0)
        return QCoreApplication::translate("SchoolProgress",
                                           "%1 hours per pupil delivered (no hours due this week).")
            .arg(fieldlabels::number(m_weekDelivered));
    return QCoreApplication::translate("SchoolProgress", "%1 of %2 hours per pupil")
        .arg(fieldlabels::number(m_weekDelivered), fieldlabels::number(m_weekEntitled));
}

QString SchoolProgress::yearText() const
{
    if (!participates())
        return {};
    return QCoreApplication::translate("SchoolProgress",
                                       "%1 of %2 hours per pupil due so far (%3 in the whole school year)")
        .arg(fieldlabels::number(m_yearDelivered), fieldlabels::number(m_yearExpected),
             fieldlabels::number(m_yearEntitled, 0));
}

bool SchoolProgress::behind() const
{
    return participates() && m_yearExpected > 0 && yearRatio() < kBehindThreshold;
}

QString SchoolProgress::advice() const
{
    if (!participates())
        return {};
    if (behind())
        return QCoreApplication::translate(
            "SchoolProgress",
            "Your school is a little behind on the extra hours this school year. Plan a few extra "
            "activities in the coming weeks to catch up.");
    if (m_yearExpected > 0)
        return QCoreApplication::translate("SchoolProgress", "Your school is on track this school year.");
    return {};
}

} // namespace verrijkt
