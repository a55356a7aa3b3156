#include "geo/analysis/analysis_report.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cmath>

#include "geo/analysis/impact_text.h"
#include "geo/i18n/number_format.h"

namespace geo::analysis {
namespace {

using core::Value;
using i18n::Language;

Value real(double v) {
  return std::isfinite(v) ? Value(v) : Value();
}
Value real(const std::optional<double>& v) {
  return v ? real(*v) : Value();
}
Value text(std::string v) {
  return Value(std::move(v));
}
Value flag(bool v) {
  return Value(std::int64_t(v ? 1 : 0));
}

// Adds columns by name and fills one row at a time.
class TableBuilder {
 public:
  explicit TableBuilder(core::FeatureTable& table) : table_(table) {}
  TableBuilder& set(const std::string& name, Value value, core::FieldType type) {
    const std::size_t field = table_.addField(core::Field{name, type});
    if (row_.size() <= field) row_.resize(field + 1);
    row_[field] = std::move(value);
    return *this;
  }
  TableBuilder& num(const std::string& name, Value value) {
    return set(name, std::move(value), core::FieldType::kReal);
  }
  TableBuilder& str(const std::string& name, std::string value) {
    return set(name, text(std::move(value)), core::FieldType::kText);
  }
  void endRow() {
    table_.addRow(std::move(row_));
    row_.clear();
  }

