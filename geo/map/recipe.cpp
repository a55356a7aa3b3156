#include "geo/map/recipe.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "geo/core/json_reader.h"

#include "geo/map/prepared_view.h"

namespace geo::map {
namespace {

using core::Error;
using core::ErrorCode;
using nlohmann::json;

using Reader = core::JsonReader;

core::Result<FilterSpec> readFilter(const Reader& r, const json& j, const std::string& where) {
  if (!j.is_object()) return r.bad(where, "must be an object with 'field' and 'values'");
  FilterSpec filter;
  auto field = r.text(j, "field", where, std::nullopt);
  if (!field) return std::unexpected(field.error());
  filter.field = *field;
  if (!j.contains("values") || !j["values"].is_array())
    return r.bad(where + "/values", "must be an array of strings");
  for (const auto& v : j["values"]) {
    if (!v.is_string()) return r.bad(where + "/values", "every value must be a string");
    filter.values.push_back(v.get<std::string>());
  }
  return filter;
}

core::Result<JoinSpec> readJoin(const Reader& r, const json& j, const std::string& where) {
  if (!j.is_object()) return r.bad(where, "must be an object with 'table' and 'key'");
  JoinSpec join;
  auto table = r.text(j, "table", where, std::nullopt);
  auto key = table ? r.text(j, "key", where, std::nullopt) : table;
  if (!key) return std::unexpected(key.error());
  join.table = r.resolve(*table);
  join.key = *key;
  auto table_key = r.text(j, "table_key", where, join.key);
  if (!table_key) return std::unexpected(table_key.error());
  join.table_key = *table_key;
  return join;
}

core::Result<StyleType> readStyleType(const Reader& r, const std::string& name,
                                      const std::string& where) {
  if (auto type = parseStyleType(name)) return *type;
  return r.bad(where,
               "unknown style type '" + name + "' (fill, choropleth, outline, point or graduated)");
}

core::Result<StyleSpec> readStyle(const Reader& r, const json& j, const std::string& where) {
  StyleSpec s;
  if (!j.is_object()) return r.bad(where, "must be an object");
  auto type = r.text(j, "type", where, "fill");
  if (!type) return std::unexpected(type.error());
  auto style_type = readStyleType(r, *type, where + "/type");
  if (!style_type) return std::unexpected(style_type.error());
  s.type = *style_type;

  for (auto [key, target] : {std::pair{"field", &s.field}, {"indicator", &s.indicator},
                             {"method", &s.method}, {"ramp", &s.ramp}, {"fill", &s.fill},
                             {"outline", &s.outline}}) {
    auto value = r.text(j, key, where, *target);
    if (!value) return std::unexpected(value.error());
    *target = *value;
  }
  std::transform(s.ramp.begin(), s.ramp.end(), s.ramp.begin(), [](unsigned char c) {
    return static_cast<char>(std::tolower(c));
  });
  auto classes = r.number(j, "classes", where, s.classes);
  auto width = r.number(j, "outline_width", where, s.outline_width_px);
  auto size = r.number(j, "point_size", where, s.point_size_px);
  auto min_size = r.number(j, "min_point_size", where, s.min_point_size_px);
  auto opacity = r.number(j, "opacity", where, s.opacity);
  for (const auto* v : {&classes, &width, &size, &min_size, &opacity})
    if (!*v) return std::unexpected(v->error());
  if (*classes < 3 || *classes > 9) return r.bad(where + "/classes", "must be between 3 and 9");
  if (*opacity < 0 || *opacity > 1) return r.bad(where + "/opacity", "must be between 0 and 1");
  s.classes = static_cast<int>(*classes);
  s.outline_width_px = *width;
  s.point_size_px = *size;
  s.min_point_size_px = *min_size;
  s.opacity = *opacity;
  if (isThematic(s.type) && s.field.empty() && s.indicator.empty())
    return r.bad(where, "a choropleth or graduated style needs a 'field' or an 'indicator'");
  return s;
}

core::Result<LayerSpec> readLayer(const Reader& r, const json& j, const std::string& where) {
  if (!j.is_object()) return r.bad(where, "must be an object");
  LayerSpec spec;
  auto id = r.text(j, "id", where, std::nullopt);
  if (!id) return std::unexpected(id.error());
  spec.id = *id;
  auto source = r.text(j, "source", where, std::nullopt);
  if (!source) return std::unexpected(source.error());
  spec.source = r.resolve(*source);
  for (auto [key, target] : {std::pair{"title", &spec.title}, {"layer", &spec.layer},
                             {"crs", &spec.crs}}) {
    auto value = r.text(j, key, where, key == std::string("title") ? spec.id : "");
    if (!value) return std::unexpected(value.error());
    *target = *value;
  }
  if (j.contains("visible")) spec.visible = j["visible"].is_boolean() && j["visible"].get<bool>();
  if (j.contains("indicators")) {
    const json& ind = j["indicators"];
    if (ind.is_object() && ind.value("apportion_from", json()).is_string())
      spec.indicators_from = ind["apportion_from"].get<std::string>();
    else if (ind == "builtin")
      spec.builtin_indicators = true;
    else
      return r.bad(where + "/indicators",
                   "must be \"builtin\" or { \"apportion_from\": \"<layer id>\" }");
  }
  if (j.contains("filter")) {
    auto filter = readFilter(r, j["filter"], where + "/filter");
    if (!filter) return std::unexpected(filter.error());
    spec.filter = *filter;
  }
  if (j.contains("join")) {
    auto join = readJoin(r, j["join"], where + "/join");
    if (!join) return std::unexpected(join.error());
    spec.join = *join;
  }
  if (j.contains("style")) {
    auto style = readStyle(r, j["style"], where + "/style");
    if (!style) return std::unexpected(style.error());
    spec.style = *style;
  }
  return spec;
}

// "apportion_from" must name another layer with built-in indicators.
core::Result<void> checkApportionSources(const Reader& r, const std::vector<LayerSpec>& layers) {
  for (std::size_t i = 0; i < layers.size(); ++i) {
    const std::string& from = layers[i].indicators_from;
    if (from.empty()) continue;
    const bool found = std::any_of(layers.begin(), layers.end(), [&](const LayerSpec& l) {
      return l.id == from && l.builtin_indicators;
    });
    if (!found)
      return r.bad("/layers/" + std::to_string(i) + "/indicators/apportion_from",
                   "must name another layer with \"indicators\": \"builtin\"");
  }
  return {};
}

core::Result<Recipe> readBody(const Reader& r, const json& j) {
  if (!j.is_object()) return r.bad("/", "a recipe must be a JSON object");
  Recipe recipe;
  recipe.path = r.path();
  auto name = r.text(j, "name", "", std::filesystem::path(r.path()).stem().string());
  auto crs = name ? r.text(j, "display_crs", "", "auto") : name;
  if (!crs) return std::unexpected(crs.error());
  recipe.name = *name;
  recipe.display_crs = *crs;

  if (!j.contains("layers") || !j["layers"].is_array() || j["layers"].empty())
    return r.bad("/layers", "must be a non-empty array of layers");
  for (std::size_t i = 0; i < j["layers"].size(); ++i) {
    auto layer = readLayer(r, j["layers"][i], "/layers/" + std::to_string(i));
    if (!layer) return std::unexpected(layer.error());
    for (const auto& other : recipe.layers)
      if (other.id == layer->id)
        return r.bad("/layers/" + std::to_string(i) + "/id", "duplicate layer id " + layer->id);
    recipe.layers.push_back(std::move(*layer));
  }
  if (auto ok = checkApportionSources(r, recipe.layers); !ok) return std::unexpected(ok.error());

  if (j.contains("view")) {
    const json& v = j["view"];
    auto layer = r.text(v, "layer", "/view", "");
    if (!layer) return std::unexpected(layer.error());
    recipe.view.layer = *layer;
    if (v.contains("filter")) {
      auto filter = readFilter(r, v["filter"], "/view/filter");
      if (!filter) return std::unexpected(filter.error());
      recipe.view.filter = *filter;
    }
  }
  if (j.contains("views")) {
    auto views = parsePreparedViews(j["views"].dump(), r.path());
    if (!views) return std::unexpected(views.error());
    recipe.views = std::move(*views);
  }
  auto analyses = r.texts(j, "analyses", "");
  if (!analyses) return std::unexpected(analyses.error());
  for (const auto& path : *analyses) recipe.analyses.push_back(r.resolve(path));
  return recipe;
}

}  // namespace

core::Result<Recipe> parseRecipe(const std::string& text, const std::string& path) {
  const Reader reader(path, "fix the recipe field and open it again");
  auto j = core::parseJson(text, reader);
  if (!j) return std::unexpected(j.error());
  return readBody(reader, *j);
}

core::Result<Recipe> readRecipe(const std::string& path) {
  auto text = core::readTextFile(path, "check the path; `equimap` alone opens the bundled project");
  if (!text) return std::unexpected(text.error());
  return parseRecipe(*text, path);
}

const char* styleTypeName(StyleType type) {
  switch (type) {
    case StyleType::kFill: return "fill";
    case StyleType::kChoropleth: return "choropleth";
    case StyleType::kOutline: return "outline";
    case StyleType::kPoint: return "point";
    case StyleType::kGraduated: return "graduated";
  }
  return "fill";
}

std::optional<StyleType> parseStyleType(std::string_view name) {
  for (StyleType t : {StyleType::kFill, StyleType::kChoropleth, StyleType::kOutline,
                      StyleType::kPoint, StyleType::kGraduated})
    if (name == styleTypeName(t)) return t;
  return std::nullopt;
}

bool isThematic(StyleType type) {
  return type == StyleType::kChoropleth || type == StyleType::kGraduated;
}

}  // namespace geo::map
