#pragma once

// Shared helpers for the geo/io tests: fixture paths and a log collector.

#include <string>
#include <vector>

#include "geo/core/log.h"

namespace geo::io::testing {

inline std::string dataPath(const std::string& relative) {
  return std::string(EQUIMAP_TEST_DATA_DIR) + "/" + relative;
}

inline bool anyContains(const std::vector<std::string>& lines, const std::string& text) {
  for (const auto& line : lines) {
    if (line.find(text) != std::string::npos) return true;
  }
  return false;
}

// Collects warnings logged while alive; restores the previous sink afterwards.
class LogCollector {
 public:
  LogCollector() {
    previous_ = core::setLogSink([this](const core::LogRecord& record) {
      if (record.level == core::LogLevel::kWarning) warnings.push_back(record.message);
    });
  }
  ~LogCollector() { core::setLogSink(std::move(previous_)); }
  LogCollector(const LogCollector&) = delete;
  LogCollector& operator=(const LogCollector&) = delete;

  bool anyContains(const std::string& text) const { return testing::anyContains(warnings, text); }

  std::vector<std::string> warnings;

 private:
  core::LogSink previous_;
};

}  // namespace geo::io::testing
