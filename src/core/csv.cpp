#include "csv.h"

namespace verrijkt {

namespace {
// Byte offset of the first invalid UTF-8 sequence (overlong forms, surrogates and code points
// above U+10FFFF included), or -1 when the data is valid.
qsizetype firstInvalidUtf8(const QByteArray &data)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype size = data.size();
    for (qsizetype i = 0; i < size;) {
        const unsigned char lead = bytes[i];
        int length = 0;
        char32_t min = 0;
        char32_t cp = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if ((lead & 0xE0) == 0xC0) {
            length = 2, min = 0x80, cp = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3, min = 0x800, cp = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4, min = 0x10000, cp = lead & 0x07;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (bytes[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}
} // namespace

QString CsvTable::value(const CsvRecord &r, const QString &name) const
{
    const int index = column(name);
    return index >= 0 && index < r.fields.size() ? r.fields.at(index) : QString();
}

CsvTable parseCsv(const QByteArray &input)
{
    CsvTable table;
    QByteArray data = input;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);

    if (const qsizetype bad = firstInvalidUtf8(data); bad >= 0) {
        table.errorLine = int(data.left(bad).count('\n')) + 1;
        table.error =
            QStringLiteral("invalid UTF-8 on line %1 (save the file as UTF-8)").arg(table.errorLine);
        return table;
    }
    const QString text = QString::fromUtf8(data);
    if (text.trimmed().isEmpty()) {
        table.error = QStringLiteral("the file is empty");
        table.errorLine = 1;
        return table;
    }

    QList<CsvRecord> rows;
    CsvRecord record;
    QString field;
    bool fieldQuoted = false; // the current field began with a quote
    bool inQuotes = false;
    bool afterClosingQuote = false;
    int line = 1;
    int quoteStartLine = 0;
    record.line = 1;

    auto endField = [&] {
        record.fields.append(field);
        field.clear();
        fieldQuoted = false;
        afterClosingQuote = false;
    };
    auto endRecord = [&] {
        // A line with nothing on it (not even "") is skipped rather than read as one empty field.
        const bool blank = record.fields.isEmpty() && field.isEmpty() && !fieldQuoted;
        endField();
        if (!blank)
            rows.append(record);
        record = CsvRecord();
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    inQuotes = false;
                    afterClosingQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            record.line = line;
        } else if (afterClosingQuote) {
            table.error = QStringLiteral("line %1: unexpected text after a closing quote").arg(line);
            table.errorLine = line;
            break;
        } else if (c == QLatin1Char('"') && field.isEmpty() && !fieldQuoted) {
            inQuotes = true;
            fieldQuoted = true;
            quoteStartLine = line;
        } else {
            // A quote inside an unquoted field is kept literally (lenient, as spreadsheets read it).
            field.append(c);
        }
    }
    if (table.ok() && inQuotes) {
        table.error = QStringLiteral("line %1: a quoted field is not closed").arg(quoteStartLine);
        table.errorLine = quoteStartLine;
    } else if (table.ok() && (!field.isEmpty() || fieldQuoted || !record.fields.isEmpty())) {
        endRecord(); // last line without a line break
    }

    if (!rows.isEmpty()) {
        table.header = rows.takeFirst().fields;
        for (QString &name : table.header)
            name = name.trimmed();
    }
    table.records = rows;
    return table;
}

} // namespace verrijkt
