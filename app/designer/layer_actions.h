// Edits of the blueprint's layers from the canvas, and "break this link" as the view shows it. The
// canvas proposes (bp::add_activity, bp::add_handoff … in blueprint/layer_edits.h); the model accepts
// or refuses with a reason, which is told as a notice. No ImGui.
// Sections: editing · break this link.
#pragma once

#include <optional>
#include <string>
#include <unordered_set>

#include "blueprint/chain.h"
#include "context.h"
#include "layout.h"

namespace ui::layer_actions {

// ------------------------------------------------------------------------------------------ editing
// The activity card under a world point, if any.
const SceneItem* activity_card_at(const Scene& s, bp::Vec2 p);

// A double-click at `world`: in an empty cell of the blueprint view it adds an activity in that layer
// (selected, its name to be typed) and returns true; elsewhere it does nothing and returns false.
bool add_activity_at(const Context& ctx, const Scene& s, bp::Vec2 world);

// What letting a dragged activity card go at `world` would do. On the middle of another card: a handoff
// to it. Elsewhere in a cell of the blueprint view (between cards, above or below them, on a card's top
// or bottom edge): a move to that cell, at that place among its cards. Anywhere else: nothing.
struct ActivityDrop {
    enum class Kind { None, Handoff, Move };
    Kind kind = Kind::None;
    bp::ActivityId to;            // Handoff: the activity that receives
    bp::TouchpointId touchpoint;  // Move: the moment, the layer, the index among its activities
    bp::Layer layer = bp::Layer::Frontstage;
    int index = -1;
    int circle = -1, column = -1;  // Move: the cell, for the insertion marker
    double marker_y = 0;           // Move: where the insertion marker goes (world)
};
ActivityDrop activity_drop_at(const Context& ctx, const Scene& s, const bp::ActivityId& from, bp::Vec2 world);

// Lets a dragged activity go at `world` (activity_drop_at): adds the handoff or moves the activity through
// the model's proposal (a refusal is told). True when the document changed.
bool drop_activity(const Context& ctx, const Scene& s, const bp::ActivityId& from, bp::Vec2 world);

// Deletes the selected activities and handoffs through their proposals, as one undo step; false when
// the selection holds none (the tree's elements are deleted by actions::delete_selection).
bool delete_selected(const Context& ctx);

// Renames an activity through its edit (the canvas's rename popup); false for other elements.
bool rename_activity(const Context& ctx, const bp::ElementId& id, const std::string& name);

// ------------------------------------------------------------------------------------ break this link
// Breaks the handoff (missing, or late by `late_by_minutes`), or restores it when it is broken so already.
void toggle_break(const Context& ctx, const bp::HandoffId& id, bp::Break how, int64_t late_by_minutes = 0);

// "Break this link" as the blueprint view draws it.
struct BrokenLink {
    bp::LinkBreak link;
    bp::BreakEffect effect;
    std::unordered_set<std::string> downstream;  // ids of the activities and moments it breaks
    std::optional<int64_t> overrun;              // late: minutes the chain now ends after the promise
};
// None when nothing is broken or the handoff is gone.
std::optional<BrokenLink> broken_link(const Context& ctx);

}  // namespace ui::layer_actions
