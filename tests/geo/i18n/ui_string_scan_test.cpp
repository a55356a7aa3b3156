// Guards the rule that every user-facing GUI string comes from the catalog:
// scans app/gui/*.cpp for ImGui calls whose first argument is a string literal
// with words in it. Ids ("##x", "###x") and pure formats ("%s", "%zu") pass.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

// True when the literal shows text to the user.
bool isUserText(const std::string& literal) {
  if (literal.starts_with("##")) return false;
  static const std::regex kFormat(
      R"(%[-+ #0]*[0-9*]*(\.[0-9*]+)?(hh|h|ll|l|z|j|t|L)?[diouxXeEfgGcsp%])");
  static const std::regex kEscape(R"(\\.)");  // \n, \t, \"
  const std::string no_escapes = std::regex_replace(literal, kEscape, "");
  const std::string rest = std::regex_replace(no_escapes, kFormat, "");
  return std::any_of(rest.begin(), rest.end(), [](unsigned char c) { return std::isalpha(c); });
}

// "file:line: literal" for every ImGui call in `text` that bypasses the catalog.
std::vector<std::string> bypasses(const std::string& text, const std::string& file) {
  static const std::regex kCall(R"re(ImGui::\w+\(\s*"((?:[^"\\]|\\.)*)")re");
  std::vector<std::string> found;
  for (std::sregex_iterator it(text.begin(), text.end(), kCall), end; it != end; ++it) {
    if (!isUserText((*it)[1].str())) continue;
    const auto line = 1 + std::count(text.begin(), text.begin() + it->position(), '\n');
    found.push_back(file + ":" + std::to_string(line) + ": \"" + (*it)[1].str() + "\"");
  }
  return found;
}

std::string readAll(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

TEST(UiStringScan, TheScannerFlagsLiteralTextButNotIdsOrFormats) {
  const std::string code = R"(ImGui::Button("Save");
ImGui::Begin("##sidebar");
ImGui::Text("%zu / %.1f", n, x);
ImGui::Checkbox("###visible", &v);
ImGui::TextDisabled("%s, row %u", a, b);
ImGui::SetTooltip("%s\n%s", a, b);)";
  const auto found = bypasses(code, "x.cpp");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0], "x.cpp:1: \"Save\"");
  EXPECT_EQ(found[1], "x.cpp:5: \"%s, row %u\"");
}

TEST(UiStringScan, NoGuiSourceShowsTextThatBypassesTheCatalog) {
  const fs::path gui = fs::path(EQUIMAP_SOURCE_DIR) / "app" / "gui";
  ASSERT_TRUE(fs::is_directory(gui));
  std::vector<std::string> found;
  int files = 0;
  for (const auto& entry : fs::directory_iterator(gui)) {
    if (entry.path().extension() != ".cpp") continue;
    ++files;
    auto more = bypasses(readAll(entry.path()), "app/gui/" + entry.path().filename().string());
    found.insert(found.end(), more.begin(), more.end());
  }
  EXPECT_GT(files, 5);
  std::string listing;
  for (const auto& f : found) listing += f + "\n";
  EXPECT_TRUE(found.empty()) << "UI strings not from the catalog (use tr()):\n" << listing;
}

}  // namespace
