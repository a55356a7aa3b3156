#pragma once

// The one place OpenGL headers are included. The system libGL (glvnd) exports
// every core entry point, so no loader is needed on Linux.

#include <GL/gl.h>
#include <GL/glext.h>
