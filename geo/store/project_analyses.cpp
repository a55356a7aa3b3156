#include "geo/store/project_analyses.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>

#include "geo/core/json_reader.h"

namespace geo::store {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

fs::path projectFolder(const std::string& project_path) {
  return fs::absolute(project_path).parent_path();
}

// `path` (relative to `from`) made relative to `to`; absolute paths stay.
std::string rebase(const std::string& path, const fs::path& from, const fs::path& to) {
  if (fs::path(path).is_absolute()) return path;
  const fs::path absolute = (from / path).lexically_normal();
  const fs::path relative = absolute.lexically_relative(to);
  return relative.empty() ? absolute.string() : relative.generic_string();
}

// Rewrites every data path of a definition: the "source" of any layer object
// and the "table" of any "join" object, wherever they are nested.
void rebasePaths(json& j, const fs::path& from, const fs::path& to) {
  if (j.is_array()) {
    for (auto& item : j) rebasePaths(item, from, to);
    return;
  }
  if (!j.is_object()) return;
  for (auto& [key, value] : j.items()) {
    if (key == "source" && value.is_string())
      value = rebase(value.get<std::string>(), from, to);
    else if (key == "join" && value.is_object() && value.contains("table") &&
             value["table"].is_string())
      value["table"] = rebase(value["table"].get<std::string>(), from, to);
    else
      rebasePaths(value, from, to);
  }
}

}  // namespace

core::Result<NamedDocument> analysisDocument(const std::string& definition_path,
                                             const std::string& project_path) {
  auto definition = analysis::readAnalysisDefinition(definition_path);
  if (!definition) return std::unexpected(definition.error());
  auto text = core::readTextFile(definition_path, "check the path of the analysis definition");
  if (!text) return std::unexpected(text.error());
  json j = json::parse(*text, nullptr, false);  // valid: it was just parsed
  rebasePaths(j, fs::absolute(definition_path).parent_path(), projectFolder(project_path));
  return NamedDocument{.kind = DocumentKind::kAnalysis,
                       .id = fs::path(definition_path).stem().string(),
                       .name = definition->name,
                       .json = j.dump(2)};
}

core::Result<std::vector<analysis::AnalysisDefinition>> projectAnalyses(
    const ProjectContent& content, const std::string& project_path) {
  std::vector<analysis::AnalysisDefinition> out;
  const fs::path folder = projectFolder(project_path);
  for (const auto& document : content.documents) {
    if (document.kind != DocumentKind::kAnalysis) continue;
    const std::string anchor = (folder / (document.id + ".json")).string();
    auto definition = analysis::parseAnalysisDefinition(document.json, anchor);
    if (!definition) return std::unexpected(definition.error());
    out.push_back(std::move(*definition));
  }
  return out;
}

const NamedDocument* exhibitTemplateDocument(const ProjectContent& content) {
  auto it = std::ranges::find_if(content.documents, [](const NamedDocument& d) {
    return d.kind == DocumentKind::kExhibit && d.id == kExhibitTemplateId;
  });
  return it == content.documents.end() ? nullptr : &*it;
}

}  // namespace geo::store
