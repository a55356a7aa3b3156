#include "geo/exhibit/page_layout.h"

#include <algorithm>

namespace geo::exhibit {
namespace {

constexpr double kGapPt = 10.0;
constexpr double kLineFactor = 1.3;
constexpr double kMinTitlePt = 10.0;
constexpr double kPanelShare = 0.28;    // of the body's width (landscape) or height (portrait)
constexpr double kScaleBarShare = 0.3;  // longest scale bar, share of the frame width
constexpr double kSummaryShare = 0.45;  // of the panel's width when it runs under the map
constexpr double kSummaryMaxHeightShare = 0.55;  // of the side panel left for legend + summary

// The largest title size up to the template's that fits the width.
// Limitation: a title still too wide at 10 pt is not wrapped; it runs past the margin.
double fitTitle(const std::string& title, double width, double size, const TextMeasure& measure) {
  while (size > kMinTitlePt && measure(title, {size, true}) > width) size -= 1.0;
  return size;
}

void layoutTitleAndNote(PageLayout& p, const ExhibitContent& c, const TextMeasure& measure) {
  const core::Box content = p.content;
  p.title_pt = fitTitle(c.title, content.width(), p.title_pt, measure);
  double title_h = p.title_pt * kLineFactor;
  if (!c.subtitle.empty()) title_h += p.subtitle_pt * kLineFactor;
  p.title_box = {content.min_x, content.min_y, content.max_x, content.min_y + title_h};

  for (const auto& paragraph : c.source_lines)
    for (auto& line : wrapText(paragraph, content.width(), {p.note_pt, false}, measure))
      p.note_lines.push_back(std::move(line));
  const double note_h = double(p.note_lines.size()) * p.note_pt * kLineFactor;
  p.note_box = {content.min_x, content.max_y - note_h, content.max_x, content.max_y};
}

// Gives the summary the bottom of the panel's remaining column (side panel) or
// a column on its right (panel under the map); the legend gets the rest.
void layoutSummaryArea(PageLayout& p,
                       const ExhibitTemplate& t,
                       bool side_panel,
                       core::Box& rest,
                       const TextMeasure& measure) {
  const double width = side_panel ? rest.width() : rest.width() * kSummaryShare;
  const double max_height = side_panel ? rest.height() * kSummaryMaxHeightShare : rest.height();
  p.summary = layoutSummary(t.summary, t.legend, t.language, width, max_height, measure);
  if (p.summary.box.empty()) return;
  if (side_panel) {
    const double h = p.summary.box.height();
    p.summary_box = {rest.min_x, rest.max_y - h, rest.max_x, rest.max_y};
    rest.max_y -= h + kGapPt;
  } else {
    p.summary_box = {rest.max_x - width, rest.min_y, rest.max_x, rest.max_y};
    rest.max_x -= width + kGapPt;
  }
  p.summary.moveTo({p.summary_box.min_x, p.summary_box.min_y});
  if (p.summary.box.height() > max_height + 0.5 || !p.summary.labels_fit)
    p.warnings.push_back("the equity summary does not fit its area even at the smallest type size");
}

// Splits the space between title and note into map and panel, and the panel
// into legend, summary and inset.
void layoutBody(PageLayout& p, const ExhibitTemplate& t, const TextMeasure& measure) {
  const core::Box body{
      p.content.min_x, p.title_box.max_y + kGapPt, p.content.max_x, p.note_box.min_y - kGapPt};
  const bool side_panel = body.width() >= body.height();
  core::Box panel = body;
  if (side_panel) {
    panel.min_x = body.max_x - std::max(150.0, kPanelShare * body.width());
    p.map_box = {body.min_x, body.min_y, panel.min_x - kGapPt, body.max_y};
  } else {
    panel.min_y = body.max_y - std::max(120.0, kPanelShare * body.height());
    p.map_box = {body.min_x, body.min_y, body.max_x, panel.min_y - kGapPt};
  }

  core::Box rest = panel;
  if (t.inset.enabled) {
    if (side_panel) {
      const double h = std::min(panel.width() * 0.75, panel.height() * 0.3);
      p.inset_box = {panel.min_x, panel.max_y - h, panel.max_x, panel.max_y};
      rest.max_y = p.inset_box.min_y - kGapPt;
    } else {
      const double w = std::min(panel.height() * 1.33, panel.width() * 0.3);
      p.inset_box = {panel.max_x - w, panel.min_y, panel.max_x, panel.max_y};
      rest.max_x = p.inset_box.min_x - kGapPt;
    }
  }
  layoutSummaryArea(p, t, side_panel, rest, measure);
  p.legend_area = rest;
}

void layoutFurniture(PageLayout& p, const map::MapDocument& doc, const ExhibitTemplate& t) {
  const double max_bar = p.frame.page_box.width() * kScaleBarShare;
  auto bar = scaleBar(doc.display_crs, p.frame, t.scale_units, max_bar);
  if (bar)
    p.scale_bar = *bar;
  else
    p.warnings.push_back("no scale bar: " + bar.error().message);
  if (!t.north_arrow) return;
  auto angle = northAngle(doc.display_crs, p.frame.extent.center());
  if (angle)
    p.north_angle = *angle;
  else
    p.warnings.push_back("no north arrow: " + angle.error().message);
}

}  // namespace

PageLayout layoutPage(const ExhibitContent& content,
                      const map::MapDocument& doc,
                      const ExhibitTemplate& exhibit,
                      const TextMeasure& measure) {
  PageLayout p;
  const double m = exhibit.page.margin_pt;
  p.content = {m, m, exhibit.page.widthPt() - m, exhibit.page.heightPt() - m};
  layoutTitleAndNote(p, content, measure);
  layoutBody(p, exhibit, measure);
  p.frame = fitFrame(content.extent, p.map_box);
  layoutFurniture(p, doc, exhibit);
  p.legend = layoutLegend(content.legend, p.legend_area, exhibit.legend, measure);
  if (!p.legend.fits)
    p.warnings.push_back("the legend does not fit its area even at the smallest type size");
  return p;
}

}  // namespace geo::exhibit
