#include "geo/exhibit/map_painter.h"

#include "geo/exhibit/exhibit_content.h"

namespace geo::exhibit {
namespace {

using core::GeometryKind;
using map::StyleType;

constexpr double kPointRingPx = 1.5;  // ring width of the viewer's point shader
const carto::Rgba kLocatorRed{0xd7, 0x30, 0x27, 255};
const carto::Rgba kLocatorGrey{0x73, 0x73, 0x73, 255};

void addRing(Canvas& canvas, const core::Ring& ring, const MapFrame& frame) {
  if (ring.size() < 3) return;
  canvas.moveTo(frame.toPage(ring.front()));
  for (std::size_t i = 1; i < ring.size(); ++i) canvas.lineTo(frame.toPage(ring[i]));
  canvas.closePath();
}

void addLine(Canvas& canvas, const std::vector<core::Vec2>& line, const MapFrame& frame) {
  if (line.size() < 2) return;
  canvas.moveTo(frame.toPage(line.front()));
  for (std::size_t i = 1; i < line.size(); ++i) canvas.lineTo(frame.toPage(line[i]));
}

// Adds the outline path of one geometry (rings or lines).
void addOutline(Canvas& canvas, const core::Geometry& g, const MapFrame& frame) {
  for (const auto& polygon : g.polygons)
    for (const auto& ring : polygon.rings) addRing(canvas, ring, frame);
  for (const auto& line : g.lines) addLine(canvas, line, frame);
}

bool visible(const core::Geometry& g, const MapFrame& frame) {
  return !g.empty() && g.bounds().intersects(frame.extent);
}

// Limitation: geometries are drawn at full detail (no simplification for the page
// scale), so very detailed layers make large PDF and SVG files.
void paintFills(Canvas& canvas, const map::MapLayer& layer, const MapFrame& frame) {
  const auto colors = layer.featureColors();
  for (std::size_t r = 0; r < layer.display.size(); ++r) {
    const auto& g = layer.display.geometries[r];
    if (g.polygons.empty() || !visible(g, frame) || colors[r].a == 0) continue;
    canvas.newPath();
    for (const auto& polygon : g.polygons)
      for (const auto& ring : polygon.rings) addRing(canvas, ring, frame);
    canvas.setColor(colors[r], layer.spec.style.opacity);
    canvas.fill();
  }
}

void paintOutlines(Canvas& canvas, const map::MapLayer& layer, const MapFrame& frame) {
  const auto& s = layer.spec.style;
  const auto color = carto::parseHex(s.outline);
  if (!color || s.outline_width_px <= 0) return;
  canvas.newPath();
  for (const auto& g : layer.display.geometries)
    if (visible(g, frame)) addOutline(canvas, g, frame);
  canvas.setColor(*color, s.opacity);
  canvas.stroke(s.outline_width_px * kPointsPerScreenPixel);
}

void paintPoints(Canvas& canvas, const map::MapLayer& layer, const MapFrame& frame) {
  const auto& s = layer.spec.style;
  const auto colors = layer.featureColors();
  const auto sizes = layer.featureSizesPx();  // graduated symbols; empty = one size
  const carto::Rgba ring = pointRingColor(s);
  for (std::size_t r = 0; r < layer.display.size(); ++r) {
    const double size_px = r < sizes.size() ? sizes[r] : s.point_size_px;
    const double radius = size_px * kPointsPerScreenPixel / 2;
    const double inner = std::max(0.0, radius - kPointRingPx * kPointsPerScreenPixel);
    for (const auto& p : layer.display.geometries[r].points) {
      if (!frame.extent.contains(p)) continue;
      const core::Vec2 centre = frame.toPage(p);
      canvas.newPath();
      canvas.circle(centre, radius);
      canvas.setColor(ring, s.opacity);
      canvas.fill();
      canvas.circle(centre, inner);
      canvas.setColor(colors[r], s.opacity);
      canvas.fill();
    }
  }
}

void paintLayer(Canvas& canvas, const map::MapLayer& layer, const MapFrame& frame) {
  if (layer.display.kind == GeometryKind::kPoint) return paintPoints(canvas, layer, frame);
  const auto type = layer.spec.style.type;
  if (type == StyleType::kFill || type == StyleType::kChoropleth) paintFills(canvas, layer, frame);
  paintOutlines(canvas, layer, frame);
}

}  // namespace

void paintMapLayers(Canvas& canvas, const map::MapDocument& doc, const MapFrame& frame) {
  canvas.save();
  canvas.clipRect(frame.page_box);
  for (const auto& layer : doc.layers)
    if (layer.spec.visible) paintLayer(canvas, layer, frame);
  canvas.restore();
}

void paintLocator(Canvas& canvas,
                  const map::MapDocument& doc,
                  const std::string& layer_id,
                  const MapFrame& main_frame,
                  const core::Box& box) {
  std::vector<const map::MapLayer*> context;
  core::Box extent = main_frame.extent;
  for (const auto& layer : doc.layers) {
    const bool wanted =
        layer_id.empty() ? layer.display.kind == GeometryKind::kPolygon : layer.spec.id == layer_id;
    if (!wanted) continue;
    context.push_back(&layer);
    extent.expand(layer.display.bounds());
  }
  const MapFrame frame = fitFrame(extent, box);
  canvas.save();
  canvas.clipRect(box);
  canvas.newPath();
  for (const auto* layer : context)
    for (const auto& g : layer->display.geometries) addOutline(canvas, g, frame);
  canvas.setColor(kLocatorGrey);
  canvas.stroke(0.3);
  canvas.newPath();
  canvas.rect({frame.toPage({main_frame.extent.min_x, main_frame.extent.max_y}).x,
               frame.toPage({main_frame.extent.min_x, main_frame.extent.max_y}).y,
               frame.toPage({main_frame.extent.max_x, main_frame.extent.min_y}).x,
               frame.toPage({main_frame.extent.max_x, main_frame.extent.min_y}).y});
  canvas.setColor(kLocatorRed);
  canvas.stroke(1.2);
  canvas.restore();
}

}  // namespace geo::exhibit
