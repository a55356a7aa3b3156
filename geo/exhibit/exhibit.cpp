#include "geo/exhibit/exhibit.h"

#include <chrono>
#include <cmath>
#include <fstream>

#include "geo/core/log.h"
#include "geo/exhibit/exhibit_painter.h"
#include "geo/exhibit/png_phys.h"

namespace geo::exhibit {
namespace {

constexpr int kMaxPixels = 16384;

TextMeasure measureWith(const Canvas& canvas) {
  return
      [&canvas](std::string_view text, TextStyle style) { return canvas.textWidth(text, style); };
}

core::Result<void> writeBytes(const std::string& path, const std::vector<std::uint8_t>& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
  if (!out)
    return core::fail(core::Error{.code = core::ErrorCode::kIo,
                                  .message = "cannot write the exhibit",
                                  .file = path,
                                  .hint = "check that the folder exists and is writable"});
  return {};
}

core::Result<void> writePng(const map::MapDocument& doc,
                            const ExhibitTemplate& exhibit,
                            const PreparedExhibit& prepared,
                            const std::string& path) {
  const auto [w, h] = pngSize(exhibit.page);
  auto canvas = Canvas::image(w, h, exhibit.page.dpi / 72.0);
  if (!canvas) return std::unexpected(canvas.error());
  paintExhibit(*canvas, doc, exhibit, prepared);
  auto png = canvas->toPng();
  if (!png) return std::unexpected(png.error());
  auto tagged = withResolution(*png, exhibit.page.dpi);
  if (!tagged) return std::unexpected(tagged.error());
  return writeBytes(path, *tagged);
}

core::Result<void> writeVector(const map::MapDocument& doc,
                               const ExhibitTemplate& exhibit,
                               const PreparedExhibit& prepared,
                               OutputFormat format,
                               const std::string& path) {
  const double w = exhibit.page.widthPt(), h = exhibit.page.heightPt();
  auto canvas = format == OutputFormat::kPdf ? Canvas::pdf(path, w, h) : Canvas::svg(path, w, h);
  if (!canvas) return std::unexpected(canvas.error());
  paintExhibit(*canvas, doc, exhibit, prepared);
  return canvas->finish();
}

}  // namespace

const char* formatExtension(OutputFormat format) {
  switch (format) {
    case OutputFormat::kPdf:
      return "pdf";
    case OutputFormat::kSvg:
      return "svg";
    case OutputFormat::kPng:
      return "png";
  }
  return "pdf";
}

std::optional<OutputFormat> parseOutputFormat(std::string_view name) {
  for (auto f : {OutputFormat::kPdf, OutputFormat::kSvg, OutputFormat::kPng})
    if (name == formatExtension(f)) return f;
  return std::nullopt;
}

std::pair<int, int> pngSize(const PageSpec& page) {
  return {static_cast<int>(std::lround(page.widthPt() / 72.0 * page.dpi)),
          static_cast<int>(std::lround(page.heightPt() / 72.0 * page.dpi))};
}

core::Result<PreparedExhibit> prepareExhibit(const map::MapDocument& doc,
                                             const ExhibitTemplate& exhibit) {
  auto content = gatherContent(doc, exhibit);
  if (!content) return std::unexpected(content.error());
  const Canvas measuring = Canvas::measuring();
  PreparedExhibit prepared{std::move(*content), {}};
  prepared.layout = layoutPage(prepared.content, doc, exhibit, measureWith(measuring));
  for (const auto& w : prepared.layout.warnings) core::logWarning("exhibit", "{}", w);
  return prepared;
}

core::Result<std::vector<std::string>> writeExhibit(const map::MapDocument& doc,
                                                    const ExhibitTemplate& exhibit,
                                                    OutputFormat format,
                                                    const std::string& path) {
  const auto start = std::chrono::steady_clock::now();
  auto prepared = prepareExhibit(doc, exhibit);
  if (!prepared) return std::unexpected(prepared.error());
  auto ok = format == OutputFormat::kPng ? writePng(doc, exhibit, *prepared, path)
                                         : writeVector(doc, exhibit, *prepared, format, path);
  if (!ok) return std::unexpected(ok.error());
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
  core::logInfo("exhibit", "wrote {} ({:.2f} s)", path, took.count());
  return prepared->layout.warnings;
}

core::Result<RgbaImage> renderExhibit(const map::MapDocument& doc,
                                      const ExhibitTemplate& exhibit,
                                      int width_px,
                                      int height_px) {
  if (width_px < 1 || height_px < 1 || width_px > kMaxPixels || height_px > kMaxPixels)
    return core::fail(core::ErrorCode::kInvalidData, "preview size must be 1 to 16384 pixels");
  auto prepared = prepareExhibit(doc, exhibit);
  if (!prepared) return std::unexpected(prepared.error());
  const double scale =
      std::min(width_px / exhibit.page.widthPt(), height_px / exhibit.page.heightPt());
  auto canvas = Canvas::image(width_px, height_px, scale);
  if (!canvas) return std::unexpected(canvas.error());
  paintExhibit(*canvas, doc, exhibit, *prepared);
  return canvas->toRgba();
}

}  // namespace geo::exhibit
