#include "app/gui/comment_panel.h"

#include <imgui.h>

#include <algorithm>
#include <filesystem>

#include "app/render/layer_mesh.h"
#include "geo/i18n/catalog.h"
#include "geo/proj/reproject.h"
#include "geo/proj/transformer.h"
#include "geo/store/comment_export.h"

namespace app::gui {
namespace {

using geo::i18n::tr;

constexpr const char* kTopics[] = {
    "libraries", "fire_ems", "police", "public_works", "seniors", "other"};
constexpr const char* kLanguages[] = {"en", "es"};
constexpr const char* kLayerId = "comments";
constexpr const char* kOwnProject = "out/comments.equimap";

std::string topicKey(int topic) {
  return std::string("comments.topic.") + kTopics[topic];
}

// Topics are stored in English so exports read the same in every UI language.
std::string storedTopic(int topic) {
  return tr(geo::i18n::Language::kEnglish, topicKey(topic));
}

std::string label(const char* key, const char* id) {
  return tr(key) + "###" + id;
}

bool passes(const geo::store::Comment& m, int topic, int language) {
  return (topic < 0 || m.topic == storedTopic(topic)) &&
         (language < 0 || m.language == kLanguages[language]);
}

// A combo over `count` items named by `name(i)`, with "All" as -1 when `all`.
template <typename Name>
void combo(const char* id, int& value, int count, bool all, Name&& name) {
  const std::string preview = value < 0 ? tr("comments.all") : name(value);
  if (!ImGui::BeginCombo(id, preview.c_str())) return;
  for (int i = all ? -1 : 0; i < count; ++i)
    if (ImGui::Selectable((i < 0 ? tr("comments.all") : name(i)).c_str(), value == i)) value = i;
  ImGui::EndCombo();
}

std::string topicName(int i) {
  return tr(topicKey(i));
}
std::string languageName(int i) {
  return tr(std::string("comments.lang.") + kLanguages[i]);
}

}  // namespace

void CommentPanel::poll(AppState& state) {
  auto& clicks = state.tool_clicks;
  for (const auto& click : clicks)
    if (click.tool == MapTool::kAddComment) pending_ = click.point;
  std::erase_if(clicks, [](const ToolClick& c) { return c.tool == MapTool::kAddComment; });
  if (pending_ && text_[0] == '\0')
    language_ = geo::i18n::language() == geo::i18n::Language::kSpanish ? 1 : 0;

  // The layer appears when the window is open, again after another project opens.
  const auto* source = current(state);
  if (state.show_comments && source && !source->content().comments.empty() && state.doc &&
      state.doc.get() != shown_doc_ && state.doc->findLayer(kLayerId) < 0)
    showOnMap(state);
}

const geo::store::Project* CommentPanel::current(const AppState& state) const {
  if (state.session.project) return &*state.session.project;
  return own_ ? &*own_ : nullptr;
}

geo::store::Project* CommentPanel::project(AppState& state) {
  if (state.session.project) return &*state.session.project;
  if (own_) return &*own_;
  std::error_code ec;
  std::filesystem::create_directories("out", ec);
  auto opened = std::filesystem::exists(kOwnProject, ec)
                    ? geo::store::Project::open(kOwnProject)
                    : geo::store::Project::create(kOwnProject, tr("comments.window"));
  if (!opened) {
    message_ = opened.error().toString();
    return nullptr;
  }
  own_ = std::move(*opened);
  const std::string where = std::filesystem::absolute(kOwnProject).string();
  message_ = geo::i18n::trf("comments.own_project", where);
  return &*own_;
}

void CommentPanel::draw(AppState& state) {
  if (pending_) drawForm(state);
  if (!state.show_comments) return;
  bool open = true;
  // Top right, clear of the sidebar and the legend (bottom right).
  ImGui::SetNextWindowPos({ImGui::GetIO().DisplaySize.x - 440, 40}, ImGuiCond_FirstUseEver);
  ImGui::SetNextWindowSize(ImVec2(420, 460), ImGuiCond_FirstUseEver);
  if (ImGui::Begin(label("comments.window", "comments_window").c_str(), &open)) {
    bool adding = state.map_tool == MapTool::kAddComment;
    if (ImGui::Checkbox(label("comments.tool_add", "comments_tool").c_str(), &adding))
      state.push([adding](AppState& s) {
        s.map_tool = adding ? MapTool::kAddComment : MapTool::kSelect;
      });
    if (!message_.empty()) ImGui::TextWrapped("%s", message_.c_str());
    ImGui::Separator();
    drawList(state);
    ImGui::Separator();
    drawExport(state);
  }
  ImGui::End();
  if (!open) state.push([](AppState& s) {
    s.show_comments = false;
    if (s.map_tool == MapTool::kAddComment) s.map_tool = MapTool::kSelect;
  });
}

void CommentPanel::drawForm(AppState& state) {
  // Next to the point the resident picked, so the pin and the form are seen together.
  const ImVec2 click = ImGui::GetIO().MouseClickedPos[0];
  const ImVec2 screen = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowPos({std::clamp(click.x + 24, 0.0f, std::max(0.0f, screen.x - 400)),
                           std::clamp(click.y - 60, 0.0f, std::max(0.0f, screen.y - 320))},
                          ImGuiCond_Appearing);
  ImGui::SetNextWindowSize(ImVec2(380, 0), ImGuiCond_FirstUseEver);
  ImGui::Begin(label("comments.new", "comments_form").c_str());
  ImGui::TextWrapped("%s", tr("comments.privacy_note").c_str());
  ImGui::InputTextMultiline("##comment_text", text_.data(), text_.size(), ImVec2(-1, 90));
  combo(label("comments.topic", "comment_topic").c_str(), topic_, 6, false, topicName);
  combo(label("comments.language", "comment_lang").c_str(), language_, 2, false, languageName);
  const bool has_text = text_[0] != '\0';
  if (!has_text) ImGui::BeginDisabled();
  if (ImGui::Button(label("comments.save", "comment_save").c_str()))
    state.push([this](AppState& s) { save(s); });
  if (!has_text) ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button(label("comments.cancel", "comment_cancel").c_str())) pending_.reset();
  ImGui::End();
}

