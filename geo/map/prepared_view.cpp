#include "geo/map/prepared_view.h"

#include <nlohmann/json.hpp>

#include <algorithm>

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

json viewToJson(const PreparedView& v) {
  json titles = json::object();
  for (const auto& [code, text] : v.titles) titles[code] = text;
  json zoom = {{"layer", v.zoom.layer}};
  if (v.zoom.filter) zoom["filter"] = {{"field", v.zoom.filter->field}, {"values", v.zoom.filter->values}};
  json out = {{"id", v.id}, {"title", titles}, {"zoom", zoom},
              {"scenario", v.proposal ? "proposal" : "today"}};
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

std::string preparedViewsToJson(const std::vector<PreparedView>& views) {
  json out = json::array();
  for (const auto& v : views) out.push_back(viewToJson(v));
  return out.dump(2);
}

}  // namespace geo::map
