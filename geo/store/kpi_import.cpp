#include "geo/store/kpi_import.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "geo/core/log.h"
#include "geo/io/vector_reader.h"
#include "geo/store/kpi_time.h"
#include "geo/store/store_json.h"

namespace geo::store {
namespace {

using nlohmann::json;

core::Error mappingError(const std::string& path, const std::string& why) {
  return core::Error{.code = core::ErrorCode::kParse,
                     .message = "KPI mapping: " + why,
                     .file = path,
                     .hint = "see geo/store/kpi_import.h for the mapping format"};
}

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

core::Result<PeriodKind> periodKind(const std::string& text) {
  if (text == "timestamp") return PeriodKind::kTimestamp;
  if (text == "year") return PeriodKind::kYear;
  if (text == "fiscal_year") return PeriodKind::kFiscalYear;
  return core::fail(core::ErrorCode::kParse,
                    "unknown period kind '" + text + "' (timestamp, year or fiscal_year)");
}

// Numbers with an optional "$" and thousands separators; nullopt otherwise.
std::optional<double> parseAmount(std::string text) {
  if (!text.empty() && text.front() == '$') text.erase(0, 1);
  static const std::regex grouped(R"(^-?\d{1,3}(,\d{3})+(\.\d+)?$)");
  if (text.find(',') != std::string::npos) {
    if (!std::regex_match(text, grouped)) return std::nullopt;
    std::erase(text, ',');
  }
  return core::parseNumber(text);
}

struct Period {
  std::string utc;
  std::string label;
};

core::Result<Period> readPeriod(const KpiMapping& m, const std::string& text) {
  if (m.period_kind == PeriodKind::kTimestamp) {
    auto utc = parseTimestamp(text);
    if (!utc) return std::unexpected(utc.error());
    return Period{formatUtc(*utc), text};
  }
  static const std::regex year_re(R"(^(?:FY\s*)?(\d{4})(?:\.0+)?$)");
  std::smatch match;
  if (!std::regex_match(text, match, year_re))
    return core::fail(core::ErrorCode::kParse, fmt::format("'{}' is not a year", text));
  const int year = std::stoi(match[1]);
  if (m.period_kind == PeriodKind::kYear)
    return Period{formatUtc(newYorkLocalToUtc(year, 1, 1, 0, 0, 0)), std::to_string(year)};
  const int start_month = m.fiscal_year_start_month;
  const int start_year = start_month > 1 ? year - 1 : year;
  return Period{formatUtc(newYorkLocalToUtc(start_year, start_month, 1, 0, 0, 0)),
                fmt::format("FY{}", year)};
}

// Text of a cell, or a number when the cell is typed numeric (XLSX).
struct Cell {
  std::string text;
  std::optional<double> typed;
};

Cell cellOf(const core::FeatureTable& table, std::size_t row, std::size_t field) {
  const core::Value& v = table.value(row, field);
  if (const auto* d = std::get_if<double>(&v)) return {table.text(row, field), *d};
  if (const auto* i = std::get_if<std::int64_t>(&v))
    return {std::to_string(*i), static_cast<double>(*i)};
  return {trim(table.text(row, field)), std::nullopt};
}

struct Columns {
  std::optional<std::size_t> unit, filter;
  std::size_t period = 0;
  std::vector<std::size_t> values;
};

core::Result<Columns> findColumns(const core::FeatureTable& table,
                                  const KpiMapping& m,
                                  const std::string& file) {
  auto find = [&](const std::string& name) -> core::Result<std::size_t> {
    if (auto i = table.fieldIndex(name)) return *i;
    return core::fail(core::Error{.code = core::ErrorCode::kNotFound,
                                  .message = "the file has no column '" + name + "'",
                                  .file = file,
                                  .field = name,
                                  .hint = "fix the column name in the KPI mapping"});
  };
  Columns c;
  auto period = find(m.period_column);
  if (!period) return std::unexpected(period.error());
  c.period = *period;
  for (const auto& [name, slot] :
       {std::pair{m.unit_column, &c.unit}, {m.filter_column, &c.filter}}) {
    if (name.empty()) continue;
    auto i = find(name);
    if (!i) return std::unexpected(i.error());
    *slot = *i;
  }
  for (const auto& v : m.values) {
    auto i = find(v.column);
    if (!i) return std::unexpected(i.error());
    c.values.push_back(*i);
  }
  return c;
}

class RowImporter {
 public:
  RowImporter(const KpiMapping& m, const core::FeatureTable& t, const Columns& c, KpiImport& out)
      : m_(m), table_(t), cols_(c), out_(out) {}

