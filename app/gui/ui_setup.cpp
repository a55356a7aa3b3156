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
  bool loaded = false;
  for (const char* path : kFonts) {
    if (!std::filesystem::exists(path)) continue;
    loaded = io.Fonts->AddFontFromFileTTF(path, 16.0f * scale) != nullptr;
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
