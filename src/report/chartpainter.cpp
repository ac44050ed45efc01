#include "chartpainter.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace verrijkt {

namespace {

// Okabe-Ito colours: distinguishable for colour-blind readers and in greyscale print.
const QList<QColor> kPalette{QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                             QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00)};

QFont chartFont(qreal points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

double maximumOf(const ReportChart &chart)
{
    double max = 0;
    for (int c = 0; c < chart.categories.size(); ++c) {
        double stacked = 0;
        for (const ChartSeries &s : chart.series) {
            const double v = c < s.values.size() ? s.values.at(c) : 0.0;
            stacked += v;
            max = std::max(max, v);
        }
        if (chart.kind == ReportChart::Kind::StackedBars)
            max = std::max(max, stacked);
    }
    return max;
}

QString tickLabel(double value, double step, const QLocale &locale)
{
    int decimals = 0; // as many as the step needs: 2.5 -> 1, 0.25 -> 2
    for (double scaled = step; decimals < 3 && std::abs(scaled - std::round(scaled)) > 1e-9; scaled *= 10)
        ++decimals;
    return locale.toString(value, 'f', decimals);
}

qreal drawLegend(QPainter &p, const QRectF &area, const ReportChart &chart, qreal y)
{
    p.setFont(chartFont(7));
    const QFontMetricsF m(p.font(), p.device());
    qreal x = area.left();
    for (int i = 0; i < chart.series.size(); ++i) {
        const qreal w = 14 + m.horizontalAdvance(chart.series.at(i).name) + 12;
        if (x + w > area.right()) {
            x = area.left();
            y += m.height() + 2;
        }
        p.fillRect(QRectF(x, y + 2, 9, m.height() - 4), kPalette.at(i % kPalette.size()));
        p.setPen(Qt::black);
        p.drawText(QPointF(x + 13, y + m.ascent()), chart.series.at(i).name);
        x += w;
    }
    return y + m.height() + 4;
}

} // namespace

AxisScale niceScale(double maximum, int targetTicks)
{
    if (!(maximum > 0))
        return AxisScale{1, 1};
    const double raw = maximum / targetTicks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude * 10;
    for (double f : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (f * magnitude >= raw) {
            step = f * magnitude;
            break;
        }
    }
    return AxisScale{step, std::ceil(maximum / step - 1e-9) * step};
}

