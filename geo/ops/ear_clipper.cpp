#include "geo/ops/ear_clipper.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace geo::ops {
namespace {

using geo::core::Polygon;
using geo::core::Ring;
using geo::core::Vec2;

// Below this many nodes a plain scan of the ring beats building the z-order list.
constexpr std::size_t kHashThreshold = 80;
constexpr double kZCells = 32767.0;

// Twice the signed area of triangle abc: > 0 when a, b, c turn left (counter-clockwise).
double cross(Vec2 a, Vec2 b, Vec2 c) {
  return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
}

// p inside or on the counter-clockwise triangle abc.
bool inTriangle(Vec2 a, Vec2 b, Vec2 c, Vec2 p) {
  return cross(a, b, p) >= 0 && cross(b, c, p) >= 0 && cross(c, a, p) >= 0;
}

// p inside or on triangle abc of either orientation.
bool inAnyTriangle(Vec2 a, Vec2 b, Vec2 c, Vec2 p) {
  double d1 = cross(a, b, p);
  double d2 = cross(b, c, p);
  double d3 = cross(c, a, p);
  bool negative = d1 < 0 || d2 < 0 || d3 < 0;
  bool positive = d1 > 0 || d2 > 0 || d3 > 0;
  return !(negative && positive);
}

int sign(double v) {
  return (v > 0) - (v < 0);
}

// q lies within the bounding box of segment pr (q already known collinear).
bool withinBox(Vec2 p, Vec2 q, Vec2 r) {
  return q.x <= std::max(p.x, r.x) && q.x >= std::min(p.x, r.x) && q.y <= std::max(p.y, r.y) &&
         q.y >= std::min(p.y, r.y);
}

// Segments p1q1 and p2q2 share at least one point.
bool segmentsIntersect(Vec2 p1, Vec2 q1, Vec2 p2, Vec2 q2) {
  int o1 = sign(cross(p1, q1, p2));
  int o2 = sign(cross(p1, q1, q2));
  int o3 = sign(cross(p2, q2, p1));
  int o4 = sign(cross(p2, q2, q1));
  if (o1 != o2 && o3 != o4) return true;
  return (o1 == 0 && withinBox(p1, p2, q1)) || (o2 == 0 && withinBox(p1, q2, q1)) ||
         (o3 == 0 && withinBox(p2, p1, q2)) || (o4 == 0 && withinBox(p2, q1, q2));
}

// Spreads the low 16 bits of v to the even bit positions.
std::uint32_t spreadBits(std::uint32_t v) {
  v = (v | (v << 8)) & 0x00FF00FFu;
  v = (v | (v << 4)) & 0x0F0F0F0Fu;
  v = (v | (v << 2)) & 0x33333333u;
  v = (v | (v << 1)) & 0x55555555u;
  return v;
}

}  // namespace

void EarClipper::run(const Polygon& polygon,
                     std::uint32_t first_vertex,
                     std::vector<std::uint32_t>& indices) {
  nodes_.clear();
  indices_ = &indices;
  if (polygon.rings.empty()) return;

  int outer = linkRing(polygon.rings[0], first_vertex, true);
  if (outer < 0 || n(outer).next == n(outer).prev) return;
  outer = eliminateHoles(polygon, first_vertex, outer);

  prepareHashing();
  clipEars(outer, Stage::kClip);
}

// ---- linked list --------------------------------------------------------

int EarClipper::insertNode(std::uint32_t vertex, Vec2 p, int last) {
  int i = static_cast<int>(nodes_.size());
  nodes_.push_back(Node{.p = p, .vertex = vertex});
  if (last < 0) {
    n(i).prev = i;
    n(i).next = i;
  } else {
    n(i).next = n(last).next;
    n(i).prev = last;
    n(n(last).next).prev = i;
    n(last).next = i;
  }
  return i;
}

void EarClipper::removeNode(int i) {
  n(n(i).next).prev = n(i).prev;
  n(n(i).prev).next = n(i).next;
  if (n(i).prev_z >= 0) n(n(i).prev_z).next_z = n(i).next_z;
  if (n(i).next_z >= 0) n(n(i).next_z).prev_z = n(i).prev_z;
}

