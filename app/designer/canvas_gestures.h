// The canvas's mouse interaction (canvas_gestures.cpp), for the canvas window (canvas.cpp).
#pragma once

#include "canvas.h"
#include "imgui.h"

namespace ui {

inline bp::Vec2 to_bp(ImVec2 v) { return {v.x, v.y}; }
inline constexpr const char* kContextPopup = "##canvas-context";

// The wheel zooms around the cursor; the press, drag and release of the frame move the gesture on.
void handle_mouse(const Context& ctx, CanvasState& c, bool hovered);

}  // namespace ui