void paintChart(QPainter &p, const QRectF &area, const ReportChart &chart, Language language)
{
    const QLocale locale(language == Language::Dutch ? QLocale::Dutch : QLocale::English);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::black);
    p.setFont(chartFont(9, true));
    qreal y = area.top();
    p.drawText(QRectF(area.left(), y, area.width(), 14), Qt::AlignLeft | Qt::AlignVCenter, chart.title);
    y = drawLegend(p, area, chart, y + 16);

    const AxisScale scale = niceScale(maximumOf(chart));
    p.setFont(chartFont(6.5));
    const QFontMetricsF m(p.font(), p.device());
    qreal axisLabelWidth = m.horizontalAdvance(chart.unit);
    for (int i = 0; i <= scale.ticks(); ++i)
        axisLabelWidth =
            std::max(axisLabelWidth, m.horizontalAdvance(tickLabel(i * scale.step, scale.step, locale)));

    // Category labels: horizontal if they fit their slot, else slanted at 45 degrees.
    const int n = std::max<int>(1, chart.categories.size());
    const qreal plotLeft = area.left() + axisLabelWidth + 6;
    const qreal slot = (area.right() - plotLeft) / n;
    qreal longest = 0;
    for (const QString &c : chart.categories)
        longest = std::max(longest, m.horizontalAdvance(c));
    const int labelEvery = chart.kind == ReportChart::Kind::Lines ? std::max(1, int(std::ceil(n / 16.0))) : 1;
    const bool slanted = longest > slot * labelEvery - 4;
    const qreal labelBand =
        slanted ? std::min<qreal>(longest * 0.72 + m.height(), area.height() * 0.35) : m.height() + 4;
    const qreal plotTop = y + 1.6 * m.height(); // room for the unit above the top tick label
    const QRectF plot(plotLeft, plotTop, area.right() - plotLeft, area.bottom() - labelBand - plotTop);

    // Value axis, grid and unit.
    p.setPen(Qt::black);
    p.drawText(QPointF(area.left(), y + m.ascent()), chart.unit);
    for (int i = 0; i <= scale.ticks(); ++i) {
        const qreal ty = plot.bottom() - plot.height() * (i * scale.step / scale.top);
        p.setPen(QPen(QColor(225, 225, 225), 0.5));
        p.drawLine(QPointF(plot.left(), ty), QPointF(plot.right(), ty));
        p.setPen(Qt::black);
        p.drawText(QRectF(area.left(), ty - m.height() / 2, axisLabelWidth, m.height()),
                   Qt::AlignRight | Qt::AlignVCenter, tickLabel(i * scale.step, scale.step, locale));
    }
    auto yOf = [&](double v) { return plot.bottom() - plot.height() * (v / scale.top); };

    const int seriesCount = std::max<int>(1, chart.series.size());
    const bool valueLabels = chart.kind == ReportChart::Kind::Bars && n * seriesCount <= 12;
    for (int c = 0; c < chart.categories.size(); ++c) {
        const qreal x0 = plot.left() + c * slot;
        if (chart.kind == ReportChart::Kind::Lines)
            continue;
        if (chart.kind == ReportChart::Kind::StackedBars) {
            const qreal w = slot * 0.7;
            double base = 0;
            for (int s = 0; s < chart.series.size(); ++s) {
                const double v = chart.series.at(s).values.value(c);
                p.fillRect(QRectF(QPointF(x0 + (slot - w) / 2, yOf(base + v)),
                                  QPointF(x0 + (slot + w) / 2, yOf(base))),
                           kPalette.at(s % kPalette.size()));
                base += v;
            }
        } else {
            const qreal w = slot * 0.8 / seriesCount;
            for (int s = 0; s < chart.series.size(); ++s) {
                const double v = chart.series.at(s).values.value(c);
                const QRectF bar(QPointF(x0 + slot * 0.1 + s * w, yOf(v)),
                                 QPointF(x0 + slot * 0.1 + (s + 1) * w, plot.bottom()));
                p.fillRect(bar, kPalette.at(s % kPalette.size()));
                if (valueLabels) {
                    p.setPen(Qt::black);
                    p.drawText(
                        QRectF(bar.left() - 20, bar.top() - m.height() - 1, bar.width() + 40, m.height()),
                        Qt::AlignHCenter | Qt::AlignBottom, locale.toString(v, 'f', v < 10 ? 1 : 0));
                }
            }
        }
    }
    if (chart.kind == ReportChart::Kind::Lines) {
        for (int s = 0; s < chart.series.size(); ++s) {
            QPainterPath path;
            for (int c = 0; c < chart.categories.size(); ++c) {
                const QPointF pt(plot.left() + (c + 0.5) * slot, yOf(chart.series.at(s).values.value(c)));
                c == 0 ? path.moveTo(pt) : path.lineTo(pt);
            }
            // Later series dashed, so lines that coincide (placed = target) both stay visible.
            QPen pen(kPalette.at(s % kPalette.size()), 1.6);
            if (s > 0)
                pen.setDashPattern({4, 3});
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
        }
    }

    // Axes and category labels.
    p.setPen(QPen(Qt::black, 0.8));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    for (int c = 0; c < chart.categories.size(); c += labelEvery) {
        const qreal cx = plot.left() + (c + 0.5) * slot;
        if (slanted) {
            p.save();
            p.translate(cx, plot.bottom() + 3);
            p.rotate(-45);
            p.drawText(QRectF(-longest - 2, -m.height() / 2, longest, m.height()),
                       Qt::AlignRight | Qt::AlignVCenter, chart.categories.at(c));
            p.restore();
        } else {
            p.drawText(QRectF(cx - slot * labelEvery / 2, plot.bottom() + 2, slot * labelEvery, m.height()),
                       Qt::AlignHCenter | Qt::AlignTop, chart.categories.at(c));
        }
    }
    p.restore();
}

} // namespace verrijkt