int EarClipper::linkRing(const Ring& ring, std::uint32_t first_vertex, bool counter_clockwise) {
  if (ring.size() < 3) return -1;
  bool keep_order = (geo::core::signedRingArea(ring) > 0) == counter_clockwise;
  int last = -1;
  for (std::size_t k = 0; k < ring.size(); ++k) {
    std::size_t i = keep_order ? k : ring.size() - 1 - k;
    last = insertNode(first_vertex + static_cast<std::uint32_t>(i), ring[i], last);
  }
  return filterPoints(last);
}

// Removes repeated and collinear nodes from start up to end; returns a node
// that survives.
int EarClipper::filterPoints(int start, int end) {
  if (start < 0) return start;
  if (end < 0) end = start;
  int p = start;
  bool again = false;
  do {
    again = false;
    int next = n(p).next;
    if (p != next && (at(p) == at(next) || cross(at(n(p).prev), at(p), at(next)) == 0)) {
      int prev = n(p).prev;
      removeNode(p);
      p = end = prev;
      if (p == n(p).next) break;
      again = true;
    } else {
      p = next;
    }
  } while (again || p != end);
  return end;
}

// ---- holes ----------------------------------------------------------------

int EarClipper::eliminateHoles(const Polygon& polygon, std::uint32_t first_vertex, int outer) {
  std::vector<int> right_most;
  auto offset = first_vertex + static_cast<std::uint32_t>(polygon.rings[0].size());
  for (std::size_t r = 1; r < polygon.rings.size(); ++r) {
    int list = linkRing(polygon.rings[r], offset, false);
    offset += static_cast<std::uint32_t>(polygon.rings[r].size());
    if (list < 0 || n(list).next == n(list).prev) continue;  // degenerate hole

    int best = list;
    for (int p = n(list).next; p != list; p = n(p).next) {
      if (at(p).x > at(best).x || (at(p).x == at(best).x && at(p).y < at(best).y)) best = p;
    }
    right_most.push_back(best);
  }

  // Right to left, so each ray to the right meets holes that are already bridged.
  std::sort(
      right_most.begin(), right_most.end(), [this](int a, int b) { return at(a).x > at(b).x; });
  for (int hole : right_most) outer = eliminateHole(hole, outer);
  return outer;
}

int EarClipper::eliminateHole(int hole, int outer) {
  int bridge = findBridge(hole, outer);
  if (bridge < 0) return outer;  // the hole is not inside the exterior: ignored
  int bridge_copy = splitPolygon(bridge, hole);
  filterPoints(bridge_copy, n(bridge_copy).next);
  return filterPoints(bridge, n(bridge).next);
}

// A node of the outer list that the hole's right-most node can see.
int EarClipper::findBridge(int hole, int outer) const {
  Vec2 m = at(hole);
  double hit_x = std::numeric_limits<double>::infinity();
  int candidate = -1;

  // Nearest crossing of the ray from m to the right with an upward edge (the
  // edges that have the polygon's interior on their left, towards m).
  int p = outer;
  do {
    int q = n(p).next;
    Vec2 a = at(p);
    Vec2 b = at(q);
    if (a.y <= m.y && m.y <= b.y && b.y > a.y) {
      double x = a.x + (m.y - a.y) * (b.x - a.x) / (b.y - a.y);
      if (x >= m.x && x < hit_x) {
        hit_x = x;
        candidate = a.x > b.x ? p : q;
        if (x == m.x) return candidate;  // the hole touches this edge
      }
    }
    p = q;
  } while (p != outer);
  if (candidate < 0) return -1;
  return visibleBridge(hole, candidate, Vec2{hit_x, m.y});
}

// The candidate endpoint may be hidden behind other vertices inside the
// triangle (m, hit, candidate); take the one closest in angle to the ray.
int EarClipper::visibleBridge(int hole, int candidate, Vec2 hit) const {
  Vec2 m = at(hole);
  Vec2 c = at(candidate);
  int best = candidate;
  double best_tan = std::numeric_limits<double>::infinity();
  int p = candidate;
  do {
    Vec2 v = at(p);
    if (v.x > m.x && v.x <= c.x && inAnyTriangle(m, hit, c, v) && locallyInside(p, hole)) {
      double tan = std::abs(m.y - v.y) / (v.x - m.x);
      if (tan < best_tan || (tan == best_tan && v.x < at(best).x)) {
        best = p;
        best_tan = tan;
      }
    }
    p = n(p).next;
  } while (p != candidate);
  return best;
}

