// The canvas's drawing and menus for the blueprint view's layers: the rubber band of a handoff being
// drawn from one card to another, and the context menu of activities and handoffs (break this link).
// The edits themselves are in layer_actions.h.
#pragma once

#include "camera.h"
#include "context.h"
#include "imgui.h"
#include "layout.h"

namespace ui::layer_canvas {

// While dragging a handoff: a line from the card to the mouse, the card it would go to ringed.
void draw_handoff_drag(const Context& ctx, const Scene& s, const Camera& cam, ImDrawList* dl,
                       const bp::ActivityId& from, bp::Vec2 mouse_world);

// Context menu entries for an activity or a handoff (the selection is already set to it).
void context_items(const Context& ctx, const bp::ElementId& id);

}  // namespace ui::layer_canvas
