#include "app/gui/ui_setup.h"

#include <imgui.h>

#include <filesystem>

#include "app/gui/theme.h"

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
  // The first font is the normal one; the second, twice as large, is for
  // presentation mode (a crisp atlas rather than a blurry global scale).
  for (const char* path : kFonts) {
    if (!std::filesystem::exists(path)) continue;
    if (!io.Fonts->AddFontFromFileTTF(path, 16.0f * scale, nullptr, ranges.Data)) continue;
    setLargeFont(io.Fonts->AddFontFromFileTTF(path, 32.0f * scale, nullptr, ranges.Data));
    break;
  }
  if (io.Fonts->Fonts.empty()) {
    ImFontConfig config;
    config.SizePixels = 13.0f * scale;
    io.Fonts->AddFontDefault(&config);
  }
  applyTheme(false, scale);
}

void shutdownImGui() { ImGui::DestroyContext(); }

}  // namespace app::gui
