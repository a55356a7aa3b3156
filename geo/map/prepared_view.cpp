#include "geo/map/prepared_view.h"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "geo/map/map_document.h"

namespace geo::map {
namespace {

using core::Error;
using core::ErrorCode;
using nlohmann::json;

std::unexpected<Error> bad(const std::string& file, const std::string& where, std::string what) {
  return std::unexpected(Error{.code = ErrorCode::kParse,
                               .message = std::move(what),
                               .file = file,
                               .field = where,
                               .hint = "fix the view and open the project again"});
}

bool isStringArray(const json& j) {
  return j.is_array() && std::all_of(j.begin(), j.end(), [](const json& v) { return v.is_string(); });
}

core::Result<ViewSpec> readZoom(const json& j, const std::string& file, const std::string& where) {
  if (!j.is_object() || !j.contains("layer") || !j["layer"].is_string())
    return bad(file, where + "/layer", "must name a layer id");
  ViewSpec zoom{.layer = j["layer"].get<std::string>(), .filter = std::nullopt};
  if (!j.contains("filter")) return zoom;
  const json& f = j["filter"];
  if (!f.is_object() || !f.value("field", json()).is_string() ||
      !isStringArray(f.value("values", json())))
    return bad(file, where + "/filter", "must be an object with 'field' and 'values' (strings)");
  zoom.filter = FilterSpec{f["field"].get<std::string>(), f["values"].get<std::vector<std::string>>()};
  return zoom;
}

core::Result<void> readTitles(const json& j, PreparedView& view, const std::string& file,
                              const std::string& where) {
  if (j.is_string()) {
    view.titles = {{"en", j.get<std::string>()}};
    return {};
  }
  if (!j.is_object() || !j.contains("en") || !j["en"].is_string())
    return bad(file, where, "must be a string or an object with at least an \"en\" text");
  view.titles = {{"en", j["en"].get<std::string>()}};
  for (const auto& [code, text] : j.items()) {
    if (!text.is_string()) return bad(file, where + "/" + code, "must be a string");
    if (code != "en") view.titles.emplace_back(code, text.get<std::string>());
  }
  return {};
}

// "extent": [west, south, east, north] in degrees (EPSG:4326), west < east.
core::Result<core::Box> readExtent(const json& j,
                                   const std::string& file,
                                   const std::string& where) {
  const bool numbers = j.is_array() && j.size() == 4 &&
                       std::all_of(j.begin(), j.end(), [](const json& v) { return v.is_number(); });
  if (!numbers) return bad(file, where, "must be [west, south, east, north] in degrees");
  const core::Box box{.min_x = j[0].get<double>(),
                      .min_y = j[1].get<double>(),
                      .max_x = j[2].get<double>(),
                      .max_y = j[3].get<double>()};
  const bool in_range =
      box.min_x >= -180 && box.max_x <= 180 && box.min_y >= -90 && box.max_y <= 90;
  if (!in_range || box.min_x >= box.max_x || box.min_y >= box.max_y)
    return bad(file, where, "must have west < east and south < north, within +-180 and +-90");
  return box;
}

core::Result<PreparedView> readView(const json& j, const std::string& file, const std::string& where) {
  if (!j.is_object()) return bad(file, where, "must be an object");
  if (!j.contains("id") || !j["id"].is_string()) return bad(file, where + "/id", "must be a string");
  PreparedView view;
  view.id = j["id"].get<std::string>();
  if (auto ok = readTitles(j.value("title", json(view.id)), view, file, where + "/title"); !ok)
    return std::unexpected(ok.error());
  if (j.contains("zoom")) {  // without one the view shows everything
    auto zoom = readZoom(j["zoom"], file, where + "/zoom");
    if (!zoom) return std::unexpected(zoom.error());
    view.zoom = *zoom;
  }
  if (j.contains("extent")) {
    auto extent = readExtent(j["extent"], file, where + "/extent");
    if (!extent) return std::unexpected(extent.error());
    view.extent_lonlat = *extent;
  }
  if (j.contains("visible")) {
    if (!isStringArray(j["visible"])) return bad(file, where + "/visible", "must be layer ids");
    view.visible = j["visible"].get<std::vector<std::string>>();
  }
  if (j.contains("style")) {
    const json& s = j["style"];
    if (!s.is_object() || !s.value("layer", json()).is_string() ||
        !s.value("indicator", json()).is_string())
      return bad(file, where + "/style", "must be an object with 'layer' and 'indicator'");
    view.style_layer = s["layer"].get<std::string>();
    view.indicator = s["indicator"].get<std::string>();
  }
  const json scenario_json = j.value("scenario", json("today"));
  const std::string scenario = scenario_json.is_string() ? scenario_json.get<std::string>() : "";
  if (scenario != "today" && scenario != "proposal")
    return bad(file, where + "/scenario", "must be \"today\" or \"proposal\"");
  view.proposal = scenario == "proposal";
  return view;
}

bool showsIndicator(const MapLayer& layer) {
  return layer.spec.visible && layer.spec.style.type == StyleType::kChoropleth &&
         !layer.spec.style.indicator.empty();
}

std::string unusedViewId(const std::vector<PreparedView>& views) {
  for (int n = int(views.size()) + 1;; ++n) {
    const std::string id = "view-" + std::to_string(n);
    if (std::none_of(views.begin(), views.end(), [&](const auto& v) { return v.id == id; }))
      return id;
  }
}

json viewToJson(const PreparedView& v) {
  json titles = json::object();
  for (const auto& [code, text] : v.titles) titles[code] = text;
  json zoom = {{"layer", v.zoom.layer}};
  if (v.zoom.filter) zoom["filter"] = {{"field", v.zoom.filter->field}, {"values", v.zoom.filter->values}};
  json out = {{"id", v.id}, {"title", titles}, {"zoom", zoom},
              {"scenario", v.proposal ? "proposal" : "today"}};
  if (v.extent_lonlat) {
    const core::Box& b = *v.extent_lonlat;
    out["extent"] = {b.min_x, b.min_y, b.max_x, b.max_y};
  }
  if (!v.visible.empty()) out["visible"] = v.visible;
  if (!v.style_layer.empty()) out["style"] = {{"layer", v.style_layer}, {"indicator", v.indicator}};
  return out;
}

}  // namespace

const std::string& PreparedView::title(std::string_view language_code) const {
  for (const auto& [code, text] : titles)
    if (code == language_code) return text;
  return titles.empty() ? id : titles.front().second;
}

core::Result<std::vector<PreparedView>> parsePreparedViews(const std::string& json_text,
                                                           const std::string& file) {
  const json j = json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (!j.is_array()) return bad(file, "/views", "must be an array of views");
  std::vector<PreparedView> views;
  for (std::size_t i = 0; i < j.size(); ++i) {
    auto view = readView(j[i], file, "/views/" + std::to_string(i));
    if (!view) return std::unexpected(view.error());
    views.push_back(std::move(*view));
  }
  return views;
}

core::Result<PreparedView> captureView(const MapDocument& doc,
                                       const core::Box& display_box,
                                       int active_layer,
                                       bool proposal,
                                       std::vector<std::pair<std::string, std::string>> titles) {
  auto extent = lonLatExtent(doc, display_box);
  if (!extent)
    return core::fail(ErrorCode::kCrs, "the map extent cannot be expressed in longitude/latitude");
  PreparedView view{.id = unusedViewId(doc.views),
                    .titles = std::move(titles),
                    .zoom = {},
                    .extent_lonlat = *extent,
                    .visible = {},
                    .style_layer = {},
                    .indicator = {},
                    .proposal = proposal};
  for (const auto& layer : doc.layers)
    if (layer.spec.visible) view.visible.push_back(layer.spec.id);

  int styled = active_layer >= 0 && active_layer < int(doc.layers.size()) &&
                       showsIndicator(doc.layers[std::size_t(active_layer)])
                   ? active_layer
                   : -1;
  for (int i = int(doc.layers.size()) - 1; i >= 0 && styled < 0; --i)
    if (showsIndicator(doc.layers[std::size_t(i)])) styled = i;
  if (styled >= 0) {
    view.style_layer = doc.layers[std::size_t(styled)].spec.id;
    view.indicator = doc.layers[std::size_t(styled)].spec.style.indicator;
  }
  return view;
}

std::string preparedViewsToJson(const std::vector<PreparedView>& views) {
  json out = json::array();
  for (const auto& v : views) out.push_back(viewToJson(v));
  return out.dump(2);
}

}  // namespace geo::map
