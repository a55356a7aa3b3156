#pragma once

// The translation catalog: every user-facing string of the GUI, the cards and
// the exhibits comes from data/i18n/<language>.json (one file per language,
// compiled into the binary), looked up by a stable key such as
// "layers.title". Switching the language is instant and thread safe.
//
// A key missing from the current language falls back to English; a key missing
// from English returns the key itself and logs one warning, so a gap shows up
// on screen and in the logs instead of crashing.

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

namespace geo::i18n {

enum class Language { kEnglish, kSpanish };

void setLanguage(Language language);
Language language();
const char* languageCode(Language language);  // "en", "es"

// The text of `key` in the current language. The reference stays valid for the
// life of the program.
const std::string& tr(std::string_view key);
// The text of `key` in a given language.
const std::string& tr(Language language, std::string_view key);

// tr() with fmt-style "{}" placeholders filled in.
template <typename... Args>
std::string trf(std::string_view key, Args&&... args) {
  return fmt::format(fmt::runtime(tr(key)), std::forward<Args>(args)...);
}

// The same in a given language.
template <typename... Args>
std::string trf(Language language, std::string_view key, Args&&... args) {
  return fmt::format(fmt::runtime(tr(language, key)), std::forward<Args>(args)...);
}

// True when English (the reference catalog) has `key`.
bool hasKey(std::string_view key);

// Every key of a language's catalog, sorted (for completeness checks).
std::vector<std::string> catalogKeys(Language language);

}  // namespace geo::i18n
