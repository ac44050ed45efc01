#include "yearclosing.h"

#include "database.h"
#include "sqlvalues.h"
#include "storagelog.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSqlQuery>

namespace verrijkt {

namespace {

constexpr int kMinimumReasonLength = 10;

ValidationError closingError(const char *field, const char *key, QVariantMap params = {})
{
    return ValidationError{QString::fromLatin1(field), QString::fromLatin1(key), std::move(params)};
}

QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

bool addEvent(QSqlDatabase db, const SchoolYear &year, const char *action, const QDateTime &at,
              const QString &by, const QString &reason, const QString &sha, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO year_closing_events (school_year, action, at, by_user, reason, figures_sha256) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(year.startYear());
    q.addBindValue(QString::fromLatin1(action));
    q.addBindValue(timestamp(at));
    q.addBindValue(by);
    q.addBindValue(reason.isEmpty() ? QStringLiteral("") : reason); // a null QString would bind NULL
    q.addBindValue(sha);
    return sqlvalues::exec(q, error);
}

} // namespace

std::optional<YearClosing> YearClosingRepository::closing(const SchoolYear &year) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT closed, closed_at, closed_by, figures_nl, figures_en, figures_sha256 "
                             "FROM year_closings WHERE school_year = ?"));
    q.addBindValue(year.startYear());
    QString error;
    if (!sqlvalues::exec(q, &error)) {
        qCWarning(lcStorage) << "reading year closing failed:" << error;
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    YearClosing c;
    c.year = year;
    c.closed = q.value(0).toInt() == 1;
    c.closedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    c.closedBy = q.value(2).toString();
    c.figuresDutch = q.value(3).toByteArray();
    c.figuresEnglish = q.value(4).toByteArray();
    c.figuresSha256 = q.value(5).toString();
    return c;
}

bool YearClosingRepository::isClosed(const SchoolYear &year) const
{
    const auto c = closing(year);
    return c && c->closed;
}

QList<YearClosingEvent> YearClosingRepository::events(const std::optional<SchoolYear> &year) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT seq, school_year, action, at, by_user, reason, figures_sha256 FROM "
                             "year_closing_events ") +
              (year ? QStringLiteral("WHERE school_year = ? ") : QString()) + QStringLiteral("ORDER BY seq"));
    if (year)
        q.addBindValue(year->startYear());
    QList<YearClosingEvent> out;
    QString error;
    if (!sqlvalues::exec(q, &error)) {
        qCWarning(lcStorage) << "reading year closing events failed:" << error;
        return out;
    }
    while (q.next()) {
        YearClosingEvent e;
        e.sequence = q.value(0).toLongLong();
        e.year = SchoolYear(q.value(1).toInt());
        e.action = q.value(2).toString() == QLatin1String("reopen") ? YearClosingEvent::Action::Reopen
                                                                    : YearClosingEvent::Action::Close;
        e.at = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        e.by = q.value(4).toString();
        e.reason = q.value(5).toString();
        e.figuresSha256 = q.value(6).toString();
        out.append(e);
    }
    return out;
}

