#pragma once

// Shared by the exhibit tests: the bundled Hartford project, loaded once, and
// small readers for the files exhibits write.

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

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

inline std::uint32_t bigEndian(const std::vector<std::uint8_t>& b, std::size_t at) {
  return std::uint32_t(b[at]) << 24 | std::uint32_t(b[at + 1]) << 16 |
         std::uint32_t(b[at + 2]) << 8 | b[at + 3];
}

}  // namespace geo::exhibit::testing
