#include <imgui.h>

#include <array>

#include "app/gui/project_panels.h"
#include "app/render/image_texture.h"
#include "geo/analysis/analysis_run.h"
#include "geo/exhibit/equity_summary.h"
#include "geo/exhibit/exhibit.h"
#include "geo/i18n/catalog.h"
#include "geo/map/equity_layers.h"
#include "geo/store/project_analyses.h"

namespace app::gui {
namespace {

using geo::exhibit::ExhibitTemplate;
using geo::i18n::tr;

constexpr int kPreviewWidthPx = 640;

bool editText(std::string_view key, const char* id, std::string& text) {
  std::array<char, 512> buffer{};
  text.copy(buffer.data(), buffer.size() - 1);
  if (!ImGui::InputText((tr(key) + "###" + id).c_str(), buffer.data(), buffer.size()))
    return false;
  text = buffer.data();
  return true;
}

// The template as exported: the session's, with the equity panel's result
// when there is one: its summary filled in (the saved template keeps only the
// choice, not the numbers) and, unless the template sets a frame, the frame
// on the analysed units.
ExhibitTemplate shownTemplate(const AppState& state) {
  ExhibitTemplate t = state.session.exhibit;
  const auto* result = state.equity_result;
  if (!result || result->lines.empty()) return t;
  t.summary = geo::exhibit::accessSummary(t.summary, *result, 0, t.language);
  const bool framed = t.frame.box || !t.frame.layer.empty();
  if (!framed && state.doc->findLayer(geo::map::kEquityUnitsLayerId) >= 0)
    t.frame.layer = geo::map::kEquityUnitsLayerId;
  return t;
}

// What the preview depends on: the template and every layer's look.
std::string previewKey(const AppState& state) {
  std::string key = geo::exhibit::toJson(shownTemplate(state)).dump();
  for (const auto& layer : state.doc->layers) {
    const auto& s = layer.spec.style;
    key += layer.spec.id + char(s.type) + s.indicator + s.field + s.ramp + s.method +
           std::to_string(s.classes) + (layer.spec.visible ? "v" : "h");
    if (layer.thematic) key += layer.thematic->label;
    if (layer.classification) key += std::to_string(layer.classification->classCount());
  }
  return key;
}

// Limitation: rendered on the main thread (a short pause when the template
// or a style changes).
void refreshPreview(AppState& state) {
  auto& session = state.session;
  const std::string key = previewKey(state);
  if (session.exhibit_preview && key == session.exhibit_preview_key) return;
  const auto& page = session.exhibit.page;
  const int height = int(kPreviewWidthPx * page.heightPt() / page.widthPt());
  auto image =
      geo::exhibit::renderExhibit(*state.doc, shownTemplate(state), kPreviewWidthPx, height);
  session.exhibit_preview_key = key;  // a failure is not retried every frame
  if (!image) {
    state.status = image.error().toString();
    return;
  }
  if (!session.exhibit_preview) session.exhibit_preview = std::make_shared<render::ImageTexture>();
  session.exhibit_preview->upload(image->width, image->height, image->pixels.data());
}

void loadFromProject(AppState& state) {
  auto& session = state.session;
  session.exhibit_loaded = true;
  auto json =
      projectDocument(session, geo::store::DocumentKind::kExhibit, geo::store::kExhibitTemplateId);
  if (!json) return;
  auto parsed = nlohmann::json::parse(*json, nullptr, false);
  if (auto exhibit = geo::exhibit::exhibitTemplateFromJson(parsed)) session.exhibit = *exhibit;
}

void keepInProject(AppState& state) {
  if (!state.session.project || state.session.project->readOnly()) return;
  auto ok = state.session.project->putDocument({geo::store::DocumentKind::kExhibit,
                                                geo::store::kExhibitTemplateId,
                                                tr("exhibit.document_name"),
                                                geo::exhibit::toJson(state.session.exhibit).dump(),
                                                {}});
  if (!ok) state.status = ok.error().toString();
}

// The page, title, legend, inset and language controls; returns the edited copy.
bool layoutControls(ExhibitTemplate& t) {
  bool changed = editText("exhibit.title_field", "title", t.title);
  changed |= editText("exhibit.subtitle", "subtitle", t.subtitle);
  int size = t.page.size == geo::exhibit::PageSize::kTabloid ? 1 : 0;
  const std::string sizes = tr("exhibit.letter") + '\0' + tr("exhibit.tabloid") + '\0';
  if (ImGui::Combo((tr("exhibit.page") + "###page").c_str(), &size, sizes.c_str())) {
    t.page.size = size ? geo::exhibit::PageSize::kTabloid : geo::exhibit::PageSize::kLetter;
    changed = true;
  }
  changed |= ImGui::Checkbox((tr("exhibit.landscape") + "###landscape").c_str(), &t.page.landscape);
  float font = float(t.legend.font_pt);
  if (ImGui::SliderFloat((tr("exhibit.legend_size") + "###legend").c_str(), &font, 6, 16, "%.0f pt"))
    t.legend.font_pt = font, changed = true;
  changed |= ImGui::Checkbox((tr("exhibit.inset") + "###inset").c_str(), &t.inset.enabled);
  int language = t.language == geo::exhibit::Language::kSpanish ? 1 : 0;
  const std::string languages = tr("language.en") + '\0' + tr("language.es") + '\0';
  if (ImGui::Combo((tr("exhibit.language") + "###language").c_str(), &language, languages.c_str())) {
    t.language = language ? geo::exhibit::Language::kSpanish : geo::exhibit::Language::kEnglish;
    changed = true;
  }
  return changed;
}

// Whether and how the equity panel's result is summarised on the page.
bool summaryControls(ExhibitTemplate& t, bool has_result) {
  auto& summary = t.summary;
  bool changed =
      ImGui::Checkbox((tr("exhibit.summary") + "###summary").c_str(), &summary.from_analysis);
  using geo::exhibit::SummaryStyle;
  int style = summary.style == SummaryStyle::kBarChart ? 1 : 0;
  const std::string styles =
      tr("exhibit.summary.table") + '\0' + tr("exhibit.summary.chart") + '\0';
  if (ImGui::Combo("###summary_style", &style, styles.c_str())) {
    summary.style = style ? SummaryStyle::kBarChart : SummaryStyle::kTable;
    changed = true;
  }
  int statistic = summary.statistic == geo::exhibit::AccessStatistic::kCoverage ? 1 : 0;
  const std::string statistics =
      tr("exhibit.summary.mean") + '\0' + tr("exhibit.summary.coverage") + '\0';
  if (ImGui::Combo("###summary_statistic", &statistic, statistics.c_str())) {
    summary.statistic = statistic ? geo::exhibit::AccessStatistic::kCoverage
                                  : geo::exhibit::AccessStatistic::kMeanDistance;
    changed = true;
  }
  if (!has_result) ImGui::TextWrapped("%s", tr("exhibit.summary.none").c_str());
  return changed;
}

void exportControls(AppState& state) {
  static int format = 0;
  static std::string path = "exhibit";
  ImGui::Combo("###format", &format, "PDF\0SVG\0PNG\0");
  ImGui::SameLine();
  editText("exhibit.path", "path", path);
  if (!ImGui::Button((tr("exhibit.export") + "###export").c_str())) return;
  const auto kind = std::array{geo::exhibit::OutputFormat::kPdf, geo::exhibit::OutputFormat::kSvg,
                               geo::exhibit::OutputFormat::kPng}[std::size_t(format)];
  std::string out = path;
  const std::string extension = std::string(".") + geo::exhibit::formatExtension(kind);
  if (!out.ends_with(extension)) out += extension;
  state.push([kind, out](AppState& s) {
    keepInProject(s);
    auto written = geo::exhibit::writeExhibit(*s.doc, shownTemplate(s), kind, out);
    if (!written) {
      s.session.error = written.error().toString();
      return;
    }
    s.status = geo::i18n::trf("exhibit.written", out, written->size());
  });
}

}  // namespace

void drawExhibitWindow(AppState& state) {
  if (!state.session.exhibit_loaded) state.push([](AppState& s) { loadFromProject(s); });
  ImGui::SetNextWindowSize({ImGui::GetFontSize() * 62, ImGui::GetFontSize() * 40},
                           ImGuiCond_FirstUseEver);
  ImGui::SetNextWindowPos({360, ImGui::GetFrameHeight() + 10}, ImGuiCond_FirstUseEver);
  bool open = true;
  if (ImGui::Begin((tr("exhibit.window") + "###exhibit_window").c_str(), &open)) {
    ImGui::BeginChild("##controls", {ImGui::GetFontSize() * 22, 0});
    ExhibitTemplate edited = state.session.exhibit;
    bool changed = layoutControls(edited);
    changed |= summaryControls(edited, state.equity_result != nullptr);
    if (changed) state.push([edited](AppState& s) { s.session.exhibit = edited; });
    if (state.session.project && ImGui::Button((tr("exhibit.keep") + "###keep").c_str()))
      state.push([](AppState& s) { keepInProject(s); });
    ImGui::Separator();
    exportControls(state);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##preview");
    if (const auto& texture = state.session.exhibit_preview) {
      const float w = std::min(ImGui::GetContentRegionAvail().x, float(texture->width()));
      const float h = w * float(texture->height()) / float(texture->width());
      ImGui::Image(reinterpret_cast<ImTextureID>(std::uintptr_t(texture->id())), {w, h});
    }
    ImGui::EndChild();
  }
  ImGui::End();
  state.push([open](AppState& s) {
    s.session.show_exhibit = open;
    if (open) refreshPreview(s);
  });
}

}  // namespace app::gui
