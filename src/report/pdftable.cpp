#include "pdftable.h"

#include <QFontMetricsF>
#include <algorithm>
#include <numeric>

namespace verrijkt::pdf {

namespace {

constexpr qreal kPad = 3;
constexpr qreal kMaxHeaderWidth = 44; // headers wrap rather than widen a numeric column

bool isTotalRow(const QList<ReportCell> &row)
{
    if (row.isEmpty())
        return false;
    const QString first = row.first().text;
    return first == QLatin1String("Regio") || first == QLatin1String("Region") ||
           first == QLatin1String("Totaal") || first == QLatin1String("Total");
}

struct Layout
{
    QList<bool> rightAligned; // numeric columns, header included
    qreal fontSize = 7.5;
    QList<qreal> widths;
    qreal headerHeight = 0;
    qreal rowHeight = 0;
};

// A header may wrap between words, but a single word must fit.
qreal headerWidth(const QFontMetricsF &head, const QString &header)
{
    qreal longestWord = 0;
    for (const QString &word : header.split(QLatin1Char(' ')))
        longestWord = std::max(longestWord, head.horizontalAdvance(word));
    return std::max(longestWord, std::min(head.horizontalAdvance(header), kMaxHeaderWidth));
}

Layout layout(const Flow &flow, const ReportTable &t, const QList<QStringList> &text, qreal available)
{
    Layout l;
    for (l.fontSize = 7.5; l.fontSize >= 5.5; l.fontSize -= 0.5) {
        const QFontMetricsF body = flow.metrics(Flow::font(l.fontSize));
        const QFontMetricsF head = flow.metrics(Flow::font(l.fontSize, true));
        l.widths.clear();
        for (int c = 0; c < t.columns.size(); ++c) {
            qreal w = headerWidth(head, t.columns.at(c));
            for (const QStringList &row : text)
                w = std::max(w, c < row.size() ? body.horizontalAdvance(row.at(c)) : 0.0);
            l.widths.append(w + 2 * kPad);
        }
        if (std::accumulate(l.widths.begin(), l.widths.end(), 0.0) <= available)
            break;
    }
    for (int c = 0; c < t.columns.size(); ++c) {
        bool numeric = false;
        for (const auto &row : t.rows)
            numeric = numeric || (c < row.size() &&
                                  (row.at(c).isNumeric() || row.at(c).kind == ReportCell::Kind::Suppressed));
        l.rightAligned.append(numeric);
    }
    qreal total = std::accumulate(l.widths.begin(), l.widths.end(), 0.0);
    if (total > available) { // still too wide at the smallest size: narrow the widest text column
        int widest = 0;
        for (int c = 0; c < l.widths.size(); ++c) {
            if (!l.rightAligned.at(c) && l.widths.at(c) > l.widths.at(widest))
                widest = c;
        }
        l.widths[widest] = std::max<qreal>(30, l.widths.at(widest) - (total - available));
    } else if (t.columns.size() > 3) { // spread the spare width so the table spans the page
        for (qreal &w : l.widths)
            w += (available - total) / t.columns.size();
    }
    const QFontMetricsF head = flow.metrics(Flow::font(l.fontSize, true));
    for (int c = 0; c < t.columns.size(); ++c) {
        const QRectF r = head.boundingRect(QRectF(0, 0, l.widths.at(c) - 2 * kPad, 1000), Qt::TextWordWrap,
                                           t.columns.at(c));
        l.headerHeight = std::max(l.headerHeight, r.height() + 2 * kPad);
    }
    l.rowHeight = flow.metrics(Flow::font(l.fontSize)).height() + 2 * kPad;
    return l;
}

void drawHeader(Flow &flow, const ReportTable &t, const Layout &l)
{
    QPainter &p = flow.painter();
    p.setFont(Flow::font(l.fontSize, true));
    qreal x = flow.left();
    const qreal width = std::accumulate(l.widths.begin(), l.widths.end(), 0.0);
    p.fillRect(QRectF(x, flow.y(), width, l.headerHeight), QColor(220, 230, 240));
    for (int c = 0; c < t.columns.size(); ++c) {
        const Qt::Alignment align = (l.rightAligned.at(c) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom;
        p.drawText(QRectF(x + kPad, flow.y() + kPad, l.widths.at(c) - 2 * kPad, l.headerHeight - 2 * kPad),
                   align | Qt::TextWordWrap, t.columns.at(c));
        x += l.widths.at(c);
    }
    flow.advance(l.headerHeight);
}

} // namespace

void drawTable(Flow &flow, const ReportTable &t, Language language)
{
    QList<QStringList> text;
    for (const auto &row : t.rows) {
        QStringList cells;
        for (const ReportCell &cell : row)
            cells << cell.display(language);
        text << cells;
    }
    const Layout l = layout(flow, t, text, flow.width());
    const qreal tableWidth = std::accumulate(l.widths.begin(), l.widths.end(), 0.0);

    flow.paragraph(t.title, Flow::font(9.5, true), 3);
    flow.ensure(l.headerHeight + 2 * l.rowHeight);
    drawHeader(flow, t, l);
    QPainter &p = flow.painter();
    const QFontMetricsF metrics = flow.metrics(Flow::font(l.fontSize));
    for (int r = 0; r < t.rows.size(); ++r) {
        if (flow.spaceLeft() < l.rowHeight) {
            flow.newPage();
            drawHeader(flow, t, l);
        }
        const bool total = isTotalRow(t.rows.at(r));
        if (r % 2 == 1 || total)
            p.fillRect(QRectF(flow.left(), flow.y(), tableWidth, l.rowHeight),
                       total ? QColor(235, 235, 235) : QColor(247, 247, 247));
        p.setFont(Flow::font(l.fontSize, total));
        p.setPen(Qt::black);
        qreal x = flow.left();
        for (int c = 0; c < text.at(r).size() && c < l.widths.size(); ++c) {
            const ReportCell &cell = t.rows.at(r).at(c);
            const bool right = cell.isNumeric() || cell.kind == ReportCell::Kind::Suppressed;
            const qreal w = l.widths.at(c) - 2 * kPad;
            p.drawText(QRectF(x + kPad, flow.y(), w, l.rowHeight),
                       (right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                       metrics.elidedText(text.at(r).at(c), Qt::ElideRight, w));
            x += l.widths.at(c);
        }
        flow.advance(l.rowHeight);
    }
    p.setPen(QColor(150, 150, 150));
    p.drawLine(QPointF(flow.left(), flow.y()), QPointF(flow.left() + tableWidth, flow.y()));
    flow.advance(4);
    if (!t.note.isEmpty())
        flow.paragraph(t.note, Flow::font(6.5), 4);
    flow.advance(8);
}

} // namespace verrijkt::pdf
