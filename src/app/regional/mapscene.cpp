#include "mapscene.h"

#include "programmelabels.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace verrijkt {

QList<MapLegendEntry> MapScene::legendFor(MapColouring colouring)
{
    switch (colouring) {
    case MapColouring::Tier:
        return {{labels::tier(Tier::None), labels::tierColour(Tier::None), 0},
                {labels::tier(Tier::TwoHours), labels::tierColour(Tier::TwoHours), 0},
                {labels::tier(Tier::SixHours), labels::tierColour(Tier::SixHours), 0}};
    case MapColouring::BridgeOfficer:
        return {
            {QCoreApplication::translate("MapScene", "No bridge officer"), labels::officerColour(false), 0},
            {QCoreApplication::translate("MapScene", "Bridge officer placed"), labels::officerColour(true),
             0}};
    case MapColouring::Library:
        return {
            {labels::libraryStatus(LibraryStatus::None), labels::libraryColour(LibraryStatus::None), 0},
            {labels::libraryStatus(LibraryStatus::Intake), labels::libraryColour(LibraryStatus::Intake), 0},
            {labels::libraryStatus(LibraryStatus::AgreementSigned),
             labels::libraryColour(LibraryStatus::AgreementSigned), 0},
            {labels::libraryStatus(LibraryStatus::Active), labels::libraryColour(LibraryStatus::Active), 0}};
    }
    return {};
}

int MapScene::categoryOf(const SchoolListModel::Row &row, MapColouring colouring)
{
    switch (colouring) {
    case MapColouring::Tier:
        return int(row.status.tier);
    case MapColouring::BridgeOfficer:
        return row.status.placedFte > 0 ? 1 : 0;
    case MapColouring::Library:
        return int(row.status.library);
    }
    return 0;
}

namespace {

// Where to write a municipality's name: the centre of its largest ring's bounding box, moved to
// the ring's own vertex average when the box centre falls outside (curved shapes).
QPointF labelAnchor(const MunicipalityShape &shape)
{
    const QList<QPolygonF> *largest = nullptr;
    double largestArea = -1;
    for (const QList<QPolygonF> &polygon : shape.polygons) {
        const QRectF r = polygon.first().boundingRect();
        if (r.width() * r.height() > largestArea) {
            largestArea = r.width() * r.height();
            largest = &polygon;
        }
    }
    if (!largest)
        return {};
    const QPointF centre = largest->first().boundingRect().center();
    if (shape.contains(centre.x(), centre.y()))
        return centre;
    QPointF sum;
    for (const QPointF &p : largest->first())
        sum += p;
    return sum / double(largest->first().size());
}

QRectF schoolBounds(const QList<SchoolListModel::Row> &schools, const QString &municipalityCode)
{
    QRectF r;
    for (const SchoolListModel::Row &row : schools) {
        if (!municipalityCode.isEmpty() && row.school.municipalityCode != municipalityCode)
            continue;
        const QRectF point(row.school.lon, row.school.lat, 0, 0);
        r = r.isNull() ? point : r.united(point);
    }
    return r;
}

} // namespace

void MapScene::build(const Input &input)
{
    m_areas.clear();
    m_dots.clear();
    m_shapes = input.shapes;
    m_legend = legendFor(input.colouring);
    static const QList<SchoolListModel::Row> kNoSchools;
    const QList<SchoolListModel::Row> &schools = input.schools ? *input.schools : kNoSchools;

    // The area shown: the filtered municipality, else every shape, else the schools themselves.
    QRectF area;
    const MunicipalityShape *focus = input.shapes ? input.shapes->find(input.municipalityCode) : nullptr;
    if (focus)
        area = focus->bounds();
    else if (input.shapes && !input.shapes->shapes().isEmpty() && input.municipalityCode.isEmpty())
        area = input.shapes->bounds();
    else
        area = schoolBounds(schools, input.municipalityCode);
    if (area.width() < 0.01 || area.height() < 0.01) // a single school: show a few kilometres round it
        area = area.adjusted(-0.03, -0.02, 0.03, 0.02);
    m_projection = MapProjection(area, input.viewport, input.marginPx);
    if (!m_projection.isValid())
        return;

    // Dots grow a little when zoomed into one municipality, within touch-friendly bounds.
    const double shortSide = std::min(input.viewport.width(), input.viewport.height());
    m_dotRadius = std::clamp(shortSide / (focus ? 70.0 : 130.0), 3.0, 8.0);

    if (input.shapes) {
        for (const MunicipalityShape &shape : input.shapes->shapes()) {
            MapArea a;
            a.code = shape.code;
            a.name = shape.name;
            a.highlighted = input.municipalityCode.isEmpty() || shape.code == input.municipalityCode;
            for (const QList<QPolygonF> &polygon : shape.polygons) {
                for (const QPolygonF &ring : polygon) {
                    QPolygonF projected;
                    projected.reserve(ring.size());
                    for (const QPointF &p : ring)
                        projected.append(m_projection.toScreen(p.x(), p.y()));
                    a.path.addPolygon(projected);
                    a.path.closeSubpath();
                }
            }
            a.path.setFillRule(Qt::OddEvenFill);
            const QPointF anchor = labelAnchor(shape);
            a.labelPosition = m_projection.toScreen(anchor.x(), anchor.y());
            m_areas.append(a);
        }
    }

    for (const SchoolListModel::Row &row : schools) {
        if (!row.school.active)
            continue;
        if (!input.municipalityCode.isEmpty() && row.school.municipalityCode != input.municipalityCode)
            continue;
        const int category = std::clamp(categoryOf(row, input.colouring), 0, int(m_legend.size()) - 1);
        ++m_legend[category].count;
        m_dots.append(MapDot{row.school.vestiging, m_projection.toScreen(row.school.lon, row.school.lat),
                             m_legend[category].colour, category});
    }
    // Paint the most advanced states last so they stay visible where dots overlap.
    std::stable_sort(m_dots.begin(), m_dots.end(),
                     [](const MapDot &a, const MapDot &b) { return a.category < b.category; });
}

QString MapScene::schoolAt(const QPointF &point, double slopPx) const
{
    const double reach = m_dotRadius + slopPx;
    QString best;
    double bestDistance = reach * reach;
    // Later dots are painted on top; on a tie the topmost wins, as the user sees it.
    for (const MapDot &dot : m_dots) {
        const QPointF d = dot.position - point;
        const double distance = d.x() * d.x() + d.y() * d.y();
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = dot.vestiging;
        }
    }
    return best;
}

QString MapScene::municipalityAt(const QPointF &point) const
{
    if (!m_shapes || !m_projection.isValid())
        return {};
    const QPointF geo = m_projection.toGeo(point);
    const MunicipalityShape *shape = m_shapes->at(geo.x(), geo.y());
    return shape ? shape->code : QString();
}

QPointF MapScene::positionOf(const QString &vestiging) const
{
    for (const MapDot &dot : m_dots) {
        if (dot.vestiging == vestiging)
            return dot.position;
    }
    return {};
}

} // namespace verrijkt
