#include "canvas.h"

#include <algorithm>
#include <cmath>

#include "actions.h"
#include "designer.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "views.h"

// Sections: helpers · scene and caches · gestures · overlays · popups · canvas window · queries.
namespace ui {

// ------------------------------------------------------------------------------------------ helpers
namespace draw {

ImVec2 to_im(bp::Vec2 v) { return ImVec2((float)v.x, (float)v.y); }

bool visible(const ViewFrame& f, bp::Vec2 mn, bp::Vec2 mx) {
    return mx.x >= f.visible_min.x && mn.x <= f.visible_max.x && mx.y >= f.visible_min.y && mn.y <= f.visible_max.y;
}

ImU32 feeling_colour(int feeling, int alpha) {
    static const int rgb[5][3] = {{214, 69, 65}, {236, 142, 62}, {150, 160, 175}, {122, 190, 110}, {44, 160, 82}};
    const int i = std::clamp(feeling, -2, 2) + 2;
    return IM_COL32(rgb[i][0], rgb[i][1], rgb[i][2], alpha);
}

ImU32 accent() { return IM_COL32(40, 110, 230, 255); }

constexpr float kMinReadablePx = 11.0f;

// Labels follow the zoom, but between "too small to matter" (< 5 px: hidden, the map view) and 11 px
// they are held at 11 px so that "zoom to fit" stays readable; layouts use this same size.
float text_size(const ViewFrame& f, float world_size) {
    const float size = (float)(world_size * f.cam.scale);
    return size < 5.0f ? size : std::max(size, kMinReadablePx);
}

void text(const ViewFrame& f, ImVec2 pos, ImVec2 clip_min, ImVec2 clip_max, ImU32 col, const std::string& s,
          float world_size, float min_px) {
    const float size = std::min(std::max(text_size(f, world_size), min_px), 64.0f);
    if (size < 5.0f || s.empty()) return;
    const ImVec4 clip(clip_min.x, clip_min.y, clip_max.x, clip_max.y);
    f.dl->AddText(ImGui::GetFont(), size, pos, col, s.data(), s.data() + s.size(), 0.0f, &clip);
}

void badges(const ViewFrame& f, ImVec2 top_right, int standards, const std::string& lint_id) {
    const float h = (float)std::min(18.0 * f.cam.scale, 20.0);
    if (h < 9.0f) return;
    const float font = h * 0.8f;
    float x = top_right.x;
    auto pill = [&](const std::string& label, ImU32 fill) {
        const ImVec2 ts = ImGui::GetFont()->CalcTextSizeA(font, 1e9f, 0.0f, label.c_str());
        const float w = ts.x + h * 0.7f;
        const ImVec2 mn(x - w, top_right.y - h * 0.5f), mx(x, top_right.y + h * 0.5f);
        f.dl->AddRectFilled(mn, mx, fill, h * 0.5f);
        f.dl->AddText(ImGui::GetFont(), font, ImVec2(mn.x + h * 0.35f, mn.y + (h - ts.y) * 0.5f),
                      IM_COL32_WHITE, label.c_str());
        x -= w + 3;
    };
    if (auto it = f.lint.find(lint_id); it != f.lint.end() && it->second.count > 0) {
        const ImU32 col = it->second.worst == bp::Severity::Error     ? IM_COL32(205, 50, 50, 255)
                          : it->second.worst == bp::Severity::Warning ? IM_COL32(225, 140, 20, 255)
                                                                      : IM_COL32(120, 130, 145, 255);
        pill("!" + std::to_string(it->second.count), col);
    }
    if (standards > 0) pill(std::to_string(standards), IM_COL32(60, 120, 200, 255));
}

void arrow_head(ImDrawList* dl, ImVec2 tip, ImVec2 dir, float size, ImU32 col) {
    const float len = std::sqrt(dir.x * dir.x + dir.y * dir.y);
    if (len <= 0) return;
    const ImVec2 u(dir.x / len, dir.y / len), n(-u.y, u.x);
    const ImVec2 back(tip.x - u.x * size, tip.y - u.y * size);
    dl->AddTriangleFilled(tip, ImVec2(back.x + n.x * size * 0.55f, back.y + n.y * size * 0.55f),
                          ImVec2(back.x - n.x * size * 0.55f, back.y - n.y * size * 0.55f), col);
}

}  // namespace draw

namespace {

bp::Vec2 to_bp(ImVec2 v) { return {v.x, v.y}; }
double distance(bp::Vec2 a, bp::Vec2 b) { return std::hypot(a.x - b.x, a.y - b.y); }
const char* kContextPopup = "##canvas-context";
const char* kRenamePopup = "##canvas-rename";

// A circle's own fields without its touchpoints: position drags must not copy thousands of them.
bp::Circle circle_fields(const bp::Circle& c) {
    bp::Circle f;
    f.id = c.id;
    f.name = c.name;
    f.description = c.description;
    f.position = c.position;
    f.radius = c.radius;
    return f;
}

// ---------------------------------------------------------------------------------- scene and caches
void refresh_lint_badges(Designer& d) {
    CanvasState& c = d.canvas;
    if (gesture_in_progress(d) || c.lint_badges_revision == d.doc.revision()) return;
    c.lint_badges.clear();
    const bp::Blueprint& m = d.doc.model();
    auto add = [&](const std::string& id, bp::Severity s) {
        LintBadge& b = c.lint_badges[id];
        if (b.count == 0 || s < b.worst) b.worst = s;  // Error < Warning < Info
        ++b.count;
    };
    for (const bp::Finding& f : d.findings()) {
        const auto at = d.locate(f.where.id());
        if (!at) continue;
        const bp::Path* p = &at->path;
        // Counted on the element and on every drawn ancestor below the circle.
        if (p->touchpoint < 0) {
            add(m.circles[p->circle].id.value, f.severity);
            continue;
        }
        add(bp::touchpoint_at(m, *p).id.value, f.severity);
        if (p->key_factor >= 0) add(bp::key_factor_at(m, *p).id.value, f.severity);
    }
    c.lint_badges_revision = d.doc.revision();
}

// Rebuilt only when the selection or the document changed: a select-all of 50,000 elements must not
// cost 50,000 lookups every frame.
void refresh_selected_set(Designer& d) {
    CanvasState& c = d.canvas;
    if (c.selected_revision == d.doc.revision() && c.selected_source == d.selection.ids) return;
    c.selected_source = d.selection.ids;
    c.selected_revision = d.doc.revision();
    c.selected.clear();
    for (const auto& id : d.selection.ids) {
        c.selected.insert(id);
        if (auto at = d.locate(id); at && at->kind == ElementKind::Standard)  // lights up its key factor
            c.selected.insert(bp::key_factor_at(d.doc.model(), at->path).id.value);
    }
}

// Pans (and zooms in if far out) so the element is in the middle of the canvas.
void centre_on(Designer& d, const std::string& id) {
    auto at = actions::locate(d, id);
    if (!at) return;
    const Scene& scene = current_scene(d);
    Camera& cam = current_camera(d);
    bp::Path p = at->path;
    p.standard = -1;
    const SceneItem* item = scene.item(p);
    if (!item && p.key_factor >= 0) {  // a key factor without its own chip: show its touchpoint
        p.key_factor = -1;
        item = scene.item(p);
    }
    if (!item) return;
    if (cam.scale < 0.6) cam.scale = 1.0;
    cam.centre_on(item->anchor, d.canvas.viewport_size);
}

void handle_focus_request(Designer& d) {
    if (d.focus_request.empty()) return;
    const std::string id = std::move(d.focus_request);
    d.focus_request.clear();
    if (!actions::locate(d, id)) return;
    d.selection.set(id);
    centre_on(d, id);
}

// ------------------------------------------------------------------------------------------ gestures
void start_drag(Designer& d, bp::Vec2 mouse) {
    CanvasState& c = d.canvas;
    Camera& cam = current_camera(d);
    const Press& p = c.press;
    c.drag_applied = false;
    if (!p.on_item) {
        if (p.additive) {
            c.mode = Interaction::BoxSelecting;
        } else {
            c.mode = Interaction::Panning;
            cam.pan({mouse.x - p.screen.x, mouse.y - p.screen.y});  // catch up with the threshold travelled
        }
        return;
    }
    auto at = actions::locate(d, p.id);
    if (!at) {
        c.press = {};
        return;
    }
    const bp::Blueprint& m = d.doc.model();
    switch (p.kind) {
        case ItemKind::Circle:
            c.mode = Interaction::DraggingCircle;
            c.drag_start_value = m.circles[at->path.circle].position;
            break;
        case ItemKind::Touchpoint:
            c.mode = Interaction::DraggingTouchpoint;
            c.drop_slot = at->path.touchpoint;
            c.drop_lane = (int)bp::touchpoint_at(m, at->path).lane;
            break;
        case ItemKind::KeyFactor: {
            if (d.options.view != View::Circles) {  // chips in a blueprint cell have a fixed place
                c.press = {};
                return;
            }
            const SceneItem* card = c.scene.item(at->path);
            bp::Path tp_path = at->path;
            tp_path.key_factor = -1;
            const SceneItem* tp = c.scene.item(tp_path);
            if (!card || !tp) {
                c.press = {};
                return;
            }
            c.mode = Interaction::DraggingCard;
            c.drag_start_value = {card->anchor.x - tp->anchor.x, card->anchor.y - tp->anchor.y};
            break;
        }
    }
}

void update_touchpoint_drop(Designer& d, bp::Vec2 world) {
    CanvasState& c = d.canvas;
    auto at = actions::locate(d, c.press.id);
    if (!at) return;
    const bp::Circle& circle = d.doc.model().circles[at->path.circle];
    if (d.options.view == View::Circles) {
        c.drop_slot = ring::nearest_slot(ring::angle_of(circle.position, world), (int)circle.touchpoints.size());
    } else {
        c.drop_slot = blueprint_slot_at(c.scene, d.doc.model(), at->path.circle, world.x);
        c.drop_lane = lane_at(world.y);
    }
}

void finish_touchpoint_drop(Designer& d) {
    CanvasState& c = d.canvas;
    auto at = actions::locate(d, c.press.id);
    if (!at) return;
    const bp::Blueprint& m = d.doc.model();
    const bp::Circle& circle = m.circles[at->path.circle];
    std::vector<bp::EditPtr> edits;
    if (c.drop_slot >= 0 && c.drop_slot != at->path.touchpoint)
        edits.push_back(bp::move_touchpoint(circle.id, at->path.touchpoint, c.drop_slot));
    const bp::Touchpoint& tp = bp::touchpoint_at(m, at->path);
    if (d.options.view == View::Blueprint && c.drop_lane >= 0 && c.drop_lane != (int)tp.lane) {
        bp::Touchpoint before = tp;
        before.key_factors.clear();
        bp::Touchpoint after = before;
        after.lane = (bp::Lane)c.drop_lane;
        edits.push_back(bp::set_touchpoint(before, after));
    }
    if (edits.size() == 1) d.doc.apply(std::move(edits.front()));
    if (edits.size() > 1) d.doc.apply(bp::batch(std::move(edits), "移动触点", "Move touchpoint"));
}

void finish_box_select(Designer& d, bp::Vec2 world) {
    CanvasState& c = d.canvas;
    if (!c.press.additive) d.selection.clear();
    std::unordered_set<std::string> already(d.selection.ids.begin(), d.selection.ids.end());
    for (const SceneItem* it : items_in_rect(c.scene, c.press.world, world)) {
        const std::string& id = id_of(d.doc.model(), *it);
        if (already.insert(id).second) d.selection.ids.push_back(id);
    }
}

void end_gesture(Designer& d) {
    d.doc.seal();
    d.canvas.mode = Interaction::None;
    d.canvas.press = {};
    d.canvas.drag_applied = false;
}

void handle_mouse(Designer& d, bool hovered) {
    CanvasState& c = d.canvas;
    ImGuiIO& io = ImGui::GetIO();
    Camera& cam = current_camera(d);
    const bp::Vec2 mouse = to_bp(io.MousePos);
    const bp::Vec2 world = cam.screen_to_world(mouse);
    const bool space = !io.WantTextInput && ImGui::IsKeyDown(ImGuiKey_Space);
    const bp::Blueprint& m = d.doc.model();

    // Wheel zooms around the cursor; browsers deliver a touchpad pinch as ctrl+wheel, which zooms too.
    if (hovered && io.MouseWheel != 0) cam.zoom_at(mouse, std::pow(1.15, (double)io.MouseWheel));
    if (hovered && io.MouseWheelH != 0) cam.pan({io.MouseWheelH * 40.0, 0});

    c.hovered_id.clear();
    switch (c.mode) {
        case Interaction::None: {
            const SceneItem* hit = hovered ? hit_test(c.scene, world, 4.0 / cam.scale) : nullptr;
            if (hit) c.hovered_id = id_of(m, *hit);
            if (hovered && (ImGui::IsMouseClicked(ImGuiMouseButton_Middle) ||
                            (space && ImGui::IsMouseClicked(ImGuiMouseButton_Left)))) {
                c.mode = Interaction::Panning;
                c.press = {};
                break;
            }
            if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
                Press p;
                p.active = true;
                p.screen = mouse;
                p.world = world;
                p.additive = io.KeyShift || io.KeyCtrl || io.KeySuper;
                if (hit) {
                    p.on_item = true;
                    p.kind = hit->kind;
                    p.id = c.hovered_id;
                    if (p.additive) d.selection.toggle(p.id);
                    else if (!d.selection.contains(p.id)) d.selection.set(p.id);
                    if (!p.additive && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
                        begin_rename(d, p.id);
                        p = {};
                    }
                }
                c.press = p;
            }
            if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Right)) {
                c.context_id = hit ? c.hovered_id : std::string();
                c.context_world = world;
                if (hit && !d.selection.contains(c.context_id)) d.selection.set(c.context_id);
                ImGui::OpenPopup(kContextPopup);
            }
            if (c.press.active) {
                if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) {  // a click: nothing was dragged
                    if (!c.press.on_item && !c.press.additive) d.selection.clear();
                    c.press = {};
                } else if (distance(mouse, c.press.screen) > io.MouseDragThreshold) {
                    start_drag(d, mouse);
                }
            }
            break;
        }
        case Interaction::Panning:
            if (ImGui::IsMouseDown(ImGuiMouseButton_Left) || ImGui::IsMouseDown(ImGuiMouseButton_Middle))
                cam.pan(to_bp(io.MouseDelta));
            else
                end_gesture(d);
            break;
        case Interaction::DraggingCircle: {
            if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
                end_gesture(d);
                break;
            }
            auto at = actions::locate(d, c.press.id);
            if (!at) {
                end_gesture(d);
                break;
            }
            const bp::Circle before = circle_fields(m.circles[at->path.circle]);
            bp::Circle after = before;
            after.position = {c.drag_start_value.x + world.x - c.press.world.x,
                              c.drag_start_value.y + world.y - c.press.world.y};
            if (after.position != before.position &&
                d.doc.apply(bp::set_circle(before, after), "move-circle:" + c.press.id))
                c.drag_applied = true;
            break;
        }
        case Interaction::DraggingCard: {
            if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
                end_gesture(d);
                break;
            }
            auto at = actions::locate(d, c.press.id);
            if (!at) {
                end_gesture(d);
                break;
            }
            bp::KeyFactor before = bp::key_factor_at(m, at->path);
            before.standards.clear();
            bp::KeyFactor after = before;
            after.card_offset = bp::Vec2{c.drag_start_value.x + world.x - c.press.world.x,
                                         c.drag_start_value.y + world.y - c.press.world.y};
            if (after.card_offset != before.card_offset &&
                d.doc.apply(bp::set_key_factor(before, after), "move-card:" + c.press.id))
                c.drag_applied = true;
            break;
        }
        case Interaction::DraggingTouchpoint:
            update_touchpoint_drop(d, world);
            if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
                finish_touchpoint_drop(d);
                end_gesture(d);
            }
            break;
        case Interaction::BoxSelecting:
            if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
                finish_box_select(d, world);
                end_gesture(d);
            }
            break;
    }
}

