#include "csvexport.h"

#include "reportlog.h"

#include <QDir>
#include <QSaveFile>

namespace verrijkt {

namespace {

QByteArray field(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

} // namespace

QByteArray tableToCsv(const ReportTable &table)
{
    QByteArray out("\xEF\xBB\xBF");
    QByteArrayList header;
    for (const QString &c : table.columns)
        header << field(c);
    out += header.join(',') + "\r\n";
    for (const auto &row : table.rows) {
        QByteArrayList fields;
        for (const ReportCell &cell : row)
            fields << field(cell.exportText());
        out += fields.join(',') + "\r\n";
    }
    return out;
}

ExportResult writeCsvFolder(const YearReport &report, const QString &folder)
{
    ExportResult result;
    if (!QDir().mkpath(folder)) {
        result.error = QStringLiteral("%1: cannot create the folder").arg(folder);
        return result;
    }
    const QDir dir(folder);
    for (const ReportTable &t : report.tables()) {
        QSaveFile file(dir.filePath(t.id + QStringLiteral(".csv")));
        if (!file.open(QIODevice::WriteOnly) || file.write(tableToCsv(t)) < 0 || !file.commit()) {
            result.error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
            return result;
        }
        result.files << file.fileName();
    }
    result.ok = true;
    qCInfo(lcReport) << "wrote" << result.files.size() << "CSV files to" << folder;
    return result;
}

} // namespace verrijkt
