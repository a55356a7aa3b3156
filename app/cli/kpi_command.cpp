#include "app/cli/kpi_command.h"

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>

#include "geo/io/csv_field.h"
#include "geo/map/recipe.h"
#include "geo/store/group_counts.h"
#include "geo/store/kpi_import.h"
#include "geo/store/kpi_report.h"
#include "geo/store/project.h"
#include "geo/store/project_analyses.h"
#include "geo/store/project_views.h"
#include "geo/store/recipe_import.h"

namespace app::cli {
namespace {

using geo::store::Project;

[[noreturn]] void failWith(const geo::core::Error& error) {
  std::fprintf(stderr, "equimap: %s\n", error.toString().c_str());
  throw CLI::RuntimeError(1);
}

template <typename T>
T orFail(geo::core::Result<T> result) {
  if (!result) failWith(result.error());
  return std::move(*result);
}

void orFail(const geo::core::Result<void>& result) {
  if (!result) failWith(result.error());
}

Project openWritable(const std::string& path) {
  return orFail(Project::open(path, geo::store::OpenOptions{.allow_read_only = false}));
}

struct CreateOptions {
  std::string project;
  std::string recipe;
  std::vector<std::string> analyses;
  bool shared_service_kpis = false;
};

void runCreate(const CreateOptions& o) {
  auto project = orFail(Project::create(o.project, ""));
  if (!o.recipe.empty())
    orFail(geo::store::importRecipe(project, orFail(geo::map::readRecipe(o.recipe))));
  for (const auto& path : o.analyses)
    orFail(project.putDocument(orFail(geo::store::analysisDocument(path, project.path()))));
  if (o.shared_service_kpis)
    for (const auto& kpi : geo::store::sharedServiceKpiTemplates()) project.putKpi(kpi);
  orFail(project.save());
  const auto views = orFail(geo::store::preparedViews(project.content(), project.path()));
  std::printf("Created %s (%zu layers, %zu KPIs, %zu documents, %zu prepared views)\n",
              o.project.c_str(),
              project.content().layers.size(),
              project.content().kpis.size(),
              project.content().documents.size(),
              views.size());
  throw CLI::Success();
}

struct GroupCountOptions {
  std::string project;
  std::string analysis;
  std::string area_field;
};

void runGroupCounts(const GroupCountOptions& o) {
  auto project = openWritable(o.project);
  const auto totals = orFail(geo::store::groupTotalsOf(o.analysis, o.area_field));
  const auto name = std::filesystem::path(o.analysis).filename().string();
  project.setGroupCounts(geo::store::groupCountsOf(totals, name));
  orFail(project.save());
  std::printf("area,group,count,moe90,units,units_without_data\n");
  for (const auto& t : totals)
    std::printf("%s,%s,%.0f,%.0f,%zu,%zu\n",
                geo::io::csvField(t.area).c_str(),
                geo::io::csvField(t.group_name).c_str(),
                t.count.value,
                t.count.moe,
                t.units,
                t.missing_units);
  throw CLI::Success();
}

struct ImportOptions {
  std::string project;
  std::string file;
  std::string mapping;
  bool json = false;
};

void printReport(const geo::store::KpiImportReport& report, bool json) {
  if (json) {
    nlohmann::json j = {{"file", report.file},
                        {"rows", report.rows},
                        {"values_taken", report.values_taken},
                        {"not_taken", nlohmann::json::array()}};
    for (const auto& i : report.issues)
      j["not_taken"].push_back({{"line", i.line},
                                {"reason", importIssueKindName(i.kind)},
                                {"column", i.column},
                                {"detail", i.detail}});
    std::cout << j.dump(2) << "\n";
    return;
  }
  std::printf("%s\n", report.summary().c_str());
  for (const auto& i : report.issues)
    if (i.kind != geo::store::ImportIssueKind::kNotSelected)
      std::printf("  line %zu%s: %s: %s\n",
                  i.line,
                  i.column.empty() ? "" : (", " + i.column).c_str(),
                  importIssueKindName(i.kind),
                  i.detail.c_str());
  if (const auto n = report.count(geo::store::ImportIssueKind::kNotSelected))
    std::printf("  %zu rows not selected by the mapping's filter (listed with --json)\n", n);
}

void runImport(const ImportOptions& o) {
  auto project = openWritable(o.project);
  const auto mapping = orFail(geo::store::readKpiMapping(o.mapping));
  const auto import = orFail(geo::store::importKpiFile(o.file, mapping, project.content()));
  geo::store::applyKpiImport(project, import);
  orFail(project.save());
  printReport(import.report, o.json);
  throw CLI::Success();
}

void runReport(const std::string& path, bool json) {
  const auto project = orFail(Project::open(path));
  if (json)
    std::cout << geo::store::kpiReportJson(project.content()).dump(2) << "\n";
  else
    std::cout << geo::store::kpiReportCsv(project.content());
  throw CLI::Success();
}

}  // namespace

void addKpiCommands(CLI::App& cli) {
  auto* project_cmd = cli.add_subcommand("project", "Create equimap project files (.equimap)");
  auto create = std::make_shared<CreateOptions>();
  auto* create_cmd =
      project_cmd->add_subcommand("create", "Create a project, optionally from a recipe");
  create_cmd->add_option("project", create->project, "New project file")->required();
  create_cmd->add_option("--recipe",
                         create->recipe,
                         "Recipe whose layers, styles and named analyses to import");
  create_cmd->add_option("--analysis", create->analyses, "Equity analysis definition(s) to keep");
  create_cmd->add_flag("--shared-service-kpis",
                       create->shared_service_kpis,
                       "Add empty definitions of typical shared-service KPIs");
  create_cmd->callback([create] { runCreate(*create); });
  auto counts = std::make_shared<GroupCountOptions>();
  auto* counts_cmd = project_cmd->add_subcommand(
      "group-counts", "Set the group counts for service level by group from ACS data");
  counts_cmd->add_option("project", counts->project, "Project file")->required();
  counts_cmd
      ->add_option("--analysis", counts->analysis, "Analysis definition (units, groups, ACS join)")
      ->required();
  counts_cmd->add_option("--area-field",
                         counts->area_field,
                         "Units' field naming the KPI area (default: the units' system_field)");
  counts_cmd->callback([counts] { runGroupCounts(*counts); });
  project_cmd->require_subcommand(1);

  auto* kpi_cmd = cli.add_subcommand("kpi", "Import and report KPI values of a project");
  auto import = std::make_shared<ImportOptions>();
  auto* import_cmd = kpi_cmd->add_subcommand("import", "Import KPI values from CSV or XLSX");
  import_cmd->add_option("project", import->project, "Project file")->required();
  import_cmd->add_option("file", import->file, "CSV or XLSX file")->required();
  import_cmd->add_option("--map", import->mapping, "Column mapping (JSON)")->required();
  import_cmd->add_flag("--json", import->json, "Print the validation report as JSON");
  import_cmd->callback([import] { runImport(*import); });

  auto report_path = std::make_shared<std::string>();
  auto report_json = std::make_shared<bool>(false);
  auto* report_cmd =
      kpi_cmd->add_subcommand("report", "KPI values, status and service level by group");
  report_cmd->add_option("project", *report_path, "Project file")->required();
  report_cmd->add_flag("--json", *report_json, "JSON instead of CSV");
  report_cmd->callback([report_path, report_json] { runReport(*report_path, *report_json); });
  kpi_cmd->require_subcommand(1);
}

}  // namespace app::cli
