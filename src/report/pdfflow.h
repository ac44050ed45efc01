#pragma once

// Internal to the PDF report: flows blocks of text, tables and charts down A4 pages. Coordinates
// are points (the writer runs at 72 dpi), so font point sizes and positions share one unit.
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QRectF>
#include <QString>

namespace verrijkt::pdf {

class Flow
{
public:
    Flow(QPdfWriter &writer, QPainter &painter, QString footer);

    QPainter &painter() { return m_painter; }
    qreal left() const { return m_area.left(); }
    qreal width() const { return m_area.width(); }
    qreal y() const { return m_y; }
    void advance(qreal height) { m_y += height; }
    qreal spaceLeft() const { return m_area.bottom() - m_y; }
    int pages() const { return m_pages; }

    // Starts a new page unless `height` still fits on this one (a block taller than a page gets a
    // fresh page and may run over its bottom margin only by design of its caller).
    void ensure(qreal height);
    void newPage();
    void finish(); // footer of the last page

    // Wrapped text in the given font; returns the height used.
    qreal paragraph(const QString &text, const QFont &font, qreal spaceAfter = 6, qreal indent = 0);

    static QFont font(qreal points, bool bold = false);
    // Metrics on the PDF device itself: the screen's metrics (another dpi) would misjudge widths.
    QFontMetricsF metrics(const QFont &font) const { return QFontMetricsF(font, &m_writer); }

private:
    void footer();

    QPdfWriter &m_writer;
    QPainter &m_painter;
    QString m_footer;
    QRectF m_area;
    qreal m_y = 0;
    int m_pages = 1;
};

} // namespace verrijkt::pdf
