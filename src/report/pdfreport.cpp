#include "pdfreport.h"

#include "chartpainter.h"
#include "pdfflow.h"
#include "pdftable.h"
#include "reportlog.h"

#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>

namespace verrijkt {

namespace {

constexpr qreal kChartHeight = 230;

void drawCover(pdf::Flow &flow, const YearReport &report)
{
    const QLocale locale(report.language == Language::Dutch ? QLocale::Dutch : QLocale::English);
    flow.paragraph(report.title, pdf::Flow::font(20, true), 4);
    flow.paragraph(report.subtitle, pdf::Flow::font(10), 2);
    flow.paragraph((report.language == Language::Dutch ? QStringLiteral("Gemaakt op ")
                                                       : QStringLiteral("Generated on ")) +
                       locale.toString(report.generatedAt, QLocale::LongFormat),
                   pdf::Flow::font(7.5), 14);
    for (const QString &h : report.headlines) {
        flow.painter().setFont(pdf::Flow::font(10));
        flow.ensure(16);
        flow.painter().setPen(Qt::black);
        flow.painter().drawText(QPointF(flow.left() + 2, flow.y() + 10), QStringLiteral("\u2022"));
        flow.paragraph(h, pdf::Flow::font(10), 5, 12);
    }
    flow.advance(10);
}

} // namespace

ExportResult writePdf(const YearReport &report, const QString &path)
{
    ExportResult result;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        result.error = QStringLiteral("%1: PDF output needs a QGuiApplication (fonts)").arg(path);
        return result;
    }
    const QString partial = path + QStringLiteral(".partial");
    {
        QPdfWriter writer(partial);
        writer.setResolution(72); // one device unit = one point
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(report.title);
        writer.setCreator(QStringLiteral("Verrijkt"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            QFile::remove(partial);
            result.error = QStringLiteral("%1: cannot write the PDF").arg(path);
            return result;
        }
        pdf::Flow flow(writer, painter, report.title);
        drawCover(flow, report);
        for (const ReportSection &section : report.sections) {
            // A section title stays with its text and first chart (or the start of its first table).
            flow.ensure(80 + (section.charts.isEmpty() ? 80 : kChartHeight));
            flow.paragraph(section.title, pdf::Flow::font(14, true), 6);
            for (const QString &text : section.paragraphs)
                flow.paragraph(text, pdf::Flow::font(9), 8);
            for (const ReportChart &chart : section.charts) {
                flow.ensure(kChartHeight);
                paintChart(painter, QRectF(flow.left(), flow.y(), flow.width(), kChartHeight - 14), chart,
                           report.language);
                flow.advance(kChartHeight);
            }
            for (const ReportTable &table : section.tables)
                pdf::drawTable(flow, table, report.language);
        }
        flow.finish();
        result.pages = flow.pages();
        if (!painter.end()) {
            QFile::remove(partial);
            result.error = QStringLiteral("%1: writing the PDF failed").arg(path);
            return result;
        }
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        result.error = QStringLiteral("%1: cannot move the finished PDF into place").arg(path);
        return result;
    }
    result.ok = true;
    result.files << path;
    qCInfo(lcReport) << "wrote PDF with" << result.pages << "pages";
    return result;
}

} // namespace verrijkt