// Links a to b with two coincident edges, splitting one ring into two or
// joining two rings into one; returns the copy of b.
int EarClipper::splitPolygon(int a, int b) {
  int a2 = static_cast<int>(nodes_.size());
  nodes_.push_back(Node{.p = at(a), .vertex = n(a).vertex});
  int b2 = static_cast<int>(nodes_.size());
  nodes_.push_back(Node{.p = at(b), .vertex = n(b).vertex});
  int an = n(a).next;
  int bp = n(b).prev;

  n(a).next = b;
  n(b).prev = a;
  n(a2).next = an;
  n(an).prev = a2;
  n(b2).next = a2;
  n(a2).prev = b2;
  n(bp).next = b2;
  n(b2).prev = bp;
  return b2;
}

// ---- ear clipping -------------------------------------------------------------

void EarClipper::clipEars(int ear, Stage stage) {
  if (ear < 0) return;
  if (stage == Stage::kClip && hashed_) indexCurve(ear);

  int stop = ear;
  while (n(ear).prev != n(ear).next) {
    int prev = n(ear).prev;
    int next = n(ear).next;
    if (hashed_ ? isEarHashed(ear) : isEar(ear)) {
      emit(prev, ear, next);
      removeNode(ear);
      // Skipping the next node gives fewer thin slivers.
      ear = n(next).next;
      stop = ear;
      continue;
    }
    ear = next;
    if (ear != stop) continue;

    // A full turn without an ear: try the next repair stage.
    switch (stage) {
      case Stage::kClip:
        clipEars(filterPoints(ear), Stage::kFiltered);
        break;
      case Stage::kFiltered:
        clipEars(cureLocalIntersections(filterPoints(ear)), Stage::kCured);
        break;
      case Stage::kCured:
        splitAndClip(ear);
        break;
    }
    return;
  }
}

bool EarClipper::blocksEar(int q, int a, int b, int c) const {
  Vec2 p = at(q);
  if (p == at(a) || p == at(c)) return false;
  return inTriangle(at(a), at(b), at(c), p) && cross(at(n(q).prev), p, at(n(q).next)) <= 0;
}

bool EarClipper::isEar(int ear) const {
  int a = n(ear).prev;
  int c = n(ear).next;
  if (cross(at(a), at(ear), at(c)) <= 0) return false;  // reflex or flat
  for (int q = n(c).next; q != a; q = n(q).next) {
    if (blocksEar(q, a, ear, c)) return false;
  }
  return true;
}

bool EarClipper::isEarHashed(int ear) const {
  int a = n(ear).prev;
  int c = n(ear).next;
  Vec2 pa = at(a);
  Vec2 pb = at(ear);
  Vec2 pc = at(c);
  if (cross(pa, pb, pc) <= 0) return false;

  std::uint32_t min_z = zOrder({std::min({pa.x, pb.x, pc.x}), std::min({pa.y, pb.y, pc.y})});
  std::uint32_t max_z = zOrder({std::max({pa.x, pb.x, pc.x}), std::max({pa.y, pb.y, pc.y})});
  auto blocks = [&](int q) { return q != a && q != c && blocksEar(q, a, ear, c); };

  // Walk the z-order list both ways from the ear while inside the z range.
  int down = n(ear).prev_z;
  int up = n(ear).next_z;
  while (down >= 0 && n(down).z >= min_z) {
    if (blocks(down)) return false;
    down = n(down).prev_z;
  }
  while (up >= 0 && n(up).z <= max_z) {
    if (blocks(up)) return false;
    up = n(up).next_z;
  }
  return true;
}

// Where edges a-p and p.next-b cross, clip the small triangle and drop the crossing.
int EarClipper::cureLocalIntersections(int start) {
  int p = start;
  do {
    if (n(p).next == n(p).prev) break;
    int a = n(p).prev;
    int pn = n(p).next;
    int b = n(pn).next;
    if (at(a) != at(b) && segmentsIntersect(at(a), at(p), at(pn), at(b)) && locallyInside(a, b) &&
        locallyInside(b, a)) {
      emit(a, p, b);
      removeNode(p);
      removeNode(pn);
      p = start = b;
    }
    p = n(p).next;
  } while (p != start);
  return filterPoints(p);
}