  void seed(const std::vector<KpiValue>& existing) {
    for (const auto& v : existing) taken_.insert(key(v.kpi_id, v.unit_id, v.period_utc));
  }

  void row(std::size_t r, const std::string& source) {
    const std::size_t line = r + 2;
    if (cols_.filter) {
      const std::string f = cellOf(table_, r, *cols_.filter).text;
      if (std::ranges::find(m_.filter_values, f) == m_.filter_values.end())
        return issue(
            line, ImportIssueKind::kNotSelected, "", fmt::format("'{}' is not selected", f));
    }
    auto unit = unitOf(r, line);
    if (!unit) return;
    const std::string period_text = cellOf(table_, r, cols_.period).text;
    auto period = readPeriod(m_, period_text);
    if (!period) return issue(line, ImportIssueKind::kBadDate, "", period.error().message);
    for (std::size_t k = 0; k < cols_.values.size(); ++k) value(r, line, k, *unit, *period, source);
  }

 private:
  static std::string key(const std::string& a, const std::string& b, const std::string& c) {
    return a + '\x1f' + b + '\x1f' + c;
  }

  void issue(std::size_t line, ImportIssueKind kind, std::string column, std::string detail) {
    out_.report.issues.push_back({line, kind, std::move(column), std::move(detail)});
  }

  std::optional<std::string> unitOf(std::size_t r, std::size_t line) {
    if (!cols_.unit) return std::string();
    const std::string raw = cellOf(table_, r, *cols_.unit).text;
    if (!m_.units) {
      if (!raw.empty()) return raw;
    } else {
      for (const auto& [from, to] : *m_.units)
        if (from == raw) return to;
    }
    issue(line, ImportIssueKind::kUnknownUnit, "", fmt::format("unknown facility id '{}'", raw));
    return std::nullopt;
  }

  void value(std::size_t r,
             std::size_t line,
             std::size_t k,
             const std::string& unit,
             const Period& period,
             const std::string& source) {
    const auto& column = m_.values[k];
    const Cell cell = cellOf(table_, r, cols_.values[k]);
    if (!cell.typed && cell.text.empty())
      return issue(line, ImportIssueKind::kBlankValue, column.column, "blank value");
    const auto number = cell.typed ? cell.typed : parseAmount(cell.text);
    if (!number)
      return issue(line,
                   ImportIssueKind::kNonNumeric,
                   column.column,
                   fmt::format("'{}' is not a number", cell.text));
    if (!taken_.insert(key(column.kpi_id, unit, period.utc)).second)
      return issue(line,
                   ImportIssueKind::kDuplicatePeriod,
                   column.column,
                   fmt::format("a value for {} / {} / {} was already taken",
                               column.kpi_id,
                               unit.empty() ? "whole service" : unit,
                               period.label));
    out_.values.push_back({column.kpi_id, unit, period.utc, period.label, *number, source});
  }

