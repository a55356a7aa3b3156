#include "geo/exhibit/scenario_series.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <set>

#include "geo/exhibit/equity_summary.h"
#include "geo/exhibit/exhibit_labels.h"
#include "geo/map/equity_layers.h"

namespace geo::exhibit {
namespace {

using analysis::AnalysisResult;
using analysis::ServiceLineResult;

bool distancesChange(const ServiceLineResult& line) {
  return std::ranges::any_of(line.impact.change_m,
                             [](double d) { return std::isfinite(d) && d != 0.0; });
}

std::string stateText(ScenarioState state, const ServiceLineResult& line, i18n::Language l) {
  switch (state) {
    case ScenarioState::kToday:
      return i18n::tr(l, "exhibit.scenario.today");
    case ScenarioState::kProposal:
      return fmt::format(fmt::runtime(i18n::tr(l, "exhibit.scenario.proposal")),
                         line.scenario_name);
    case ScenarioState::kChange:
      break;
  }
  return fmt::format(fmt::runtime(i18n::tr(l, "exhibit.scenario.change")), line.scenario_name);
}

map::EquityMapMode mapMode(ScenarioState state) {
  switch (state) {
    case ScenarioState::kToday:
      return map::EquityMapMode::kBaselineAccess;
    case ScenarioState::kProposal:
      return map::EquityMapMode::kScenarioAccess;
    case ScenarioState::kChange:
      break;
  }
  return map::EquityMapMode::kChange;
}

// The sources the analysis layers were made from, for the exhibit's source note.
void setSources(map::MapLayer& units,
                map::MapLayer& facilities,
                const AnalysisResult& result,
                const ServiceLineResult& line) {
  const auto& units_source = result.definition.units;
  units.spec.source = units_source.source;
  if (units_source.join)
    units.spec.join = map::JoinSpec{
        units_source.join->table, units_source.join->key, units_source.join->table_key};
  const auto& specs = result.definition.service_lines;
  auto spec = std::ranges::find(specs, line.id, &analysis::ServiceLineSpec::id);
  if (spec != specs.end()) facilities.spec.source = spec->facilities.source;
}

// The analysis layers of the item, styled for its state.
core::Result<std::pair<map::MapLayer, map::MapLayer>> analysisLayers(const AnalysisResult& result,
                                                                     const ScenarioItem& item,
                                                                     const std::string& display_crs,
                                                                     i18n::Language language) {
  const ServiceLineResult& line = result.lines.at(item.line);
  auto units = map::equityUnitsLayer(result, item.line, display_crs, language);
  if (!units) return std::unexpected(units.error());
  auto facilities = item.state == ScenarioState::kToday
                        ? map::baselineFacilitiesLayer(result, item.line, display_crs, language)
                        : map::equityFacilitiesLayer(result, item.line, display_crs, language);
  if (!facilities) return std::unexpected(facilities.error());
  auto styled = map::applyStyle(*units, map::equityUnitsStyle(line, mapMode(item.state), language));
  if (styled) styled = map::applyStyle(*facilities, map::equityFacilitiesStyle(language));
  if (!styled) return std::unexpected(styled.error());
  setSources(*units, *facilities, result, line);
  return std::pair{std::move(*units), std::move(*facilities)};
}

// Removes the analysis layers of an earlier item and hides what they replace.
void clearForAnalysis(map::MapDocument& doc) {
  std::erase_if(doc.layers, [](const map::MapLayer& layer) {
    return layer.spec.id == map::kEquityUnitsLayerId ||
           layer.spec.id == map::kEquityFacilitiesLayerId;
  });
  for (auto& layer : doc.layers)
    if (layer.spec.style.type == map::StyleType::kChoropleth ||
        layer.display.kind == core::GeometryKind::kPoint)
      layer.spec.visible = false;
}

// Limitation: line and scenario names are the definition's, untranslated.
void fillTemplate(ExhibitTemplate& t, const AnalysisResult& result, const ScenarioItem& item) {
  const i18n::Language lang = catalogLanguage(t.language);
  const ServiceLineResult& line = result.lines.at(item.line);
  if (t.title.empty())
    t.title = fmt::format(fmt::runtime(i18n::tr(lang, "exhibit.scenario.title")), line.name);
  t.subtitle = stateText(item.state, line, lang);
  if (!t.frame.box && t.frame.layer.empty()) t.frame.layer = map::kEquityUnitsLayerId;
  t.notes.push_back(fmt::format(fmt::runtime(i18n::tr(lang, "exhibit.scenario.method")),
                                result.analysis_crs,
                                result.definition.name,
                                std::filesystem::path(result.definition.path).filename().string()));
  t.summary = accessSummary(t.summary, result, item.line, t.language);
}

}  // namespace

const char* scenarioStateName(ScenarioState state) {
  switch (state) {
    case ScenarioState::kToday:
      return "today";
    case ScenarioState::kProposal:
      return "proposal";
    case ScenarioState::kChange:
      break;
  }
  return "change";
}

std::string fileSafeId(std::string_view id) {
  std::string out;
  for (char c : id) out += std::isalnum(static_cast<unsigned char>(c)) || c == '-' ? c : '_';
  return out.empty() ? "item" : out;
}

std::vector<ScenarioItem> scenarioItems(std::span<const AnalysisResult> results,
                                        std::vector<std::string>* notes) {
  std::vector<ScenarioItem> items;
  std::set<std::string> used;
  auto add = [&](std::size_t a, std::size_t l, ScenarioState state) {
    const ServiceLineResult& line = results[a].lines[l];
    const std::string base = fileSafeId(line.id) + "_" + scenarioStateName(state);
    std::string id = base;
    for (int n = 2; used.contains(id); ++n) id = base + "_" + std::to_string(n);
    used.insert(id);
    items.push_back({a, l, state, id, line.name + ": " + scenarioStateName(state)});
  };
  for (std::size_t a = 0; a < results.size(); ++a)
    for (std::size_t l = 0; l < results[a].lines.size(); ++l) {
      const ServiceLineResult& line = results[a].lines[l];
      add(a, l, ScenarioState::kToday);
      add(a, l, ScenarioState::kProposal);
      if (distancesChange(line))
        add(a, l, ScenarioState::kChange);
      else if (notes)
        notes->push_back(fmt::format("{}: no distance changes under '{}', so no change exhibit",
                                     line.name,
                                     line.scenario_name));
    }
  return items;
}

core::Result<void> applyScenarioItem(map::MapDocument& doc,
                                     ExhibitTemplate& exhibit,
                                     const AnalysisResult& result,
                                     const ScenarioItem& item) {
  auto layers = analysisLayers(result, item, doc.display_crs, catalogLanguage(exhibit.language));
  if (!layers) return std::unexpected(layers.error());
  clearForAnalysis(doc);
  // Units at the bottom so the document's outlines (towns) stay on top; facilities above all.
  doc.layers.insert(doc.layers.begin(), std::move(layers->first));
  doc.layers.push_back(std::move(layers->second));
  fillTemplate(exhibit, result, item);
  return {};
}

}  // namespace geo::exhibit
