#pragma once

// Map exhibits: a MapDocument drawn on a printed page with an ExhibitTemplate
// (title, map frame, legend, scale bar, north arrow, source note, date,
// optional locator inset and equity summary) and written as PDF, SVG or PNG,
// or rendered into an RGBA buffer for an on-screen preview.
//
// The map looks as it does on screen (see exhibit_content.h for the pixel to
// point rule). PDF and SVG are vector output with the fonts embedded; PNG is
// drawn at the template's DPI and records it in a pHYs chunk.
//
// Thread safety: the functions only read the document, so several exhibits of
// one document may be produced at once as long as nobody changes it.
// Failures: an unwritable path or a Cairo failure gives ErrorCode::kIo /
// kInvalidData; a frame layer the document lacks gives kNotFound. Problems that
// leave the exhibit usable (legend overflow, no scale bar for the CRS) are
// returned as warnings and logged in the "exhibit" category.

#include <string>
#include <vector>

#include "geo/core/error.h"
#include "geo/exhibit/canvas.h"
#include "geo/exhibit/exhibit_content.h"
#include "geo/exhibit/exhibit_template.h"
#include "geo/exhibit/page_layout.h"
#include "geo/map/map_document.h"

namespace geo::exhibit {

enum class OutputFormat { kPdf, kSvg, kPng };

const char* formatExtension(OutputFormat format);  // "pdf", "svg", "png"
std::optional<OutputFormat> parseOutputFormat(std::string_view name);

// Content and layout of an exhibit, ready to paint; useful to inspect where
// things go (tests, preview hit-testing) without drawing.
struct PreparedExhibit {
  ExhibitContent content;
  PageLayout layout;
};

core::Result<PreparedExhibit> prepareExhibit(const map::MapDocument& doc,
                                             const ExhibitTemplate& exhibit);

// Writes one exhibit file; returns the warnings (empty when all went well).
core::Result<std::vector<std::string>> writeExhibit(const map::MapDocument& doc,
                                                    const ExhibitTemplate& exhibit,
                                                    OutputFormat format,
                                                    const std::string& path);

// The page scaled to fit width_px x height_px (aspect kept, top-left aligned,
// the rest white), for a preview texture. Sizes from 1 to 16384.
core::Result<RgbaImage> renderExhibit(const map::MapDocument& doc,
                                      const ExhibitTemplate& exhibit,
                                      int width_px,
                                      int height_px);

// Pixel size of a PNG exhibit at the template's DPI: page inches x dpi, rounded.
std::pair<int, int> pngSize(const PageSpec& page);

}  // namespace geo::exhibit