  const KpiMapping& m_;
  const core::FeatureTable& table_;
  const Columns& cols_;
  KpiImport& out_;
  std::set<std::string> taken_;
};

core::Result<void> checkKpis(const KpiMapping& m, const ProjectContent& project, KpiImport& out) {
  for (const auto& k : m.kpis)
    if (!project.findKpi(k.id)) out.new_kpis.push_back(k);
  for (const auto& v : m.values) {
    const bool known = project.findKpi(v.kpi_id) ||
                       std::ranges::any_of(out.new_kpis, [&](auto& k) { return k.id == v.kpi_id; });
    if (!known)
      return core::fail(core::Error{.code = core::ErrorCode::kNotFound,
                                    .message = "KPI '" + v.kpi_id + "' is not defined",
                                    .field = v.column,
                                    .hint = "define it in the project or in the mapping's kpis"});
  }
  return {};
}

}  // namespace

core::Result<KpiMapping> parseKpiMapping(const std::string& text, const std::string& path) {
  auto j = parseJsonText(text, "the KPI mapping");
  if (!j) return std::unexpected(mappingError(path, j.error().message));
  try {
    KpiMapping m;
    m.layer = j->value("layer", std::string());
    m.unit_column = j->value("unit_column", std::string());
    if (j->contains("units")) {
      m.units.emplace();
      for (const auto& [from, to] : (*j)["units"].items())
        m.units->emplace_back(from, to.get<std::string>());
    }
    if (j->contains("filter")) {
      m.filter_column = (*j)["filter"].at("column").get<std::string>();
      m.filter_values = (*j)["filter"].at("values").get<std::vector<std::string>>();
    }
    const json& period = j->at("period");
    m.period_column = period.at("column").get<std::string>();
    auto kind = periodKind(period.value("kind", std::string("timestamp")));
    if (!kind) return std::unexpected(mappingError(path, kind.error().message));
    m.period_kind = *kind;
    m.fiscal_year_start_month = period.value("start_month", 7);
    for (const auto& v : j->at("values"))
      m.values.push_back({v.at("column").get<std::string>(), v.at("kpi").get<std::string>()});
    for (const auto& k : j->value("kpis", json::array())) {
      auto def = kpiFromJson(k);
      if (!def) return std::unexpected(mappingError(path, def.error().message));
      m.kpis.push_back(*def);
    }
    if (m.values.empty()) return std::unexpected(mappingError(path, "'values' is empty"));
    return m;
  } catch (const json::exception& e) {
    return std::unexpected(mappingError(path, e.what()));
  }
}

core::Result<KpiMapping> readKpiMapping(const std::string& path) {
  std::ifstream in(path);
  if (!in)
    return core::fail(core::Error{
        .code = core::ErrorCode::kIo, .message = "cannot read the KPI mapping", .file = path});
  std::stringstream text;
  text << in.rdbuf();
  return parseKpiMapping(text.str(), path);
}

core::Result<KpiImport> importKpiFile(const std::string& file,
                                      const KpiMapping& mapping,
                                      const ProjectContent& project) {
  KpiImport out;
  if (auto ok = checkKpis(mapping, project, out); !ok) return std::unexpected(ok.error());
  auto table = io::readTable(file, io::ReadOptions{.layer = mapping.layer});
  if (!table) return std::unexpected(table.error());
  auto columns = findColumns(*table, mapping, file);
  if (!columns) return std::unexpected(columns.error());

  RowImporter importer(mapping, *table, *columns, out);
  importer.seed(project.kpi_values);
  for (std::size_t r = 0; r < table->rowCount(); ++r) importer.row(r, file);
  out.report.file = file;
  out.report.rows = table->rowCount();
  out.report.values_taken = out.values.size();
  core::logInfo("store", "KPI import {}: {}", file, out.report.summary());
  return out;
}

void applyKpiImport(Project& project, const KpiImport& import) {
  project.edit("Import KPI values", [&](ProjectContent& c) {
    c.kpis.insert(c.kpis.end(), import.new_kpis.begin(), import.new_kpis.end());
    c.kpi_values.insert(c.kpi_values.end(), import.values.begin(), import.values.end());
  });
}

std::size_t KpiImportReport::count(ImportIssueKind kind) const {
  return static_cast<std::size_t>(std::ranges::count(issues, kind, &ImportIssue::kind));
}

std::string KpiImportReport::summary() const {
  std::string out = fmt::format("{} rows, {} values taken", rows, values_taken);
  std::string parts;
  for (auto kind : {ImportIssueKind::kNotSelected,
                    ImportIssueKind::kUnknownUnit,
                    ImportIssueKind::kBadDate,
                    ImportIssueKind::kBlankValue,
                    ImportIssueKind::kNonNumeric,
                    ImportIssueKind::kDuplicatePeriod}) {
    if (const auto n = count(kind))
      parts += fmt::format("{}{} {}", parts.empty() ? "" : ", ", n, importIssueKindName(kind));
  }
  return parts.empty() ? out : out + "; not taken: " + parts;
}

const char* importIssueKindName(ImportIssueKind kind) {
  switch (kind) {
    case ImportIssueKind::kNotSelected:
      return "not_selected";
    case ImportIssueKind::kUnknownUnit:
      return "unknown_unit";
    case ImportIssueKind::kBadDate:
      return "bad_date";
    case ImportIssueKind::kBlankValue:
      return "blank_value";
    case ImportIssueKind::kNonNumeric:
      return "non_numeric";
    case ImportIssueKind::kDuplicatePeriod:
      return "duplicate_period";
  }
  return "blank_value";
}

}  // namespace geo::store
