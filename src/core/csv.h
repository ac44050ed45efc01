#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace verrijkt {

// RFC 4180 CSV reader: quoted fields with embedded commas, quotes ("") and line breaks, CRLF or LF,
// UTF-8 (a BOM is skipped; invalid UTF-8 is an error). Header-based access by column name.
struct CsvRecord
{
    int line = 0; // 1-based line where the record starts in the file
    QStringList fields;
};

struct CsvTable
{
    QStringList header;
    QList<CsvRecord> records;
    QString error;    // non-empty if the file is malformed (unterminated quote, bad UTF-8, empty)
    int errorLine = 0;

    bool ok() const { return error.isEmpty(); }
    int column(const QString &name) const { return header.indexOf(name); }
    QString value(const CsvRecord &r, const QString &name) const; // empty if column missing
};

CsvTable parseCsv(const QByteArray &data);

} // namespace verrijkt