// Last resort: split the ring along any valid diagonal and clip both halves.
void EarClipper::splitAndClip(int start) {
  int a = start;
  do {
    for (int b = n(n(a).next).next; b != n(a).prev; b = n(b).next) {
      if (n(a).vertex == n(b).vertex || !isValidDiagonal(a, b)) continue;
      int c = splitPolygon(a, b);
      a = filterPoints(a, n(a).next);
      c = filterPoints(c, n(c).next);
      clipEars(a, Stage::kClip);
      clipEars(c, Stage::kClip);
      return;
    }
    a = n(a).next;
  } while (a != start);
}

// ---- diagonal tests ---------------------------------------------------------

// The diagonal from a towards b leaves a into the polygon's interior.
bool EarClipper::locallyInside(int a, int b) const {
  Vec2 prev = at(n(a).prev);
  Vec2 va = at(a);
  Vec2 next = at(n(a).next);
  Vec2 vb = at(b);
  if (cross(prev, va, next) > 0) return cross(va, next, vb) >= 0 && cross(va, vb, prev) >= 0;
  return cross(va, vb, prev) > 0 || cross(va, next, vb) > 0;
}

// The midpoint of ab is inside the ring (even-odd rule).
bool EarClipper::middleInside(int a, int b) const {
  Vec2 m{(at(a).x + at(b).x) / 2, (at(a).y + at(b).y) / 2};
  bool inside = false;
  int p = a;
  do {
    Vec2 u = at(p);
    Vec2 v = at(n(p).next);
    if ((u.y > m.y) != (v.y > m.y) && m.x < (v.x - u.x) * (m.y - u.y) / (v.y - u.y) + u.x) {
      inside = !inside;
    }
    p = n(p).next;
  } while (p != a);
  return inside;
}

// Some ring edge not incident to a or b touches segment ab.
bool EarClipper::intersectsRing(int a, int b) const {
  int p = a;
  do {
    int q = n(p).next;
    bool incident = n(p).vertex == n(a).vertex || n(q).vertex == n(a).vertex ||
                    n(p).vertex == n(b).vertex || n(q).vertex == n(b).vertex;
    if (!incident && segmentsIntersect(at(p), at(q), at(a), at(b))) return true;
    p = q;
  } while (p != a);
  return false;
}

bool EarClipper::isValidDiagonal(int a, int b) const {
  return n(a).next != b && n(a).prev != b && !intersectsRing(a, b) && locallyInside(a, b) &&
         locallyInside(b, a) && middleInside(a, b);
}

// ---- z-order index ------------------------------------------------------------

void EarClipper::prepareHashing() {
  hashed_ = nodes_.size() > kHashThreshold;
  if (!hashed_) return;
  geo::core::Box box;
  for (const Node& node : nodes_) box.expand(node.p);
  min_x_ = box.min_x;
  min_y_ = box.min_y;
  double size = std::max(box.width(), box.height());
  inv_size_ = size > 0 ? kZCells / size : 0.0;
}

std::uint32_t EarClipper::zOrder(Vec2 p) const {
  auto cell = [this](double v) {
    return static_cast<std::uint32_t>(std::clamp(v * inv_size_, 0.0, kZCells));
  };
  return spreadBits(cell(p.x - min_x_)) | (spreadBits(cell(p.y - min_y_)) << 1);
}

void EarClipper::indexCurve(int start) {
  std::vector<int> order;
  int p = start;
  do {
    n(p).z = zOrder(at(p));
    order.push_back(p);
    p = n(p).next;
  } while (p != start);

  std::sort(order.begin(), order.end(), [this](int a, int b) { return n(a).z < n(b).z; });
  for (std::size_t i = 0; i < order.size(); ++i) {
    n(order[i]).prev_z = i > 0 ? order[i - 1] : -1;
    n(order[i]).next_z = i + 1 < order.size() ? order[i + 1] : -1;
  }
}

void EarClipper::emit(int a, int b, int c) {
  indices_->push_back(n(a).vertex);
  indices_->push_back(n(b).vertex);
  indices_->push_back(n(c).vertex);
}

}  // namespace geo::ops
