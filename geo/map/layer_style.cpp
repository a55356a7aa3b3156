// Styling of a MapLayer: thematic values, classification, feature colours,
// legend entries and tooltip text.

#include <optional>

#include <fmt/format.h>

#include "geo/analysis/indicator.h"
#include "geo/carto/symbol_size.h"
#include "geo/i18n/catalog.h"
#include "geo/map/map_document.h"

namespace geo::map {
namespace {

using core::Error;
using core::ErrorCode;

core::Result<carto::ClassMethod> methodFromName(const std::string& name) {
  for (auto m : {carto::ClassMethod::kQuantile, carto::ClassMethod::kEqualInterval,
                 carto::ClassMethod::kNaturalBreaks, carto::ClassMethod::kStandardDeviation})
    if (name == carto::classMethodName(m)) return m;
  return core::fail(ErrorCode::kInvalidData,
                    "unknown classification method '" + name +
                        "' (quantile, equal_interval, natural_breaks or standard_deviation)");
}

core::Result<ThematicValues> thematicValues(const MapLayer& layer, const StyleSpec& style) {
  ThematicValues t;
  if (!style.indicator.empty()) {
    auto it = layer.indicators.find(style.indicator);
    const analysis::Indicator* def = analysis::findIndicator(style.indicator);
    if (it == layer.indicators.end() || !def)
      return core::fail(Error{.code = ErrorCode::kNotFound,
                              .message = "indicator '" + style.indicator +
                                         "' is not available (join the ACS table first)",
                              .layer = layer.spec.id});
    t.label = def->name;
    t.is_share = def->kind == analysis::IndicatorKind::kShare;
    t.estimates = it->second;
    for (const auto& e : t.estimates)
      t.values.push_back(e.missing ? std::nullopt : std::optional(e.value));
    return t;
  }
  auto field = layer.data.table.fieldIndex(style.field);
  if (!field)
    return core::fail(Error{.code = ErrorCode::kNotFound,
                            .message = "field does not exist",
                            .file = layer.data.source_path,
                            .layer = layer.spec.id,
                            .field = style.field});
  t.label = style.value_label.empty() ? style.field : style.value_label;
  for (std::size_t r = 0; r < layer.data.size(); ++r) t.values.push_back(layer.data.table.number(r, *field));
  return t;
}

core::Result<carto::Classification> classifyFor(const std::vector<std::optional<double>>& values,
                                                const StyleSpec& style) {
  if (!style.breaks.empty()) return carto::applyBreaks(values, style.lower_bound, style.breaks);
  auto method = methodFromName(style.method);
  if (!method) return std::unexpected(method.error());
  return carto::classify(values, *method, style.classes);
}

carto::LabelFormat labelFormat(const ThematicValues& t) {
  return t.is_share ? carto::LabelFormat::kPercent : carto::LabelFormat::kCount;
}

// The style's own class colours, when it names a valid one for every class.
std::optional<std::vector<carto::Rgba>> ownColors(const StyleSpec& style, std::size_t classes) {
  if (style.class_colors.empty() || style.class_colors.size() != classes) return std::nullopt;
  std::vector<carto::Rgba> colors;
  for (const auto& hex : style.class_colors) {
    auto color = carto::parseHex(hex);
    if (!color) return std::nullopt;
    colors.push_back(*color);
  }
  return colors;
}

std::vector<carto::Rgba> classColors(const MapLayer& layer) {
  const auto& c = *layer.classification;
  if (auto own = ownColors(layer.spec.style, c.classCount())) return *own;
  const carto::ColorRamp* ramp = carto::findRamp(layer.spec.style.ramp);
  if (!ramp) ramp = carto::findRamp("ylorrd");
  if (c.classCount() == 0 || !ramp) return {};
  // Fewer classes than the ramp's minimum (ties, constant data) use its first colours.
  const int sampled = std::max<int>(carto::kMinClasses, static_cast<int>(c.classCount()));
  auto colors = carto::sampleRamp(*ramp, sampled);
  colors.resize(c.classCount());
  return colors;
}

carto::Rgba fillOf(const StyleSpec& s) {
  return carto::parseHex(s.fill).value_or(carto::Rgba{200, 200, 200, 255});
}

std::vector<double> classSizes(const MapLayer& layer) {
  const auto& s = layer.spec.style;
  return carto::graduatedSizes(
      layer.classification->classCount(), s.min_point_size_px, s.point_size_px);
}

}  // namespace

StyleSpec defaultStyle(core::GeometryKind kind) {
  StyleSpec s;
  switch (kind) {
    case core::GeometryKind::kPoint:
      s.type = StyleType::kPoint, s.fill = "#e6550d", s.outline = "#ffffff", s.point_size_px = 8;
      break;
    case core::GeometryKind::kLine:
      s.type = StyleType::kOutline, s.outline = "#3182bd", s.outline_width_px = 1.5;
      break;
    default:
      s.type = StyleType::kFill, s.fill = "#c6dbef", s.outline = "#4292c6", s.outline_width_px = 1;
      s.opacity = 0.8;
      break;
  }
  return s;
}

core::Result<void> applyStyle(MapLayer& layer, const StyleSpec& style) {
  if (!isThematic(style.type)) {
    layer.spec.style = style;
    layer.thematic.reset();
    layer.classification.reset();
    return {};
  }
  auto values = thematicValues(layer, style);
  if (!values) return std::unexpected(values.error());
  auto classification = classifyFor(values->values, style);
  if (!classification) return std::unexpected(classification.error());
  layer.spec.style = style;
  layer.thematic = std::move(*values);
  layer.classification = std::move(*classification);
  return {};
}

std::vector<carto::Rgba> MapLayer::featureColors() const {
  const auto& s = spec.style;
  std::vector<carto::Rgba> out(display.size(), fillOf(s));
  if (s.type == StyleType::kOutline)
    for (auto& c : out) c.a = 0;
  if (!isThematic(s.type) || !classification || !thematic) return out;
  if (s.type == StyleType::kGraduated) {
    for (std::size_t r = 0; r < out.size() && r < thematic->values.size(); ++r)
      if (classification->classOf(thematic->values[r]) < 0) out[r] = carto::noDataColor();
    return out;
  }
  const auto colors = classColors(*this);
  for (std::size_t r = 0; r < out.size() && r < thematic->values.size(); ++r) {
    const int k = classification->classOf(thematic->values[r]);
    out[r] = k >= 0 && std::size_t(k) < colors.size() ? colors[std::size_t(k)] : carto::noDataColor();
  }
  return out;
}

std::vector<LegendEntry> MapLayer::legend() const {
  const auto& s = spec.style;
  if (s.type == StyleType::kOutline)
    return {{carto::parseHex(s.outline).value_or(carto::Rgba{}), spec.title, 0, false}};
  if (!isThematic(s.type) || !classification || !thematic)
    return {{carto::parseHex(s.fill).value_or(carto::Rgba{}), spec.title, 0, false}};
  std::vector<LegendEntry> entries;
  const bool graduated = s.type == StyleType::kGraduated;
  const auto colors = graduated ? std::vector<carto::Rgba>(classification->classCount(), fillOf(s))
                                : classColors(*this);
  const auto sizes = graduated ? classSizes(*this) : std::vector<double>{};
  const bool named = s.class_labels.size() == classification->classCount();
  for (std::size_t k = 0; k < classification->classCount(); ++k)
    entries.push_back({colors[k],
                       named ? s.class_labels[k]
                             : classification->classLabel(k, labelFormat(*thematic)),
                       classification->counts[k],
                       false,
                       graduated ? sizes[k] : 0.0});
  // The no-data entry is always listed, even at zero, so readers know it exists.
  entries.push_back({carto::noDataColor(),
                     i18n::tr("legend.no_data"),
                     classification->no_data_count,
                     true,
                     graduated ? s.min_point_size_px : 0.0});
  return entries;
}

std::vector<double> MapLayer::featureSizesPx() const {
  const auto& s = spec.style;
  if (s.type != StyleType::kGraduated || !classification || !thematic) return {};
  const auto sizes = classSizes(*this);
  std::vector<double> out(display.size(), s.min_point_size_px);
  for (std::size_t r = 0; r < out.size() && r < thematic->values.size(); ++r) {
    const int k = classification->classOf(thematic->values[r]);
    if (k >= 0 && std::size_t(k) < sizes.size()) out[r] = sizes[std::size_t(k)];
  }
  return out;
}

std::string MapLayer::describeValue(std::size_t row) const {
  if (!thematic || row >= thematic->values.size()) return {};
  const std::string label = thematicLabel();
  if (!thematic->values[row]) return i18n::trf("map.value_no_data", label);
  const auto format = labelFormat(*thematic);
  if (thematic->estimates.empty())
    return label + ": " + carto::formatClassValue(*thematic->values[row], format);
  const analysis::Estimate& e = thematic->estimates[row];
  const std::string reliability =
      std::string("reliability.") + analysis::reliabilityName(analysis::reliability(e));
  return i18n::trf("map.value_moe",
                   label,
                   carto::formatClassValue(e.value, format),
                   carto::formatClassValue(e.moe, format),
                   i18n::tr(reliability));
}

std::string MapLayer::thematicLabel() const {
  if (!spec.style.indicator.empty()) return indicatorLabel(spec.style.indicator);
  return thematic ? thematic->label : std::string();
}

std::string indicatorLabel(const std::string& indicator_id) {
  const std::string key = "indicator." + indicator_id;
  if (i18n::hasKey(key)) return i18n::tr(key);
  const analysis::Indicator* def = analysis::findIndicator(indicator_id);
  return def ? def->name : indicator_id;
}

std::vector<std::pair<std::string, std::string>> thematicChoices(const MapLayer& layer) {
  std::vector<std::pair<std::string, std::string>> choices;
  for (const auto& indicator : analysis::builtinIndicators())
    if (layer.indicators.count(indicator.id))
      choices.emplace_back(indicator.id, indicatorLabel(indicator.id));
  const auto& table = layer.data.table;
  for (std::size_t c = 0; c < table.fieldCount(); ++c) {
    const auto& f = table.fields()[c];
    if (f.type == core::FieldType::kInteger || f.type == core::FieldType::kReal)
      choices.emplace_back(f.name, f.name);
  }
  return choices;
}

}  // namespace geo::map
