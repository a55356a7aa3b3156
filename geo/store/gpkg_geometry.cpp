#include "geo/store/gpkg_geometry.h"

#include <bit>
#include <cstring>

namespace geo::store {
namespace {

static_assert(std::endian::native == std::endian::little, "equimap assumes a little-endian host");

enum WkbType : std::uint32_t {
  kWkbPoint = 1,
  kWkbLineString = 2,
  kWkbPolygon = 3,
  kWkbMultiPoint = 4,
  kWkbMultiLineString = 5,
  kWkbMultiPolygon = 6,
  kWkbCollection = 7,
};

class Writer {
 public:
  std::vector<std::uint8_t> bytes;

  void u8(std::uint8_t v) { bytes.push_back(v); }
  void u32(std::uint32_t v) { raw(&v, 4); }
  void f64(double v) { raw(&v, 8); }
  void raw(const void* p, std::size_t n) {
    const auto* b = static_cast<const std::uint8_t*>(p);
    bytes.insert(bytes.end(), b, b + n);
  }
  void header(std::uint32_t type) {
    u8(1);
    u32(type);
  }
  void point(core::Vec2 p) {
    f64(p.x);
    f64(p.y);
  }
  void ring(const std::vector<core::Vec2>& pts, bool close) {
    const bool add_closing = close && !pts.empty() && !(pts.front() == pts.back());
    u32(static_cast<std::uint32_t>(pts.size() + (add_closing ? 1 : 0)));
    for (const auto& p : pts) point(p);
    if (add_closing) point(pts.front());
  }
};

void writeWkb(Writer& w, const core::Geometry& g) {
  switch (g.kind) {
    case core::GeometryKind::kPoint:
      w.header(kWkbMultiPoint);
      w.u32(static_cast<std::uint32_t>(g.points.size()));
      for (const auto& p : g.points) {
        w.header(kWkbPoint);
        w.point(p);
      }
      return;
    case core::GeometryKind::kLine:
      w.header(kWkbMultiLineString);
      w.u32(static_cast<std::uint32_t>(g.lines.size()));
      for (const auto& line : g.lines) {
        w.header(kWkbLineString);
        w.ring(line, false);
      }
      return;
    case core::GeometryKind::kPolygon:
      w.header(kWkbMultiPolygon);
      w.u32(static_cast<std::uint32_t>(g.polygons.size()));
      for (const auto& poly : g.polygons) {
        w.header(kWkbPolygon);
        w.u32(static_cast<std::uint32_t>(poly.rings.size()));
        for (const auto& ring : poly.rings) w.ring(ring, true);
      }
      return;
    case core::GeometryKind::kNone:
      return;
  }
}

class Reader {
 public:
  Reader(const std::vector<std::uint8_t>& b, std::size_t pos) : bytes_(b), pos_(pos) {}
  bool ok() const { return ok_; }
  std::uint8_t u8() {
    if (!need(1)) return 0;
    return bytes_[pos_++];
  }
  std::uint32_t u32(bool little) {
    std::uint32_t v = 0;
    if (!need(4)) return 0;
    std::memcpy(&v, &bytes_[pos_], 4);
    pos_ += 4;
    return little ? v : std::byteswap(v);
  }
  double f64(bool little) {
    std::uint64_t v = 0;
    if (!need(8)) return 0;
    std::memcpy(&v, &bytes_[pos_], 8);
    pos_ += 8;
    return std::bit_cast<double>(little ? v : std::byteswap(v));
  }
  std::size_t remaining() const { return bytes_.size() - pos_; }

