#include "xlsxexport.h"

#include "reportlog.h"

#include <QFile>
#include <QFileInfo>
#include <cmath>
#include <xlsxwriter.h>

namespace verrijkt {

namespace {

struct Formats
{
    lxw_format *bold = nullptr;
    lxw_format *title = nullptr;
    lxw_format *integer = nullptr;
    lxw_format *decimal1 = nullptr;
    lxw_format *percent = nullptr;
    lxw_format *money = nullptr;
    lxw_format *suppressed = nullptr;
};

Formats makeFormats(lxw_workbook *wb)
{
    Formats f;
    f.bold = workbook_add_format(wb);
    format_set_bold(f.bold);
    format_set_text_wrap(f.bold);
    f.title = workbook_add_format(wb);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    f.integer = workbook_add_format(wb);
    format_set_num_format(f.integer, "#,##0");
    f.decimal1 = workbook_add_format(wb);
    format_set_num_format(f.decimal1, "#,##0.0");
    f.percent = workbook_add_format(wb);
    format_set_num_format(f.percent, "0.0\"%\"");
    f.money = workbook_add_format(wb);
    format_set_num_format(f.money, "\"EUR \"#,##0");
    f.suppressed = workbook_add_format(wb);
    format_set_align(f.suppressed, LXW_ALIGN_RIGHT);
    return f;
}

lxw_format *numberFormat(const Formats &f, const ReportCell &cell)
{
    switch (cell.kind) {
    case ReportCell::Kind::Integer:
        return f.integer;
    case ReportCell::Kind::Percent:
        return f.percent;
    case ReportCell::Kind::Money:
        return f.money;
    case ReportCell::Kind::Number:
        return cell.decimals == 0 ? f.integer : f.decimal1;
    default:
        return nullptr;
    }
}

void writeCover(lxw_workbook *wb, const Formats &f, const YearReport &report)
{
    lxw_worksheet *ws = workbook_add_worksheet(wb, "verslag");
    worksheet_set_column(ws, 0, 0, 40, nullptr);
    worksheet_set_column(ws, 1, 1, 100, nullptr);
    lxw_row_t row = 0;
    worksheet_write_string(ws, row++, 0, report.title.toUtf8().constData(), f.title);
    worksheet_write_string(ws, row++, 0, report.subtitle.toUtf8().constData(), nullptr);
    worksheet_write_string(ws, row++, 0, report.generatedAt.toString(Qt::ISODate).toUtf8().constData(),
                           nullptr);
    ++row;
    for (const QString &h : report.headlines)
        worksheet_write_string(ws, row++, 0, h.toUtf8().constData(), nullptr);
    ++row;
    for (const ReportTable &t : report.tables()) {
        worksheet_write_string(ws, row, 0, t.id.toUtf8().constData(), f.bold);
        worksheet_write_string(
            ws, row, 1,
            (t.title + (t.note.isEmpty() ? QString() : QStringLiteral(": ") + t.note)).toUtf8().constData(),
            nullptr);
        ++row;
    }
}

void writeTable(lxw_workbook *wb, const Formats &f, const ReportTable &t)
{
    lxw_worksheet *ws = workbook_add_worksheet(wb, t.id.left(31).toUtf8().constData());
    for (int c = 0; c < t.columns.size(); ++c) {
        worksheet_write_string(ws, 0, c, t.columns.at(c).toUtf8().constData(), f.bold);
        worksheet_set_column(ws, c, c, c == 0 || t.columns.size() <= 3 ? 28 : 16, nullptr);
    }
    worksheet_freeze_panes(ws, 1, 0);
    for (int r = 0; r < t.rows.size(); ++r) {
        const auto &row = t.rows.at(r);
        for (int c = 0; c < row.size(); ++c) {
            const ReportCell &cell = row.at(c);
            if (cell.isNumeric())
                worksheet_write_number(
                    ws, r + 1, c, cell.kind == ReportCell::Kind::Money ? std::round(cell.value) : cell.value,
                    numberFormat(f, cell));
            else
                worksheet_write_string(ws, r + 1, c, cell.text.toUtf8().constData(),
                                       cell.kind == ReportCell::Kind::Suppressed ? f.suppressed : nullptr);
        }
    }
}

} // namespace

ExportResult writeXlsx(const YearReport &report, const QString &path)
{
    ExportResult result;
    // Written beside the target and renamed at the end, so a failure never leaves half a workbook.
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    lxw_workbook *wb = workbook_new(QFile::encodeName(partial).constData());
    if (!wb) {
        result.error = QStringLiteral("%1: cannot create the workbook").arg(path);
        return result;
    }
    const Formats f = makeFormats(wb);
    writeCover(wb, f, report);
    for (const ReportTable &t : report.tables())
        writeTable(wb, f, t);
    const lxw_error error = workbook_close(wb);
    if (error != LXW_NO_ERROR) {
        QFile::remove(partial);
        result.error = QStringLiteral("%1: %2").arg(path, QString::fromUtf8(lxw_strerror(error)));
        return result;
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        result.error = QStringLiteral("%1: cannot move the finished workbook into place").arg(path);
        return result;
    }
    result.ok = true;
    result.files << path;
    qCInfo(lcReport) << "wrote workbook" << QFileInfo(path).fileName() << "with" << report.tables().size()
                     << "tables";
    return result;
}

} // namespace verrijkt
