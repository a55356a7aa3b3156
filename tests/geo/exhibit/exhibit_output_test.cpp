#include "geo/exhibit/exhibit.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <regex>

#include "geo/exhibit/png_phys.h"
#include "tests/geo/exhibit/exhibit_test_support.h"

namespace geo::exhibit {
namespace {

using testing::bigEndian;
using testing::bundledDocument;
using testing::pdfText;
using testing::readBytes;
using testing::scratchDir;

ExhibitTemplate letter(bool landscape, int dpi = 300) {
  ExhibitTemplate t;
  t.page.landscape = landscape;
  t.page.dpi = dpi;
  t.title = "Poverty and libraries";
  t.date = "3 December 2026";
  return t;
}

// Width, height and pHYs (x, y, unit) of a PNG; checks the pHYs CRC on the way.
struct PngFacts {
  std::uint32_t width = 0, height = 0, ppm_x = 0, ppm_y = 0;
  int unit = -1;
  bool crc_ok = false;
};

PngFacts readPngFacts(const std::vector<std::uint8_t>& png) {
  PngFacts f;
  f.width = bigEndian(png, 16);
  f.height = bigEndian(png, 20);
  for (std::size_t at = 8; at + 12 <= png.size();) {
    const std::uint32_t length = bigEndian(png, at);
    if (std::string(png.begin() + std::ptrdiff_t(at + 4), png.begin() + std::ptrdiff_t(at + 8)) ==
        "pHYs") {
      f.ppm_x = bigEndian(png, at + 8);
      f.ppm_y = bigEndian(png, at + 12);
      f.unit = png[at + 16];
      const uLong crc = crc32(crc32(0L, Z_NULL, 0), png.data() + at + 4, 4 + length);
      f.crc_ok = crc == bigEndian(png, at + 8 + length);
    }
    at += 12 + length;
  }
  return f;
}

TEST(Exhibit, LetterLandscapePdfIs792By612Points) {
  const auto path = scratchDir("pdf_size") / "letter.pdf";
  auto ok = writeExhibit(bundledDocument(), letter(true), OutputFormat::kPdf, path.string());
  ASSERT_TRUE(ok.has_value()) << ok.error().toString();
  const auto bytes = readBytes(path);
  const std::string pdf(bytes.begin(), bytes.end());
  std::smatch m;
  ASSERT_TRUE(std::regex_search(pdf, m, std::regex(R"(/MediaBox\s*\[\s*0 0 (\d+) (\d+)\s*\])")));
  EXPECT_EQ(m[1].str(), "792");
  EXPECT_EQ(m[2].str(), "612");
}

TEST(Exhibit, LetterPngAt300DpiIs3300By2550PixelsAndRecordsItsResolution) {
  const auto dir = scratchDir("png_size");
  for (bool landscape : {true, false}) {
    const auto path = dir / (landscape ? "landscape.png" : "portrait.png");
    auto ok = writeExhibit(bundledDocument(), letter(landscape), OutputFormat::kPng, path.string());
    ASSERT_TRUE(ok.has_value()) << ok.error().toString();
    const PngFacts f = readPngFacts(readBytes(path));
    EXPECT_EQ(f.width, landscape ? 3300u : 2550u);
    EXPECT_EQ(f.height, landscape ? 2550u : 3300u);
    EXPECT_EQ(f.ppm_x, 11811u);  // 300 / 0.0254
    EXPECT_EQ(f.ppm_y, 11811u);
    EXPECT_EQ(f.unit, 1);
    EXPECT_TRUE(f.crc_ok);
  }
}

TEST(Exhibit, ResolutionChunkReplacesAnEarlierOne) {
  auto canvas = Canvas::image(4, 3, 1.0);
  ASSERT_TRUE(canvas.has_value());
  auto png = canvas->toPng();
  ASSERT_TRUE(png.has_value());
  auto once = withResolution(*png, 96);
  auto twice = withResolution(*once, 150);
  ASSERT_TRUE(twice.has_value());
  EXPECT_EQ(twice->size(), once->size());
  EXPECT_EQ(readPngFacts(*twice).ppm_x, pixelsPerMetre(150));
  EXPECT_FALSE(withResolution({1, 2, 3}, 300).has_value());
}

bool inside(const core::Box& outer, const core::Box& inner) {
  return !inner.empty() && inner.min_x >= outer.min_x && inner.max_x <= outer.max_x &&
         inner.min_y >= outer.min_y && inner.max_y <= outer.max_y;
}

TEST(Exhibit, LegendBoxLiesInsideThePageAndListsEveryClassAndNoData) {
  for (bool landscape : {true, false}) {
    auto t = letter(landscape);
    t.inset.enabled = true;
    t.summary = {.title = "Share in poverty",
                 .rows = {{"Hartford", 0.27}, {"East Hartford", 0.16}}};
    auto prepared = prepareExhibit(bundledDocument(), t);
    ASSERT_TRUE(prepared.has_value());
    const auto& p = prepared->layout;
    const core::Box page{0, 0, t.page.widthPt(), t.page.heightPt()};
    EXPECT_TRUE(p.legend.fits);
    EXPECT_TRUE(inside(page, p.legend.bounds));
    EXPECT_TRUE(inside(p.content, p.legend.bounds));
    EXPECT_FALSE(p.legend.bounds.intersects(p.frame.page_box));
    EXPECT_FALSE(p.legend.bounds.intersects(p.inset_box));
    EXPECT_FALSE(p.legend.bounds.intersects(p.summary_box));

    const auto& tracts = bundledDocument().layers[0];
    // Heading + every class + no data, then one line for each other visible layer.
    EXPECT_EQ(prepared->content.legend.size(), 1 + tracts.classification->classCount() + 1 + 3);
  }
}

TEST(Exhibit, PdfHoldsTheTitleLegendLabelsAndSourceNote) {
  const auto path = scratchDir("pdf_text") / "text.pdf";
  ASSERT_TRUE(writeExhibit(bundledDocument(), letter(true), OutputFormat::kPdf, path.string()));
  const std::string text = pdfText(path);
  ASSERT_FALSE(text.empty()) << "pdftotext (poppler-utils) is needed for this test";
  const auto legend = bundledDocument().layers[0].legend();
  EXPECT_NE(text.find("Poverty and libraries"), std::string::npos);
  EXPECT_NE(text.find(legend[0].label), std::string::npos) << legend[0].label;
  EXPECT_NE(text.find("No data"), std::string::npos);
  EXPECT_NE(text.find("Libraries and branches"), std::string::npos);
  EXPECT_NE(text.find("Sources:"), std::string::npos);
  EXPECT_NE(text.find("acs2023_5yr_tracts.csv"), std::string::npos);
  EXPECT_NE(text.find("EPSG:26918"), std::string::npos);
  EXPECT_NE(text.find("3 December 2026"), std::string::npos);
}

TEST(Exhibit, SpanishLabelsKeepTheirAccentsInThePdf) {
  auto t = letter(true);
  t.language = Language::kSpanish;
  t.title = "Pobreza y bibliotecas en Hartford";
  t.inset.enabled = true;
  const auto path = scratchDir("pdf_spanish") / "es.pdf";
  ASSERT_TRUE(writeExhibit(bundledDocument(), t, OutputFormat::kPdf, path.string()));
  const std::string text = pdfText(path);
  EXPECT_NE(text.find("Proporción bajo el nivel de pobreza"), std::string::npos);
  EXPECT_NE(text.find("Transformación"), std::string::npos);
  EXPECT_NE(text.find("Sin datos"), std::string::npos);
  EXPECT_EQ(text.find("No data"), std::string::npos);
}

TEST(Exhibit, EquitySummaryChartAndLocatorAppearWithTheirLabels) {
  auto t = letter(true);
  t.inset.enabled = true;
  t.summary = {.title = "Residents within 1 mile of a library",
               .style = SummaryStyle::kBarChart,
               .rows = {{"Below poverty", 0.62}, {"Above poverty", 0.48}}};
  const auto path = scratchDir("pdf_summary") / "summary.pdf";
  ASSERT_TRUE(writeExhibit(bundledDocument(), t, OutputFormat::kPdf, path.string()));
  const std::string text = pdfText(path);
  EXPECT_NE(text.find("Residents within 1 mile of a library"), std::string::npos);
  EXPECT_NE(text.find("Below poverty"), std::string::npos);
  EXPECT_NE(text.find("62.0 %"), std::string::npos) << text;
  EXPECT_NE(text.find("Location"), std::string::npos);
}

TEST(Exhibit, SvgIsVectorOutputOfThePageSize) {
  const auto path = scratchDir("svg") / "page.svg";
  ASSERT_TRUE(writeExhibit(bundledDocument(), letter(true), OutputFormat::kSvg, path.string()));
  const auto bytes = readBytes(path);
  const std::string svg(bytes.begin(), bytes.end());
  EXPECT_NE(svg.find("width=\"792pt\""), std::string::npos);
  EXPECT_NE(svg.find("height=\"612pt\""), std::string::npos);
  EXPECT_NE(svg.find("<path"), std::string::npos);
}

}  // namespace
}  // namespace geo::exhibit