void CommentPanel::save(AppState& state) {
  if (!pending_ || !state.doc) return;
  auto* target = project(state);
  if (!target) return;
  auto to_lonlat = geo::proj::Transformer::create(state.doc->display_crs, "EPSG:4326");
  if (!to_lonlat) {
    message_ = to_lonlat.error().toString();
    return;
  }
  geo::store::Comment comment{.text = text_.data(),
                              .topic = storedTopic(topic_),
                              .language = kLanguages[language_],
                              .point = to_lonlat->forward(*pending_),
                              .point_crs = "EPSG:4326"};
  auto id = target->appendComment(std::move(comment));
  if (!id) {
    message_ = id.error().toString();
    return;
  }
  state.status = geo::i18n::trf("comments.saved", target->path());
  pending_.reset();
  text_.fill('\0');
  showOnMap(state);
}

void CommentPanel::drawList(const AppState& state) {
  combo(label("comments.filter_topic", "filter_topic").c_str(), filter_topic_, 6, true, topicName);
  combo(label("comments.filter_language", "filter_lang").c_str(),
        filter_language_, 2, true, languageName);
  const auto* source = current(state);
  ImGui::BeginChild("##comment_list", ImVec2(0, 200), true);
  if (source)
    for (const auto& m : source->content().comments)
      if (passes(m, filter_topic_, filter_language_))
        ImGui::TextWrapped("%s  [%s, %s]  %s",
                           m.created_utc.c_str(),
                           m.topic.c_str(),
                           m.language.c_str(),
                           m.text.c_str());
  ImGui::EndChild();
}

void CommentPanel::drawExport(AppState& state) {
  if (export_path_[0] == '\0')
    std::ranges::copy(std::string_view("out/comments"), export_path_.data());
  ImGui::InputText(label("comments.export_path", "export_path").c_str(),
                   export_path_.data(),
                   export_path_.size());
  if (ImGui::Button(label("comments.export_csv", "export_csv").c_str()))
    state.push([this](AppState& s) { exportTo(s, false); });
  ImGui::SameLine();
  if (ImGui::Button(label("comments.export_gpkg", "export_gpkg").c_str()))
    state.push([this](AppState& s) { exportTo(s, true); });
}

void CommentPanel::exportTo(AppState& state, bool gpkg) {
  auto* source = project(state);
  if (!source) return;
  const std::string path = std::string(export_path_.data()) + (gpkg ? ".gpkg" : ".csv");
  auto ok = gpkg ? geo::store::exportCommentsGpkg(source->content().comments, path)
                 : geo::store::exportCommentsCsv(source->content().comments, path);
  message_ = ok ? geo::i18n::trf("comments.exported", path) : ok.error().toString();
}

// Replaces the "comments" map layer with the project's comments.
void CommentPanel::showOnMap(AppState& state) {
  const auto* source = current(state);
  if (!source || !state.doc || !state.scene) return;
  shown_doc_ = state.doc.get();
  auto data = geo::store::commentsLayer(source->content().comments);
  if (!data) return void(message_ = data.error().toString());
  auto display = geo::proj::reprojectLayer(*data, state.doc->display_crs);
  if (!display) return void(message_ = display.error().toString());

  geo::map::MapLayer layer;
  layer.spec.id = kLayerId;
  layer.spec.title = tr("comments.layer_title");
  layer.data = std::move(*data);
  layer.display = std::move(*display);
  layer.index = geo::map::FeatureIndex(layer.display);
  (void)geo::map::applyStyle(layer, geo::map::defaultStyle(geo::core::GeometryKind::kPoint));

  if (const int old = state.doc->findLayer(kLayerId); old >= 0) {
    state.doc->layers.erase(state.doc->layers.begin() + old);
    state.scene->removeLayer(std::size_t(old));
  }
  auto mesh = render::buildLayerMesh(layer.display);
  state.doc->layers.push_back(std::move(layer));
  state.scene->append(state.doc->layers.back(), std::move(mesh));
}

}  // namespace app::gui
