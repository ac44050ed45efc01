#pragma once

#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <optional>

namespace verrijkt {

// One municipality's boundary: its polygons (a MultiPolygon has several), each an outer ring
// followed by its holes, in lon/lat degrees.
struct MunicipalityShape
{
    QString code; // CBS code, "GM0014"
    QString name;
    QList<QList<QPolygonF>> polygons;

    QRectF bounds() const;
    bool contains(double lon, double lat) const; // inside an outer ring and outside its holes
};

// The municipality boundaries the map draws, read from a GeoJSON FeatureCollection of Polygon /
// MultiPolygon features with properties `code` and `name` (municipalities_region.geojson).
class MunicipalityShapes
{
public:
    static std::optional<MunicipalityShapes> fromGeoJson(const QByteArray &json, QString *error);
    static std::optional<MunicipalityShapes> fromFile(const QString &path, QString *error);

    const QList<MunicipalityShape> &shapes() const { return m_shapes; }
    QRectF bounds() const; // of all shapes; empty when there are none
    const MunicipalityShape *find(const QString &code) const;
    const MunicipalityShape *at(double lon, double lat) const; // the shape containing the point

private:
    QList<MunicipalityShape> m_shapes;
};

} // namespace verrijkt
