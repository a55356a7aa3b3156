#pragma once

// Savings ledger and cost-benefit of a shared-service proposal (METHODS.md
// section 10). Years are counted from the start year: t = 0 is the start year
// itself. Net flow per year = savings - costs (one-time and recurring).
//   NPV = sum_t (S_t - C_t) / (1 + r)^t
//   payback year = the first t whose cumulative (undiscounted) net flow >= 0.
// "Payback in year 3" therefore means t = 3, the fourth calendar year of the
// programme when the start year is year 0 (start 2025 -> payback in 2028).
// Pure functions; thread safe.

#include <optional>
#include <string>
#include <vector>

#include "geo/core/error.h"

namespace geo::store {

enum class LedgerKind { kCost, kSaving };

struct LedgerItem {
  std::string label;
  LedgerKind kind = LedgerKind::kCost;
  double amount = 0.0;  // per year for recurring items, once otherwise; >= 0, in currency
  bool recurring = false;
  int first_year = 0;  // t of the first year it applies
  int last_year = 0;   // recurring items: t of the last year (inclusive)
  friend bool operator==(const LedgerItem&, const LedgerItem&) = default;
};

struct SavingsProposal {
  std::string id;
  std::string name;
  int start_year = 0;           // calendar year of t = 0, e.g. 2025
  int years = 1;                // horizon: t = 0 .. years - 1
  double discount_rate = 0.03;  // r, per year (0.03 = 3 %)
  std::vector<LedgerItem> items;
  friend bool operator==(const SavingsProposal&, const SavingsProposal&) = default;
};

struct YearFlow {
  int t = 0;
  int calendar_year = 0;
  double savings = 0.0;
  double costs = 0.0;
  double net = 0.0;         // savings - costs
  double cumulative = 0.0;  // sum of net up to and including t
  double discounted = 0.0;  // net / (1 + r)^t
};

struct CostBenefit {
  std::vector<YearFlow> flows;
  double npv = 0.0;
  std::optional<int> payback_t;  // nullopt: never within the horizon
};

// Fails with kInvalidData for years < 1, a rate <= -1, negative amounts or
// items whose years fall outside the horizon.
core::Result<CostBenefit> evaluateProposal(const SavingsProposal& proposal);

// The same on plain net flows (flows[t] = S_t - C_t).
double netPresentValue(const std::vector<double>& net_flows, double discount_rate);
std::optional<int> paybackYear(const std::vector<double>& net_flows);

}  // namespace geo::store
