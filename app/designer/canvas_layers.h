// The canvas's drawing and menus for the blueprint view's layers: the rubber band of a handoff being
// drawn from one card to another or of a card being moved, and the context menu of activities and handoffs (break this link).
// The edits themselves are in layer_actions.h.
#pragma once

#include "camera.h"
#include "context.h"
#include "imgui.h"
#include "layout.h"

namespace ui::layer_canvas {

// While dragging an activity card (layer_actions::activity_drop_at): towards a card, a line from the card
// to the mouse and the card it would hand to ringed; into a cell, the card's outline under the mouse and
// a bar where it would land.
void draw_activity_drag(const Context& ctx, const Scene& s, const Camera& cam, ImDrawList* dl,
                        const bp::ActivityId& from, bp::Vec2 grab, bp::Vec2 mouse_world);

// Context menu entries for an activity or a handoff (the selection is already set to it).
void context_items(const Context& ctx, const bp::ElementId& id);

}  // namespace ui::layer_canvas
