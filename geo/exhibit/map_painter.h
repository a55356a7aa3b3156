#pragma once

// Paints map layers into a frame on a Canvas the way the viewer draws them:
// bottom layer first; polygons filled with MapLayer::featureColors() at the
// style's opacity, then all their outlines; lines in the outline colour;
// points as discs of the style's size with a 1.5 px ring in the outline colour.
// Screen pixels become 0.75 page points (kPointsPerScreenPixel). Only visible
// layers are painted; features outside the frame are skipped; everything is
// clipped to the frame.

#include "geo/exhibit/canvas.h"
#include "geo/exhibit/map_frame.h"
#include "geo/map/map_document.h"

namespace geo::exhibit {

void paintMapLayers(Canvas& canvas, const map::MapDocument& doc, const MapFrame& frame);

// A locator: the outlines of `layer_id` (or of every polygon layer when empty)
// over their whole extent, with the main frame's extent drawn as a red box.
void paintLocator(Canvas& canvas,
                  const map::MapDocument& doc,
                  const std::string& layer_id,
                  const MapFrame& main_frame,
                  const core::Box& box);

}  // namespace geo::exhibit