WriteResult YearClosingRepository::close(const SchoolYear &year, const QString &by,
                                         const QByteArray &figuresDutch, const QByteArray &figuresEnglish,
                                         const QDateTime &at)
{
    ValidationErrors errors;
    if (!year.isValid())
        errors << closingError("year", "year_closing.year.invalid");
    if (by.trimmed().isEmpty())
        errors << closingError("by", "year_closing.by.required");
    if (figuresDutch.isEmpty() || figuresEnglish.isEmpty())
        errors << closingError("figures", "year_closing.figures.required");
    if (errors.isEmpty() && isClosed(year))
        errors << closingError("year", "year_closing.already_closed", {{"year", year.label()}});
    if (!errors.isEmpty())
        return WriteResult::invalid(errors);

    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(figuresDutch);
    hash.addData(figuresEnglish);
    const QString sha = QString::fromLatin1(hash.result().toHex());
    Transaction tx(m_db);
    if (!tx.ok())
        return WriteResult::failed(tx.error());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO year_closings (school_year, closed, closed_at, closed_by, figures_nl, figures_en, "
        "figures_sha256) "
        "VALUES (?, 1, ?, ?, ?, ?, ?) ON CONFLICT (school_year) DO UPDATE SET closed = 1, closed_at = "
        "excluded.closed_at, "
        "closed_by = excluded.closed_by, figures_nl = excluded.figures_nl, figures_en = excluded.figures_en, "
        "figures_sha256 = excluded.figures_sha256"));
    q.addBindValue(year.startYear());
    q.addBindValue(timestamp(at));
    q.addBindValue(by.trimmed());
    q.addBindValue(figuresDutch);
    q.addBindValue(figuresEnglish);
    q.addBindValue(sha);
    QString error;
    if (!sqlvalues::exec(q, &error) ||
        !addEvent(m_db.connection(), year, "close", at, by.trimmed(), {}, sha, &error))
        return WriteResult::failed(error);
    if (!tx.commit())
        return WriteResult::failed(tx.error());
    qCInfo(lcStorage) << "school year" << year.label() << "closed";
    return WriteResult::written({}, WriteResult::Change::Updated);
}

WriteResult YearClosingRepository::reopen(const SchoolYear &year, const QString &by, const QString &reason,
                                          const QDateTime &at)
{
    ValidationErrors errors;
    if (by.trimmed().isEmpty())
        errors << closingError("by", "year_closing.by.required");
    if (reason.trimmed().size() < kMinimumReasonLength)
        errors << closingError("reason", "year_closing.reason.required", {{"min", kMinimumReasonLength}});
    const auto current = closing(year);
    if (!current || !current->closed)
        errors << closingError("year", "year_closing.not_closed", {{"year", year.label()}});
    if (!errors.isEmpty())
        return WriteResult::invalid(errors);

    Transaction tx(m_db);
    if (!tx.ok())
        return WriteResult::failed(tx.error());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE year_closings SET closed = 0 WHERE school_year = ?"));
    q.addBindValue(year.startYear());
    QString error;
    if (!sqlvalues::exec(q, &error) || !addEvent(m_db.connection(), year, "reopen", at, by.trimmed(),
                                                 reason.trimmed(), current->figuresSha256, &error))
        return WriteResult::failed(error);
    if (!tx.commit())
        return WriteResult::failed(tx.error());
    qCInfo(lcStorage) << "school year" << year.label() << "reopened";
    return WriteResult::written({}, WriteResult::Change::Updated);
}

QString yearClosingMessage(const ValidationError &error, Language language)
{
    static const QHash<QString, QPair<const char *, const char *>> messages{
        {"year_closing.year.invalid", {"Geen geldig schooljaar.", "Not a valid school year."}},
        {"year_closing.by.required",
         {"Vermeld wie het schooljaar afsluit of heropent.", "State who closes or reopens the school year."}},
        {"year_closing.figures.required",
         {"Er zijn geen cijfers om vast te leggen.", "There are no figures to lock."}},
        {"year_closing.already_closed",
         {"Schooljaar {year} is al afgesloten; heropen het eerst (met een reden).",
          "School year {year} is already closed; reopen it first (with a reason)."}},
        {"year_closing.not_closed",
         {"Schooljaar {year} is niet afgesloten.", "School year {year} is not closed."}},
        {"year_closing.reason.required",
         {"Heropenen vraagt een reden van minstens {min} tekens.",
          "Reopening needs a reason of at least {min} characters."}},
    };
    const auto it = messages.constFind(error.key);
    if (it == messages.constEnd())
        return error.message(language);
    QString text = QString::fromUtf8(language == Language::Dutch ? it->first : it->second);
    for (auto p = error.params.constBegin(); p != error.params.constEnd(); ++p)
        text.replace(QLatin1Char('{') + p.key() + QLatin1Char('}'), p.value().toString());
    return text;
}

QStringList yearClosingMessageKeys()
{
    return {"year_closing.year.invalid",   "year_closing.by.required", "year_closing.figures.required",
            "year_closing.already_closed", "year_closing.not_closed",  "year_closing.reason.required"};
}

} // namespace verrijkt
