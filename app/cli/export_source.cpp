#include "app/cli/export_source.h"

#include <nlohmann/json.hpp>

#include <filesystem>

#include "geo/store/project.h"
#include "geo/store/project_analyses.h"
#include "geo/store/project_document.h"

namespace app::cli {
namespace {

using geo::core::Result;

Result<ExportSource> fromRecipe(const std::string& path) {
  auto recipe = geo::map::readRecipe(path);
  if (!recipe) return std::unexpected(recipe.error());
  auto doc = geo::map::openRecipe(*recipe);
  if (!doc) return std::unexpected(doc.error());
  ExportSource source{std::move(*doc), std::nullopt, {}};
  for (const auto& definition_path : recipe->analyses) {
    auto definition = geo::analysis::readAnalysisDefinition(definition_path);
    if (!definition) return std::unexpected(definition.error());
    source.analyses.push_back(std::move(*definition));
  }
  return source;
}

Result<std::optional<geo::exhibit::ExhibitTemplate>> savedTemplate(
    const geo::store::ProjectContent& content, const std::string& project_path) {
  const auto* document = geo::store::exhibitTemplateDocument(content);
  if (!document) return std::nullopt;
  auto exhibit =
      geo::exhibit::exhibitTemplateFromJson(nlohmann::json::parse(document->json, nullptr, false));
  if (!exhibit) {
    auto error = exhibit.error();
    error.file = project_path;
    return std::unexpected(error);
  }
  return std::optional(std::move(*exhibit));
}

Result<ExportSource> fromProject(const std::string& path) {
  auto project = geo::store::Project::open(path);
  if (!project) return std::unexpected(project.error());
  const auto& content = project->content();
  auto doc = geo::store::documentFromProject(content, path);
  if (!doc) return std::unexpected(doc.error());
  auto exhibit = savedTemplate(content, path);
  if (!exhibit) return std::unexpected(exhibit.error());
  auto analyses = geo::store::projectAnalyses(content, path);
  if (!analyses) return std::unexpected(analyses.error());
  return ExportSource{std::move(*doc), std::move(*exhibit), std::move(*analyses)};
}

}  // namespace

bool isProjectPath(const std::string& path) {
  return std::filesystem::path(path).extension() == ".equimap";
}

Result<ExportSource> loadExportSource(const std::string& path) {
  return isProjectPath(path) ? fromProject(path) : fromRecipe(path);
}

}  // namespace app::cli
