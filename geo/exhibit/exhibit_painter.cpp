#include "geo/exhibit/exhibit_painter.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "geo/carto/classify.h"
#include "geo/exhibit/exhibit_labels.h"
#include "geo/exhibit/map_painter.h"

namespace geo::exhibit {
namespace {

const carto::Rgba kInk{0x25, 0x25, 0x25, 255};
const carto::Rgba kGreyInk{0x52, 0x52, 0x52, 255};
const carto::Rgba kWhite{255, 255, 255, 255};
const carto::Rgba kFrameLine{0x73, 0x73, 0x73, 255};
const carto::Rgba kBarFill{0x43, 0x6e, 0xa8, 255};
constexpr double kBackingOpacity = 0.85;

void paintTitle(Canvas& c, const PageLayout& p, const ExhibitContent& content) {
  c.setColor(kInk);
  double y = p.title_box.min_y + c.ascent({p.title_pt, true});
  c.text({p.title_box.min_x, y}, content.title, {p.title_pt, true});
  if (content.subtitle.empty()) return;
  y += p.subtitle_pt * 1.4;
  c.setColor(kGreyInk);
  c.text({p.title_box.min_x, y}, content.subtitle, {p.subtitle_pt, false});
}

void paintSymbol(Canvas& c, const LegendItem& item, const core::Box& box) {
  c.newPath();
  const core::Vec2 mid = box.center();
  if (item.symbol == LegendSymbol::kSwatch) {
    c.rect(box);
    c.setColor(item.fill);
    c.fill(true);
    c.setColor(item.outline.a ? item.outline : kFrameLine);
    c.stroke(std::max(0.4, item.outline_pt));
  } else if (item.symbol == LegendSymbol::kLine) {
    c.moveTo({box.min_x, mid.y});
    c.lineTo({box.max_x, mid.y});
    c.setColor(item.outline);
    c.stroke(std::max(0.5, item.outline_pt));
  } else if (item.symbol == LegendSymbol::kPoint) {
    const double r = item.point_pt / 2;
    c.circle(mid, r);
    c.setColor(item.outline);
    c.fill();
    c.circle(mid, std::max(0.0, r - 1.5 * kPointsPerScreenPixel));
    c.setColor(item.fill);
    c.fill();
  }
}

void paintLegend(Canvas& c, const PageLayout& p, const std::vector<LegendItem>& items) {
  const LegendLayout& l = p.legend;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const LegendItem& item = items[i];
    const core::Vec2 at = l.positions[i];
    const double text_x = item.symbol == LegendSymbol::kNone ? at.x : at.x + l.symbol_pt;
    const double box_h = l.font_pt * 1.1;
    const double box_w = std::min(l.symbol_pt - l.font_pt * 0.5, l.font_pt * 1.6);
    const core::Box symbol{
        at.x, at.y + (l.row_pt - box_h) / 2, at.x + box_w, at.y + (l.row_pt + box_h) / 2};
    paintSymbol(c, item, symbol);
    c.setColor(kInk);
    const TextStyle style{l.font_pt, item.symbol == LegendSymbol::kNone};
    c.text({text_x, at.y + l.row_pt / 2 + c.ascent(style) * 0.35}, item.text, style);
  }
}

std::string scaleNumber(double v) {
  return std::fabs(v - std::round(v)) < 1e-9 ? fmt::format("{:.0f}", v) : fmt::format("{:g}", v);
}

std::string unitLabel(const std::string& unit, Language language) {
  const auto& labels = exhibitLabels(language);
  if (unit == "km") return labels.kilometres;
  if (unit == "mi") return labels.miles;
  if (unit == "ft") return labels.feet;
  return labels.metres;
}

void paintScaleBar(Canvas& c, const PageLayout& p, Language language) {
  if (!p.scale_bar) return;
  const ScaleBar& bar = *p.scale_bar;
  const TextStyle style{7.0, false};
  const double pad = 6.0, bar_h = 4.0;
  const std::string end_label = scaleNumber(bar.length_units) + " " + unitLabel(bar.unit, language);
  const core::Box back{
      p.frame.page_box.min_x + 6,
      p.frame.page_box.max_y - 6 - 2 * pad - bar_h - 9,
      p.frame.page_box.min_x + 6 + bar.length_pt + 2 * pad + c.textWidth(end_label, style) / 2,
      p.frame.page_box.max_y - 6};
  c.newPath();
  c.rect(back);
  c.setColor(kWhite, kBackingOpacity);
  c.fill();

  const core::Vec2 origin{back.min_x + pad, back.max_y - pad - bar_h};
  const double step = bar.length_pt / bar.segments;
  for (int i = 0; i < bar.segments; ++i) {
    c.newPath();
    c.rect({origin.x + i * step, origin.y, origin.x + (i + 1) * step, origin.y + bar_h});
    c.setColor(i % 2 == 0 ? kInk : kWhite);
    c.fill(true);
    c.setColor(kInk);
    c.stroke(0.5);
  }
  c.setColor(kInk);
  c.text({origin.x - c.textWidth("0", style) / 2, origin.y - 3}, "0", style);
  c.text({origin.x + bar.length_pt - c.textWidth(end_label, style) / 2, origin.y - 3},
         end_label,
         style);
}

void paintNorthArrow(Canvas& c, const PageLayout& p, Language language) {
  if (!p.north_angle) return;
  const double size = 22.0;
  const core::Vec2 centre{p.frame.page_box.max_x - 6 - size / 2,
                          p.frame.page_box.min_y + 6 + size / 2 + 4};
  c.save();
  c.translate(centre);
  c.rotate(*p.north_angle);
  c.newPath();
  c.moveTo({0, -size / 2});
  c.lineTo({size * 0.22, size / 2});
  c.lineTo({0, size * 0.3});
  c.lineTo({-size * 0.22, size / 2});
  c.closePath();
  c.setColor(kInk);
  c.fill(true);
  c.setColor(kWhite);
  c.stroke(0.8);
  const TextStyle style{8.0, true};
  const std::string& n = exhibitLabels(language).north;
  c.setColor(kWhite);
  c.text({-c.textWidth(n, style) / 2, size * 0.28}, n, style);
  c.restore();
}

std::string summaryValue(double v, ValueFormat format) {
  return carto::formatClassValue(v,
                                 format == ValueFormat::kPercent ? carto::LabelFormat::kPercent
                                                                 : carto::LabelFormat::kDecimal);
}

void paintSummary(Canvas& c, const PageLayout& p, const ExhibitTemplate& t) {
  if (t.summary.rows.empty() || p.summary_box.empty()) return;
  const core::Box& box = p.summary_box;
  const double row = summaryRowPt(t.legend);
  const TextStyle body{t.legend.font_pt * 0.9, false};
  c.setColor(kInk);
  c.text({box.min_x, box.min_y + row * 0.7}, t.summary.title, {t.legend.font_pt, true});
  double max_value = 0.0;
  for (const auto& r : t.summary.rows) max_value = std::max(max_value, std::fabs(r.value));
  for (std::size_t i = 0; i < t.summary.rows.size(); ++i) {
    const SummaryRow& r = t.summary.rows[i];
    const double y = box.min_y + row * double(i + 1);
    const std::string value = summaryValue(r.value, t.summary.format);
    c.setColor(kInk);
    c.text({box.min_x, y + row * 0.7}, r.label, body);
    const double value_w = c.textWidth(value, body);
    c.text({box.max_x - value_w, y + row * 0.7}, value, body);
    if (t.summary.style != SummaryStyle::kBarChart || max_value <= 0) continue;
    const double left = box.min_x + box.width() * 0.45;
    const double full = box.max_x - value_w - 4 - left;
    c.newPath();
    c.rect({left, y + row * 0.2, left + full * std::fabs(r.value) / max_value, y + row * 0.8});
    c.setColor(kBarFill);
    c.fill();
  }
}

void paintNote(Canvas& c, const PageLayout& p) {
  c.setColor(kGreyInk);
  const double line = p.note_pt * 1.3;
  for (std::size_t i = 0; i < p.note_lines.size(); ++i)
    c.text({p.note_box.min_x, p.note_box.min_y + line * double(i) + p.note_pt},
           p.note_lines[i],
           {p.note_pt, false});
}

// A small heading on a white band in the top-left corner of a box.
void paintBoxHeading(Canvas& c, const core::Box& box, const std::string& text) {
  const TextStyle style{7.0, true};
  c.newPath();
  c.rect({box.min_x, box.min_y, box.min_x + c.textWidth(text, style) + 6, box.min_y + 11});
  c.setColor(kWhite, kBackingOpacity);
  c.fill();
  c.setColor(kInk);
  c.text({box.min_x + 3, box.min_y + 8.5}, text, style);
}

void paintFrameBorder(Canvas& c, const core::Box& box) {
  c.newPath();
  c.rect(box);
  c.setColor(kFrameLine);
  c.stroke(0.75);
}

}  // namespace

void paintExhibit(Canvas& canvas,
                  const map::MapDocument& doc,
                  const ExhibitTemplate& exhibit,
                  const PreparedExhibit& prepared) {
  const PageLayout& p = prepared.layout;
  paintTitle(canvas, p, prepared.content);
  paintMapLayers(canvas, doc, p.frame);
  paintFrameBorder(canvas, p.frame.page_box);
  paintScaleBar(canvas, p, exhibit.language);
  paintNorthArrow(canvas, p, exhibit.language);
  paintLegend(canvas, p, prepared.content.legend);
  paintSummary(canvas, p, exhibit);
  if (!p.inset_box.empty()) {
    paintLocator(canvas, doc, exhibit.inset.layer, p.frame, p.inset_box);
    paintFrameBorder(canvas, p.inset_box);
    paintBoxHeading(canvas, p.inset_box, exhibitLabels(exhibit.language).locator);
  }
  paintNote(canvas, p);
}

}  // namespace geo::exhibit
