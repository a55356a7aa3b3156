#include "app/gui/theme.h"

#include <initializer_list>

namespace app::gui {
namespace {

ImFont* g_large_font = nullptr;

void lightTheme(ImGuiStyle& style) {
  ImGui::StyleColorsLight(&style);
  style.WindowRounding = 4.0f;
  style.FrameRounding = 3.0f;
}

// Black text on white, black borders two pixels wide, and a saturated
// yellow for the focused or hovered control, which survives washed-out
// projectors.
void highContrastTheme(ImGuiStyle& style) {
  ImGui::StyleColorsLight(&style);
  ImVec4* c = style.Colors;
  const ImVec4 black{0, 0, 0, 1}, white{1, 1, 1, 1}, yellow{1.0f, 0.85f, 0.0f, 1};
  c[ImGuiCol_Text] = black;
  c[ImGuiCol_TextDisabled] = {0.2f, 0.2f, 0.2f, 1};
  for (int i : {ImGuiCol_WindowBg, ImGuiCol_ChildBg, ImGuiCol_PopupBg, ImGuiCol_FrameBg})
    c[i] = white;
  for (int i : {ImGuiCol_Border, ImGuiCol_Separator, ImGuiCol_CheckMark, ImGuiCol_SliderGrab})
    c[i] = black;
  for (int i : {ImGuiCol_Button, ImGuiCol_Header, ImGuiCol_TitleBg, ImGuiCol_TitleBgActive})
    c[i] = {0.85f, 0.85f, 0.85f, 1};
  for (int i : {ImGuiCol_ButtonHovered, ImGuiCol_HeaderHovered, ImGuiCol_FrameBgHovered,
                ImGuiCol_ButtonActive, ImGuiCol_HeaderActive, ImGuiCol_NavHighlight})
    c[i] = yellow;
  style.WindowBorderSize = 2.0f;
  style.FrameBorderSize = 2.0f;
  style.PopupBorderSize = 2.0f;
}

}  // namespace

void applyTheme(bool high_contrast, float scale) {
  ImGuiStyle style;
  high_contrast ? highContrastTheme(style) : lightTheme(style);
  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
}

ImFont* largeFont() { return g_large_font ? g_large_font : ImGui::GetFont(); }
void setLargeFont(ImFont* font) { g_large_font = font; }

}  // namespace app::gui
