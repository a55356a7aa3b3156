#include "geo/store/project_content.h"

namespace geo::store {

int ProjectContent::findLayer(const std::string& id) const {
  for (std::size_t i = 0; i < layers.size(); ++i)
    if (layers[i].spec.id == id) return static_cast<int>(i);
  return -1;
}

const KpiDefinition* ProjectContent::findKpi(const std::string& id) const {
  for (const auto& k : kpis)
    if (k.id == id) return &k;
  return nullptr;
}

const char* documentKindName(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::kAnalysis:
      return "analysis";
    case DocumentKind::kAnalysisResult:
      return "analysis_result";
    case DocumentKind::kScenario:
      return "scenario";
    case DocumentKind::kExhibit:
      return "exhibit";
    case DocumentKind::kViews:
      return "views";
  }
  return "analysis";
}

std::optional<DocumentKind> parseDocumentKind(const std::string& text) {
  for (auto k : {DocumentKind::kAnalysis,
                 DocumentKind::kAnalysisResult,
                 DocumentKind::kScenario,
                 DocumentKind::kExhibit,
                 DocumentKind::kViews})
    if (text == documentKindName(k)) return k;
  return std::nullopt;
}

}  // namespace geo::store
