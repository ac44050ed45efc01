#include "pdfflow.h"

#include <QFontMetricsF>

namespace verrijkt::pdf {

namespace {
constexpr qreal kMargin = 42; // about 15 mm
constexpr qreal kFooterHeight = 18;
} // namespace

Flow::Flow(QPdfWriter &writer, QPainter &painter, QString footer)
    : m_writer(writer), m_painter(painter), m_footer(std::move(footer))
{
    const QSizeF page = writer.pageLayout().fullRectPoints().size();
    m_area =
        QRectF(kMargin, kMargin, page.width() - 2 * kMargin, page.height() - 2 * kMargin - kFooterHeight);
    m_y = m_area.top();
}

QFont Flow::font(qreal points, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

void Flow::ensure(qreal height)
{
    if (m_y > m_area.top() && m_y + height > m_area.bottom())
        newPage();
}

void Flow::newPage()
{
    footer();
    m_writer.newPage();
    ++m_pages;
    m_y = m_area.top();
}

void Flow::finish()
{
    footer();
}

void Flow::footer()
{
    m_painter.save();
    m_painter.setFont(font(7));
    m_painter.setPen(QColor(90, 90, 90));
    const QRectF band(m_area.left(), m_area.bottom() + 6, m_area.width(), kFooterHeight);
    m_painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
    m_painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter, QString::number(m_pages));
    m_painter.restore();
}

qreal Flow::paragraph(const QString &text, const QFont &font, qreal spaceAfter, qreal indent)
{
    const QFontMetricsF metrics = this->metrics(font);
    const QRectF box(m_area.left() + indent, 0, m_area.width() - indent, 1e6);
    const QRectF needed = metrics.boundingRect(box, Qt::TextWordWrap, text);
    ensure(needed.height());
    m_painter.setFont(font);
    m_painter.setPen(Qt::black);
    m_painter.drawText(QRectF(box.left(), m_y, box.width(), needed.height() + 2), Qt::TextWordWrap, text);
    m_y += needed.height() + spaceAfter;
    return needed.height() + spaceAfter;
}

} // namespace verrijkt::pdf
