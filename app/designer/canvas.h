// The shared canvas window: camera per view, the mouse interaction state machine, hit testing, box and
// multi-select, the context menu, the rename popup and focus requests. The two views (circle_view.cpp,
// blueprint_view.cpp) only draw; everything that turns a gesture into an edit lives here.
// Sections: interaction · canvas state · entry points.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "blueprint/lint.h"
#include "blueprint/model.h"
#include "camera.h"
#include "layout.h"

namespace ui {

struct Designer;

// ------------------------------------------------------------------------------------- interaction
// One gesture at a time (STYLE.md §6). A press on something first waits in None with a `press` until the
// mouse travels past the drag threshold; then it becomes one of the dragging states.
enum class Interaction { None, Panning, DraggingCircle, DraggingTouchpoint, DraggingCard, BoxSelecting };

struct Press {
    bool active = false;
    bool on_item = false;
    ItemKind kind = ItemKind::Circle;
    std::string id;          // the element pressed, if on_item
    bp::Vec2 screen;         // where the press happened
    bp::Vec2 world;
    bool additive = false;   // shift/ctrl held: box select adds, click toggles
};

// Lint findings summed per element (a touchpoint's badge includes its key factors and standards), rebuilt
// only when the findings change.
struct LintBadge {
    int count = 0;
    bp::Severity worst = bp::Severity::Info;
};

// ------------------------------------------------------------------------------------ canvas state
struct CanvasState {
    Camera circle_camera, blueprint_camera;
    bool fit_pending = false;           // zoom the current view to fit on the next frame
    bool circle_camera_ready = false;   // false: fit on first show (after open or new)
    bool blueprint_camera_ready = false;
    bool centre_on_selection = false;   // after a view switch: bring the primary selection into view

    Interaction mode = Interaction::None;
    Press press;
    bp::Vec2 drag_start_value;          // the circle position or card offset when the drag began
    bool drag_applied = false;          // a live drag (circle, card) has pushed an edit this gesture
    int drop_slot = -1;                 // DraggingTouchpoint: the order position under the mouse
    int drop_lane = -1;                 // DraggingTouchpoint in the blueprint view: the lane under the mouse

    Scene scene;                        // rebuilt when the revision or the view changes
    std::string hovered_id;

    std::string rename_id;              // element being renamed in the popup; empty when none
    std::string rename_text;
    bool rename_opened = false;

    std::string context_id;             // element the context menu is for; empty = the background
    bp::Vec2 context_world;

    std::unordered_map<std::string, LintBadge> lint_badges;
    uint64_t lint_badges_revision = 0;
    std::unordered_set<std::string> selected;  // the selection plus parents of selected standards
    std::vector<std::string> selected_source;  // the selection `selected` was built from
    uint64_t selected_revision = 0;

    bp::Vec2 viewport_size{800, 600};   // last canvas size, for zoom to fit and centring from menus
};

// ------------------------------------------------------------------------------------ entry points
// Draws the canvas window at pos/size (screen pixels) and handles its mouse gestures.
void draw_canvas(Designer& d, bp::Vec2 pos, bp::Vec2 size);

// The camera of the current view.
Camera& current_camera(Designer& d);

// Builds the scene of the current view if the document or the view changed.
const Scene& current_scene(Designer& d);

// Where an element (circle, touchpoint, key factor; a standard maps to its key factor) is drawn now, in
// screen pixels; nullopt when it is not in the current view. For centring and for tests.
std::optional<bp::Vec2> element_screen_position(Designer& d, const std::string& id);

// Opens the rename popup for an element on the next canvas frame.
void begin_rename(Designer& d, const std::string& id);

// True while a mouse gesture is in progress (lint and autosave wait for its end).
bool gesture_in_progress(const Designer& d);

// Cancels the current gesture; a live drag is undone.
void cancel_gesture(Designer& d);

}  // namespace ui
