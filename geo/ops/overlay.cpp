#include "geo/ops/overlay.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "geo/ops/geos_support.h"

namespace geo::ops {
namespace {

using detail::GeomPtr;
using detail::GeosContext;

// One worker's GEOS copies of the areas, their prepared forms and an STRtree.
struct AreaIndex {
  std::vector<char> overlaps_other;  // area shares positive area with another area
  std::vector<GeomPtr> areas;
  std::vector<detail::PreparedPtr> prepared;
  std::optional<detail::EnvelopeTree> tree;
};

void buildIndex(const GeosContext& context,
                const std::vector<core::Geometry>& areas,
                AreaIndex& index) {
  for (const core::Geometry& area : areas) {
    index.areas.push_back(detail::toGeos(context, area));
    index.prepared.push_back(index.areas.back() ? detail::prepare(context, index.areas.back().get())
                                                : detail::PreparedPtr(nullptr, {context.handle()}));
  }
  index.tree.emplace(context, index.areas);
}

// Marks areas that overlap another area (a shared edge is not an overlap). Units
// touching only unmarked areas need no union: their covered area is the sum.
std::vector<char> overlappingAreas(const std::vector<core::Geometry>& areas) {
  GeosContext context;
  AreaIndex index;
  buildIndex(context, areas, index);
  GEOSContextHandle_t ctx = context.handle();
  std::vector<char> overlaps(areas.size(), 0);
  for (std::size_t a = 0; a < areas.size(); ++a) {
    if (!index.areas[a]) continue;
    for (std::size_t b : index.tree->query(index.areas[a].get())) {
      if (b <= a ||
          GEOSPreparedIntersects_r(ctx, index.prepared[a].get(), index.areas[b].get()) != 1)
        continue;
      GeomPtr common =
          detail::own(context, GEOSIntersection_r(ctx, index.areas[a].get(), index.areas[b].get()));
      double area = 1.0;  // when GEOS fails, assume an overlap and take the safe path
      if (common) GEOSArea_r(ctx, common.get(), &area);
      if (area > 0.0) overlaps[a] = overlaps[b] = 1;
    }
  }
  return overlaps;
}

// Area of the union of the intersection pieces (overlapping areas count once);
// a null piece stands for the whole unit.
double unionArea(const GeosContext& context,
                 const GEOSGeometry* unit,
                 std::vector<GeomPtr>& pieces) {
  GEOSContextHandle_t ctx = context.handle();
  std::vector<GEOSGeometry*> raw;
  for (GeomPtr& piece : pieces)
    raw.push_back(piece ? piece.release() : GEOSGeom_clone_r(ctx, unit));
  GeomPtr collection =
      detail::own(context,
                  GEOSGeom_createCollection_r(
                      ctx, GEOS_GEOMETRYCOLLECTION, raw.data(), static_cast<unsigned>(raw.size())));
  GeomPtr merged = detail::own(context, GEOSUnaryUnion_r(ctx, collection.get()));
  double area = 0.0;
  if (!merged || !GEOSArea_r(ctx, merged.get(), &area)) return -1.0;
  return area;
}

std::optional<std::string> overlayUnit(const GeosContext& context,
                                       const AreaIndex& index,
                                       const core::Geometry& unit,
                                       UnitOverlay& out) {
  GEOSContextHandle_t ctx = context.handle();
  GeomPtr g = detail::toGeos(context, unit);
  if (!g) return std::nullopt;
  GEOSArea_r(ctx, g.get(), &out.unit_area_m2);

  std::vector<GeomPtr> partial;  // pieces of areas that cut the unit
  bool any_overlap = false;
  for (std::size_t a : index.tree->query(g.get())) {
    if (!index.prepared[a]) continue;
    if (GEOSPreparedContains_r(ctx, index.prepared[a].get(), g.get()) == 1) {
      out.pieces.emplace_back(a, out.unit_area_m2);
      partial.push_back(detail::own(context, nullptr));  // the whole unit
      any_overlap = any_overlap || index.overlaps_other[a];
      continue;
    }
    if (GEOSPreparedIntersects_r(ctx, index.prepared[a].get(), g.get()) != 1) continue;
    GeomPtr piece = detail::own(context, GEOSIntersection_r(ctx, g.get(), index.areas[a].get()));
    if (!piece) return context.lastError().empty() ? "intersection failed" : context.lastError();
    double area = 0.0;
    GEOSArea_r(ctx, piece.get(), &area);
    if (area <= 0.0) continue;
    out.pieces.emplace_back(a, area);
    partial.push_back(std::move(piece));
    any_overlap = any_overlap || index.overlaps_other[a];
  }

  for (const auto& piece : out.pieces) out.covered_area_m2 += piece.second;
  if (partial.size() > 1 && any_overlap) out.covered_area_m2 = unionArea(context, g.get(), partial);
  if (out.covered_area_m2 < 0.0) return "union of pieces failed: " + context.lastError();
  out.covered_area_m2 = std::min(out.covered_area_m2, out.unit_area_m2);
  return std::nullopt;
}

struct SharedState {
  std::atomic<std::size_t> done{0};
  std::atomic<bool> failed{false};
  std::optional<core::Error> error;
  std::mutex error_mutex;
};

void runWorker(const std::vector<core::Geometry>& units,
               const std::vector<core::Geometry>& areas,
               const std::vector<char>& overlaps,
               std::size_t begin,
               std::size_t end,
               std::vector<UnitOverlay>& out,
               SharedState& shared,
               core::Progress* progress) {
  GeosContext context;
  AreaIndex index;
  buildIndex(context, areas, index);
  index.overlaps_other = overlaps;
  for (std::size_t i = begin; i < end; ++i) {
    if (shared.failed || (progress && progress->cancelled())) return;
    if (auto failure = overlayUnit(context, index, units[i], out[i])) {
      std::lock_guard lock(shared.error_mutex);
      shared.error = core::Error{.code = core::ErrorCode::kGeometry,
                                 .message = "overlay failed: " + *failure,
                                 .feature = std::to_string(i)};
      shared.failed = true;
      return;
    }
    const std::size_t done = ++shared.done;
    if (progress && done % 1024 == 0)
      progress->report(static_cast<double>(done) / static_cast<double>(units.size()));
  }
}

}  // namespace

core::Result<std::vector<UnitOverlay>> overlayAreas(const std::vector<core::Geometry>& units,
                                                    const std::vector<core::Geometry>& areas,
                                                    const OverlayOptions& options,
                                                    core::Progress* progress) {
  std::vector<UnitOverlay> out(units.size());
  SharedState shared;
  const std::size_t threads =
      std::clamp<std::size_t>(options.threads, 1, std::max<std::size_t>(1, units.size() / 256));

  // Interleaved chunks would balance better, but contiguous ones keep each
  // worker's STRtree queries local in space.
  const std::vector<char> overlaps = overlappingAreas(areas);
  std::vector<std::thread> workers;
  const std::size_t chunk = (units.size() + threads - 1) / threads;
  for (std::size_t t = 0; t < threads; ++t) {
    const std::size_t begin = std::min(units.size(), t * chunk);
    const std::size_t end = std::min(units.size(), begin + chunk);
    workers.emplace_back(runWorker,
                         std::cref(units),
                         std::cref(areas),
                         std::cref(overlaps),
                         begin,
                         end,
                         std::ref(out),
                         std::ref(shared),
                         progress);
  }
  for (std::thread& worker : workers) worker.join();

  if (shared.error) return std::unexpected(*shared.error);
  if (progress && progress->cancelled())
    return core::fail(core::ErrorCode::kCancelled, "overlay cancelled");
  if (progress) progress->report(1.0);
  return out;
}

}  // namespace geo::ops
