#include "app/cli/export_command.h"

#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>

#include "geo/exhibit/exhibit_batch.h"
#include "geo/map/recipe.h"

namespace app::cli {
namespace {

struct ExportOptions {
  std::string recipe_path;
  std::string out_dir;
  std::string formats = "pdf";
  std::string series;
  std::string page = "letter";
  bool landscape = false;
  int dpi = 300;
  std::string language = "en";
  std::string template_path;
  // Flags given on the command line; only these override a template file.
  CLI::Option* page_flag = nullptr;
  CLI::Option* landscape_flag = nullptr;
  CLI::Option* dpi_flag = nullptr;
  CLI::Option* language_flag = nullptr;
};

bool given(const ExportOptions& o, const CLI::Option* flag) {
  return o.template_path.empty() || flag->count() > 0;
}

int fail(const std::string& message) {
  std::fprintf(stderr, "equimap export: %s\n", message.c_str());
  return 1;
}

geo::core::Result<geo::exhibit::ExhibitTemplate> loadTemplate(const std::string& path) {
  if (path.empty()) return geo::exhibit::ExhibitTemplate{};
  std::ifstream in(path);
  auto json = nlohmann::json::parse(in, nullptr, false);
  if (json.is_discarded())
    return geo::core::fail(geo::core::Error{.code = geo::core::ErrorCode::kParse,
                                            .message = "the exhibit template is not valid JSON",
                                            .file = path});
  return geo::exhibit::exhibitTemplateFromJson(json);
}

// Flags given on the command line override the template file.
geo::core::Result<geo::exhibit::ExhibitTemplate> templateFor(const ExportOptions& o) {
  auto t = loadTemplate(o.template_path);
  if (!t) return t;
  auto page = geo::exhibit::parsePageSize(o.page);
  auto language = geo::exhibit::parseLanguage(o.language);
  if (!page || *page == geo::exhibit::PageSize::kCustom)
    return geo::core::fail(geo::core::ErrorCode::kInvalidData, "--page must be letter or tabloid");
  if (!language)
    return geo::core::fail(geo::core::ErrorCode::kInvalidData, "--lang must be en or es");
  if (given(o, o.page_flag)) t->page.size = *page;
  if (given(o, o.landscape_flag)) t->page.landscape = o.landscape;
  if (given(o, o.dpi_flag)) t->page.dpi = o.dpi;
  if (given(o, o.language_flag)) t->language = *language;
  return t;
}

geo::core::Result<geo::exhibit::BatchRequest> requestFor(const ExportOptions& o) {
  geo::exhibit::BatchRequest request{.out_dir = o.out_dir, .formats = {}};
  std::stringstream list(o.formats);
  for (std::string name; std::getline(list, name, ',');) {
    auto format = geo::exhibit::parseOutputFormat(name);
    if (!format)
      return geo::core::fail(geo::core::ErrorCode::kInvalidData,
                             "unknown format '" + name + "' (pdf, svg or png)");
    request.formats.push_back(*format);
  }
  auto series = geo::exhibit::parseSeries(o.series);
  if (!series)
    return geo::core::fail(geo::core::ErrorCode::kInvalidData,
                           "--series must be indicator, service_line or scenario");
  request.series = *series;
  return request;
}

int runExport(const ExportOptions& o) {
  auto exhibit = templateFor(o);
  if (!exhibit) return fail(exhibit.error().toString());
  auto request = requestFor(o);
  if (!request) return fail(request.error().toString());
  auto recipe = geo::map::readRecipe(o.recipe_path);
  if (!recipe) return fail(recipe.error().toString());
  auto doc = geo::map::openRecipe(*recipe);
  if (!doc) return fail(doc.error().toString());

  auto result = geo::exhibit::exportBatch(*doc, *exhibit, *request);
  if (!result) return fail(result.error().toString());
  for (const auto& w : result->warnings) std::fprintf(stderr, "warning: %s\n", w.c_str());
  for (const auto& f : result->files) std::printf("Wrote %s\n", f.c_str());
  return 0;
}

}  // namespace

void addExportCommand(CLI::App& cli) {
  auto options = std::make_shared<ExportOptions>();
  auto* cmd = cli.add_subcommand("export", "Write map exhibits (PDF, SVG, PNG) without a display");
  cmd->add_option("recipe", options->recipe_path, "Project recipe (JSON)")->required();
  cmd->add_option("--out", options->out_dir, "Output folder (created when missing)")->required();
  cmd->add_option("--format", options->formats, "Comma-separated: pdf,svg,png")
      ->capture_default_str();
  cmd->add_option("--series", options->series, "One exhibit per item")
      ->check(CLI::IsMember({"indicator", "service_line", "scenario"}));
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
  cmd->add_option("--template", options->template_path, "Exhibit template (JSON) to start from");
  cmd->callback([options] { throw CLI::RuntimeError(runExport(*options)); });
}

}  // namespace app::cli
