// The canvas's mouse: wheel zoom, and one update per gesture state (canvas.h), each of which proposes
// its edits to the model through the actions.
#include "canvas_gestures.h"

#include <cmath>

#include "blueprint/fields.h"
#include "layer_actions.h"
#include "imgui.h"
#include "views.h"

namespace ui {

namespace {

double distance(bp::Vec2 a, bp::Vec2 b) { return std::hypot(a.x - b.x, a.y - b.y); }

// One update per state: each gets the frame's mouse and returns the next state.
struct Mouse {
    bp::Vec2 screen, world;
    bool hovered;
};

bool left_down() { return ImGui::IsMouseDown(ImGuiMouseButton_Left); }

// Cancelled, finished or lost its element: back to idle, sealing what the gesture did as one step.
Gesture end_gesture(const Context& ctx) {
    ctx.doc().seal();
    return gesture::Idle{};
}

Gesture start_drag(const Context& ctx, CanvasState& c, const gesture::Pressing& p, const Mouse& mouse) {
    Camera& cam = current_camera(c, ctx.options.view);
    if (!p.on_item) {
        if (p.additive) return gesture::BoxSelecting{p.screen, p.world, true};
        cam.pan({mouse.screen.x - p.screen.x, mouse.screen.y - p.screen.y});  // catch up with the threshold travelled
        return gesture::Panning{};
    }
    auto at = ctx.locate(p.id);
    if (!at) return gesture::Idle{};
    const bp::Blueprint& m = ctx.model();
    if (const auto* circle = p.id.get<bp::CircleId>())
        return gesture::DraggingCircle{*circle, p.world, m.circles[at->path.circle].position};
    if (const auto* tp = p.id.get<bp::TouchpointId>())
        return gesture::DraggingTouchpoint{*tp, at->path.touchpoint, (int)bp::touchpoint_at(m, at->path).lane};
    if (const auto* act = p.id.get<bp::ActivityId>()) {
        const SceneItem* card = c.scene.item(p.id, ctx.doc().locator());
        return gesture::DraggingActivity{*act, card ? bp::Vec2{p.world.x - card->min.x, p.world.y - card->min.y} : bp::Vec2{}};
    }
    if (const auto* kf = p.id.get<bp::KeyFactorId>()) {
        if (ctx.options.view != View::Circles) return gesture::Idle{};  // chips in a blueprint cell have a fixed place
        const SceneItem* card = c.scene.item(p.id, ctx.doc().locator());
        const SceneItem* tp = card ? c.scene.owner(*card) : nullptr;
        if (!tp) return gesture::Idle{};
        return gesture::DraggingCard{*kf, p.world, {card->anchor.x - tp->anchor.x, card->anchor.y - tp->anchor.y}};
    }
    return gesture::Idle{};
}

Gesture update(const Context& ctx, CanvasState& c, gesture::Idle, const Mouse& mouse) {
    ImGuiIO& io = ImGui::GetIO();
    const Camera& cam = current_camera(c, ctx.options.view);
    const bool space = !io.WantTextInput && ImGui::IsKeyDown(ImGuiKey_Space);
    const SceneItem* hit = mouse.hovered ? hit_test(c.scene, mouse.world, 4.0 / cam.scale) : nullptr;
    if (hit) c.hovered_id = hit->id;
    if (!mouse.hovered) return gesture::Idle{};
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Middle) || (space && ImGui::IsMouseClicked(ImGuiMouseButton_Left)))
        return gesture::Panning{};
    Gesture next = gesture::Idle{};
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        gesture::Pressing p;
        p.screen = mouse.screen;
        p.world = mouse.world;
        p.additive = io.KeyShift || io.KeyCtrl || io.KeySuper;
        next = p;
        if (hit) {
            p.on_item = true;
            p.kind = hit->kind;
            p.id = c.hovered_id;
            if (p.additive) ctx.selection.toggle(p.id);
            else if (!ctx.selection.contains(p.id)) ctx.selection.set(p.id);
            next = p;
            if (!p.additive && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
                begin_rename(c, p.id);
                next = gesture::Idle{};
            }
        } else if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && layer_actions::add_activity_at(ctx, c.scene, mouse.world)) {
            next = gesture::Idle{};
        }
    }
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Right)) {
        c.context_id = hit ? c.hovered_id : bp::ElementId();
        c.context_world = mouse.world;
        if (hit && !ctx.selection.contains(c.context_id)) ctx.selection.set(c.context_id);
        ImGui::OpenPopup(kContextPopup);
    }
    return next;
}

Gesture update(const Context& ctx, CanvasState& c, const gesture::Pressing& p, const Mouse& mouse) {
    const Camera& cam = current_camera(c, ctx.options.view);
    if (const SceneItem* hit = mouse.hovered ? hit_test(c.scene, mouse.world, 4.0 / cam.scale) : nullptr)
        c.hovered_id = hit->id;
    if (!left_down()) {  // a click: nothing was dragged
        if (!p.on_item && !p.additive) ctx.selection.clear();
        return gesture::Idle{};
    }
    if (distance(mouse.screen, p.screen) > ImGui::GetIO().MouseDragThreshold) return start_drag(ctx, c, p, mouse);
    return p;
}

Gesture update(const Context& ctx, CanvasState& c, gesture::Panning, const Mouse&) {
    if (!left_down() && !ImGui::IsMouseDown(ImGuiMouseButton_Middle)) return end_gesture(ctx);
    current_camera(c, ctx.options.view).pan(to_bp(ImGui::GetIO().MouseDelta));
    return gesture::Panning{};
}

