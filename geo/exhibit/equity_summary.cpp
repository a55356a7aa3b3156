#include "geo/exhibit/equity_summary.h"

#include <fmt/format.h>

#include <algorithm>

#include "geo/carto/classify.h"
#include "geo/exhibit/exhibit_labels.h"

namespace geo::exhibit {
namespace {

using analysis::GroupEquity;
using analysis::ServiceState;

std::optional<double> coverageOf(const GroupEquity& g) {
  return g.coverage.missing ? std::nullopt : std::optional(g.coverage.value);
}

std::optional<double> everyone(const ServiceState& state, AccessStatistic statistic) {
  return statistic == AccessStatistic::kCoverage ? state.equity.coverage
                                                 : state.equity.mean_access_m;
}

std::optional<double> ofGroup(const GroupEquity& g, AccessStatistic statistic) {
  return statistic == AccessStatistic::kCoverage ? coverageOf(g) : g.mean_access_m;
}

std::string summaryTitle(const analysis::AnalysisResult& result,
                         AccessStatistic statistic,
                         i18n::Language language) {
  if (statistic == AccessStatistic::kMeanDistance)
    return i18n::tr(language, "exhibit.summary.mean_title");
  const std::string threshold =
      carto::formatClassValue(result.definition.coverage_threshold_m, carto::LabelFormat::kCount);
  return fmt::format(fmt::runtime(i18n::tr(language, "exhibit.summary.coverage_title")), threshold);
}

}  // namespace

std::string groupLabel(const analysis::AnalysisResult& result,
                       const GroupEquity& group,
                       Language language) {
  const std::string own = group.name.empty() ? group.id : group.name;
  if (language == Language::kEnglish) return own;
  const auto& specs = result.definition.groups;
  auto spec = std::ranges::find(specs, group.id, &analysis::GroupSpec::id);
  if (spec == specs.end() || spec->indicator.empty()) return own;
  const std::string key = "exhibit.group." + spec->indicator;
  return i18n::hasKey(key) ? i18n::tr(catalogLanguage(language), key) : own;
}

SummarySpec accessSummary(const SummarySpec& base,
                          const analysis::AnalysisResult& result,
                          std::size_t line,
                          Language language) {
  if (!base.from_analysis) return base;
  const analysis::ServiceLineResult& l = result.lines.at(line);
  const i18n::Language lang = catalogLanguage(language);
  const AccessStatistic statistic = base.statistic;

  SummarySpec s = base;
  s.title = summaryTitle(result, statistic, lang);
  s.format = statistic == AccessStatistic::kCoverage ? ValueFormat::kPercent : ValueFormat::kCount;
  s.value_heading = i18n::tr(lang, "exhibit.scenario.today");
  s.compare_heading = i18n::tr(lang, "exhibit.summary.proposal");
  s.rows = {{i18n::tr(lang, "exhibit.summary.everyone"),
             everyone(l.baseline, statistic),
             everyone(l.scenario, statistic)}};
  const auto& today = l.baseline.equity.groups;
  const auto& proposal = l.scenario.equity.groups;
  for (std::size_t g = 0; g < today.size() && g < proposal.size(); ++g)
    s.rows.push_back({groupLabel(result, today[g], language),
                      ofGroup(today[g], statistic),
                      ofGroup(proposal[g], statistic)});
  return s;
}

}  // namespace geo::exhibit
