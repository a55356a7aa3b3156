#pragma once

// Paints a prepared exhibit (every element) onto a canvas sized to the page.

#include "geo/exhibit/canvas.h"
#include "geo/exhibit/exhibit.h"

namespace geo::exhibit {

void paintExhibit(Canvas& canvas,
                  const map::MapDocument& doc,
                  const ExhibitTemplate& exhibit,
                  const PreparedExhibit& prepared);

}  // namespace geo::exhibit
