// The shared canvas window: camera per view, the mouse interaction state machine, hit testing, box and
// multi-select, the context menu, the rename popup and focus requests. The two views (circle_view.cpp,
// blueprint_view.cpp) only draw; everything that turns a gesture into an edit lives here.
// Sections: interaction · canvas state · entry points.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <variant>
#include <vector>

#include "blueprint/element_order.h"
#include "blueprint/lint.h"
#include "context.h"
#include "blueprint/model.h"
#include "camera.h"
#include "layout.h"
#include "lint_badges.h"
#include "results_layer.h"

namespace ui {

// ------------------------------------------------------------------------------------- interaction
// One gesture at a time (STYLE.md §6), each state with what it needs. A press on something first waits
// in Pressing until the mouse travels past the drag threshold; then it becomes one of the dragging states.
namespace gesture {
struct Idle {};
struct Pressing {
    bool on_item = false;
    ItemKind kind = ItemKind::Circle;
    bp::ElementId id;        // the element pressed, if on_item
    bp::Vec2 screen;         // where the press happened
    bp::Vec2 world;
    bool additive = false;   // shift/ctrl held: box select adds, click toggles
};
struct Panning {};
struct DraggingCircle {
    bp::CircleId id;
    bp::Vec2 press_world;    // where the drag began
    bp::Vec2 start;          // the circle's position then
    bool applied = false;    // an edit was pushed this gesture
};
struct DraggingTouchpoint {
    bp::TouchpointId id;
    int drop_slot = -1;      // the order position it takes when dropped now
    int drop_lane = -1;      // blueprint view: the lane under the mouse
    int drop_gap = -1;       // circle view: the gap between neighbours under the mouse (ring::insertion_gap)
};
struct DraggingCard {
    bp::KeyFactorId id;
    bp::Vec2 press_world;
    bp::Vec2 start;          // the card's offset from its touchpoint then
    bool applied = false;
};
struct DraggingActivity {   // an activity card: onto another card (a handoff) or into a cell (a move)
    bp::ActivityId from;
    bp::Vec2 grab;           // where in the card it was pressed, from the card's top left (world)
};
struct BoxSelecting {
    bp::Vec2 screen, world;  // the corner pressed
    bool additive = false;
};
}  // namespace gesture

using Gesture = std::variant<gesture::Idle, gesture::Pressing, gesture::Panning, gesture::DraggingCircle,
                             gesture::DraggingTouchpoint, gesture::DraggingCard, gesture::DraggingActivity,
                             gesture::BoxSelecting>;

// Lint findings summed per element: LintBadge (lint_badges.h), rebuilt only when the findings change.

// ------------------------------------------------------------------------------------ canvas state
struct CanvasState {
    Camera circle_camera, blueprint_camera, chain_camera;
    bool circle_camera_ready = false;   // false: fit on first show (after open or new)
    bool blueprint_camera_ready = false;
    bool chain_camera_ready = false;

    Gesture gesture;

    Scene scene;                        // rebuilt when the revision or the view changes
    bp::ElementId hovered_id;

    bp::ElementId rename_id;            // element being renamed in the popup (command::BeginRename); empty when none
    std::string rename_text;
    bool rename_opened = false;

    bp::ElementId context_id;           // element the context menu is for; empty = the background
    bp::Vec2 context_world;

    std::unordered_map<bp::ElementId, LintBadge, bp::ElementIdHash> lint_badges;
    std::pair<uint64_t, uint64_t> lint_badges_key;  // Context::findings_key they were counted for
    std::unordered_set<bp::ElementId, bp::ElementIdHash> selected;  // the selection plus parents of selected standards
    std::vector<bp::ElementId> selected_source;  // the selection `selected` was built from
    uint64_t selected_revision = 0;
    std::vector<char> selected_items;  // per scene item: whether `selected` holds its element (empty: none does)
    uint64_t selected_items_generation = ~uint64_t(0);  // Scene::generation they are of

    ResultsLayer results;               // the results layer (View menu), its choices and its cache

    bp::Vec2 viewport_size{800, 600};   // last canvas size, for zoom to fit and centring from menus
    bool focused = false;               // the canvas had the keyboard this frame (drawn as a frame round it)
};

// ------------------------------------------------------------------------------------ entry points
// Draws the canvas window at pos/size (screen pixels) and handles its mouse gestures.
void draw_canvas(const Context& ctx, CanvasState& c, bp::Vec2 pos, bp::Vec2 size);

// Where the canvas will be this frame: the shell says so before carrying out commands that move cameras.
void place_canvas(CanvasState& c, View view, bp::Vec2 pos, bp::Vec2 size);

// The camera of a view.
Camera& current_camera(CanvasState& c, View view);

// Builds the scene of the view if the document, the view, the language or (circle view) the text's
// layout scale for the camera changed.
const Scene& current_scene(CanvasState& c, const bp::Document& doc, View view, Lang lang);

// Where an element (circle, touchpoint, key factor; a standard maps to its key factor) is drawn now, in
// screen pixels; nullopt when it is not in the current view. For centring and for tests.
std::optional<bp::Vec2> element_screen_position(const Context& ctx, CanvasState& c, const bp::ElementId& id);

// What the commands ask of the canvas.
void begin_rename(CanvasState& c, const bp::ElementId& id);                    // the popup opens this frame
void focus_element(const Context& ctx, CanvasState& c, const bp::ElementId& id);  // select and centre
void reveal_element(const Context& ctx, CanvasState& c, const bp::ElementId& id);  // pan only as needed
void centre_on_selection(const Context& ctx, CanvasState& c);
void zoom_to_fit(const Context& ctx, CanvasState& c);
void forget_cameras(CanvasState& c);  // a new document: each view fits when first shown

// True while a mouse gesture is in progress (lint and autosave wait for its end); a press that has not
// moved yet is not one.
bool gesture_in_progress(const CanvasState& c);

// Keyboard focus. Keys edit the canvas only while its window has the focus: a click on it gives it,
// a click on a panel takes it away. True when the canvas window is the focused one now.
bool canvas_has_focus();
void focus_canvas();  // e.g. after a click on the toolbar, which takes no keys itself

// Tab / Shift+Tab and the arrows: moves the selection one step through the tree (element_order.h) and
// pans to the element when it is off screen.
void step_selection(const Context& ctx, CanvasState& c, bp::Step step);

// Cancels the current gesture; a live drag is undone.
void cancel_gesture(CanvasState& c, Session& session);

}  // namespace ui