// ------------------------------------------------------------------------------------------ overlays
void draw_grid(ImDrawList* dl, const Camera& cam, ImVec2 mn, ImVec2 mx) {
    dl->AddRectFilled(mn, mx, IM_COL32(250, 250, 252, 255));
    double step = 40;
    while (step * cam.scale < 16) step *= 5;
    const bp::Vec2 wmin = cam.screen_to_world(to_bp(mn)), wmax = cam.screen_to_world(to_bp(mx));
    for (double x = std::floor(wmin.x / step) * step; x <= wmax.x; x += step) {
        const bool major = std::fmod(std::abs(std::round(x / step)), 5.0) == 0;
        const float sx = (float)cam.world_to_screen({x, 0}).x;
        dl->AddLine(ImVec2(sx, mn.y), ImVec2(sx, mx.y), major ? IM_COL32(222, 225, 232, 255) : IM_COL32(236, 238, 243, 255));
    }
    for (double y = std::floor(wmin.y / step) * step; y <= wmax.y; y += step) {
        const bool major = std::fmod(std::abs(std::round(y / step)), 5.0) == 0;
        const float sy = (float)cam.world_to_screen({0, y}).y;
        dl->AddLine(ImVec2(mn.x, sy), ImVec2(mx.x, sy), major ? IM_COL32(222, 225, 232, 255) : IM_COL32(236, 238, 243, 255));
    }
}

