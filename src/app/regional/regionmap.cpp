#include "regionmap.h"

#include "regionallog.h"
#include "schoollistmodel.h"

#include <QPainter>
#include <QUrl>
#include <algorithm>
#include <cmath>
#include <limits>

namespace verrijkt {

RegionMap::RegionMap(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
    setOpaquePainting(false);
}

void RegionMap::setSchools(SchoolListModel *schools)
{
    if (m_schools == schools)
        return;
    if (m_schools)
        disconnect(m_schools, nullptr, this, nullptr);
    m_schools = schools;
    if (m_schools)
        connect(m_schools, &SchoolListModel::rowsRefreshed, this, &RegionMap::rebuild);
    rebuild();
    emit schoolsChanged();
}

void RegionMap::setShapesFile(const QString &path)
{
    // QML hands over URLs ("file:///...") as often as plain paths.
    const QString local = path.startsWith(QLatin1String("file:")) ? QUrl(path).toLocalFile() : path;
    if (local == m_shapesFile)
        return;
    m_shapesFile = local;
    m_shapes.reset();
    m_shapesError.clear();
    if (!local.isEmpty()) {
        QString error;
        m_shapes = MunicipalityShapes::fromFile(local, &error);
        if (!m_shapes) {
            m_shapesError = error;
            qCWarning(lcRegional) << "municipality shapes not loaded:" << error;
        }
    }
    emit shapesChanged();
    rebuild();
}

void RegionMap::setColouring(Colouring colouring)
{
    if (colouring == m_colouring)
        return;
    m_colouring = colouring;
    emit colouringChanged();
    rebuild();
}

void RegionMap::setMunicipalityCode(const QString &code)
{
    if (code == m_municipalityCode)
        return;
    m_municipalityCode = code;
    emit municipalityCodeChanged();
    rebuild();
}

void RegionMap::setSelectedVestiging(const QString &vestiging)
{
    if (vestiging == m_selected)
        return;
    m_selected = vestiging;
    emit selectedVestigingChanged();
    update();
}

QVariantList RegionMap::legend() const
{
    QVariantList out;
    for (const MapLegendEntry &e : m_scene.legend())
        out.append(QVariantMap{{QStringLiteral("label"), e.label},
                               {QStringLiteral("colour"), e.colour},
                               {QStringLiteral("count"), e.count}});
    return out;
}

QString RegionMap::schoolAt(qreal x, qreal y) const
{
    return m_scene.schoolAt(QPointF(x, y));
}

QString RegionMap::municipalityAt(qreal x, qreal y) const
{
    return m_scene.municipalityAt(QPointF(x, y));
}

void RegionMap::selectNext(int step)
{
    QList<MapDot> dots = m_scene.dots();
    if (dots.isEmpty())
        return;
    std::sort(dots.begin(), dots.end(), [](const MapDot &a, const MapDot &b) {
        return a.position.x() != b.position.x() ? a.position.x() < b.position.x() : a.vestiging < b.vestiging;
    });
    const auto it =
        std::find_if(dots.cbegin(), dots.cend(), [&](const MapDot &d) { return d.vestiging == m_selected; });
    const qsizetype n = dots.size();
    const qsizetype current = it == dots.cend() ? (step > 0 ? -1 : 0) : it - dots.cbegin();
    setSelectedVestiging(dots.at(((current + step) % n + n) % n).vestiging);
}

void RegionMap::selectTowards(int dx, int dy)
{
    const QPointF from = m_scene.positionOf(m_selected);
    if (m_selected.isEmpty() || from.isNull()) {
        selectNext(1);
        return;
    }
    // The nearest dot within a 90-degree cone around the direction, distance weighted by how far
    // it strays from the direction so that "right" prefers dots straight to the right.
    const QPointF dir(dx, dy);
    QString best;
    double bestScore = std::numeric_limits<double>::max();
    for (const MapDot &dot : m_scene.dots()) {
        const QPointF d = dot.position - from;
        const double along = d.x() * dir.x() + d.y() * dir.y();
        const double across = std::abs(d.x() * dir.y() - d.y() * dir.x());
        if (dot.vestiging == m_selected || along <= 0 || across > along)
            continue;
        const double score = along + 2.0 * across;
        if (score < bestScore) {
            bestScore = score;
            best = dot.vestiging;
        }
    }
    if (!best.isEmpty())
        setSelectedVestiging(best);
}

void RegionMap::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size())
        rebuild();
}

void RegionMap::rebuild()
{
    MapScene::Input input;
    input.shapes = m_shapes ? &*m_shapes : nullptr;
    input.schools = m_schools ? &m_schools->rows() : nullptr;
    input.colouring = MapColouring(m_colouring);
    input.municipalityCode = m_municipalityCode;
    input.viewport = size();
    m_scene.build(input);
    emit sceneChanged();
    update();
}

void RegionMap::paint(QPainter *painter)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor land(0xf4, 0xf1, 0xea);
    const QColor landDimmed(0xe6, 0xe6, 0xe6);
    const QColor border(0x8a, 0x84, 0x78);

    for (const MapArea &area : m_scene.areas()) {
        painter->setPen(QPen(border, area.highlighted ? 1.2 : 0.8));
        painter->setBrush(area.highlighted ? land : landDimmed);
        painter->drawPath(area.path);
    }

    const double r = m_scene.dotRadius();
    painter->setPen(QPen(QColor(255, 255, 255, 220), std::max(0.8, r / 4)));
    for (const MapDot &dot : m_scene.dots()) {
        painter->setBrush(dot.colour);
        painter->drawEllipse(dot.position, r, r);
    }

    // Municipality names above the dots, with a halo so they stay readable over them.
    QFont font = painter->font();
    font.setPixelSize(int(std::clamp(std::min(width(), height()) / 45.0, 10.0, 14.0)));
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    for (const MapArea &area : m_scene.areas()) {
        if (!area.highlighted)
            continue;
        const QRectF box = metrics.boundingRect(area.name);
        const QRectF bounds = area.path.boundingRect();
        if (box.width() > bounds.width() * 0.9) // too small on this screen to carry its name
            continue;
        QPainterPath text;
        text.addText(area.labelPosition - QPointF(box.width() / 2, -metrics.ascent() / 2 + metrics.descent()),
                     font, area.name);
        painter->setPen(QPen(QColor(255, 255, 255, 200), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(text);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x3c, 0x3a, 0x36));
        painter->drawPath(text);
    }

    const QPointF selected = m_scene.positionOf(m_selected);
    if (!m_selected.isEmpty() && !selected.isNull()) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(QColor(0x11, 0x11, 0x11), 2.5));
        painter->drawEllipse(selected, r + 4, r + 4);
        painter->setPen(QPen(Qt::white, 1.5));
        painter->drawEllipse(selected, r + 6, r + 6);
    }
}

} // namespace verrijkt
