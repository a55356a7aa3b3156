#include "geo/i18n/catalog.h"

#include <gtest/gtest.h>

#include <regex>

namespace geo::i18n {
namespace {

// Restores English after each test, since the language is global.
class Catalog : public ::testing::Test {
 protected:
  void TearDown() override { setLanguage(Language::kEnglish); }
};

TEST_F(Catalog, EveryKeyHasBothLanguages) {
  EXPECT_EQ(catalogKeys(Language::kEnglish), catalogKeys(Language::kSpanish));
  EXPECT_GT(catalogKeys(Language::kEnglish).size(), 3u);
}

TEST_F(Catalog, NoTextIsEmptyAndPlaceholdersMatchAcrossLanguages) {
  const std::regex placeholder(R"(\{[^{}]*\})");
  for (const auto& key : catalogKeys(Language::kEnglish)) {
    const std::string& en = tr(Language::kEnglish, key);
    const std::string& es = tr(Language::kSpanish, key);
    EXPECT_FALSE(en.empty()) << key;
    EXPECT_FALSE(es.empty()) << key;
    auto count = [&](const std::string& s) {
      return std::distance(std::sregex_iterator(s.begin(), s.end(), placeholder), {});
    };
    EXPECT_EQ(count(en), count(es)) << key;
  }
}

TEST_F(Catalog, SwitchingTheLanguageChangesTheTextAndKeepsAccents) {
  EXPECT_EQ(tr("legend.no_data"), "No data");
  setLanguage(Language::kSpanish);
  EXPECT_EQ(tr("legend.no_data"), "Sin datos");
  EXPECT_EQ(tr("language.es"), "Español");
}

TEST_F(Catalog, AnUnknownKeyShowsTheKeyInsteadOfFailing) {
  EXPECT_EQ(tr("no.such.key"), "no.such.key");
}

}  // namespace
}  // namespace geo::i18n
