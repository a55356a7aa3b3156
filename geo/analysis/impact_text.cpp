#include "geo/analysis/impact_text.h"

#include <fmt/format.h>

#include <optional>

#include "geo/i18n/number_format.h"

namespace geo::analysis {
namespace {

using i18n::Language;

std::string number(double value, int decimals, Language l) {
  return i18n::formatNumber(value, decimals, l);
}

// "45.7 % (± 2.0)" in the language's number format.
std::string share(const Estimate& e, Language l) {
  if (e.missing) return i18n::tr(l, "finding.not_available");
  return i18n::trf(l, "flag.share", number(100 * e.value, 1, l), number(100 * e.moe, 1, l));
}

std::string significance(bool significant, std::optional<double> z, Language l) {
  return i18n::trf(
      l, significant ? "flag.significant" : "flag.not_significant", number(z.value_or(0.0), 2, l));
}

std::string metres(const std::optional<double>& value, Language l) {
  if (!value) return i18n::tr(l, "finding.not_available");
  return i18n::trf(l, "finding.metres", number(*value, 0, l));
}

}  // namespace

std::string differenceStatement(const GroupImpact& g, const ImpactThresholds& t, Language l) {
  if (!g.difference) return i18n::tr(l, "flag.difference.not_run");
  const std::string test =
      i18n::trf(l,
                g.difference_flag ? "flag.difference.raised" : "flag.difference.clear",
                share(g.share_of_affected, l),
                share(g.share_of_population, l),
                i18n::formatSigned(100 * *g.difference, 1, l),
                number(100 * t.difference_threshold, 1, l));
  return test + " " + significance(g.difference_significant, g.difference_z, l);
}

std::string fourFifthsStatement(const GroupImpact& g, const ImpactThresholds& t, Language l) {
  if (!g.benefit_ratio) return i18n::tr(l, "flag.four_fifths.not_run");
  const std::string test =
      i18n::trf(l,
                g.four_fifths_flag ? "flag.four_fifths.raised" : "flag.four_fifths.clear",
                share(g.benefit_rate, l),
                share(g.others_benefit_rate, l),
                number(*g.benefit_ratio, 3, l),
                number(t.four_fifths_threshold, 2, l));
  return test + " " + significance(g.ratio_significant, g.ratio_z, l);
}

std::string groupName(const AnalysisDefinition& definition,
                      const std::string& group_id,
                      const std::string& fallback,
                      Language l) {
  const GroupSpec* spec = nullptr;
  for (const GroupSpec& g : definition.groups)
    if (g.id == group_id) spec = &g;
  const std::string own = spec && !spec->name.empty() ? spec->name : fallback;
  if (l == Language::kEnglish || !spec || spec->indicator.empty()) return own;
  const std::string key = "group." + spec->indicator;
  return i18n::hasKey(key) ? i18n::tr(l, key) : own;
}

std::vector<std::string> flagSentences(const ServiceLineResult& line,
                                       const AnalysisDefinition& definition,
                                       Language l) {
  std::vector<std::string> out;
  for (const GroupImpact& g : line.impact.groups) {
    const std::string name = groupName(definition, g.id, g.name, l);
    if (g.difference_flag)
      out.push_back(
          i18n::trf(l, "flag.line.difference", name, differenceStatement(g, definition.tests, l)));
    if (g.four_fifths_flag)
      out.push_back(
          i18n::trf(l, "flag.line.four_fifths", name, fourFifthsStatement(g, definition.tests, l)));
  }
  return out;
}

std::vector<std::string> findingSentences(const ServiceLineResult& line,
                                          const AnalysisDefinition& definition,
                                          Language l) {
  std::vector<std::string> out;
  out.push_back(i18n::trf(l,
                          "finding.mean_distance",
                          metres(line.baseline.equity.mean_access_m, l),
                          metres(line.scenario.equity.mean_access_m, l),
                          line.scenario_name));
  out.push_back(
      i18n::trf(l, "finding.units", line.impact.adverse_units, line.impact.benefit_units));
  for (const GroupEquity& g : line.baseline.equity.groups)
    if (g.ratio_vs_others)
      out.push_back(i18n::trf(l,
                              "finding.group_distance",
                              groupName(definition, g.id, g.name, l),
                              metres(g.mean_access_m, l),
                              metres(g.others_mean_access_m, l),
                              number(*g.ratio_vs_others, 2, l)));
  return out;
}

}  // namespace geo::analysis
