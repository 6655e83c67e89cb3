// What the canvas hands the two views for drawing one frame. The views draw only what is visible and
// never change the document; gestures are the canvas's business.
#pragma once

#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "canvas.h"
#include "context.h"
#include "imgui.h"
#include "layer_actions.h"

namespace ui {

struct ViewFrame {
    const Context& ctx;
    const Scene& scene;
    const Camera& cam;
    ImDrawList* dl;
    bp::Vec2 visible_min, visible_max;   // world rectangle on screen (for culling)
    const std::unordered_set<bp::ElementId, bp::ElementIdHash>& selected;
    const std::vector<char>& selected_items;  // per scene item, as CanvasState::selected_items
    const bp::ElementId& hovered_id;
    const std::unordered_map<bp::ElementId, LintBadge, bp::ElementIdHash>& lint;
    bp::ElementId dragged_id;            // an element drawn by the canvas at the mouse instead
    const layer_actions::BrokenLink* broken = nullptr;  // blueprint view: a link shown broken
    ResultsLayer* results = nullptr;     // the results layer (results_layer.h); draws nothing while off

    // Whether the item's element is selected: looked up per item once per selection or scene, not per frame.
    bool is_selected(const SceneItem& it) const {
        if (selected.empty()) return false;
        const std::less<const SceneItem*> before;
        const SceneItem* first = scene.items.data();
        if (!before(&it, first) && before(&it, first + selected_items.size())) return selected_items[size_t(&it - first)] != 0;
        return selected.count(it.id) > 0;  // an item drawn from outside the scene
    }
};

void draw_circle_view(const ViewFrame& f);
void draw_blueprint_view(const ViewFrame& f);

// Shared drawing helpers (canvas.cpp).
namespace draw {
ImVec2 to_im(bp::Vec2 v);
bool visible(const ViewFrame& f, bp::Vec2 mn, bp::Vec2 mx);
ImU32 feeling_colour(int feeling, int alpha = 255);
ImU32 accent();
// Text clipped to [min, max] at a size scaled with the zoom; nothing when too small to read.
// `min_px` keeps labels that must stay readable (lanes, headers) from shrinking below it.
void text(const ViewFrame& f, ImVec2 pos, ImVec2 clip_min, ImVec2 clip_max, ImU32 col, const std::string& s,
          float world_size = 15.0f, float min_px = 0.0f);
float text_size(const ViewFrame& f, float world_size);
// Small count pills: standards (blue) and lint findings (coloured by severity). Returns their width.
void badges(const ViewFrame& f, ImVec2 top_right, int standards, const bp::ElementId& lint_id);
// The role's name in the interface language; "" for none or a dangling id.
std::string role_name(const ViewFrame& f, const bp::RoleId& id);
void arrow_head(ImDrawList* dl, ImVec2 tip, ImVec2 dir, float size, ImU32 col);
}  // namespace draw

}  // namespace ui
