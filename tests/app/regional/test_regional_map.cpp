// The region map: projection, the municipality shapes of the real region, hit-testing.
#include "core/csv.h"
#include "core/registerimport.h"
#include "regional/mapprojection.h"
#include "regional/mapscene.h"
#include "regional/municipalityshapes.h"
#include "regional/regionalstore.h"
#include "regional/regionmap.h"
#include "regional/schoollistmodel.h"
#include "regionalfixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QtMath>
#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::testing;

namespace {

const QString kGeoJson = RegionalFixture::sharedFile("municipalities_region.geojson");

MunicipalityShapes regionShapes()
{
    QString error;
    auto shapes = MunicipalityShapes::fromFile(kGeoJson, &error);
    INFO(error.toStdString());
    REQUIRE(shapes);
    return *shapes;
}

} // namespace

TEST_CASE("MapProjection fits the area, keeps proportions at the area's latitude and inverts")
{
    // One degree of latitude by one of longitude at 53 N: 1 : cos(53) wide.
    const QRectF area(6.0, 53.0, 1.0, 1.0);
    const MapProjection p(area, QSizeF(1000, 1000), 0);
    REQUIRE(p.isValid());
    const QPointF nw = p.toScreen(6.0, 54.0);
    const QPointF se = p.toScreen(7.0, 53.0);
    CHECK(nw.y() == Approx(0).margin(1e-9)); // north at the top
    CHECK(se.y() == Approx(1000));
    const double width = se.x() - nw.x();
    CHECK(width / 1000.0 == Approx(std::cos(qDegreesToRadians(53.5))).epsilon(1e-9));
    CHECK(nw.x() == Approx((1000 - width) / 2)); // centred horizontally

    const QPointF back = p.toGeo(p.toScreen(6.55, 53.21));
    CHECK(back.x() == Approx(6.55));
    CHECK(back.y() == Approx(53.21));

    CHECK_FALSE(MapProjection(area, QSizeF(10, 10), 8).isValid()); // no room inside the margin
    CHECK_FALSE(MapProjection(QRectF(), QSizeF(100, 100), 0).isValid());
}

