// Comment exports read back through GDAL (geo::io::readLayer) give the same rows.

#include "geo/store/comment_export.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "geo/io/vector_reader.h"
#include "store_test_support.h"

namespace geo::store {
namespace {

using testing::TempDir;

std::vector<Comment> sampleComments() {
  return {
      Comment{.id = 1,
              .text = "Más horas: sábado, \"domingo\" también",
              .topic = "Libraries",
              .language = "es",
              .created_utc = "2026-12-03T19:00:00Z",
              .point = core::Vec2{-72.68512345678901, 41.76371234567891},
              .point_crs = "EPSG:4326"},
      Comment{.id = 7,
              .text = "Line one\nline two, with a comma",
              .topic = "Fire & EMS",
              .language = "en",
              .created_utc = "2026-12-03T19:05:00Z",
              .point = core::Vec2{-72.6, 41.7},
              .point_crs = "EPSG:4326"},
  };
}

std::string text(const core::Layer& layer, std::size_t row, const char* field) {
  const auto index = layer.table.fieldIndex(field);
  return index ? layer.table.text(row, *index) : "<no field " + std::string(field) + ">";
}

void expectSameRows(const core::Layer& read, const std::vector<Comment>& comments) {
  ASSERT_EQ(read.size(), comments.size());
  for (std::size_t i = 0; i < comments.size(); ++i) {
    EXPECT_EQ(text(read, i, "id"), std::to_string(comments[i].id));
    EXPECT_EQ(text(read, i, "text"), comments[i].text);
    EXPECT_EQ(text(read, i, "topic"), comments[i].topic);
    EXPECT_EQ(text(read, i, "language"), comments[i].language);
    EXPECT_EQ(text(read, i, "time_utc"), comments[i].created_utc);
    ASSERT_EQ(read.geometries[i].points.size(), 1u);
    EXPECT_DOUBLE_EQ(read.geometries[i].points[0].x, comments[i].point->x);
    EXPECT_DOUBLE_EQ(read.geometries[i].points[0].y, comments[i].point->y);
  }
}

TEST(CommentExport, GeoPackageRoundTripsTextAndPositions) {
  TempDir dir;
  const std::string path = dir.file("comments.gpkg");
  const auto comments = sampleComments();
  ASSERT_TRUE(exportCommentsGpkg(comments, path));
  auto read = io::readLayer(path, {.layer = "comments"});
  ASSERT_TRUE(read) << read.error().toString();
  EXPECT_EQ(read->kind, core::GeometryKind::kPoint);
  EXPECT_EQ(read->epsg, 4326);
  expectSameRows(*read, comments);
}

TEST(CommentExport, CsvRoundTripsQuotesCommasLineBreaksAndAccents) {
  TempDir dir;
  const std::string path = dir.file("comments.csv");
  const auto comments = sampleComments();
  ASSERT_TRUE(exportCommentsCsv(comments, path));
  auto read = io::readLayer(path, {});
  ASSERT_TRUE(read) << read.error().toString();
  expectSameRows(*read, comments);
  EXPECT_EQ(text(*read, 0, "crs"), "EPSG:4326");
}

TEST(CommentExport, CsvQuotesOnlyFieldsThatNeedIt) {
  TempDir dir;
  const std::string path = dir.file("comments.csv");
  ASSERT_TRUE(exportCommentsCsv({Comment{.id = 3, .text = "say \"hi\", ok", .topic = "Other"}},
                                path));
  std::ifstream in(path, std::ios::binary);
  std::stringstream all;
  all << in.rdbuf();
  EXPECT_EQ(all.str(),
            "\xEF\xBB\xBFid,text,topic,language,time_utc,crs,x,y\r\n"
            "3,\"say \"\"hi\"\", ok\",Other,,,,,\r\n");
}

TEST(CommentExport, CommentsPinnedInTwoCrssAreRefusedForTheGeoPackage) {
  TempDir dir;
  auto comments = sampleComments();
  comments[1].point_crs = "EPSG:26918";
  auto refused = exportCommentsGpkg(comments, dir.file("mixed.gpkg"));
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, core::ErrorCode::kInvalidData);
  EXPECT_EQ(refused.error().feature, "7");
}

TEST(CommentExport, AnUnwritableFolderFailsWithTheIoCode) {
  auto failed = exportCommentsCsv(sampleComments(), "/nonexistent/folder/comments.csv");
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().code, core::ErrorCode::kIo);
}

}  // namespace
}  // namespace geo::store