void draw_gesture_overlay(Designer& d, ImDrawList* dl) {
    CanvasState& c = d.canvas;
    const Camera& cam = current_camera(d);
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    if (c.mode == Interaction::BoxSelecting) {
        const ImVec2 a = draw::to_im(c.press.screen);
        const ImVec2 mn(std::min(a.x, mouse.x), std::min(a.y, mouse.y)), mx(std::max(a.x, mouse.x), std::max(a.y, mouse.y));
        dl->AddRectFilled(mn, mx, IM_COL32(40, 110, 230, 40));
        dl->AddRect(mn, mx, draw::accent());
    }
    if (c.mode != Interaction::DraggingTouchpoint) return;
    auto at = actions::locate(d, c.press.id);
    if (!at) return;
    const bp::Blueprint& m = d.doc.model();
    const bp::Circle& circle = m.circles[at->path.circle];
    const bp::Touchpoint& tp = bp::touchpoint_at(m, at->path);
    const float s = (float)cam.scale;
    if (d.options.view == View::Circles) {
        const int n = (int)circle.touchpoints.size();
        const bp::Vec2 slot = ring::point_at(circle.position, ring::display_radius(circle), ring::slot_angle(c.drop_slot, n));
        const float r = (float)(sizes::kTouchpointRadius + 8) * s;
        dl->AddCircle(draw::to_im(cam.world_to_screen(slot)), r, draw::accent(), 0, 3.0f);
        dl->AddCircleFilled(mouse, (float)sizes::kTouchpointRadius * s, draw::feeling_colour(tp.feeling, 160));
    } else {
        const double left = c.scene.circle_left.empty() ? 0 : c.scene.circle_left[at->path.circle];
        const bp::Vec2 cell_min{left + c.drop_slot * sizes::kColW, lane_top(c.drop_lane)};
        const bp::Vec2 cell_max{cell_min.x + sizes::kColW, cell_min.y + sizes::kLaneH};
        dl->AddRect(draw::to_im(cam.world_to_screen(cell_min)), draw::to_im(cam.world_to_screen(cell_max)), draw::accent(),
                    4.0f, 0, 3.0f);
        const ImVec2 half((float)(sizes::kColW / 2 - 10) * s, (float)(sizes::kTpCardH / 2) * s);
        dl->AddRectFilled(ImVec2(mouse.x - half.x, mouse.y - half.y), ImVec2(mouse.x + half.x, mouse.y + half.y),
                          draw::feeling_colour(tp.feeling, 140), 4.0f);
    }
}

