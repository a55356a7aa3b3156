#include "geo/exhibit/canvas.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>

#include <cmath>
#include <cstring>
#include <numbers>
#include <string>

namespace geo::exhibit {
namespace {

constexpr const char* kFontFace = "DejaVu Sans";

struct SurfaceDeleter {
  void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
struct ContextDeleter {
  void operator()(cairo_t* c) const { cairo_destroy(c); }
};
using SurfacePtr = std::unique_ptr<cairo_surface_t, SurfaceDeleter>;
struct FontOptionsDeleter {
  void operator()(cairo_font_options_t* o) const { cairo_font_options_destroy(o); }
};
using ContextPtr = std::unique_ptr<cairo_t, ContextDeleter>;
using FontOptionsPtr = std::unique_ptr<cairo_font_options_t, FontOptionsDeleter>;

core::Error cairoError(cairo_status_t status, const std::string& what, const std::string& file) {
  return core::Error{.code = status == CAIRO_STATUS_WRITE_ERROR ? core::ErrorCode::kIo
                                                                : core::ErrorCode::kInvalidData,
                     .message = what + ": " + cairo_status_to_string(status),
                     .file = file,
                     .hint = "check that the output folder exists and is writable"};
}

std::string terminated(std::string_view text) {
  return std::string(text);
}

cairo_status_t appendBytes(void* closure, const unsigned char* data, unsigned int length) {
  auto* out = static_cast<std::vector<std::uint8_t>*>(closure);
  out->insert(out->end(), data, data + length);
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

struct Canvas::Impl {
  SurfacePtr surface;  // declared first: destroyed after the context
  ContextPtr context;
  std::string path;
  bool raster = false;
};

carto::Rgba RgbaImage::at(int x, int y) const {
  const std::size_t i = (std::size_t(y) * std::size_t(width) + std::size_t(x)) * 4;
  return {pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]};
}

Canvas::Canvas(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {
  cairo_select_font_face(
      impl_->context.get(), kFontFace, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_fill_rule(impl_->context.get(), CAIRO_FILL_RULE_EVEN_ODD);
  // Unhinted metrics: text measures the same on every surface and resolution,
  // so a layout made once fits PDF, SVG and PNG alike.
  FontOptionsPtr options(cairo_font_options_create());
  cairo_font_options_set_hint_metrics(options.get(), CAIRO_HINT_METRICS_OFF);
  cairo_set_font_options(impl_->context.get(), options.get());
  cairo_set_line_join(impl_->context.get(), CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap(impl_->context.get(), CAIRO_LINE_CAP_ROUND);
}
Canvas::Canvas(Canvas&&) noexcept = default;
Canvas& Canvas::operator=(Canvas&&) noexcept = default;
Canvas::~Canvas() = default;

namespace {

core::Result<std::unique_ptr<Canvas::Impl>> wrap(cairo_surface_t* raw, const std::string& path) {
  SurfacePtr surface(raw);
  if (auto s = cairo_surface_status(surface.get()); s != CAIRO_STATUS_SUCCESS)
    return std::unexpected(cairoError(s, "cannot create the exhibit page", path));
  ContextPtr context(cairo_create(surface.get()));
  if (auto s = cairo_status(context.get()); s != CAIRO_STATUS_SUCCESS)
    return std::unexpected(cairoError(s, "cannot draw on the exhibit page", path));
  auto impl = std::make_unique<Canvas::Impl>();
  impl->surface = std::move(surface);
  impl->context = std::move(context);
  impl->path = path;
  return impl;
}

}  // namespace

core::Result<Canvas> Canvas::pdf(const std::string& path, double width_pt, double height_pt) {
  auto impl = wrap(cairo_pdf_surface_create(path.c_str(), width_pt, height_pt), path);
  if (!impl) return std::unexpected(impl.error());
  return Canvas(std::move(*impl));
}

core::Result<Canvas> Canvas::svg(const std::string& path, double width_pt, double height_pt) {
  auto impl = wrap(cairo_svg_surface_create(path.c_str(), width_pt, height_pt), path);
  if (!impl) return std::unexpected(impl.error());
  cairo_svg_surface_set_document_unit((*impl)->surface.get(), CAIRO_SVG_UNIT_PT);
  return Canvas(std::move(*impl));
}

core::Result<Canvas> Canvas::image(int width_px, int height_px, double px_per_pt) {
  auto impl = wrap(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width_px, height_px), "");
  if (!impl) return std::unexpected(impl.error());
  (*impl)->raster = true;
  cairo_t* c = (*impl)->context.get();
  cairo_set_source_rgb(c, 1, 1, 1);
  cairo_paint(c);
  cairo_scale(c, px_per_pt, px_per_pt);
  return Canvas(std::move(*impl));
}

Canvas Canvas::measuring() {
  auto canvas = image(1, 1, 1.0);
  return std::move(*canvas);
}

void Canvas::save() {
  cairo_save(impl_->context.get());
}
void Canvas::restore() {
  cairo_restore(impl_->context.get());
}
void Canvas::translate(core::Vec2 o) {
  cairo_translate(impl_->context.get(), o.x, o.y);
}
void Canvas::rotate(double radians) {
  cairo_rotate(impl_->context.get(), radians);
}

void Canvas::clipRect(const core::Box& box) {
  rect(box);
  cairo_clip(impl_->context.get());
}

void Canvas::setColor(carto::Rgba c, double opacity) {
  cairo_set_source_rgba(
      impl_->context.get(), c.r / 255.0, c.g / 255.0, c.b / 255.0, c.a / 255.0 * opacity);
}

void Canvas::newPath() {
  cairo_new_path(impl_->context.get());
}
void Canvas::moveTo(core::Vec2 p) {
  cairo_move_to(impl_->context.get(), p.x, p.y);
}
void Canvas::lineTo(core::Vec2 p) {
  cairo_line_to(impl_->context.get(), p.x, p.y);
}
void Canvas::closePath() {
  cairo_close_path(impl_->context.get());
}

void Canvas::rect(const core::Box& b) {
  cairo_rectangle(impl_->context.get(), b.min_x, b.min_y, b.width(), b.height());
}

void Canvas::circle(core::Vec2 c, double radius) {
  cairo_new_sub_path(impl_->context.get());
  cairo_arc(impl_->context.get(), c.x, c.y, radius, 0, 2 * std::numbers::pi);
}

void Canvas::fill(bool keep_path) {
  keep_path ? cairo_fill_preserve(impl_->context.get()) : cairo_fill(impl_->context.get());
}

void Canvas::stroke(double width_pt, bool keep_path) {
  cairo_set_line_width(impl_->context.get(), width_pt);
  keep_path ? cairo_stroke_preserve(impl_->context.get()) : cairo_stroke(impl_->context.get());
}

namespace {

void selectFont(cairo_t* c, TextStyle style) {
  cairo_select_font_face(c,
                         kFontFace,
                         CAIRO_FONT_SLANT_NORMAL,
                         style.bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(c, style.size_pt);
}

}  // namespace

void Canvas::text(core::Vec2 baseline_left, std::string_view utf8, TextStyle style) {
  cairo_t* c = impl_->context.get();
  selectFont(c, style);
  cairo_move_to(c, baseline_left.x, baseline_left.y);
  cairo_show_text(c, terminated(utf8).c_str());
  cairo_new_path(c);
}

double Canvas::textWidth(std::string_view utf8, TextStyle style) const {
  cairo_t* c = impl_->context.get();
  selectFont(c, style);
  cairo_text_extents_t extents;
  cairo_text_extents(c, terminated(utf8).c_str(), &extents);
  return extents.x_advance;
}

double Canvas::ascent(TextStyle style) const {
  cairo_t* c = impl_->context.get();
  selectFont(c, style);
  cairo_font_extents_t extents;
  cairo_font_extents(c, &extents);
  return extents.ascent;
}

core::Result<void> Canvas::finish() {
  cairo_surface_finish(impl_->surface.get());
  if (auto s = cairo_surface_status(impl_->surface.get()); s != CAIRO_STATUS_SUCCESS)
    return std::unexpected(cairoError(s, "cannot write the exhibit", impl_->path));
  if (auto s = cairo_status(impl_->context.get()); s != CAIRO_STATUS_SUCCESS)
    return std::unexpected(cairoError(s, "cannot draw the exhibit", impl_->path));
  return {};
}

namespace {

RgbaImage imageRgba(cairo_surface_t* s) {
  const bool opaque = cairo_image_surface_get_format(s) == CAIRO_FORMAT_RGB24;
  cairo_surface_flush(s);
  RgbaImage out{cairo_image_surface_get_width(s), cairo_image_surface_get_height(s), {}};
  out.pixels.resize(std::size_t(out.width) * std::size_t(out.height) * 4);
  const unsigned char* data = cairo_image_surface_get_data(s);
  const int stride = cairo_image_surface_get_stride(s);
  for (int y = 0; y < out.height; ++y) {
    const auto* row = reinterpret_cast<const std::uint32_t*>(data + std::ptrdiff_t(y) * stride);
    std::uint8_t* dst = out.pixels.data() + std::size_t(y) * std::size_t(out.width) * 4;
    for (int x = 0; x < out.width; ++x, dst += 4) {
      // Cairo stores premultiplied ARGB in native-endian 32-bit words.
      const std::uint32_t p = row[x];
      const std::uint32_t a = opaque ? 255 : p >> 24;
      auto unpremultiply = [a](std::uint32_t v) {
        return std::uint8_t(a == 0 ? 0 : (v * 255 + a / 2) / a);
      };
      dst[0] = unpremultiply((p >> 16) & 0xff);
      dst[1] = unpremultiply((p >> 8) & 0xff);
      dst[2] = unpremultiply(p & 0xff);
      dst[3] = std::uint8_t(a);
    }
  }
  return out;
}

}  // namespace

core::Result<RgbaImage> Canvas::toRgba() const {
  if (!impl_->raster) return core::fail(core::ErrorCode::kUnsupported, "not a raster canvas");
  return imageRgba(impl_->surface.get());
}

core::Result<RgbaImage> readPngImage(const std::string& path) {
  SurfacePtr surface(cairo_image_surface_create_from_png(path.c_str()));
  if (auto s = cairo_surface_status(surface.get()); s != CAIRO_STATUS_SUCCESS)
    return std::unexpected(
        core::Error{.code = core::ErrorCode::kIo,
                    .message = std::string("cannot read PNG: ") + cairo_status_to_string(s),
                    .file = path});
  if (cairo_image_surface_get_format(surface.get()) != CAIRO_FORMAT_ARGB32 &&
      cairo_image_surface_get_format(surface.get()) != CAIRO_FORMAT_RGB24)
    return core::fail(core::Error{.code = core::ErrorCode::kUnsupported,
                                  .message = "PNG pixel format is not RGB or RGBA",
                                  .file = path});
  return imageRgba(surface.get());
}

core::Result<std::vector<std::uint8_t>> Canvas::toPng() const {
  if (!impl_->raster) return core::fail(core::ErrorCode::kUnsupported, "not a raster canvas");
  std::vector<std::uint8_t> bytes;
  cairo_surface_flush(impl_->surface.get());
  auto s = cairo_surface_write_to_png_stream(impl_->surface.get(), appendBytes, &bytes);
  if (s != CAIRO_STATUS_SUCCESS) return std::unexpected(cairoError(s, "cannot encode PNG", ""));
  return bytes;
}

}  // namespace geo::exhibit
