#include "geo/exhibit/exhibit_painter.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <tuple>

#include "geo/exhibit/exhibit_labels.h"
#include "geo/exhibit/map_painter.h"

namespace geo::exhibit {
namespace {

const carto::Rgba kInk{0x25, 0x25, 0x25, 255};
const carto::Rgba kGreyInk{0x52, 0x52, 0x52, 255};
const carto::Rgba kWhite{255, 255, 255, 255};
const carto::Rgba kFrameLine{0x73, 0x73, 0x73, 255};
const carto::Rgba kBarFill{0x43, 0x6e, 0xa8, 255};
const carto::Rgba kBarFillLight{0xa6, 0xbd, 0xdb, 255};
constexpr double kBackingOpacity = 0.85;
constexpr double kBarGapPt = 6.0;  // between the longest bar and the value column

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

void textRight(Canvas& c, double right, double baseline, const std::string& text, TextStyle s) {
  c.text({right - c.textWidth(text, s), baseline}, text, s);
}

void paintBar(Canvas& c, const core::Box& bar, carto::Rgba color) {
  c.newPath();
  c.rect(bar);
  c.setColor(color);
  c.fill();
}

// Column headings; in a chart each one carries the colour of its bars.
void paintSummaryHeadings(Canvas& c, const SummaryLayout& l, const SummarySpec& s, double top) {
  const double baseline = top + l.row_pt * 0.7;
  const double swatch = swatchPt(l.body_style);
  const double x0 = l.box.min_x + l.value_right;
  const double x1 = l.box.max_x;
  c.setColor(kGreyInk);
  textRight(c, x0, baseline, s.value_heading, l.body_style);
  textRight(c, x1, baseline, s.compare_heading, l.body_style);
  if (s.style != SummaryStyle::kBarChart) return;
  for (auto [right, text, color] : {std::tuple{x0, &s.value_heading, kBarFillLight},
                                    std::tuple{x1, &s.compare_heading, kBarFill}}) {
    const double left = right - c.textWidth(*text, l.body_style) - swatch - 3;
    paintBar(c, {left, baseline - swatch, left + swatch, baseline}, color);
  }
}

// The bars of one chart row: one per value, scaled to the largest value.
void paintSummaryBars(Canvas& c,
                      const SummaryLayout& l,
                      const SummaryRow& r,
                      double top,
                      double max_value) {
  if (max_value <= 0) return;
  const double left = l.box.min_x;
  const double full = l.value_right - l.column_pt - kBarGapPt;
  const double h = l.row_pt * (l.two_columns ? 0.35 : 0.6);
  double y = top + l.row_pt * 0.2;
  for (auto [value, color] : {std::pair{r.value, l.two_columns ? kBarFillLight : kBarFill},
                              std::pair{r.compare, kBarFill}}) {
    if (!value) continue;
    paintBar(c, {left, y, left + full * std::fabs(*value) / max_value, y + h}, color);
    y += h;
  }
}

void paintSummary(Canvas& c, const PageLayout& p, const ExhibitTemplate& t) {
  const SummaryLayout& l = p.summary;
  const SummarySpec& s = t.summary;
  if (l.box.empty()) return;
  c.setColor(kInk);
  double y = l.box.min_y;
  for (const auto& line : l.title_lines) {
    y += l.title_style.size_pt * 1.3;
    c.text({l.box.min_x, y - l.title_style.size_pt * 0.3}, line, l.title_style);
  }
  if (l.heading_row) paintSummaryHeadings(c, l, s, l.box.min_y + l.row_tops.front() - l.row_pt);

  double max_value = 0.0;
  for (const auto& r : s.rows)
    for (const auto& v : {r.value, r.compare})
      if (v) max_value = std::max(max_value, std::fabs(*v));
  const bool chart = s.style == SummaryStyle::kBarChart;
  for (std::size_t i = 0; i < s.rows.size(); ++i) {
    const SummaryRow& r = s.rows[i];
    const double top = l.box.min_y + l.row_tops[i];
    const double values_top = chart ? top + l.row_pt : top;
    const double baseline = values_top + l.row_pt * 0.7;
    c.setColor(kInk);
    c.text({l.box.min_x, top + l.row_pt * 0.7}, r.label, l.body_style);
    textRight(c, l.box.min_x + l.value_right, baseline, summaryCell(r.value, s.format, t.language),
              l.body_style);
    if (l.two_columns)
      textRight(c, l.box.max_x, baseline, summaryCell(r.compare, s.format, t.language),
                l.body_style);
    if (chart) paintSummaryBars(c, l, r, values_top, max_value);
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
