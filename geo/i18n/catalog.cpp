#include "geo/i18n/catalog.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>

#include "catalog_sources.h"
#include "geo/core/log.h"

namespace geo::i18n {
namespace {

using Table = std::map<std::string, std::string, std::less<>>;

Table parse(const char* text, const char* name) {
  Table table;
  auto json = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!json.is_object()) {
    core::logError("i18n", "catalog {} is not a JSON object", name);
    return table;
  }
  for (const auto& [key, value] : json.items())
    if (value.is_string()) table.emplace(key, value.get<std::string>());
  return table;
}

const Table& table(Language language) {
  static const Table english = parse(kCatalog_en_json, "en.json");
  static const Table spanish = parse(kCatalog_es_json, "es.json");
  return language == Language::kSpanish ? spanish : english;
}

std::atomic<Language> g_language{Language::kEnglish};

const std::string& missing(std::string_view key) {
  static std::mutex mutex;
  static std::map<std::string, std::string, std::less<>> seen;
  std::lock_guard lock(mutex);
  auto it = seen.find(key);
  if (it == seen.end()) {
    core::logWarning("i18n", "no translation for key '{}'", key);
    it = seen.emplace(std::string(key), std::string(key)).first;
  }
  return it->second;
}

}  // namespace

void setLanguage(Language language) { g_language.store(language); }
Language language() { return g_language.load(); }
const char* languageCode(Language language) {
  return language == Language::kSpanish ? "es" : "en";
}

const std::string& tr(Language language, std::string_view key) {
  const Table& chosen = table(language);
  if (auto it = chosen.find(key); it != chosen.end()) return it->second;
  const Table& english = table(Language::kEnglish);
  if (auto it = english.find(key); it != english.end()) return it->second;
  return missing(key);
}

const std::string& tr(std::string_view key) { return tr(language(), key); }

bool hasKey(std::string_view key) {
  return table(Language::kEnglish).contains(key);
}

std::vector<std::string> catalogKeys(Language language) {
  std::vector<std::string> keys;
  for (const auto& [key, value] : table(language)) keys.push_back(key);
  return keys;
}

}  // namespace geo::i18n
