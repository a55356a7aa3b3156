#pragma once

// Shared by store_crash_writer and its test: generation g of a project's
// content, and a check that a content is one whole generation.
// Generation g: name "gen g"; g % 5 + 1 comments reading "gen g"; KPI value
// g for units u1..u3; the layer "marks" re-imported every third generation
// with g in its "gen" field (so it holds the last multiple of 3 <= g).

#include <optional>
#include <string>

#include "geo/store/project.h"

namespace crash_test {

inline geo::core::Layer marksLayer(int g) {
  geo::core::Layer layer;
  layer.name = "marks";
  layer.kind = geo::core::GeometryKind::kPoint;
  layer.table.addField({"gen", geo::core::FieldType::kInteger});
  for (int i = 0; i < 50; ++i) {
    layer.table.addRow({std::int64_t{g}});
    geo::core::Geometry point{.kind = geo::core::GeometryKind::kPoint};
    point.points.push_back({i * 1.0, g * 1.0});
    layer.geometries.push_back(point);
  }
  return layer;
}

inline void applyGeneration(geo::store::Project& project, int g) {
  if (g % 3 == 0) (void)project.importLayer(marksLayer(g), {.id = "marks", .title = "Marks"});
  project.edit("generation", [g](geo::store::ProjectContent& c) {
    const std::string text = "gen " + std::to_string(g);
    c.name = text;
    c.comments.clear();
    for (int i = 0; i < g % 5 + 1; ++i)
      c.comments.push_back({.id = i + 1, .text = text, .topic = "t", .language = "en"});
    c.kpi_values.clear();
    for (const char* unit : {"u1", "u2", "u3"})
      c.kpi_values.push_back({"k", unit, "2020-01-01T05:00:00Z", "2020", double(g), ""});
  });
}

// The generation a content holds, or nullopt when it is a mix of generations.
inline std::optional<int> generationOf(const geo::store::ProjectContent& c) {
  if (c.name.rfind("gen ", 0) != 0) return std::nullopt;
  const int g = std::stoi(c.name.substr(4));
  if (c.comments.size() != static_cast<std::size_t>(g % 5 + 1)) return std::nullopt;
  for (const auto& m : c.comments)
    if (m.text != c.name) return std::nullopt;
  if (c.kpi_values.size() != 3) return std::nullopt;
  for (const auto& v : c.kpi_values)
    if (v.value != g) return std::nullopt;
  const int layer_gen = g - g % 3;
  if (layer_gen > 0) {
    const int i = c.findLayer("marks");
    if (i < 0) return std::nullopt;
    const auto& data = *c.layers[static_cast<std::size_t>(i)].data;
    if (data.size() != 50 || data.table.number(49, 0) != layer_gen) return std::nullopt;
    if (data.geometries[49].points.at(0).y != layer_gen) return std::nullopt;
  }
  return g;
}

}  // namespace crash_test
