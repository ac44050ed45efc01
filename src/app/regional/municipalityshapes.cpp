#include "municipalityshapes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace verrijkt {

namespace {

// A GeoJSON linear ring: [[lon, lat], ...], at least four positions, first equal to last.
std::optional<QPolygonF> readRing(const QJsonValue &value)
{
    const QJsonArray positions = value.toArray();
    if (positions.size() < 4)
        return std::nullopt;
    QPolygonF ring;
    ring.reserve(positions.size());
    for (const QJsonValue &p : positions) {
        const QJsonArray xy = p.toArray();
        if (xy.size() < 2 || !xy.at(0).isDouble() || !xy.at(1).isDouble())
            return std::nullopt;
        ring.append(QPointF(xy.at(0).toDouble(), xy.at(1).toDouble()));
    }
    return ring;
}

std::optional<QList<QPolygonF>> readPolygon(const QJsonValue &value)
{
    QList<QPolygonF> rings;
    for (const QJsonValue &r : value.toArray()) {
        std::optional<QPolygonF> ring = readRing(r);
        if (!ring)
            return std::nullopt;
        rings.append(*ring);
    }
    if (rings.isEmpty())
        return std::nullopt;
    return rings;
}

} // namespace

QRectF MunicipalityShape::bounds() const
{
    QRectF r;
    for (const QList<QPolygonF> &polygon : polygons)
        r = r.isNull() ? polygon.first().boundingRect() : r.united(polygon.first().boundingRect());
    return r;
}

bool MunicipalityShape::contains(double lon, double lat) const
{
    const QPointF p(lon, lat);
    for (const QList<QPolygonF> &polygon : polygons) {
        if (!polygon.first().containsPoint(p, Qt::OddEvenFill))
            continue;
        bool inHole = false;
        for (qsizetype h = 1; h < polygon.size() && !inHole; ++h)
            inHole = polygon.at(h).containsPoint(p, Qt::OddEvenFill);
        if (!inHole)
            return true;
    }
    return false;
}

std::optional<MunicipalityShapes> MunicipalityShapes::fromGeoJson(const QByteArray &json, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return std::optional<MunicipalityShapes>();
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return fail(
            QStringLiteral("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("type")).toString() != QLatin1String("FeatureCollection"))
        return fail(QStringLiteral("not a GeoJSON FeatureCollection"));

    MunicipalityShapes result;
    const QJsonArray features = root.value(QLatin1String("features")).toArray();
    for (qsizetype i = 0; i < features.size(); ++i) {
        const QJsonObject feature = features.at(i).toObject();
        const QJsonObject properties = feature.value(QLatin1String("properties")).toObject();
        const QJsonObject geometry = feature.value(QLatin1String("geometry")).toObject();
        MunicipalityShape shape;
        shape.code = properties.value(QLatin1String("code")).toString();
        shape.name = properties.value(QLatin1String("name")).toString();
        if (shape.code.isEmpty())
            return fail(QStringLiteral("feature %1: property 'code' missing").arg(i));
        const QString type = geometry.value(QLatin1String("type")).toString();
        const QJsonValue coordinates = geometry.value(QLatin1String("coordinates"));
        if (type == QLatin1String("Polygon")) {
            std::optional<QList<QPolygonF>> polygon = readPolygon(coordinates);
            if (!polygon)
                return fail(QStringLiteral("feature %1 (%2): malformed Polygon").arg(i).arg(shape.code));
            shape.polygons.append(*polygon);
        } else if (type == QLatin1String("MultiPolygon")) {
            for (const QJsonValue &p : coordinates.toArray()) {
                std::optional<QList<QPolygonF>> polygon = readPolygon(p);
                if (!polygon)
                    return fail(
                        QStringLiteral("feature %1 (%2): malformed MultiPolygon").arg(i).arg(shape.code));
                shape.polygons.append(*polygon);
            }
            if (shape.polygons.isEmpty())
                return fail(QStringLiteral("feature %1 (%2): empty MultiPolygon").arg(i).arg(shape.code));
        } else {
            return fail(QStringLiteral("feature %1 (%2): geometry type '%3' is not a polygon")
                            .arg(i)
                            .arg(shape.code, type));
        }
        result.m_shapes.append(shape);
    }
    return result;
}

std::optional<MunicipalityShapes> MunicipalityShapes::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return fromGeoJson(file.readAll(), error);
}

QRectF MunicipalityShapes::bounds() const
{
    QRectF r;
    for (const MunicipalityShape &s : m_shapes)
        r = r.isNull() ? s.bounds() : r.united(s.bounds());
    return r;
}

const MunicipalityShape *MunicipalityShapes::find(const QString &code) const
{
    for (const MunicipalityShape &s : m_shapes) {
        if (s.code == code)
            return &s;
    }
    return nullptr;
}

const MunicipalityShape *MunicipalityShapes::at(double lon, double lat) const
{
    for (const MunicipalityShape &s : m_shapes) {
        if (s.contains(lon, lat))
            return &s;
    }
    return nullptr;
}

} // namespace verrijkt
