#pragma once

// Shared by the exhibit tests: the bundled Hartford project, loaded once, and
// small readers for the files exhibits write.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "geo/analysis/analysis_run.h"
#include "geo/core/geometry.h"
#include "geo/map/map_document.h"

namespace geo::exhibit::testing {

inline const map::MapDocument& bundledDocument() {
  static const map::MapDocument doc = [] {
    auto recipe = map::readRecipe(std::string(EQUIMAP_SOURCE_DIR) + "/data/hartford.recipe.json");
    EXPECT_TRUE(recipe.has_value());
    auto opened = map::openRecipe(*recipe);
    EXPECT_TRUE(opened.has_value()) << (opened ? "" : opened.error().toString());
    return std::move(*opened);
  }();
  return doc;
}

// The bundled library and school analysis (data/analyses/libraries.json), run once.
inline const analysis::AnalysisResult& bundledAnalysis() {
  static const analysis::AnalysisResult result = [] {
    auto definition = analysis::readAnalysisDefinition(std::string(EQUIMAP_SOURCE_DIR) +
                                                       "/data/analyses/libraries.json");
    EXPECT_TRUE(definition.has_value());
    auto run = analysis::runAnalysis(*definition);
    EXPECT_TRUE(run.has_value()) << (run ? "" : run.error().toString());
    return std::move(*run);
  }();
  return result;
}

inline std::filesystem::path scratchDir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("equimap_exhibit_" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

inline std::vector<std::uint8_t> readBytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Text of a PDF through poppler's pdftotext (UTF-8); empty when it fails.
inline std::string pdfText(const std::filesystem::path& pdf) {
  const auto txt = pdf.string() + ".txt";
  const std::string command = "pdftotext -enc UTF-8 '" + pdf.string() + "' '" + txt + "'";
  if (std::system(command.c_str()) != 0) return {};
  auto bytes = readBytes(txt);
  return {bytes.begin(), bytes.end()};
}

// A point of the polygon with all eight neighbours `margin` away also inside
// it, so that antialiased edges and outlines cannot touch the pixel there,
// and more than twice `margin` from every point of `avoid` (point symbols).
inline std::optional<core::Vec2> deepInteriorPoint(const core::Geometry& g,
                                                   double margin,
                                                   const std::vector<core::Vec2>& avoid = {}) {
  const core::Box b = g.bounds();
  for (double fy = 0.1; fy < 0.95; fy += 0.05)
    for (double fx = 0.1; fx < 0.95; fx += 0.05) {
      const core::Vec2 p{b.min_x + fx * b.width(), b.min_y + fy * b.height()};
      bool deep = std::none_of(avoid.begin(), avoid.end(), [&](core::Vec2 a) {
        return std::hypot(a.x - p.x, a.y - p.y) <= 2 * margin;
      });
      for (int dy = -1; dy <= 1 && deep; ++dy)
        for (int dx = -1; dx <= 1 && deep; ++dx)
          deep = core::geometryContains(g, {p.x + dx * margin, p.y + dy * margin});
      if (deep) return p;
    }
  return std::nullopt;
}

// `text` with every run of white space (line breaks of wrapped text) as one space.
inline std::string oneLine(const std::string& text) {
  std::string out;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
    if (!space)
      out += c;
    else if (!out.empty() && out.back() != ' ')
      out += ' ';
  }
  return out;
}

inline std::uint32_t bigEndian(const std::vector<std::uint8_t>& b, std::size_t at) {
  return std::uint32_t(b[at]) << 24 | std::uint32_t(b[at + 1]) << 16 |
         std::uint32_t(b[at + 2]) << 8 | b[at + 3];
}

}  // namespace geo::exhibit::testing
