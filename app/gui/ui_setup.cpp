#include "app/gui/ui_setup.h"

#include <imgui.h>

#include <filesystem>

namespace app::gui {

void initImGui(float scale) {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout is fixed; nothing to remember between runs

  const char* kFonts[] = {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                          "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"};
  // Latin-1 (Spanish accents, ±) plus general punctuation (en dash, ellipsis)
  // and a few symbols used in labels (≤, ≥, →).
  static ImVector<ImWchar> ranges;
  if (ranges.empty()) {
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(io.Fonts->GetGlyphRangesDefault());
    static const ImWchar kExtra[] = {0x2010, 0x205E, 0x2190, 0x21FF, 0x2264, 0x2265, 0};
    builder.AddRanges(kExtra);
    builder.BuildRanges(&ranges);
  }
  bool loaded = false;
  for (const char* path : kFonts) {
    if (!std::filesystem::exists(path)) continue;
    loaded = io.Fonts->AddFontFromFileTTF(path, 16.0f * scale, nullptr, ranges.Data) != nullptr;
    if (loaded) break;
  }
  if (!loaded) {
    ImFontConfig config;
    config.SizePixels = 13.0f * scale;
    io.Fonts->AddFontDefault(&config);
  }

  ImGui::StyleColorsLight();
  ImGuiStyle& style = ImGui::GetStyle();
  style.WindowRounding = 4.0f;
  style.FrameRounding = 3.0f;
  style.ScaleAllSizes(scale);
}

void shutdownImGui() { ImGui::DestroyContext(); }

}  // namespace app::gui
