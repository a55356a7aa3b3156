#pragma once

// JSON forms of the values the project file keeps as JSON text: layer specs
// with their style, classifications, savings proposals, KPI definitions.
// Reading never throws: bad JSON gives kParse naming `what`.

#include <nlohmann/json.hpp>

#include <string>

#include "geo/carto/classify.h"
#include "geo/core/error.h"
#include "geo/map/recipe.h"
#include "geo/store/cost_benefit.h"
#include "geo/store/kpi.h"

namespace geo::store {

nlohmann::json toJson(const map::StyleSpec& style);
nlohmann::json toJson(const map::LayerSpec& spec);
nlohmann::json toJson(const carto::Classification& classification);
nlohmann::json toJson(const SavingsProposal& proposal);
nlohmann::json toJson(const KpiDefinition& kpi);

core::Result<map::StyleSpec> styleFromJson(const nlohmann::json& j);
core::Result<map::LayerSpec> layerSpecFromJson(const nlohmann::json& j);
core::Result<carto::Classification> classificationFromJson(const nlohmann::json& j);
core::Result<SavingsProposal> proposalFromJson(const nlohmann::json& j);
core::Result<KpiDefinition> kpiFromJson(const nlohmann::json& j);

// Parses JSON text without throwing; `what` names the document in the error.
core::Result<nlohmann::json> parseJsonText(const std::string& text, const std::string& what);

}  // namespace geo::store
