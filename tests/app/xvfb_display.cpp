// Gives every app test process an X display: when DISPLAY is not set (CI runs as
// root with no display), starts a private Xvfb and points DISPLAY at it; stops it
// when the tests end. Mesa's software OpenGL renders there.

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>

namespace {

class XvfbEnvironment : public ::testing::Environment {
 public:
  void SetUp() override {
    if (std::getenv("DISPLAY")) return;
    for (int display = 90 + getpid() % 400; display < 1000; ++display) {
      const std::string socket = "/tmp/.X11-unix/X" + std::to_string(display);
      const std::string lock = "/tmp/.X" + std::to_string(display) + "-lock";
      if (std::filesystem::exists(socket) || std::filesystem::exists(lock)) continue;
      if (start(display, socket)) return;
    }
    FAIL() << "could not start Xvfb; install the xvfb package";
  }

  void TearDown() override {
    if (pid_ <= 0) return;
    kill(pid_, SIGTERM);
    waitpid(pid_, nullptr, 0);
  }

 private:
  bool start(int display, const std::string& socket) {
    const std::string name = ":" + std::to_string(display);
    pid_ = fork();
    if (pid_ == 0) {
      execlp("Xvfb", "Xvfb", name.c_str(), "-screen", "0", "1920x1200x24", "-nolisten", "tcp",
             static_cast<char*>(nullptr));
      _exit(127);
    }
    for (int i = 0; i < 100; ++i) {
      if (std::filesystem::exists(socket)) {
        setenv("DISPLAY", name.c_str(), 1);
        return true;
      }
      int status = 0;
      if (waitpid(pid_, &status, WNOHANG) == pid_) break;  // exited: display taken
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    pid_ = -1;
    return false;
  }

  pid_t pid_ = -1;
};

const auto* const kXvfb = ::testing::AddGlobalTestEnvironment(new XvfbEnvironment);

}  // namespace
