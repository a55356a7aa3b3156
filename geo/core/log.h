#pragma once

// A small logging facade: a level, a category and a message. Events only
// (dataset opened, transformation chosen, analysis run, data-quality warnings);
// nothing per frame. The default sink writes to stderr; tests and the GUI
// install their own sink to collect messages. Thread safe.

#include <fmt/format.h>

#include <functional>
#include <string>
#include <string_view>

namespace geo::core {

enum class LogLevel { kDebug, kInfo, kWarning, kError };

struct LogRecord {
  LogLevel level;
  std::string category;  // "io", "proj", "analysis", "render", ...
  std::string message;
};

using LogSink = std::function<void(const LogRecord&)>;

// Replaces the sink; returns the previous one so a scope can restore it.
LogSink setLogSink(LogSink sink);
void setLogThreshold(LogLevel level);
void logMessage(LogLevel level, std::string_view category, std::string message);

template <typename... Args>
void logInfo(std::string_view category, fmt::format_string<Args...> f, Args&&... args) {
  logMessage(LogLevel::kInfo, category, fmt::format(f, std::forward<Args>(args)...));
}
template <typename... Args>
void logWarning(std::string_view category, fmt::format_string<Args...> f, Args&&... args) {
  logMessage(LogLevel::kWarning, category, fmt::format(f, std::forward<Args>(args)...));
}
template <typename... Args>
void logError(std::string_view category, fmt::format_string<Args...> f, Args&&... args) {
  logMessage(LogLevel::kError, category, fmt::format(f, std::forward<Args>(args)...));
}

const char* logLevelName(LogLevel level);

}  // namespace geo::core