// -------------------------------------------------------------------------------------------- popups
void draw_context_menu(Designer& d) {
    CanvasState& c = d.canvas;
    const Lang lang = d.options.lang;
    if (!ImGui::BeginPopup(kContextPopup)) return;
    auto at = actions::locate(d, c.context_id);
    auto edit_items = [&]() {
        ImGui::Separator();
        if (ImGui::MenuItem(tr(lang, "重命名", "Rename"), "F2")) begin_rename(d, c.context_id);
        if (ImGui::MenuItem(tr(lang, "复制副本", "Duplicate"), "Ctrl+D")) actions::duplicate_selection(d);
        if (ImGui::MenuItem(tr(lang, "复制", "Copy"), "Ctrl+C")) actions::copy_to_clipboard(d);
        if (ImGui::MenuItem(tr(lang, "剪切", "Cut"), "Ctrl+X")) actions::cut_to_clipboard(d);
        if (ImGui::MenuItem(tr(lang, "删除", "Delete"), "Del")) actions::delete_selection(d);
    };
    if (!at) {
        if (ImGui::MenuItem(tr(lang, "在此添加服务圈", "Add circle here"))) begin_rename(d, actions::add_circle(d, c.context_world));
        if (ImGui::MenuItem(tr(lang, "粘贴", "Paste"), "Ctrl+V") && d.platform) d.platform->request_paste();
        if (ImGui::MenuItem(tr(lang, "全选", "Select all"), "Ctrl+A")) actions::select_all(d);
        if (ImGui::MenuItem(tr(lang, "缩放到全部", "Zoom to fit"))) c.fit_pending = true;
    } else if (at->kind == actions::Kind::Circle) {
        if (ImGui::MenuItem(tr(lang, "添加触点", "Add touchpoint"), "Enter")) begin_rename(d, actions::add_touchpoint(d));
        if (ImGui::MenuItem(tr(lang, "将关键因素转换为标准", "Convert key factors to standards"))) actions::convert_selection(d);
        edit_items();
    } else if (at->kind == actions::Kind::Touchpoint) {
        if (ImGui::MenuItem(tr(lang, "在后面添加触点", "Add touchpoint after"), "Enter")) begin_rename(d, actions::add_touchpoint(d));
        if (ImGui::MenuItem(tr(lang, "添加关键因素", "Add key factor"))) begin_rename(d, actions::add_key_factor(d));
        if (ImGui::MenuItem(tr(lang, "将关键因素转换为标准", "Convert key factors to standards"))) actions::convert_selection(d);
        edit_items();
    } else {
        if (ImGui::MenuItem(tr(lang, "添加标准", "Add standard"))) actions::add_standard(d);
        if (ImGui::MenuItem(tr(lang, "转换为标准", "Convert to standard"))) actions::convert_selection(d);
        edit_items();
    }
    ImGui::EndPopup();
}

