#pragma once

// The sentences that explain an equity analysis (METHODS.md sections 8 and
// 9): each group's difference and four-fifths test with the numbers behind
// it, the flags raised, and a service line's main findings, in any language of
// the translation catalog (keys "flag.*", "finding.*", "group.*") with that
// language's number format (geo/i18n/number_format.h).
//
// The analysis keeps the English sentences in its result (GroupImpact
// statements, ServiceLineResult::flags and ::findings) for reports; a GUI
// calls these functions with the language on screen, so a language switch
// rewrites them at once. Pure functions, thread safe.

#include <string>
#include <vector>

#include "geo/analysis/analysis_definition.h"
#include "geo/analysis/analysis_run.h"
#include "geo/analysis/scenario.h"
#include "geo/i18n/catalog.h"

namespace geo::analysis {

// "Flag: 70.0 % (± 5.0) of those adversely affected belong to this group,
// against 45.7 % (± 2.0) ... (threshold: 10.0). The difference is
// statistically significant at the 90 % level (Z = 2.53)." Without a test
// (nobody affected, no data) it says why.
std::string differenceStatement(const GroupImpact& group,
                                const ImpactThresholds& thresholds,
                                i18n::Language language);
std::string fourFifthsStatement(const GroupImpact& group,
                                const ImpactThresholds& thresholds,
                                i18n::Language language);

// A group's name: in English the definition's own; in another language the
// catalog's "group.<indicator>" when the group is a built-in indicator and
// the catalog has it, else the definition's (then untranslated) name.
// `group_id` is looked up in definition.groups; unknown ids give `fallback`.
std::string groupName(const AnalysisDefinition& definition,
                      const std::string& group_id,
                      const std::string& fallback,
                      i18n::Language language);

// One sentence per raised flag: "<group> (difference test): <statement>".
std::vector<std::string> flagSentences(const ServiceLineResult& line,
                                       const AnalysisDefinition& definition,
                                       i18n::Language language);

// Mean distance now and under the scenario, units affected, and each group's
// mean distance against everyone else's.
std::vector<std::string> findingSentences(const ServiceLineResult& line,
                                          const AnalysisDefinition& definition,
                                          i18n::Language language);

}  // namespace geo::analysis
