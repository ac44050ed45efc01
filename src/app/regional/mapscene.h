#pragma once

#include "mapprojection.h"
#include "municipalityshapes.h"
#include "schoollistmodel.h"

#include <QColor>
#include <QList>
#include <QPainterPath>
#include <QSizeF>
#include <QString>

namespace verrijkt {

// What the school dots are coloured by.
enum class MapColouring { Tier, BridgeOfficer, Library };

struct MapDot
{
    QString vestiging;
    QPointF position; // item pixels
    QColor colour;
    int category = 0; // index into the legend
};

struct MapArea
{
    QString code;
    QString name;
    QPainterPath path; // item pixels
    QPointF labelPosition;
    bool highlighted = false; // the filtered municipality (or all when no filter)
};

struct MapLegendEntry
{
    QString label;
    QColor colour;
    int count = 0;
};

// The map's geometry in item pixels: municipality areas and school dots, projected for one
// viewport. Pure computation (no painting), so projection and hit-testing are tested without a
// window. A municipality filter zooms to that municipality and hides the other schools.
class MapScene
{
public:
    struct Input
    {
        const MunicipalityShapes *shapes = nullptr; // may be null or empty: dots only
        const QList<SchoolListModel::Row> *schools = nullptr;
        MapColouring colouring = MapColouring::Tier;
        QString municipalityCode; // "" = the whole region
        QSizeF viewport;
        double marginPx = 12.0;
    };

    void build(const Input &input);

    const MapProjection &projection() const { return m_projection; }
    const QList<MapArea> &areas() const { return m_areas; }
    const QList<MapDot> &dots() const { return m_dots; }
    const QList<MapLegendEntry> &legend() const { return m_legend; }
    double dotRadius() const { return m_dotRadius; }

    // The school whose dot is nearest to `point`, if it lies within `slopPx` of the dot's edge.
    QString schoolAt(const QPointF &point, double slopPx = 8.0) const;
    // The municipality under `point` ("" outside every shape).
    QString municipalityAt(const QPointF &point) const;
    // Position of a school's dot; a null point when it is not on the map.
    QPointF positionOf(const QString &vestiging) const;

    static QList<MapLegendEntry> legendFor(MapColouring colouring);
    // The legend category of a school (index into legendFor()).
    static int categoryOf(const SchoolListModel::Row &row, MapColouring colouring);

private:
    MapProjection m_projection;
    QList<MapArea> m_areas;
    QList<MapDot> m_dots;
    QList<MapLegendEntry> m_legend;
    const MunicipalityShapes *m_shapes = nullptr;
    double m_dotRadius = 4.0;
};

} // namespace verrijkt
