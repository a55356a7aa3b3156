#include "geo/proj/transformer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <thread>

#include "geo/core/log.h"

namespace geo::proj {
namespace {

using geo::core::Geometry;
using geo::core::GeometryKind;
using geo::core::LogLevel;
using geo::core::LogRecord;
using geo::core::Polygon;
using geo::core::Vec2;

constexpr double kCentimetre = 0.01;
constexpr double kCentimetreInUsFeet = 0.01 / 0.3048006096012192;

// Collects log records while alive and restores the previous sink afterwards.
class LogCapture {
 public:
  LogCapture() {
    previous_ = geo::core::setLogSink([this](const LogRecord& r) { records_.push_back(r); });
  }
  ~LogCapture() { geo::core::setLogSink(previous_); }
  const std::vector<LogRecord>& records() const { return records_; }

 private:
  geo::core::LogSink previous_;
  std::vector<LogRecord> records_;
};

// Transforms the Hartford check point (lon -72.6851, lat 41.7637) to `expected`
// within `tolerance` target units, and back to within 1e-9 degrees.
void expectRoundTrip(const char* source, const char* target, Vec2 expected, double tolerance) {
  auto transformer = Transformer::create(source, target);
  ASSERT_TRUE(transformer) << transformer.error().toString();
  Vec2 projected = transformer->forward(Vec2{-72.6851, 41.7637});
  EXPECT_NEAR(projected.x, expected.x, tolerance);
  EXPECT_NEAR(projected.y, expected.y, tolerance);

  Vec2 back = transformer->inverse(projected);
  EXPECT_NEAR(back.x, -72.6851, 1e-9);
  EXPECT_NEAR(back.y, 41.7637, 1e-9);
}

// Reference values: `echo "41.7637 -72.6851" | cs2cs -d 6 EPSG:4269 EPSG:26918`
// (cs2cs uses the EPSG latitude-first order; our API is longitude first).
TEST(Transformer, NadLonLatToUtm18MatchesCs2csWithinOneCentimetre) {
  expectRoundTrip("EPSG:4269", "EPSG:26918", {692428.153268, 4626130.573817}, kCentimetre);
}

// Reference: `echo "41.7637 -72.6851" | cs2cs -d 6 EPSG:6318 EPSG:6434` (US survey feet).
TEST(Transformer, LonLatToConnecticutStatePlaneFeetMatchesCs2cs) {
  expectRoundTrip("EPSG:6318", "EPSG:6434", {1017706.045890, 839003.608567}, kCentimetreInUsFeet);
}

TEST(Transformer, LongitudeStaysFirstEvenForLatitudeFirstCrs) {
  // EPSG:4326 declares latitude first; lon -72, lat 41 must still be read as such.
  auto transformer = Transformer::create("EPSG:4326", "EPSG:26918");
  ASSERT_TRUE(transformer);
  Vec2 utm = transformer->forward(Vec2{-72.0, 41.0});
  EXPECT_NEAR(utm.x, 752320.847898, kCentimetre);
  EXPECT_NEAR(utm.y, 4543092.954316, kCentimetre);

  auto geographic = Transformer::create("EPSG:26918", "EPSG:4326");
  ASSERT_TRUE(geographic);
  Vec2 lonlat = geographic->forward(utm);
  EXPECT_NEAR(lonlat.x, -72.0, 1e-9);
  EXPECT_NEAR(lonlat.y, 41.0, 1e-9);
}

TEST(Transformer, OneDegreeCellHasItsEllipsoidalAreaInEqualAreaCrs) {
  // Densify the cell lon -73..-72, lat 41..42 with 100 points per edge.
  constexpr int kPerEdge = 100;
  geo::core::Ring ring;
  for (int i = 0; i < kPerEdge; ++i) ring.push_back({-73.0 + i / 100.0, 41.0});
  for (int i = 0; i < kPerEdge; ++i) ring.push_back({-72.0, 41.0 + i / 100.0});
  for (int i = 0; i < kPerEdge; ++i) ring.push_back({-72.0 - i / 100.0, 42.0});
  for (int i = 0; i < kPerEdge; ++i) ring.push_back({-73.0, 42.0 - i / 100.0});
  Geometry cell{.kind = GeometryKind::kPolygon, .polygons = {Polygon{{ring}}}};

  // 9,273 km² (METHODS.md §2); the GRS80 authalic formula gives 9,273.26 km².
  for (const char* crs : {"EPSG:6933", "EPSG:5070"}) {
    auto transformer = Transformer::create("EPSG:4269", crs);
    ASSERT_TRUE(transformer) << crs;
    auto projected = transformer->forward(cell);
    ASSERT_TRUE(projected) << projected.error().toString();
    double area_km2 = geo::core::geometryArea(*projected) / 1e6;
    EXPECT_NEAR(area_km2, 9273.0, 9273.0 * 0.005) << crs;
  }
}

TEST(Transformer, RecordsAndLogsTheChosenOperation) {
  LogCapture log;
  auto transformer = Transformer::create("EPSG:4269", "EPSG:26918");
  ASSERT_TRUE(transformer);
  EXPECT_NE(transformer->operationName().find("UTM zone 18N"), std::string::npos)
      << transformer->operationName();
  EXPECT_EQ(transformer->accuracyMetres(), 0.0);  // a map projection is exact

  ASSERT_EQ(log.records().size(), 1u);
  EXPECT_EQ(log.records()[0].category, "proj");
  EXPECT_EQ(log.records()[0].level, LogLevel::kInfo);
  EXPECT_NE(log.records()[0].message.find("UTM zone 18N"), std::string::npos);
}

TEST(Transformer, BallparkDatumShiftIsLoggedAsWarningWithUnknownAccuracy) {
  // NAD83 to NAD83(2011) without grids: PROJ falls back to a ballpark zero shift.
  LogCapture log;
  auto transformer = Transformer::create("EPSG:4269", "EPSG:6434");
  ASSERT_TRUE(transformer);
  EXPECT_NE(transformer->operationName().find("Ballpark"), std::string::npos)
      << transformer->operationName();
  EXPECT_EQ(transformer->accuracyMetres(), -1.0);
  ASSERT_EQ(log.records().size(), 1u);
  EXPECT_EQ(log.records()[0].level, LogLevel::kWarning);
}

TEST(Transformer, PointOutsideTheDomainIsAnErrorNamingThePoint) {
  auto transformer = Transformer::create("EPSG:4326", "EPSG:26918");
  ASSERT_TRUE(transformer);
  EXPECT_FALSE(std::isfinite(transformer->forward(Vec2{-72.0, 95.0}).x));

  std::vector<Vec2> points{{-72.0, 41.0}, {-72.0, 95.0}};
  auto done = transformer->forward(points);
  ASSERT_FALSE(done);
  EXPECT_EQ(done.error().code, geo::core::ErrorCode::kCrs);
  EXPECT_NE(done.error().message.find("point 1 (-72, 95)"), std::string::npos)
      << done.error().message;
}

TEST(Transformer, GeometryTransformsEveryPartAndRing) {
  auto transformer = Transformer::create("EPSG:4269", "EPSG:26918");
  ASSERT_TRUE(transformer);
  Polygon with_hole{{{{-73, 41}, {-72, 41}, {-72, 42}, {-73, 42}},
                     {{-72.6, 41.4}, {-72.6, 41.6}, {-72.4, 41.6}}}};
  Geometry polygons{.kind = GeometryKind::kPolygon, .polygons = {with_hole, with_hole}};
  auto projected = transformer->forward(polygons);
  ASSERT_TRUE(projected);
  ASSERT_EQ(projected->polygons.size(), 2u);
  Vec2 hole_vertex = projected->polygons[1].rings[1][2];
  Vec2 expected = transformer->forward(Vec2{-72.4, 41.6});
  EXPECT_EQ(hole_vertex, expected);
  EXPECT_GT(hole_vertex.x, 100000.0);  // metres now, not degrees
}

TEST(Transformer, UnknownCrsIsACrsError) {
  auto transformer = Transformer::create("EPSG:999999", "EPSG:26918");
  ASSERT_FALSE(transformer);
  EXPECT_EQ(transformer.error().code, geo::core::ErrorCode::kCrs);
  EXPECT_NE(transformer.error().message.find("EPSG:999999"), std::string::npos);
}

TEST(Transformer, MovedTransformerKeepsWorking) {
  auto created = Transformer::create("EPSG:4269", "EPSG:26918");
  ASSERT_TRUE(created);
  Transformer moved = std::move(*created);
  EXPECT_NEAR(moved.forward(Vec2{-72.0, 41.0}).x, 752320.847898, kCentimetre);
}

TEST(Transformer, SeparateTransformersRunOnSeparateThreads) {
  std::vector<double> eastings(4, 0.0);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < eastings.size(); ++t) {
    threads.emplace_back([&eastings, t] {
      auto transformer = Transformer::create("EPSG:4269", "EPSG:26918");
      if (!transformer) return;
      for (int i = 0; i < 1000; ++i) eastings[t] = transformer->forward(Vec2{-72.0, 41.0}).x;
    });
  }
  for (auto& thread : threads) thread.join();
  for (double easting : eastings) EXPECT_NEAR(easting, 752320.847898, kCentimetre);
}

}  // namespace
}  // namespace geo::proj
