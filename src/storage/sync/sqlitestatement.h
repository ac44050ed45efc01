#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVarLengthArray>

struct sqlite3;
struct sqlite3_stmt;

namespace verrijkt {

// One value of a local column, in SQLite's own storage classes.
struct ColumnValue
{
    enum class Kind { Null, Integer, Real, Text };
    Kind kind = Kind::Null;
    qint64 integer = 0;
    double real = 0;
    QString text;
    QByteArray utf8; // `text` already encoded (done off the storing thread); null if not

    static ColumnValue null() { return {}; }
    static ColumnValue of(qint64 v) { return {Kind::Integer, v, 0, {}, {}}; }
    static ColumnValue of(double v) { return {Kind::Real, 0, v, {}, {}}; }
    static ColumnValue of(QString v) { return {Kind::Text, 0, 0, std::move(v), {}}; }
};

// A prepared statement on the SQLite handle under a QSqlDatabase connection, for the one hot path
// that stores pulled pages: Qt's SQL layer costs more per row there than SQLite itself (a QVariant
// per bound value, copies of every parameter list per exec). Same connection, same transaction as
// the Qt queries around it.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // The sqlite3 handle of a QSQLITE connection, nullptr if it is not one.
    static sqlite3 *handleOf(const QSqlDatabase &db);

    bool prepare(sqlite3 *db, const QString &sql, QString *error);
    bool isPrepared() const { return m_stmt != nullptr; }

    // Parameters are 0-based here. Text is bound without a copy: bind() keeps the UTF-8 of the
    // current row until reset(); text that comes already encoded (`utf8`) is bound from the value
    // itself, which must then live until step() returned.
    void bind(int index, const ColumnValue &value);
    // Runs the statement: true on a row or on done (`hasRow` tells which); false with `error`.
    bool step(QString *error, bool *hasRow = nullptr);
    // Ready for the next run (bindings cleared).
    void reset();
    // step() then reset(), for statements that return no rows (lastErrorIsConstraint() still tells).
    bool exec(QString *error);

    ColumnValue column(int index) const;
    bool lastErrorIsConstraint() const { return m_lastConstraint; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    // Bound text as UTF-8 (the database's encoding: SQLite need not convert it), alive until reset().
    QVarLengthArray<QByteArray, 16> m_texts;
    bool m_lastConstraint = false;
};

} // namespace verrijkt