void draw_rename_popup(Designer& d) {
    CanvasState& c = d.canvas;
    if (!c.rename_id.empty() && !c.rename_opened) {
        c.rename_text = actions::name_of(d, c.rename_id);
        c.rename_opened = true;
        const auto pos = element_screen_position(d, c.rename_id);
        if (pos) ImGui::SetNextWindowPos(draw::to_im(*pos), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
        ImGui::OpenPopup(kRenamePopup);
    }
    if (ImGui::BeginPopup(kRenamePopup)) {
        ImGui::TextUnformatted(tr(d.options.lang, "名称（回车确认，Esc 取消）", "Name (Enter to apply, Esc to cancel)"));
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        ImGui::SetNextItemWidth(320);
        const bool enter = ImGui::InputText("##name", &c.rename_text,
                                            ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
        if (enter) {
            actions::rename(d, c.rename_id, c.rename_text);
            ImGui::CloseCurrentPopup();
            c.rename_id.clear();
            c.rename_opened = false;
        } else if (ImGui::IsKeyPressed(ImGuiKey_Escape)) {
            ImGui::CloseCurrentPopup();
            c.rename_id.clear();
            c.rename_opened = false;
        }
        ImGui::EndPopup();
    } else if (c.rename_opened) {  // closed by a click elsewhere: nothing is renamed
        c.rename_id.clear();
        c.rename_opened = false;
    }
}

}  // namespace

// ------------------------------------------------------------------------------------- canvas window
void draw_canvas(Designer& d, bp::Vec2 pos, bp::Vec2 size) {
    CanvasState& c = d.canvas;
    c.viewport_size = size;
    ImGui::SetNextWindowPos(draw::to_im(pos));
    ImGui::SetNextWindowSize(draw::to_im(size));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoNavFocus;
    const bool open = ImGui::Begin("##canvas", nullptr, flags);
    ImGui::PopStyleVar(2);
    if (!open) {
        ImGui::End();
        return;
    }
    Camera& cam = current_camera(d);
    cam.screen_origin = pos;
    current_scene(d);
    bool& ready = d.options.view == View::Circles ? c.circle_camera_ready : c.blueprint_camera_ready;
    if (c.fit_pending || !ready) {
        const Scene& s = c.scene;
        if (s.empty()) {
            cam.scale = 1.0;
            cam.centre_on({0, 0}, size);
        } else if (!ready && d.options.view == View::Blueprint) {
            // First look at the blueprint view: all five lanes readable, the flow starting at the left.
            const double top = sizes::kHeaderTop - 20, bottom = lane_top(sizes::kLaneCount) + 20;
            cam.scale = std::clamp(std::min((size.y - 40) / (bottom - top), 1.0), Camera::kMinScale, Camera::kMaxScale);
            cam.offset = {20.0, size.y / 2 - (top + bottom) / 2 * cam.scale};
        } else {
            cam.fit(s.min, s.max, size);
            if (cam.scale > 1.25) {  // a small document is shown at a natural size, not blown up
                cam.scale = 1.25;
                cam.centre_on({(s.min.x + s.max.x) / 2, (s.min.y + s.max.y) / 2}, size);
            }
        }
        c.fit_pending = false;
        ready = true;
    }
    handle_focus_request(d);
    if (c.centre_on_selection) {
        c.centre_on_selection = false;
        if (const std::string* primary = d.selection.primary()) centre_on(d, *primary);
    }

    ImGui::SetCursorScreenPos(draw::to_im(pos));
    ImGui::InvisibleButton("##canvas-surface", draw::to_im(size),
                           ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight |
                               ImGuiButtonFlags_MouseButtonMiddle);
    const bool hovered = ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) &&
                         !ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
    handle_mouse(d, hovered);

    // Gestures may have changed the document: draw from a fresh scene.
    const Scene& scene = current_scene(d);
    refresh_lint_badges(d);
    refresh_selected_set(d);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 mn = draw::to_im(pos), mx(mn.x + (float)size.x, mn.y + (float)size.y);
    dl->PushClipRect(mn, mx, true);
    draw_grid(dl, cam, mn, mx);
    ViewFrame f{d, scene, cam, dl, cam.screen_to_world(pos), cam.screen_to_world({pos.x + size.x, pos.y + size.y}),
                c.selected, c.hovered_id, c.lint_badges,
                c.mode == Interaction::DraggingTouchpoint ? c.press.id : std::string()};
    if (d.options.view == View::Circles) draw_circle_view(f);
    else draw_blueprint_view(f);
    draw_gesture_overlay(d, dl);
    if (scene.empty()) {
        const char* hint = tr(d.options.lang, "空白蓝图：按 Enter 添加第一个触点，或右键添加服务圈。",
                              "Empty blueprint: press Enter to add the first touchpoint, or right-click to add a circle.");
        const ImVec2 ts = ImGui::CalcTextSize(hint);
        dl->AddText(ImVec2(mn.x + ((float)size.x - ts.x) / 2, mn.y + ((float)size.y - ts.y) / 2), IM_COL32(110, 115, 125, 255), hint);
    }
    dl->PopClipRect();

    draw_context_menu(d);
    draw_rename_popup(d);
    ImGui::End();
}

