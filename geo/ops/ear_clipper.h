#pragma once

// EarClipper: the engine behind triangulatePolygon (see triangulate.h for the
// public contract). Internal to geo/ops.
//
// Design: each ring becomes a circular doubly linked list of nodes held in one
// vector (links are indices, so growth never invalidates them). The exterior
// runs counter-clockwise, holes clockwise. Each hole is bridged into the
// exterior by a pair of coincident edges from its right-most vertex to a
// vertex of the exterior that it can see, processing holes from the
// right-most one leftwards. Ears are then clipped; for rings longer than
// kHashThreshold the "no vertex inside the ear" test only visits nodes whose
// z-order (Morton) code lies within the ear's bounding box, via a second
// linked list sorted by that code.
//
// Degenerate input: when a full turn around the ring finds no ear, the
// clipper (1) removes duplicate and collinear vertices, then (2) cuts off
// small local self-intersections, then (3) splits the ring along a valid
// diagonal and clips both halves. If all of that fails the rest of the ring is
// left untriangulated. Each step either removes a node or raises the stage, so
// the loop always ends.

#include <cstdint>
#include <vector>

#include "geo/core/geometry.h"

namespace geo::ops {

class EarClipper {
 public:
  // Triangulates `polygon`, whose vertices (exterior then holes, ring by ring)
  // have output indices starting at `first_vertex`. Appends counter-clockwise
  // index triples to `indices`.
  void run(const geo::core::Polygon& polygon,
           std::uint32_t first_vertex,
           std::vector<std::uint32_t>& indices);

 private:
  struct Node {
    geo::core::Vec2 p;
    std::uint32_t vertex = 0;
    int prev = -1;
    int next = -1;
    int prev_z = -1;
    int next_z = -1;
    std::uint32_t z = 0;
  };
  enum class Stage { kClip, kFiltered, kCured };

  Node& n(int i) { return nodes_[static_cast<std::size_t>(i)]; }
  const Node& n(int i) const { return nodes_[static_cast<std::size_t>(i)]; }
  const geo::core::Vec2& at(int i) const { return nodes_[static_cast<std::size_t>(i)].p; }

  int insertNode(std::uint32_t vertex, geo::core::Vec2 p, int last);
  void removeNode(int i);
  int linkRing(const geo::core::Ring& ring, std::uint32_t first_vertex, bool counter_clockwise);
  int filterPoints(int start, int end = -1);

  int eliminateHoles(const geo::core::Polygon& polygon, std::uint32_t first_vertex, int outer);
  int eliminateHole(int hole, int outer);
  int findBridge(int hole, int outer) const;
  int visibleBridge(int hole, int candidate, geo::core::Vec2 hit) const;
  int splitPolygon(int a, int b);

  void clipEars(int ear, Stage stage);
  bool isEar(int ear) const;
  bool isEarHashed(int ear) const;
  bool blocksEar(int q, int a, int b, int c) const;
  int cureLocalIntersections(int start);
  void splitAndClip(int start);

  bool locallyInside(int a, int b) const;
  bool middleInside(int a, int b) const;
  bool intersectsRing(int a, int b) const;
  bool isValidDiagonal(int a, int b) const;

  void prepareHashing();
  void indexCurve(int start);
  std::uint32_t zOrder(geo::core::Vec2 p) const;
  void emit(int a, int b, int c);

  std::vector<Node> nodes_;
  std::vector<std::uint32_t>* indices_ = nullptr;
  bool hashed_ = false;
  double min_x_ = 0.0;
  double min_y_ = 0.0;
  double inv_size_ = 0.0;
};

}  // namespace geo::ops