 private:
  bool need(std::size_t n) {
    if (pos_ + n > bytes_.size()) ok_ = false;
    return ok_;
  }
  const std::vector<std::uint8_t>& bytes_;
  std::size_t pos_;
  bool ok_ = true;
};

std::vector<core::Vec2> readPoints(Reader& r, bool little, bool drop_closing) {
  std::uint32_t n = r.u32(little);
  std::vector<core::Vec2> pts;
  if (!r.ok() || n > r.remaining() / 16) return pts;
  pts.reserve(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    const double x = r.f64(little);
    const double y = r.f64(little);
    pts.push_back({x, y});
  }
  if (drop_closing && pts.size() > 1 && pts.front() == pts.back()) pts.pop_back();
  return pts;
}

bool readWkb(Reader& r, core::Geometry& g, int depth) {
  const bool little = r.u8() == 1;
  const std::uint32_t type = r.u32(little) % 1000;  // ISO Z/M offsets are not supported
  if (!r.ok() || depth > 3) return false;
  switch (type) {
    case kWkbPoint: {
      const double x = r.f64(little);
      const double y = r.f64(little);
      g.kind = core::GeometryKind::kPoint;
      if (!(x != x)) g.points.push_back({x, y});  // NaN coordinates mean POINT EMPTY
      return r.ok();
    }
    case kWkbLineString:
      g.kind = core::GeometryKind::kLine;
      g.lines.push_back(readPoints(r, little, false));
      return r.ok();
    case kWkbPolygon: {
      g.kind = core::GeometryKind::kPolygon;
      core::Polygon poly;
      const std::uint32_t n = r.u32(little);
      for (std::uint32_t i = 0; i < n && r.ok(); ++i)
        poly.rings.push_back(readPoints(r, little, true));
      g.polygons.push_back(std::move(poly));
      return r.ok();
    }
    case kWkbMultiPoint:
    case kWkbMultiLineString:
    case kWkbMultiPolygon:
    case kWkbCollection: {
      const std::uint32_t n = r.u32(little);
      for (std::uint32_t i = 0; i < n && r.ok(); ++i)
        if (!readWkb(r, g, depth + 1)) return false;
      return r.ok();
    }
    default:
      return false;
  }
}

}  // namespace

std::vector<std::uint8_t> encodeGpkgGeometry(const core::Geometry& geometry, std::int32_t srs_id) {
  if (geometry.empty()) return {};
  Writer w;
  w.u8('G');
  w.u8('P');
  w.u8(0);            // version 1
  w.u8(0b0000'0011);  // little endian, envelope [minx, maxx, miny, maxy]
  w.raw(&srs_id, 4);
  const core::Box box = geometry.bounds();
  w.f64(box.min_x);
  w.f64(box.max_x);
  w.f64(box.min_y);
  w.f64(box.max_y);
  writeWkb(w, geometry);
  return std::move(w.bytes);
}

core::Result<core::Geometry> decodeGpkgGeometry(const std::vector<std::uint8_t>& blob) {
  core::Geometry g;
  if (blob.empty()) return g;
  if (blob.size() < 8 || blob[0] != 'G' || blob[1] != 'P')
    return core::fail(core::ErrorCode::kGeometry, "not a GeoPackage geometry blob");

  const std::uint8_t flags = blob[3];
  static constexpr std::size_t kEnvelopeBytes[] = {0, 32, 48, 48, 64};
  const unsigned envelope = (flags >> 1) & 0x7;
  if (envelope > 4) return core::fail(core::ErrorCode::kGeometry, "bad GeoPackage envelope code");
  if (flags & 0x10) return g;  // empty geometry flag

  Reader r(blob, 8 + kEnvelopeBytes[envelope]);
  if (!readWkb(r, g, 0))
    return core::fail(core::ErrorCode::kGeometry, "malformed or unsupported WKB");
  return g;
}

const char* gpkgGeometryTypeName(core::GeometryKind kind) {
  switch (kind) {
    case core::GeometryKind::kPoint:
      return "MULTIPOINT";
    case core::GeometryKind::kLine:
      return "MULTILINESTRING";
    case core::GeometryKind::kPolygon:
      return "MULTIPOLYGON";
    case core::GeometryKind::kNone:
      break;
  }
  return "GEOMETRY";
}

}  // namespace geo::store
