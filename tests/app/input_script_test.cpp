// The scripted input of GUI tests: parsing (with line numbers in errors) and
// the frame-by-frame input each step feeds into Dear ImGui.

#include "app/gui/input_script.h"

#include <GLFW/glfw3.h>
#include <gtest/gtest.h>
#include <imgui.h>

#include <chrono>

namespace app::gui {
namespace {

class InputScriptTest : public ::testing::Test {
 protected:
  void SetUp() override { context_ = ImGui::CreateContext(); }
  void TearDown() override { ImGui::DestroyContext(context_); }

  InputScript script(const std::string& text) {
    auto steps = parseInputScript(text, "t.script");
    EXPECT_TRUE(steps) << (steps ? "" : steps.error().toString());
    return InputScript(steps ? std::move(*steps) : std::vector<ScriptStep>{});
  }

  ImGuiContext* context_ = nullptr;
};

TEST_F(InputScriptTest, ParsesEveryStepAndSkipsComments) {
  auto steps = parseInputScript(
      "# a flow\nidle\nwait 3\nmove 10 20\nclick 30.5 40\nkey ctrl+s\nkey f5\n"
      "type Más bibliotecas, por favor\nscreenshot /tmp/a b.png\n\nclose\nkill\n",
      "t.script");
  ASSERT_TRUE(steps) << steps.error().toString();
  ASSERT_EQ(steps->size(), 10u);
  EXPECT_EQ((*steps)[0].kind, StepKind::kIdle);
  EXPECT_EQ((*steps)[1].frames, 3);
  EXPECT_FLOAT_EQ((*steps)[3].x, 30.5f);
  EXPECT_EQ((*steps)[4].key, GLFW_KEY_S);
  EXPECT_TRUE((*steps)[4].ctrl);
  EXPECT_EQ((*steps)[5].key, GLFW_KEY_F5);
  EXPECT_FALSE((*steps)[5].ctrl);
  EXPECT_EQ((*steps)[6].text, "Más bibliotecas, por favor");
  EXPECT_EQ((*steps)[7].text, "/tmp/a b.png");
  EXPECT_EQ((*steps)[9].kind, StepKind::kKill);
  EXPECT_EQ((*steps)[9].line, 12);
}

TEST_F(InputScriptTest, ErrorsNameTheFileAndLine) {
  auto bad_key = parseInputScript("idle\nkey ctrl+banana\n", "flow.script");
  ASSERT_FALSE(bad_key);
  EXPECT_EQ(bad_key.error().file, "flow.script");
  EXPECT_NE(bad_key.error().message.find("line 2"), std::string::npos);
  EXPECT_NE(bad_key.error().message.find("banana"), std::string::npos);
  EXPECT_FALSE(parseInputScript("click 10\n", "f"));
  EXPECT_FALSE(parseInputScript("wait -1\n", "f"));
  EXPECT_FALSE(parseInputScript("dance\n", "f"));
  EXPECT_FALSE(parseInputScript("# only a comment\n", "f"));
}

TEST_F(InputScriptTest, AClickMovesThenPressesThenReleases) {
  InputScript s = script("click 100 50\n");
  ImGuiIO& io = ImGui::GetIO();
  s.apply(io, true);
  EXPECT_FLOAT_EQ(io.MousePos.x, 100.0f);
  EXPECT_FALSE(io.MouseDown[0]);
  s.apply(io, true);
  EXPECT_TRUE(io.MouseDown[0]);
  EXPECT_FALSE(s.apply(io, true).finished);
  EXPECT_FALSE(io.MouseDown[0]);
  EXPECT_TRUE(s.apply(io, true).finished);
  EXPECT_FLOAT_EQ(io.MousePos.y, 50.0f);  // the mouse stays where it was left
}

TEST_F(InputScriptTest, AKeyIsHeldForOneFrameWithItsModifier) {
  InputScript s = script("key ctrl+z\nwait 2\n");
  ImGuiIO& io = ImGui::GetIO();
  s.apply(io, true);
  EXPECT_TRUE(io.KeysDown[GLFW_KEY_Z]);
  EXPECT_TRUE(io.KeyCtrl);
  s.apply(io, true);
  EXPECT_FALSE(io.KeysDown[GLFW_KEY_Z]);
  EXPECT_FALSE(io.KeyCtrl);
  // wait 2: the frames of phase 0, 1 and 2, then the script ends.
  for (int frame = 0; frame < 3; ++frame) EXPECT_FALSE(s.apply(io, true).finished);
  EXPECT_TRUE(s.apply(io, true).finished);
}

TEST_F(InputScriptTest, IdleWaitsForLoadingAndRequestsReachTheViewer) {
  InputScript s = script("idle\nscreenshot /tmp/x.png\nclose\n");
  ImGuiIO& io = ImGui::GetIO();
  EXPECT_TRUE(s.apply(io, false).screenshot.empty());
  EXPECT_TRUE(s.apply(io, false).screenshot.empty());
  EXPECT_TRUE(s.apply(io, true).screenshot.empty());  // idle ends here
  EXPECT_EQ(s.apply(io, true).screenshot, "/tmp/x.png");
  EXPECT_TRUE(s.apply(io, true).close);
  EXPECT_TRUE(s.apply(io, true).finished);
}

TEST_F(InputScriptTest, SleepWaitsRealTimeNotFrames) {
  InputScript s = script("sleep 0.05\n");
  ImGuiIO& io = ImGui::GetIO();
  const auto start = std::chrono::steady_clock::now();
  int frames = 0;
  while (!s.apply(io, true).finished) ++frames;
  EXPECT_GE(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(50));
  EXPECT_GT(frames, 1);
}

TEST_F(InputScriptTest, TypedTextReachesTheInputQueue) {
  InputScript s = script("type año\n");
  ImGuiIO& io = ImGui::GetIO();
  s.apply(io, true);
  ASSERT_EQ(io.InputQueueCharacters.Size, 3);
  EXPECT_EQ(io.InputQueueCharacters[1], 0xF1);  // ñ
}

}  // namespace
}  // namespace app::gui