 private:
  core::FeatureTable& table_;
  std::vector<Value> row_;
};

std::string facilityId(const ServiceState& state, std::size_t unit) {
  const std::ptrdiff_t f = state.access[unit].facility;
  return f < 0 ? std::string() : state.facilities[std::size_t(f)].id;
}

void addEquityRow(TableBuilder& b,
                  const std::string& line,
                  const std::string& state,
                  const GroupEquity& g) {
  b.str("service_line", line).str("state", state).str("group", g.id).str("name", g.name);
  b.num("group_total", real(g.group_total.value)).num("group_total_moe", real(g.group_total.moe));
  b.num("mean_access_m", real(g.mean_access_m));
  b.num("universe_mean_access_m", real(g.universe_mean_access_m));
  b.num("others_mean_access_m", real(g.others_mean_access_m));
  b.num("ratio_vs_total", real(g.ratio_vs_total)).num("ratio_vs_others", real(g.ratio_vs_others));
  b.num("coverage", g.coverage.missing ? Value() : real(g.coverage.value));
  b.num("coverage_moe", g.coverage.missing ? Value() : real(g.coverage.moe));
  b.num("others_coverage", real(g.others_coverage));
  b.num("dissimilarity", real(g.dissimilarity));
  b.num("theil_between", g.theil_split ? real(g.theil_split->between) : Value());
  b.num("theil_within", g.theil_split ? real(g.theil_split->within) : Value());
  const DisparityScore& d = g.demographic_disparity;
  b.num("demographic_disparity", d.missing ? Value() : real(d.score));
  b.num("demographic_disparity_ci_low", d.missing ? Value() : real(d.ci_low));
  b.num("demographic_disparity_ci_high", d.missing ? Value() : real(d.ci_high));
  b.set("demographic_disparity_significant",
        d.missing ? Value() : flag(d.significant),
        core::FieldType::kInteger);
}

void addImpactColumns(TableBuilder& b, const GroupImpact* g) {
  auto estimate = [&](const std::string& name, const Estimate& e) {
    b.num(name, g && !e.missing ? real(e.value) : Value());
    b.num(name + "_moe", g && !e.missing ? real(e.moe) : Value());
  };
  estimate("affected", g ? g->affected : Estimate{});
  estimate("benefited", g ? g->benefited : Estimate{});
  estimate("share_of_affected", g ? g->share_of_affected : Estimate{});
  estimate("share_of_population", g ? g->share_of_population : Estimate{});
  b.num("difference", g ? real(g->difference) : Value());
  b.set("difference_flag", g ? flag(g->difference_flag) : Value(), core::FieldType::kInteger);
  b.set("difference_significant",
        g ? flag(g->difference_significant) : Value(),
        core::FieldType::kInteger);
  b.num("benefit_ratio", g ? real(g->benefit_ratio) : Value());
  b.set("four_fifths_flag", g ? flag(g->four_fifths_flag) : Value(), core::FieldType::kInteger);
  b.set("ratio_significant", g ? flag(g->ratio_significant) : Value(), core::FieldType::kInteger);
}

std::string csvField(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

nlohmann::json jsonOf(const std::optional<double>& v) {
  return v && std::isfinite(*v) ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

nlohmann::json stateJson(const ServiceState& state) {
  nlohmann::json j{{"facilities", state.facilities.size()},
                   {"mean_access_m", jsonOf(state.equity.mean_access_m)},
                   {"gini", jsonOf(state.equity.gini)},
                   {"theil", jsonOf(state.equity.theil)},
                   {"coverage", jsonOf(state.equity.coverage)},
                   {"coverage_threshold_m", state.equity.coverage_threshold_m}};
  return j;
}

}  // namespace

core::Layer unitLayer(const AnalysisResult& r, std::size_t index) {
  const ServiceLineResult& line = r.lines[index];
  core::Layer layer{.name = line.id + "_units",
                    .crs_wkt = r.analysis_crs_wkt,
                    .kind = core::GeometryKind::kPolygon};
  TableBuilder b(layer.table);
  for (std::size_t i = 0; i < r.units.size(); ++i) {
    b.str("unit_id", r.unit_ids[i]).str("system", r.unit_systems.empty() ? "" : r.unit_systems[i]);
    b.num("point_x", real(r.points[i].x)).num("point_y", real(r.points[i].y));
    b.num("population", r.population[i].missing ? Value() : real(r.population[i].value));
    for (const GroupCounts& g : r.groups)
      b.num(g.id, g.count[i].missing ? Value() : real(g.count[i].value));
    b.num("distance_m", real(line.baseline.access[i].distance_m));
    b.str("facility", facilityId(line.baseline, i));
    b.num("scenario_distance_m", real(line.scenario.access[i].distance_m));
    b.str("scenario_facility", facilityId(line.scenario, i));
    b.num("change_m", real(line.impact.change_m[i]));
    b.str("status", unitChangeName(line.impact.status[i]));
    b.num("facilities_in_unit", real(line.baseline.resources[i]));
    const DisparityScore& d = line.baseline.geographic_disparity[i];
    b.num("geographic_disparity", d.missing ? Value() : real(d.score));
    b.num("geographic_disparity_ci_low", d.missing ? Value() : real(d.ci_low));
    b.num("geographic_disparity_ci_high", d.missing ? Value() : real(d.ci_high));
    b.endRow();
    layer.geometries.push_back(r.units[i]);
  }
  return layer;
}

core::FeatureTable groupTable(const AnalysisResult& r) {
  core::FeatureTable table;
  TableBuilder b(table);
  for (const ServiceLineResult& line : r.lines) {
    for (std::size_t g = 0; g < line.baseline.equity.groups.size(); ++g) {
      addEquityRow(b, line.id, "baseline", line.baseline.equity.groups[g]);
      addImpactColumns(b, nullptr);
      b.endRow();
      addEquityRow(b, line.id, line.scenario_name, line.scenario.equity.groups[g]);
      addImpactColumns(b, &line.impact.groups[g]);
      b.endRow();
    }
  }
  return table;
}

core::FeatureTable auditTable(const AnalysisResult& r, std::size_t index) {
  core::FeatureTable table;
  TableBuilder b(table);
  const ServiceLineResult& line = r.lines[index];
  for (const auto* state : {&line.baseline, &line.scenario}) {
    const char* name = state == &line.baseline ? "baseline" : line.scenario_name.c_str();
    for (const AuditRow& row : state->apportionment.audit) {
      b.str("state", name).str("unit_id", r.unit_ids[row.unit]);
      b.str("area_id", row.area < 0 ? "outside" : state->area_ids[std::size_t(row.area)]);
      b.num("unit_area_m2", real(row.unit_area_m2)).num("piece_area_m2", real(row.piece_area_m2));
      b.num("weight", real(row.weight));
      for (std::size_t c = 0; c < row.moved.size(); ++c)
        b.num("moved_" + r.column_names[c], real(row.moved[c]));
      b.endRow();
    }
  }
  return table;
}

std::string toCsv(const core::FeatureTable& table) {
  std::string out;
  for (std::size_t f = 0; f < table.fieldCount(); ++f) {
    if (f > 0) out += ',';
    out += csvField(table.fields()[f].name);
  }
  out += "\n";
  for (std::size_t row = 0; row < table.rowCount(); ++row) {
    for (std::size_t f = 0; f < table.fieldCount(); ++f) {
      const Value& v = table.value(row, f);
      const std::string cell = std::holds_alternative<double>(v)
                                   ? fmt::format("{:.10g}", std::get<double>(v))
                                   : table.text(row, f);
      if (f > 0) out += ',';
      out += csvField(cell);
    }
    out += "\n";
  }
  return out;
}

std::string summaryJson(const AnalysisResult& r, Language l) {
  nlohmann::json lines = nlohmann::json::array();
  const core::FeatureTable groups = groupTable(r);
  for (const ServiceLineResult& line : r.lines) {
    nlohmann::json rows = nlohmann::json::array();
    for (std::size_t row = 0; row < groups.rowCount(); ++row) {
      if (groups.text(row, 0) != line.id) continue;
      nlohmann::json item;
      for (std::size_t f = 0; f < groups.fieldCount(); ++f) {
        const Value& v = groups.value(row, f);
        const std::string& key = groups.fields()[f].name;
        if (const auto* d = std::get_if<double>(&v))
          item[key] = *d;
        else if (const auto* i = std::get_if<std::int64_t>(&v))
          item[key] = *i;
        else if (const auto* s = std::get_if<std::string>(&v))
          item[key] = *s;
        else
          item[key] = nullptr;
      }
      rows.push_back(std::move(item));
    }
    lines.push_back({{"id", line.id},
                     {"name", line.name},
                     {"scenario", line.scenario_name},
                     {"service_areas", areaMethodName(line.area_method)},
                     {"baseline", stateJson(line.baseline)},
                     {"scenario_state", stateJson(line.scenario)},
                     {"groups", rows},
                     {"flags", flagSentences(line, r.definition, l)},
                     {"findings", findingSentences(line, r.definition, l)}});
  }
  nlohmann::json root{{"name", r.definition.name},
                      {"analysis_crs", r.analysis_crs},
                      {"units", r.units.size()},
                      {"service_lines", lines},
                      {"notes", r.notes}};
  return root.dump(2) + "\n";
}

std::string textReport(const AnalysisResult& r, Language l) {
  std::string out = fmt::format("{}\n{}\n\n", r.definition.name, r.definition.description);
  out += i18n::trf(l,
                   "report.header",
                   r.analysis_crs,
                   r.units.size(),
                   i18n::formatNumber(r.definition.coverage_threshold_m, 0, l),
                   i18n::formatNumber(r.definition.tests.delta_m, 0, l)) +
         "\n";
  for (const ServiceLineResult& line : r.lines) {
    out += "\n" +
           i18n::trf(l,
                     "report.line",
                     line.name,
                     line.baseline.facilities.size(),
                     line.scenario_name,
                     line.scenario.facilities.size()) +
           "\n";
    for (const std::string& finding : findingSentences(line, r.definition, l))
      out += "- " + finding + "\n";
    for (const auto* state : {&line.baseline, &line.scenario}) {
      const Apportionment& a = state->apportionment;
      if (a.served.empty() || state->areas.empty()) continue;
      out +=
          "- " +
          i18n::trf(l,
                    "report.apportionment",
                    state == &line.baseline ? i18n::tr(l, "report.baseline") : line.scenario_name,
                    state->areas.size(),
                    i18n::formatNumber(a.served[0].value, 0, l),
                    i18n::formatNumber(a.outside[0].value, 0, l),
                    i18n::formatNumber(a.input_total[0].value, 0, l)) +
          "\n";
    }
    out += i18n::tr(l, "report.tests") + "\n";
    for (const GroupImpact& g : line.impact.groups)
      out += fmt::format("  {}\n    {}: {}\n    {}: {}\n",
                         groupName(r.definition, g.id, g.name, l),
                         i18n::tr(l, "report.difference"),
                         differenceStatement(g, r.definition.tests, l),
                         i18n::tr(l, "report.four_fifths"),
                         fourFifthsStatement(g, r.definition.tests, l));
    const auto flags = flagSentences(line, r.definition, l);
    out += i18n::tr(l, flags.empty() ? "report.no_flags" : "report.flags") + "\n";
    for (const std::string& f : flags) out += "  * " + f + "\n";
  }
  if (!r.notes.empty()) out += "\n" + i18n::tr(l, "report.notes") + "\n";
  for (const std::string& note : r.notes) out += "- " + note + "\n";
  return out;
}

}  // namespace geo::analysis
