#pragma once

#include "core/schoolyear.h"
#include "core/validation.h"
#include "writeresult.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace verrijkt {

class Database;

// Closing a school year: the regional team locks the year's report figures (the yearly report as
// it stood, stored as opaque JSON in both languages, with its SHA-256), so the published figures no
// longer move when late records arrive. Reopening needs a reason. Every close and reopen is
// appended to an audit trail that the database itself keeps append-only (triggers).
// These tables are local to the database they are written in; they are not synced.
struct YearClosing
{
    SchoolYear year;
    bool closed = false; // false: reopened after its last closing
    QDateTime closedAt;  // UTC, of the last closing
    QString closedBy;
    QByteArray figuresDutch;
    QByteArray figuresEnglish;
    QString figuresSha256;
};

struct YearClosingEvent
{
    enum class Action { Close, Reopen };
    qint64 sequence = 0;
    SchoolYear year;
    Action action = Action::Close;
    QDateTime at; // UTC
    QString by;
    QString reason; // required for a reopening
    QString figuresSha256;
};

class YearClosingRepository
{
public:
    explicit YearClosingRepository(Database &db) : m_db(db) {}

    std::optional<YearClosing> closing(const SchoolYear &year) const; // nullopt: never closed
    bool isClosed(const SchoolYear &year) const;
    QList<YearClosingEvent>
    events(const std::optional<SchoolYear> &year = std::nullopt) const; // oldest first

    // Locks the figures of an open (never closed, or reopened) year and records who did it.
    WriteResult close(const SchoolYear &year, const QString &by, const QByteArray &figuresDutch,
                      const QByteArray &figuresEnglish,
                      const QDateTime &at = QDateTime::currentDateTimeUtc());
    // Reopens a closed year; the reason (at least 10 characters) goes into the audit trail. The last
    // locked figures are kept for the record until the year is closed again.
    WriteResult reopen(const SchoolYear &year, const QString &by, const QString &reason,
                       const QDateTime &at = QDateTime::currentDateTimeUtc());

private:
    Database &m_db;
};

// Messages for the "year_closing.*" rule keys in both languages.
QString yearClosingMessage(const ValidationError &error, Language language);
QStringList yearClosingMessageKeys();

namespace schema {
// Migration step 4: the year-closing tables and their append-only/lock triggers.
QStringList yearClosingTables();
} // namespace schema

} // namespace verrijkt