// -------------------------------------------------------------------------------------------- queries
Camera& current_camera(Designer& d) {
    return d.options.view == View::Circles ? d.canvas.circle_camera : d.canvas.blueprint_camera;
}

const Scene& current_scene(Designer& d) {
    Scene& s = d.canvas.scene;
    const SceneView want = d.options.view == View::Circles ? SceneView::Circles : SceneView::Blueprint;
    if (s.revision != d.doc.revision() || s.view != want || s.revision == 0) {
        if (want == SceneView::Circles) build_circle_scene(d.doc.model(), s);
        else build_blueprint_scene(d.doc.model(), s);
        s.revision = d.doc.revision();
    }
    return s;
}

std::optional<bp::Vec2> element_screen_position(Designer& d, const std::string& id) {
    auto at = actions::locate(d, id);
    if (!at) return std::nullopt;
    bp::Path p = at->path;
    p.standard = -1;
    const SceneItem* item = current_scene(d).item(p);
    if (!item) return std::nullopt;
    return current_camera(d).world_to_screen(item->anchor);
}

void begin_rename(Designer& d, const std::string& id) {
    if (id.empty()) return;
    d.canvas.rename_id = id;
    d.canvas.rename_opened = false;
}

bool gesture_in_progress(const Designer& d) { return d.canvas.mode != Interaction::None; }

void cancel_gesture(Designer& d) {
    if (d.canvas.drag_applied) d.doc.undo();
    d.canvas.mode = Interaction::None;
    d.canvas.press = {};
    d.canvas.drag_applied = false;
    d.doc.seal();
}

}  // namespace ui
