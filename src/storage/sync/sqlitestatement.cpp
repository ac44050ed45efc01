#include "sqlitestatement.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace verrijkt {

SqliteStatement::~SqliteStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool SqliteStatement::prepare(sqlite3 *db, const QString &sql, QString *error)
{
    if (!db) {
        *error = QStringLiteral("not an SQLite connection");
        return false;
    }
    m_db = db;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(db, text.constData(), static_cast<int>(text.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_stmt, nullptr) != SQLITE_OK) {
        *error = QStringLiteral("%1 (in: %2)").arg(QString::fromUtf8(sqlite3_errmsg(db)), sql.left(80));
        m_stmt = nullptr;
        return false;
    }
    return true;
}

void SqliteStatement::bind(int index, const ColumnValue &value)
{
    const int i = index + 1;
    switch (value.kind) {
    case ColumnValue::Kind::Null:
        sqlite3_bind_null(m_stmt, i);
        break;
    case ColumnValue::Kind::Integer:
        sqlite3_bind_int64(m_stmt, i, value.integer);
        break;
    case ColumnValue::Kind::Real:
        sqlite3_bind_double(m_stmt, i, value.real);
        break;
    case ColumnValue::Kind::Text:
        if (!value.utf8.isNull()) {
            sqlite3_bind_text(m_stmt, i, value.utf8.constData(), static_cast<int>(value.utf8.size()),
                              SQLITE_STATIC);
            break;
        }
        m_texts.append(value.text.toUtf8());
        sqlite3_bind_text(m_stmt, i, m_texts.last().constData(), static_cast<int>(m_texts.last().size()),
                          SQLITE_STATIC);
        break;
    }
}

bool SqliteStatement::step(QString *error, bool *hasRow)
{
    const int rc = sqlite3_step(m_stmt);
    m_lastConstraint = (rc & 0xff) == SQLITE_CONSTRAINT;
    if (hasRow)
        *hasRow = rc == SQLITE_ROW;
    if (rc == SQLITE_ROW || rc == SQLITE_DONE)
        return true;
    *error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_texts.clear();
}

bool SqliteStatement::exec(QString *error)
{
    const bool ok = step(error);
    reset();
    return ok;
}

ColumnValue SqliteStatement::column(int index) const
{
    switch (sqlite3_column_type(m_stmt, index)) {
    case SQLITE_INTEGER:
        return ColumnValue::of(static_cast<qint64>(sqlite3_column_int64(m_stmt, index)));
    case SQLITE_FLOAT:
        return ColumnValue::of(sqlite3_column_double(m_stmt, index));
    case SQLITE_NULL:
        return ColumnValue::null();
    default: {
        const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_stmt, index));
        const int bytes = sqlite3_column_bytes16(m_stmt, index);
        return ColumnValue::of(QString(reinterpret_cast<const QChar *>(data), bytes / 2));
    }
    }
}

} // namespace verrijkt
