#include "completenessmodel.h"

#include "shell/languagewatch.h"
#include "storage/enrichmentsessionrepository.h"

#include <QLocale>

namespace verrijkt {

CompletenessModel::CompletenessModel(QObject *parent)
    : QObject(parent), m_missing({"name", "municipality", "startDate", "lastSession", "vestiging"})
{
    auto *watch = new LanguageWatch(this);
    // Queued: the language change is announced before the new locale is set (numbers, dates).
    connect(watch, &LanguageWatch::changed, this, &CompletenessModel::recompute, Qt::QueuedConnection);
}

void CompletenessModel::setStore(PlanningStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &PlanningStore::dataChanged, this, &CompletenessModel::recompute);
        connect(m_store, &PlanningStore::sessionsChanged, this, &CompletenessModel::recompute);
        connect(m_store, &PlanningStore::todayChanged, this, &CompletenessModel::recompute);
    }
    emit storeChanged();
    recompute();
}

void CompletenessModel::setWeeks(int weeks)
{
    if (weeks == m_weeks || weeks < 1 || weeks > 20)
        return;
    m_weeks = weeks;
    emit weeksChanged();
    recompute();
}

void CompletenessModel::setSessions(const QList<EnrichmentSession> &sessions)
{
    m_givenSessions = sessions;
    recompute();
}

void CompletenessModel::recompute()
{
    CompletenessInput in;
    in.today = m_store ? m_store->today() : QDate::currentDate();
    in.teachingWeeks = m_weeks;
    if (m_store) {
        in.schools = m_store->data().schools;
        in.participations = m_store->data().participations;
        if (m_givenSessions)
            in.sessions = *m_givenSessions;
        else if (Database *db = m_store->database())
            in.sessions =
                EnrichmentSessionRepository(*db).currentSessionsInYear(SchoolYear::containing(in.today));
    }
    m_result = computeCompleteness(in);

    const QLocale locale;
    QHash<QString, QString> municipalityNames;
    if (m_store) {
        for (const Municipality &m : m_store->data().municipalities)
            municipalityNames.insert(m.code, m.name);
    }
    QList<QVariantList> rows;
    for (const CompletenessGap &g : std::as_const(m_result.missing))
        rows.append(
            {g.name, municipalityNames.value(g.municipalityCode, g.municipalityCode),
             locale.toString(g.startDate, QLocale::ShortFormat),
             g.lastSession.isValid() ? locale.toString(g.lastSession, QLocale::ShortFormat) : tr("never"),
             g.vestiging});
    m_missing.setRows(rows);
    m_summary = m_result.window.isEmpty()
                    ? tr("No teaching weeks to look at yet in %1.").arg(m_result.year.label())
                    : tr("%1 of %2 schools taking part recorded no session since %3 (the last %n teaching "
                         "week(s)).",
                         nullptr, m_weeks)
                          .arg(rows.size())
                          .arg(m_result.schoolsChecked)
                          .arg(locale.toString(m_result.windowStart, QLocale::LongFormat));
    emit computed();
}

} // namespace verrijkt