Gesture update(const Context& ctx, CanvasState&, gesture::DraggingCircle g, const Mouse& mouse) {
    if (!left_down()) return end_gesture(ctx);
    auto at = ctx.locate(g.id);
    if (!at) return end_gesture(ctx);
    const bp::Circle before = bp::own_fields(ctx.model().circles[at->path.circle]);
    bp::Circle after = before;
    after.position = {g.start.x + mouse.world.x - g.press_world.x, g.start.y + mouse.world.y - g.press_world.y};
    if (after.position != before.position && ctx.doc().apply(bp::set_circle(before, after), "move-circle:" + g.id.value))
        g.applied = true;
    return g;
}

Gesture update(const Context& ctx, CanvasState&, gesture::DraggingCard g, const Mouse& mouse) {
    if (!left_down()) return end_gesture(ctx);
    auto at = ctx.locate(g.id);
    if (!at) return end_gesture(ctx);
    bp::KeyFactor before = bp::key_factor_at(ctx.model(), at->path);
    before.standards.clear();
    bp::KeyFactor after = before;
    after.card_offset = bp::Vec2{g.start.x + mouse.world.x - g.press_world.x, g.start.y + mouse.world.y - g.press_world.y};
    if (after.card_offset != before.card_offset &&
        ctx.doc().apply(bp::set_key_factor(before, after), "move-card:" + g.id.value))
        g.applied = true;
    return g;
}

void drop_touchpoint(const Context& ctx, const gesture::DraggingTouchpoint& g) {
    auto at = ctx.locate(g.id);
    if (!at) return;
    const bp::Blueprint& m = ctx.model();
    const bp::Circle& circle = m.circles[at->path.circle];
    std::vector<bp::EditPtr> edits;
    if (g.drop_slot >= 0 && g.drop_slot != at->path.touchpoint)
        edits.push_back(bp::move_touchpoint(circle.id, at->path.touchpoint, g.drop_slot));
    const bp::Touchpoint& tp = bp::touchpoint_at(m, at->path);
    if (ctx.options.view == View::Blueprint && g.drop_lane >= 0 && g.drop_lane != (int)tp.lane) {
        bp::Touchpoint before = tp;
        before.key_factors.clear();
        bp::Touchpoint after = before;
        after.lane = (bp::Lane)g.drop_lane;
        edits.push_back(bp::set_touchpoint(before, after));
    }
    if (edits.size() == 1) ctx.doc().apply(std::move(edits.front()));
    if (edits.size() > 1) ctx.doc().apply(bp::batch(std::move(edits), {"移动触点", "Move touchpoint"}));
}

Gesture update(const Context& ctx, CanvasState& c, gesture::DraggingTouchpoint g, const Mouse& mouse) {
    if (auto at = ctx.locate(g.id)) {
        const bp::Circle& circle = ctx.model().circles[at->path.circle];
        if (ctx.options.view == View::Circles) {  // between the two neighbours the mouse is between
            g.drop_gap = ring::insertion_gap(ring::angle_of(circle.position, mouse.world), (int)circle.touchpoints.size());
            g.drop_slot = ring::insertion_index(g.drop_gap, at->path.touchpoint);
        } else {
            g.drop_slot = blueprint_slot_at(c.scene, ctx.model(), at->path.circle, mouse.world.x);  // the column only
        }
    }
    if (left_down()) return g;
    drop_touchpoint(ctx, g);
    return end_gesture(ctx);
}

Gesture update(const Context& ctx, CanvasState& c, const gesture::DraggingActivity& g, const Mouse& mouse) {
    if (left_down()) return g;
    layer_actions::drop_activity(ctx, c.scene, g.from, mouse.world);
    return end_gesture(ctx);
}

Gesture update(const Context& ctx, CanvasState& c, const gesture::BoxSelecting& g, const Mouse& mouse) {
    if (left_down()) return g;
    if (!g.additive) ctx.selection.clear();
    std::unordered_set<bp::ElementId, bp::ElementIdHash> already(ctx.selection.ids.begin(), ctx.selection.ids.end());
    for (const SceneItem* it : items_in_rect(c.scene, g.world, mouse.world))
        if (already.insert(it->id).second) ctx.selection.ids.push_back(it->id);
    return end_gesture(ctx);
}

}  // namespace

void handle_mouse(const Context& ctx, CanvasState& c, bool hovered) {
    ImGuiIO& io = ImGui::GetIO();
    Camera& cam = current_camera(c, ctx.options.view);
    const bp::Vec2 screen = to_bp(io.MousePos);

    // Wheel zooms around the cursor; browsers deliver a touchpad pinch as ctrl+wheel, which zooms too.
    if (hovered && io.MouseWheel != 0) cam.zoom_at(screen, std::pow(1.15, (double)io.MouseWheel));
    if (hovered && io.MouseWheelH != 0) cam.pan({io.MouseWheelH * 40.0, 0});

    c.hovered_id = {};
    const Mouse mouse{screen, cam.screen_to_world(screen), hovered};
    Gesture current = std::move(c.gesture);
    c.gesture = std::visit([&](auto&& state) { return update(ctx, c, std::move(state), mouse); }, std::move(current));
    ctx.session.set_gesture_in_progress(gesture_in_progress(c));
}

}  // namespace ui
