#include "mapprojection.h"

#include <QtMath>
#include <algorithm>

namespace verrijkt {

MapProjection::MapProjection(const QRectF &area, const QSizeF &viewport, double marginPx)
{
    const QRectF a = area.normalized();
    const double usableWidth = viewport.width() - 2 * marginPx;
    const double usableHeight = viewport.height() - 2 * marginPx;
    if (a.isEmpty() || usableWidth <= 0 || usableHeight <= 0)
        return;
    m_cosLat = std::cos(qDegreesToRadians(a.center().y()));
    const double projectedWidth = a.width() * m_cosLat;
    m_scale = std::min(usableWidth / projectedWidth, usableHeight / a.height());
    m_originX = a.left() * m_cosLat;
    m_originY = a.bottom(); // the north edge: largest latitude
    m_offset = QPointF(marginPx + (usableWidth - projectedWidth * m_scale) / 2,
                       marginPx + (usableHeight - a.height() * m_scale) / 2);
}

QPointF MapProjection::toScreen(double lon, double lat) const
{
    return QPointF(m_offset.x() + (lon * m_cosLat - m_originX) * m_scale,
                   m_offset.y() + (m_originY - lat) * m_scale);
}

QPointF MapProjection::toGeo(const QPointF &screen) const
{
    if (!isValid())
        return {};
    const double lon = ((screen.x() - m_offset.x()) / m_scale + m_originX) / m_cosLat;
    const double lat = m_originY - (screen.y() - m_offset.y()) / m_scale;
    return QPointF(lon, lat);
}

} // namespace verrijkt