TEST_CASE("MunicipalityShapes reads the region's 13 municipalities and every school lies in its own")
{
    const MunicipalityShapes shapes = regionShapes();
    REQUIRE(shapes.shapes().size() == 13);
    const MunicipalityShape *groningen = shapes.find(QStringLiteral("GM0014"));
    REQUIRE(groningen);
    CHECK(groningen->name == QStringLiteral("Groningen"));
    CHECK(shapes.bounds().contains(QPointF(6.57, 53.22)));

    QFile file(RegionalFixture::sharedFile("schools_region.csv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const CsvTable table = parseCsv(file.readAll());
    REQUIRE(table.ok());
    const SchoolRegisterParse parsed = parseSchoolRegister(table);
    REQUIRE(parsed.locations.size() == 329);
    int inOwn = 0;
    for (const SchoolLocation &s : parsed.locations) {
        const MunicipalityShape *shape = shapes.at(s.lon, s.lat);
        if (shape && shape->code == s.municipalityCode)
            ++inOwn;
    }
    CHECK(inOwn == 329);
    CHECK(shapes.at(5.0, 52.0) == nullptr);
}

TEST_CASE("MunicipalityShapes refuses malformed GeoJSON with a reason")
{
    QString error;
    CHECK_FALSE(MunicipalityShapes::fromGeoJson("not json", &error));
    CHECK(error.contains(QStringLiteral("not JSON")));
    CHECK_FALSE(MunicipalityShapes::fromGeoJson(R"({"type":"Feature"})", &error));
    CHECK(error.contains(QStringLiteral("FeatureCollection")));
    CHECK_FALSE(MunicipalityShapes::fromGeoJson(
        R"({"type":"FeatureCollection","features":[{"properties":{"code":"GM1"},"geometry":{"type":"Point","coordinates":[6,53]}}]})",
        &error));
    CHECK(error.contains(QStringLiteral("Point")));
    CHECK_FALSE(MunicipalityShapes::fromGeoJson(
        R"({"type":"FeatureCollection","features":[{"properties":{"code":"GM1"},"geometry":{"type":"Polygon","coordinates":[[[6,53],[7,53]]]}}]})",
        &error));
    CHECK(error.contains(QStringLiteral("GM1")));
    // A MultiPolygon with a hole: the hole is outside.
    const auto shapes = MunicipalityShapes::fromGeoJson(
        R"({"type":"FeatureCollection","features":[{"properties":{"code":"GM9","name":"Ring"},"geometry":{"type":"MultiPolygon","coordinates":[[[[0,0],[4,0],[4,4],[0,4],[0,0]],[[1,1],[3,1],[3,3],[1,3],[1,1]]],[[[10,10],[11,10],[11,11],[10,10]]]]}}]})",
        &error);
    INFO(error.toStdString());
    REQUIRE(shapes);
    CHECK(shapes->at(0.5, 0.5) != nullptr);
    CHECK(shapes->at(2.0, 2.0) == nullptr);
    CHECK(shapes->at(10.7, 10.2) != nullptr);
}

TEST_CASE("MapScene places every school inside its municipality's area and hit-tests its dots")
{
    RegionalFixture f;
    RegionalStore store;
    store.setDeviceStore(f.store.get());
    SchoolListModel schools;
    schools.setStore(&store);
    REQUIRE(schools.rowCount() == 329);
    const MunicipalityShapes shapes = regionShapes();

    MapScene scene;
    MapScene::Input input;
    input.shapes = &shapes;
    input.schools = &schools.rows();
    input.viewport = QSizeF(800, 600);
    scene.build(input);
    REQUIRE(scene.areas().size() == 13);
    REQUIRE(scene.dots().size() == 329);
    int legendTotal = 0;
    for (const MapLegendEntry &e : scene.legend())
        legendTotal += e.count;
    CHECK(legendTotal == 329);

    // Every dot is inside the viewport and inside its own municipality's projected area.
    QHash<QString, QString> municipalityOf;
    for (const SchoolListModel::Row &row : schools.rows())
        municipalityOf.insert(row.school.vestiging, row.school.municipalityCode);
    int inside = 0;
    for (const MapDot &dot : scene.dots()) {
        CHECK(QRectF(0, 0, 800, 600).contains(dot.position));
        for (const MapArea &area : scene.areas()) {
            if (area.code == municipalityOf.value(dot.vestiging) && area.path.contains(dot.position))
                ++inside;
        }
    }
    CHECK(inside == 329);

    // A tap on a dot finds that school (or one drawn on top of it at the same spot); a tap in
    // the sea north of the coast finds nothing.
    const MapDot &anloo = *std::find_if(scene.dots().cbegin(), scene.dots().cend(), [](const MapDot &d) {
        return d.vestiging == QStringLiteral("11AK00");
    });
    CHECK(scene.schoolAt(anloo.position) == QStringLiteral("11AK00"));
    CHECK(scene.schoolAt(anloo.position + QPointF(scene.dotRadius() + 3, 0)) == QStringLiteral("11AK00"));
    CHECK(scene.schoolAt(QPointF(2, 2)).isEmpty());
    CHECK(scene.municipalityAt(anloo.position) == QStringLiteral("GM1680"));
    CHECK(scene.municipalityAt(QPointF(1, 1)).isEmpty());

    // Filtering on a municipality zooms in and leaves only its schools.
    input.municipalityCode = QStringLiteral("GM1680");
    scene.build(input);
    int aaEnHunze = 0;
    for (const SchoolListModel::Row &row : schools.rows())
        aaEnHunze += row.school.municipalityCode == QStringLiteral("GM1680") ? 1 : 0;
    CHECK(scene.dots().size() == aaEnHunze);
    const MapArea &focus = *std::find_if(scene.areas().cbegin(), scene.areas().cend(),
                                         [](const MapArea &a) { return a.code == QStringLiteral("GM1680"); });
    CHECK(focus.highlighted);
    CHECK(focus.path.boundingRect().width() > 400); // fills the viewport's short side or width
    const QPointF zoomed = scene.positionOf(QStringLiteral("11AK00"));
    CHECK(scene.schoolAt(zoomed) == QStringLiteral("11AK00"));

    // Without shapes the schools still show, fitted to their own extent.
    input.shapes = nullptr;
    input.municipalityCode.clear();
    scene.build(input);
    CHECK(scene.dots().size() == 329);
    CHECK(scene.areas().isEmpty());
}

TEST_CASE("MapScene colours by the chosen programme")
{
    RegionalStore store;
    store.setToday(QDate(2026, 11, 27));
    store.setSnapshot(smallSnapshot());
    SchoolListModel schools;
    schools.setSchoolYear(2026);
    schools.setStore(&store);
    MapScene scene;
    MapScene::Input input;
    input.schools = &schools.rows();
    input.viewport = QSizeF(400, 400);

    auto counts = [&] {
        QList<int> c;
        for (const MapLegendEntry &e : scene.legend())
            c << e.count;
        return c;
    };
    input.colouring = MapColouring::Tier;
    scene.build(input);
    CHECK(counts() == QList<int>{2, 1, 1}); // none, 2 h, 6 h
    input.colouring = MapColouring::BridgeOfficer;
    scene.build(input);
    CHECK(counts() == QList<int>{2, 2});
    input.colouring = MapColouring::Library;
    scene.build(input);
    CHECK(counts() == QList<int>{1, 1, 1, 1}); // none, intake, signed, active
}

TEST_CASE("RegionMap loads shapes, exposes its legend and moves the selection by keyboard")
{
    RegionalStore store;
    store.setToday(QDate(2026, 11, 27));
    store.setSnapshot(smallSnapshot());
    SchoolListModel schools;
    schools.setSchoolYear(2026);
    schools.setStore(&store);

    RegionMap map;
    map.setSize(QSizeF(500, 400));
    QSignalSpy shapesSpy(&map, &RegionMap::shapesChanged);
    map.setShapesFile(QStringLiteral("/nonexistent/shapes.geojson"));
    CHECK_FALSE(map.shapesLoaded());
    CHECK_FALSE(map.shapesError().isEmpty());
    map.setShapesFile(QUrl::fromLocalFile(kGeoJson).toString());
    CHECK(map.shapesLoaded());
    CHECK(map.shapesError().isEmpty());
    CHECK(shapesSpy.count() == 2);

    map.setSchools(&schools);
    CHECK(map.visibleSchools() == 4);
    CHECK(map.legend().size() == 3);
    map.setColouring(RegionMap::ByLibrary);
    CHECK(map.legend().size() == 4);

    const QPointF dot = map.scene().positionOf(QStringLiteral("02CC00"));
    CHECK(map.schoolAt(dot.x(), dot.y()) == QStringLiteral("02CC00"));

    // West to east: 01AA00 (6.50), 01BB00 (6.52), 02CC00 (6.60), 02DD00 (6.62); wraps round.
    map.selectNext(1);
    CHECK(map.selectedVestiging() == QStringLiteral("01AA00"));
    map.selectNext(1);
    CHECK(map.selectedVestiging() == QStringLiteral("01BB00"));
    map.selectNext(-2);
    CHECK(map.selectedVestiging() == QStringLiteral("02DD00"));
    // North of 01BB00 lies 02CC00/02DD00; the one most straight up wins.
    map.setSelectedVestiging(QStringLiteral("01BB00"));
    map.selectTowards(0, -1);
    CHECK(map.selectedVestiging() == QStringLiteral("02CC00"));
    map.selectTowards(0, -1); // nothing further north: stays
    CHECK(map.selectedVestiging() == QStringLiteral("02CC00"));

    map.setMunicipalityCode(QStringLiteral("GM0001"));
    CHECK(map.visibleSchools() == 2);
}
