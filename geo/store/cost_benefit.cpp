#include "geo/store/cost_benefit.h"

#include <fmt/format.h>
#include <cmath>

namespace geo::store {
namespace {

core::Result<void> checkItem(const LedgerItem& item, int years) {
  auto bad = [&](const std::string& why) {
    return core::fail(core::Error{.code = core::ErrorCode::kInvalidData,
                                  .message = "ledger item '" + item.label + "': " + why,
                                  .hint = "edit the item in the savings ledger"});
  };
  if (!(item.amount >= 0.0)) return bad("amounts must be zero or positive");
  if (item.first_year < 0 || item.first_year >= years)
    return bad(
        fmt::format("first year t = {} is outside the horizon 0..{}", item.first_year, years - 1));
  if (item.recurring && (item.last_year < item.first_year || item.last_year >= years))
    return bad(fmt::format(
        "last year t = {} must be between {} and {}", item.last_year, item.first_year, years - 1));
  return {};
}

}  // namespace

double netPresentValue(const std::vector<double>& net_flows, double discount_rate) {
  double npv = 0.0;
  for (std::size_t t = 0; t < net_flows.size(); ++t)
    npv += net_flows[t] / std::pow(1.0 + discount_rate, static_cast<double>(t));
  return npv;
}

std::optional<int> paybackYear(const std::vector<double>& net_flows) {
  double cumulative = 0.0;
  for (std::size_t t = 0; t < net_flows.size(); ++t) {
    cumulative += net_flows[t];
    if (cumulative >= 0.0) return static_cast<int>(t);
  }
  return std::nullopt;
}

core::Result<CostBenefit> evaluateProposal(const SavingsProposal& proposal) {
  if (proposal.years < 1)
    return core::fail(core::ErrorCode::kInvalidData, "a proposal needs at least one year");
  if (!(proposal.discount_rate > -1.0))
    return core::fail(core::ErrorCode::kInvalidData, "the discount rate must be above -100 %");

  CostBenefit out;
  out.flows.resize(static_cast<std::size_t>(proposal.years));
  for (int t = 0; t < proposal.years; ++t) {
    out.flows[static_cast<std::size_t>(t)].t = t;
    out.flows[static_cast<std::size_t>(t)].calendar_year = proposal.start_year + t;
  }
  for (const auto& item : proposal.items) {
    if (auto ok = checkItem(item, proposal.years); !ok) return std::unexpected(ok.error());
    const int last = item.recurring ? item.last_year : item.first_year;
    for (int t = item.first_year; t <= last; ++t) {
      auto& flow = out.flows[static_cast<std::size_t>(t)];
      (item.kind == LedgerKind::kSaving ? flow.savings : flow.costs) += item.amount;
    }
  }

  std::vector<double> net;
  double cumulative = 0.0;
  for (auto& flow : out.flows) {
    flow.net = flow.savings - flow.costs;
    cumulative += flow.net;
    flow.cumulative = cumulative;
    flow.discounted = flow.net / std::pow(1.0 + proposal.discount_rate, flow.t);
    net.push_back(flow.net);
  }
  out.npv = netPresentValue(net, proposal.discount_rate);
  out.payback_t = paybackYear(net);
  return out;
}

}  // namespace geo::store
