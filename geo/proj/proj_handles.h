#pragma once

// RAII owners for PROJ handles, shared by the geo/proj adapter files. The PROJ
// types are only forward declared here so that no header outside the adapter
// .cpp files sees proj.h. A PJ must be destroyed before the context it was
// created in: declare the ContextPtr member before any PjPtr member.

#include <memory>
#include <string>

#include "geo/core/error.h"

struct pj_ctx;
struct PJconsts;

namespace geo::proj {

struct ContextDeleter {
  void operator()(pj_ctx* context) const;
};
struct PjDeleter {
  void operator()(PJconsts* object) const;
};

using ContextPtr = std::unique_ptr<pj_ctx, ContextDeleter>;
using PjPtr = std::unique_ptr<PJconsts, PjDeleter>;

// A fresh context with PROJ's own stderr logging silenced (errors are read
// back with lastProjError and carried into our Error values instead) and
// network grids disabled, so results never depend on being online.
ContextPtr makeContext();

// The text of the context's last error, or "unknown PROJ error".
std::string lastProjError(pj_ctx* context);

// A CRS object from any definition PROJ accepts ("EPSG:4269", WKT, PROJJSON,
// a PROJ string). Fails with ErrorCode::kCrs carrying PROJ's error text.
geo::core::Result<PjPtr> createCrs(pj_ctx* context, const std::string& definition);

// A short label for messages: the definition itself when short, else the CRS
// name PROJ reads from it (WKT can be thousands of characters long).
std::string crsLabel(pj_ctx* context, const std::string& definition);

}  // namespace geo::proj
