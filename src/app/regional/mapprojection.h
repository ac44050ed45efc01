#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace verrijkt {

// Longitude/latitude (WGS84 degrees) to item pixels. Equirectangular, with longitudes shrunk by
// cos(latitude) at the centre of the area so that at this latitude (~53 N) shapes keep their
// proportions; over a region of 100 km the distortion is well under one percent. The area is
// fitted into the viewport with a margin and centred, y growing downwards.
class MapProjection
{
public:
    MapProjection() = default;
    // `area`: x = longitude, y = latitude (top = south edge, height = latitude span).
    MapProjection(const QRectF &area, const QSizeF &viewport, double marginPx = 8.0);

    bool isValid() const { return m_scale > 0; }
    QPointF toScreen(double lon, double lat) const;
    QPointF toGeo(const QPointF &screen) const; // x = longitude, y = latitude
    double pixelsPerDegreeLatitude() const { return m_scale; }

private:
    double m_cosLat = 1.0;
    double m_scale = 0;   // pixels per projected degree
    double m_originX = 0; // projected x of the area's west edge
    double m_originY = 0; // latitude of the area's north edge
    QPointF m_offset;     // pixel position of (west, north) after centring
};

} // namespace verrijkt
