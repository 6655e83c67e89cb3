// Our Dear ImGui configuration (IMGUI_USER_CONFIG), for every build of the designer.
#pragma once

// Big canvases exceed 64K vertices per draw list; WebGL has no base-vertex draws, so use 32-bit indices.
#define ImDrawIdx unsigned int

// No ImGui-owned .ini files or demo code in the product.
#define IMGUI_DISABLE_DEMO_WINDOWS
#define IMGUI_DISABLE_DEBUG_TOOLS
#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS

// A failed ImGui assertion must not take the page down in release builds.
#ifdef NDEBUG
#define IM_ASSERT(expr) ((void)0)
#endif
