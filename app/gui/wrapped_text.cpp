#include "app/gui/wrapped_text.h"

#include <imgui.h>

#include <algorithm>

namespace app::gui {

void drawWrappedText(const std::string& text) {
  const float width = std::max(1.0f, ImGui::GetContentRegionAvail().x);
  std::string line;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    const std::string word = text.substr(start, end - start);
    const std::string wider = line.empty() ? word : line + " " + word;
    if (!line.empty() && ImGui::CalcTextSize(wider.c_str()).x > width) {
      ImGui::TextUnformatted(line.c_str());
      line = word;
    } else {
      line = wider;
    }
    start = end + 1;
  }
  if (!line.empty()) ImGui::TextUnformatted(line.c_str());
}

}  // namespace app::gui
