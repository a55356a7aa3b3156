#include "app/cli/export_command.h"

#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>

#include "app/cli/analyze_command.h"
#include "app/cli/export_source.h"
#include "geo/exhibit/exhibit_batch.h"

namespace app::cli {
namespace {

namespace exhibit = geo::exhibit;
using geo::core::Result;

struct ExportOptions {
  std::string input_path;  // recipe or project
  std::string out_dir;
  std::string formats = "pdf";
  std::string series;
  std::vector<std::string> analyses;
  std::string page = "letter";
  bool landscape = false;
  int dpi = 300;
  std::string language = "en";
  std::string summary = "table";
  std::string statistic = "mean";
  std::string template_path;
  // Flags given on the command line; only these override a template.
  CLI::Option* page_flag = nullptr;
  CLI::Option* landscape_flag = nullptr;
  CLI::Option* dpi_flag = nullptr;
  CLI::Option* language_flag = nullptr;
  CLI::Option* summary_flag = nullptr;
  CLI::Option* statistic_flag = nullptr;
};

int fail(const std::string& message) {
  std::fprintf(stderr, "equimap export: %s\n", message.c_str());
  return 1;
}

Result<exhibit::ExhibitTemplate> loadTemplate(const std::string& path) {
  std::ifstream in(path);
  auto json = nlohmann::json::parse(in, nullptr, false);
  if (json.is_discarded())
    return geo::core::fail(geo::core::Error{.code = geo::core::ErrorCode::kParse,
                                            .message = "the exhibit template is not valid JSON",
                                            .file = path});
  return exhibit::exhibitTemplateFromJson(json);
}

void applySummaryFlags(const ExportOptions& o, exhibit::SummarySpec& summary, bool all) {
  if (all || o.summary_flag->count() > 0) {
    summary.from_analysis = o.summary != "none";
    summary.style =
        o.summary == "chart" ? exhibit::SummaryStyle::kBarChart : exhibit::SummaryStyle::kTable;
    if (o.summary == "none") summary.rows.clear();
  }
  if (all || o.statistic_flag->count() > 0)
    summary.statistic = o.statistic == "coverage" ? exhibit::AccessStatistic::kCoverage
                                                  : exhibit::AccessStatistic::kMeanDistance;
}

// The template: --template, else the one saved in the project, else the
// defaults; flags given on the command line override a template, and set
// everything when there is none.
Result<exhibit::ExhibitTemplate> templateFor(const ExportOptions& o,
                                             const std::optional<exhibit::ExhibitTemplate>& saved) {
  Result<exhibit::ExhibitTemplate> t = exhibit::ExhibitTemplate{};
  if (!o.template_path.empty())
    t = loadTemplate(o.template_path);
  else if (saved)
    t = *saved;
  if (!t) return t;
  const bool all = o.template_path.empty() && !saved;
  auto given = [&](const CLI::Option* flag) { return all || flag->count() > 0; };
  auto page = exhibit::parsePageSize(o.page);
  auto language = exhibit::parseLanguage(o.language);
  if (!page || *page == exhibit::PageSize::kCustom)
    return geo::core::fail(geo::core::ErrorCode::kInvalidData, "--page must be letter or tabloid");
  if (!language)
    return geo::core::fail(geo::core::ErrorCode::kInvalidData, "--lang must be en or es");
  if (given(o.page_flag)) t->page.size = *page;
  if (given(o.landscape_flag)) t->page.landscape = o.landscape;
  if (given(o.dpi_flag)) t->page.dpi = o.dpi;
  if (given(o.language_flag)) t->language = *language;
  applySummaryFlags(o, t->summary, all);
  return t;
}

Result<exhibit::BatchRequest> requestFor(const ExportOptions& o) {
  exhibit::BatchRequest request{.out_dir = o.out_dir, .formats = {}};
  std::stringstream list(o.formats);
  for (std::string name; std::getline(list, name, ',');) {
    auto format = exhibit::parseOutputFormat(name);
    if (!format)
      return geo::core::fail(geo::core::ErrorCode::kInvalidData,
                             "unknown format '" + name + "' (pdf, svg or png)");
    request.formats.push_back(*format);
  }
  auto series = exhibit::parseSeries(o.series);
  if (!series)
    return geo::core::fail(geo::core::ErrorCode::kInvalidData,
                           "--series must be indicator, service_line or scenario");
  request.series = *series;
  return request;
}

// The definitions of --analysis, else those the recipe or project names.
Result<std::vector<geo::analysis::AnalysisDefinition>> definitionsFor(const ExportOptions& o,
                                                                      ExportSource& source) {
  if (o.analyses.empty()) return std::move(source.analyses);
  std::vector<geo::analysis::AnalysisDefinition> out;
  for (const auto& path : o.analyses) {
    auto definition = geo::analysis::readAnalysisDefinition(path);
    if (!definition) return std::unexpected(definition.error());
    out.push_back(std::move(*definition));
  }
  return out;
}

// Runs the analyses the scenario series needs (nothing for other series).
Result<std::vector<geo::analysis::AnalysisResult>> runAnalyses(const ExportOptions& o,
                                                               ExportSource& source,
                                                               exhibit::Series series) {
  std::vector<geo::analysis::AnalysisResult> results;
  if (series != exhibit::Series::kScenario) return results;
  auto definitions = definitionsFor(o, source);
  if (!definitions) return std::unexpected(definitions.error());
  for (const auto& definition : *definitions) {
    auto result = runWithProgress(definition);
    if (!result) return std::unexpected(result.error());
    results.push_back(std::move(*result));
  }
  return results;
}

int runExport(const ExportOptions& o) {
  auto request = requestFor(o);
  if (!request) return fail(request.error().toString());
  auto source = loadExportSource(o.input_path);
  if (!source) return fail(source.error().toString());
  auto exhibit = templateFor(o, source->exhibit);
  if (!exhibit) return fail(exhibit.error().toString());
  auto analyses = runAnalyses(o, *source, request->series);
  if (!analyses) return fail(analyses.error().toString());
  request->analyses = *analyses;

  auto result = exhibit::exportBatch(source->doc, *exhibit, *request);
  if (!result) return fail(result.error().toString());
  for (const auto& w : result->warnings) std::fprintf(stderr, "warning: %s\n", w.c_str());
  for (const auto& f : result->files) std::printf("Wrote %s\n", f.c_str());
  return 0;
}

}  // namespace

void addExportCommand(CLI::App& cli) {
  auto options = std::make_shared<ExportOptions>();
  auto* cmd = cli.add_subcommand("export", "Write map exhibits (PDF, SVG, PNG) without a display");
  cmd->add_option("input", options->input_path, "Recipe (JSON) or project file (.equimap)")
      ->required();
  cmd->add_option("--out", options->out_dir, "Output folder (created when missing)")->required();
  cmd->add_option("--format", options->formats, "Comma-separated: pdf,svg,png")
      ->capture_default_str();
  cmd->add_option("--series", options->series, "One exhibit per item")
      ->check(CLI::IsMember({"indicator", "service_line", "scenario"}));
  cmd->add_option("--analysis",
                  options->analyses,
                  "Equity analysis definition(s) for --series scenario (default: the ones the "
                  "recipe or project names)");
  options->page_flag = cmd->add_option("--page", options->page, "Page size")
                           ->check(CLI::IsMember({"letter", "tabloid"}))
                           ->capture_default_str();
  options->landscape_flag =
      cmd->add_flag("--landscape", options->landscape, "Landscape page (default portrait)");
  options->dpi_flag = cmd->add_option("--dpi", options->dpi, "Resolution of PNG output")
                          ->check(CLI::Range(18, 2400))
                          ->capture_default_str();
  options->language_flag = cmd->add_option("--lang", options->language, "Label language")
                               ->check(CLI::IsMember({"en", "es"}))
                               ->capture_default_str();
  options->summary_flag =
      cmd->add_option("--summary", options->summary, "Equity summary of scenario exhibits")
          ->check(CLI::IsMember({"table", "chart", "none"}))
          ->capture_default_str();
  options->statistic_flag =
      cmd->add_option("--summary-stat",
                      options->statistic,
                      "Summary statistic by group: mean distance, or share within the "
                      "definition's coverage threshold")
          ->check(CLI::IsMember({"mean", "coverage"}))
          ->capture_default_str();
  cmd->add_option("--template", options->template_path, "Exhibit template (JSON) to start from");
  cmd->callback([options] { throw CLI::RuntimeError(runExport(*options)); });
}

}  // namespace app::cli
