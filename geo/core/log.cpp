#include "geo/core/log.h"

#include <cstdio>
#include <mutex>

namespace geo::core {
namespace {

std::mutex& logMutex() {
  static std::mutex mutex;
  return mutex;
}

void writeToStderr(const LogRecord& record) {
  std::fprintf(stderr,
               "[%s] %s: %s\n",
               logLevelName(record.level),
               record.category.c_str(),
               record.message.c_str());
}

LogSink g_sink = writeToStderr;
LogLevel g_threshold = LogLevel::kInfo;

}  // namespace

LogSink setLogSink(LogSink sink) {
  std::lock_guard lock(logMutex());
  LogSink previous = std::move(g_sink);
  g_sink = sink ? std::move(sink) : LogSink(writeToStderr);
  return previous;
}

void setLogThreshold(LogLevel level) {
  std::lock_guard lock(logMutex());
  g_threshold = level;
}

void logMessage(LogLevel level, std::string_view category, std::string message) {
  std::lock_guard lock(logMutex());
  if (level < g_threshold) return;
  g_sink(LogRecord{level, std::string(category), std::move(message)});
}

const char* logLevelName(LogLevel level) {
  switch (level) {
    case LogLevel::kDebug: return "debug";
    case LogLevel::kInfo: return "info";
    case LogLevel::kWarning: return "warning";
    case LogLevel::kError: return "error";
  }
  return "?";
}

}  // namespace geo::core
