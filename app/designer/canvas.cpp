#include "canvas.h"
#include "canvas_gestures.h"

#include <algorithm>
#include <cfloat>

#include "blueprint/roles.h"
#include <cmath>

#include "actions.h"
#include "blueprint_layout.h"
#include "canvas_layers.h"
#include "layer_actions.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "palette.h"
#include "views.h"

// Sections: helpers · scene and caches · overlays · popups · canvas window · queries. The gestures are
// canvas_gestures.cpp.
namespace ui {

// ------------------------------------------------------------------------------------------ helpers
namespace draw {

ImVec2 to_im(bp::Vec2 v) { return ImVec2((float)v.x, (float)v.y); }

bool visible(const ViewFrame& f, bp::Vec2 mn, bp::Vec2 mx) {
    return mx.x >= f.visible_min.x && mn.x <= f.visible_max.x && mx.y >= f.visible_min.y && mn.y <= f.visible_max.y;
}

ImU32 feeling_colour(int feeling, int alpha) { return palette::feeling(feeling, alpha); }

ImU32 accent() { return palette::accent(); }

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

void badges(const ViewFrame& f, ImVec2 top_right, int standards, const bp::ElementId& lint_id) {
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
        pill("!" + std::to_string(it->second.count), palette::severity(it->second.worst));
    }
    if (standards > 0) pill(std::to_string(standards), palette::standards_badge());
}

std::string role_name(const ViewFrame& f, const bp::RoleId& id) { return bp::role_name(f.ctx.model(), id, f.ctx.lang()); }

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

const char* kCanvasWindow = "##canvas";
const char* kRenamePopup = "##canvas-rename";

// ---------------------------------------------------------------------------------- scene and caches
void refresh_lint_badges(const Context& ctx, CanvasState& c) {
    if (gesture_in_progress(c)) return;
    const std::vector<bp::Finding>& findings = ctx.findings();
    if (c.lint_badges_key == ctx.findings_key()) return;
    c.lint_badges = count_lint_badges(ctx.model(), findings, ctx.doc().locator());
    c.lint_badges_key = ctx.findings_key();
}

// Rebuilt only when the selection or the document changed: a select-all of 50,000 elements must not
// cost 50,000 lookups every frame. And which of the scene's items are selected, once per selection or
// scene: the views ask for every item they draw, every frame.
void refresh_selected_set(const Context& ctx, CanvasState& c, const Scene& scene) {
    const bool selection_changed = c.selected_revision != ctx.doc().revision() || c.selected_source != ctx.selection.ids;
    if (selection_changed) {
        c.selected_source = ctx.selection.ids;
        c.selected_revision = ctx.doc().revision();
        c.selected.clear();
        for (const auto& id : ctx.selection.ids) {
            c.selected.insert(id);
            if (auto at = ctx.locate(id); at && at->kind == bp::ElementKind::Standard)  // lights up its key factor
                c.selected.insert(bp::key_factor_at(ctx.model(), at->path).id);
        }
    }
    if (!selection_changed && c.selected_items_generation == scene.generation) return;
    c.selected_items_generation = scene.generation;
    c.selected_items.assign(c.selected.empty() ? 0 : scene.items.size(), 0);
    if (c.selected.empty()) return;
    for (size_t i = 0; i < scene.items.size(); ++i) c.selected_items[i] = c.selected.count(scene.items[i].id) > 0;
}

// The scene item that shows an element: a standard shows on its key factor, a key factor without its
// own chip (a full blueprint cell) on its touchpoint when `or_parent`.
const SceneItem* item_of(const Context& ctx, CanvasState& c, const bp::ElementId& id, bool or_parent) {
    // The scene first, the location after: building the scene cannot then outdate what was looked up.
    const Scene& scene = current_scene(c, ctx.doc(), ctx.options.view, ctx.lang());
    auto at = ctx.locate(id);
    if (!at || at->path.circle < 0) return nullptr;
    const bp::Blueprint& m = ctx.model();
    bp::ElementId shown = id;
    if (at->kind == bp::ElementKind::Standard) shown = bp::key_factor_at(m, at->path).id;
    const SceneItem* item = scene.item(shown, ctx.doc().locator());
    if (!item && or_parent && at->path.key_factor >= 0) item = scene.item(bp::touchpoint_at(m, at->path).id, ctx.doc().locator());
    return item;
}

// Circle-view text measured with the font it is drawn in.
LabelStyle circle_label_style(double layout_scale, Lang lang) {
    LabelStyle style;
    style.layout_scale = layout_scale;
    style.lang = lang;
    if (ImGui::GetCurrentContext() && ImGui::GetFont())
        style.measure = [](std::string_view t, double size) {
            return (double)ImGui::GetFont()->CalcTextSizeA((float)size, FLT_MAX, 0.0f, t.data(), t.data() + t.size()).x;
        };
    return style;
}

bool& camera_ready(CanvasState& c, View view) {
    return view == View::Circles ? c.circle_camera_ready : view == View::Blueprint ? c.blueprint_camera_ready : c.chain_camera_ready;
}

// The first look at a view, and "zoom to fit".
void fit_view(const Context& ctx, CanvasState& c, bool first_look) {
    const View view = ctx.options.view;
    Camera& cam = current_camera(c, view);
    const bp::Vec2 size = c.viewport_size;
    // The circle view's scene is laid out for the scale found below, not for the camera's scale now.
    const Scene* s = view == View::Circles ? nullptr : &current_scene(c, ctx.doc(), view, ctx.lang());
    if (s ? s->empty() : ctx.model().circles.empty()) {
        cam.fit({0, 0}, {0, 0}, size, 0, 1.0);  // nothing to show: 1:1 around the origin
    } else if (first_look && s) {
        // All five lanes readable, the flow starting at the left.
        cam.fit_height(layered::kHeaderTop - 20, layered::row_top(*s, layered::row_count(*s)) + 20, size, 40, 20.0, 1.0);
    } else if (s) {
        cam.fit(s->min, s->max, size, 40, 1.25);  // a small document is shown at a natural size, not blown up
    } else {
        // Zoomed out, circle-view text takes more room (it is held readable), so what must fit depends on
        // the scale: step down from the natural size until the scene laid out for a scale fits at it.
        // Text only adds to the rings' extent, so no scale above the one that fits the rings alone can fit:
        // the steps start there (a big document is not laid out at the natural size, seconds of labels).
        double scale = 1.25;
        bp::Vec2 lo{1e300, 1e300}, hi{-1e300, -1e300};
        for (const bp::Circle& circle : ctx.model().circles) {
            const double r = ring::display_radius(circle) + sizes::kTouchpointRadius;
            lo = {std::min(lo.x, circle.position.x - r), std::min(lo.y, circle.position.y - r)};
            hi = {std::max(hi.x, circle.position.x + r), std::max(hi.y, circle.position.y + r)};
        }
        if (lo.x <= hi.x) {
            Camera rings = cam;
            rings.fit(lo, hi, size, 40, 1.25);
            scale = std::min(scale, rings.scale);
        }
        for (int round = 0; round < 64; ++round) {
            cam.scale = scale;
            const Scene& at = current_scene(c, ctx.doc(), view, ctx.lang());
            Camera probe = cam;
            probe.fit(at.min, at.max, size, 40, 1.25);
            if (probe.scale >= scale || round == 63) {
                cam.centre_on({(at.min.x + at.max.x) / 2, (at.min.y + at.max.y) / 2}, size);
                break;
            }
            scale = probe.scale;
        }
    }
    camera_ready(c, view) = true;
}

// Pans (and zooms in if far out) so the element is in the middle of the canvas; a view not shown yet
// gets its first look before.
void centre_on(const Context& ctx, CanvasState& c, const bp::ElementId& id) {
    if (!camera_ready(c, ctx.options.view)) fit_view(ctx, c, true);
    Camera& cam = current_camera(c, ctx.options.view);
    if (const SceneItem* item = item_of(ctx, c, id, true)) cam.bring_into_view(item->anchor, c.viewport_size);
    // A new scale can lay the text out anew, and automatic cards with it: centre on where it is now.
    if (const SceneItem* item = item_of(ctx, c, id, true)) cam.centre_on(item->anchor, c.viewport_size);
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

void draw_gesture_overlay(const Context& ctx, CanvasState& c, ImDrawList* dl) {
    const Camera& cam = current_camera(c, ctx.options.view);
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    if (const auto* box = std::get_if<gesture::BoxSelecting>(&c.gesture)) {
        const ImVec2 a = draw::to_im(box->screen);
        const ImVec2 mn(std::min(a.x, mouse.x), std::min(a.y, mouse.y)), mx(std::max(a.x, mouse.x), std::max(a.y, mouse.y));
        dl->AddRectFilled(mn, mx, IM_COL32(40, 110, 230, 40));
        dl->AddRect(mn, mx, draw::accent());
    }
    if (const auto* act = std::get_if<gesture::DraggingActivity>(&c.gesture))
        layer_canvas::draw_activity_drag(ctx, c.scene, cam, dl, act->from, act->grab, cam.screen_to_world(to_bp(mouse)));
    const auto* drag = std::get_if<gesture::DraggingTouchpoint>(&c.gesture);
    if (!drag) return;
    auto at = ctx.locate(drag->id);
    if (!at) return;
    const bp::Blueprint& m = ctx.model();
    const bp::Circle& circle = m.circles[at->path.circle];
    const bp::Touchpoint& tp = bp::touchpoint_at(m, at->path);
    const float s = (float)cam.scale;
    if (ctx.options.view == View::Circles) {
        // The insertion marker: a bar across the ring between the two neighbours it will land between.
        const int n = (int)circle.touchpoints.size();
        if (drag->drop_gap >= 0) {
            const double a = ring::insertion_marker_angle(drag->drop_gap, n), r = ring::display_radius(circle);
            const double reach = sizes::kTouchpointRadius * 0.8;
            const ImVec2 inner = draw::to_im(cam.world_to_screen(ring::point_at(circle.position, r - reach, a)));
            const ImVec2 outer = draw::to_im(cam.world_to_screen(ring::point_at(circle.position, r + reach, a)));
            dl->AddLine(inner, outer, draw::accent(), std::max(3.0f, 6.0f * s));
        }
        dl->AddCircleFilled(mouse, (float)sizes::kTouchpointRadius * s, draw::feeling_colour(tp.feeling, 160));
    } else {
        // The column the moment goes to.
        const double left = c.scene.circle_left.empty() ? 0 : c.scene.circle_left[at->path.circle];
        const bp::Vec2 cell_min{left + drag->drop_slot * sizes::kColW, layered::kMomentTop - 4};
        const bp::Vec2 cell_max{cell_min.x + sizes::kColW, layered::row_top(c.scene, layered::row_count(c.scene))};
        dl->AddRect(draw::to_im(cam.world_to_screen(cell_min)), draw::to_im(cam.world_to_screen(cell_max)), draw::accent(),
                    4.0f, 0, 3.0f);
        const ImVec2 half((float)(sizes::kColW / 2 - 10) * s, (float)(sizes::kTpCardH / 2) * s);
        dl->AddRectFilled(ImVec2(mouse.x - half.x, mouse.y - half.y), ImVec2(mouse.x + half.x, mouse.y + half.y),
                          draw::feeling_colour(tp.feeling, 140), 4.0f);
    }
}

// -------------------------------------------------------------------------------------------- popups
// What a menu entry adds is named through the command queue, after the new element was brought into view.
void draw_context_menu(const Context& ctx, CanvasState& c) {
    const Lang lang = ctx.lang();
    if (!ImGui::BeginPopup(kContextPopup)) return;
    auto at = ctx.locate(c.context_id);
    auto edit_items = [&]() {
        ImGui::Separator();
        if (ImGui::MenuItem(tr(lang, "重命名", "Rename"), "F2")) begin_rename(c, c.context_id);
        if (ImGui::MenuItem(tr(lang, "复制副本", "Duplicate"), "Ctrl+D")) actions::duplicate_selection(ctx);
        if (ImGui::MenuItem(tr(lang, "复制", "Copy"), "Ctrl+C")) actions::copy_to_clipboard(ctx);
        if (ImGui::MenuItem(tr(lang, "剪切", "Cut"), "Ctrl+X")) actions::cut_to_clipboard(ctx);
        if (ImGui::MenuItem(tr(lang, "删除", "Delete"), "Del")) actions::delete_selection(ctx);
    };
    if (!at) {
        if (ImGui::MenuItem(tr(lang, "在此添加服务圈", "Add circle here"))) ctx.begin_rename(actions::add_circle(ctx, c.context_world));
        if (ImGui::MenuItem(tr(lang, "粘贴", "Paste"), "Ctrl+V")) ctx.platform.request_paste();
        if (ImGui::MenuItem(tr(lang, "全选", "Select all"), "Ctrl+A")) actions::select_all(ctx);
        if (ImGui::MenuItem(tr(lang, "缩放到全部", "Zoom to fit"))) ctx.commands.push(command::ZoomToFit{});
    } else if (at->kind == bp::ElementKind::Activity || at->kind == bp::ElementKind::Handoff) {
        layer_canvas::context_items(ctx, c.context_id);
    } else if (at->kind == bp::ElementKind::Circle) {
        if (ImGui::MenuItem(tr(lang, "添加触点", "Add touchpoint"), "Enter")) ctx.begin_rename(actions::add_touchpoint(ctx));
        if (ImGui::MenuItem(tr(lang, "将关键因素转换为标准", "Convert key factors to standards"))) actions::convert_selection(ctx);
        edit_items();
    } else if (at->kind == bp::ElementKind::Touchpoint) {
        if (ImGui::MenuItem(tr(lang, "在后面添加触点", "Add touchpoint after"), "Enter")) ctx.begin_rename(actions::add_touchpoint(ctx));
        if (ImGui::MenuItem(tr(lang, "添加关键因素", "Add key factor"))) ctx.begin_rename(actions::add_key_factor(ctx));
        if (ImGui::MenuItem(tr(lang, "将关键因素转换为标准", "Convert key factors to standards"))) actions::convert_selection(ctx);
        edit_items();
    } else {
        if (ImGui::MenuItem(tr(lang, "添加标准", "Add standard"))) actions::add_standard(ctx);
        if (ImGui::MenuItem(tr(lang, "转换为标准", "Convert to standard"))) actions::convert_selection(ctx);
        edit_items();
    }
    ImGui::EndPopup();
}

void draw_rename_popup(const Context& ctx, CanvasState& c) {
    if (!c.rename_id.empty() && !c.rename_opened) {
        c.rename_text = actions::name_of(ctx, c.rename_id);
        c.rename_opened = true;
        const auto pos = element_screen_position(ctx, c, c.rename_id);
        if (pos) ImGui::SetNextWindowPos(draw::to_im(*pos), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
        ImGui::OpenPopup(kRenamePopup);
    }
    if (ImGui::BeginPopup(kRenamePopup)) {
        ImGui::TextUnformatted(tr(ctx.lang(), "名称（回车确认，Esc 取消）", "Name (Enter to apply, Esc to cancel)"));
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        ImGui::SetNextItemWidth(320);
        const bool enter = ImGui::InputText("##name", &c.rename_text,
                                            ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
        const bool done = enter || ImGui::IsKeyPressed(ImGuiKey_Escape);
        if (enter) actions::rename(ctx, c.rename_id, c.rename_text);
        if (done) {
            ImGui::CloseCurrentPopup();
            c.rename_id = {};
            c.rename_opened = false;
        }
        ImGui::EndPopup();
        // Named (or not): the keyboard is the canvas's again, whoever asked for the name (the toolbar).
        if (done) ImGui::SetWindowFocus();
    } else if (c.rename_opened) {  // closed by a click elsewhere or by Esc: nothing is renamed
        c.rename_id = {};
        c.rename_opened = false;
        if (!ImGui::IsAnyMouseDown()) ImGui::SetWindowFocus();  // Esc, not a click on another window
    }
}

}  // namespace

// ------------------------------------------------------------------------------------- canvas window
void place_canvas(CanvasState& c, View view, bp::Vec2 pos, bp::Vec2 size) {
    c.viewport_size = size;
    current_camera(c, view).place(pos);
}

void draw_canvas(const Context& ctx, CanvasState& c, bp::Vec2 pos, bp::Vec2 size) {
    place_canvas(c, ctx.options.view, pos, size);
    ImGui::SetNextWindowPos(draw::to_im(pos));
    ImGui::SetNextWindowSize(draw::to_im(size));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoNavFocus |
                                   ImGuiWindowFlags_NoNavInputs |  // Tab and the arrows are ours (step_selection)
                                   // The grid fills the window: a background under it would be painted for
                                   // nothing, and software GL pays for every pixel of every layer.
                                   ImGuiWindowFlags_NoBackground;
    const bool open = ImGui::Begin(kCanvasWindow, nullptr, flags);
    ImGui::PopStyleVar(2);
    if (!open) {
        ImGui::End();
        return;
    }
    // Nothing has the keyboard (the first frame, a click outside every window): the canvas takes it.
    if (!ImGui::IsWindowFocused(ImGuiFocusedFlags_AnyWindow)) ImGui::SetWindowFocus();
    c.focused = ImGui::IsWindowFocused();
    const View view = ctx.options.view;
    Camera& cam = current_camera(c, view);
    // The first look first: a scene built for the last document's camera would lay out every label of
    // this one at a scale about to change (a second on a big document).
    if (!camera_ready(c, view)) fit_view(ctx, c, true);
    current_scene(c, ctx.doc(), view, ctx.lang());

    ImGui::SetCursorScreenPos(draw::to_im(pos));
    ImGui::InvisibleButton("##canvas-surface", draw::to_im(size),
                           ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight |
                               ImGuiButtonFlags_MouseButtonMiddle);
    const bool hovered = ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) &&
                         !ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
    handle_mouse(ctx, c, hovered);

    // Gestures may have changed the document: draw from a fresh scene.
    const Scene& scene = current_scene(c, ctx.doc(), view, ctx.lang());
    refresh_lint_badges(ctx, c);
    refresh_selected_set(ctx, c, scene);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 mn = draw::to_im(pos), mx(mn.x + (float)size.x, mn.y + (float)size.y);
    dl->PushClipRect(mn, mx, true);
    draw_grid(dl, cam, mn, mx);
    const auto* dragged = std::get_if<gesture::DraggingTouchpoint>(&c.gesture);
    const std::optional<layer_actions::BrokenLink> broken = view != View::Circles ? layer_actions::broken_link(ctx) : std::nullopt;
    ViewFrame f{ctx, scene, cam, dl, cam.screen_to_world(pos), cam.screen_to_world({pos.x + size.x, pos.y + size.y}),
                c.selected, c.selected_items, c.hovered_id, c.lint_badges, dragged ? bp::ElementId(dragged->id) : bp::ElementId(),
                broken ? &*broken : nullptr, &c.results};
    if (view == View::Circles) draw_circle_view(f);
    else draw_blueprint_view(f);
    draw_gesture_overlay(ctx, c, dl);
    if (scene.empty()) {
        const char* hint = tr(ctx.lang(), "空白蓝图：按 Enter 添加第一个触点，或右键添加服务圈。",
                              "Empty blueprint: press Enter to add the first touchpoint, or right-click to add a circle.");
        const ImVec2 ts = ImGui::CalcTextSize(hint);
        dl->AddText(ImVec2(mn.x + ((float)size.x - ts.x) / 2, mn.y + ((float)size.y - ts.y) / 2), IM_COL32(110, 115, 125, 255), hint);
    }
    if (c.focused) dl->AddRect(ImVec2(mn.x + 1, mn.y + 1), ImVec2(mx.x - 1, mx.y - 1), palette::focus_frame(), 0, 0, 3.0f);
    dl->PopClipRect();

    draw_context_menu(ctx, c);
    draw_rename_popup(ctx, c);
    ImGui::End();
}

// -------------------------------------------------------------------------------------------- queries
Camera& current_camera(CanvasState& c, View view) {
    return view == View::Circles ? c.circle_camera : view == View::Blueprint ? c.blueprint_camera : c.chain_camera;
}

const Scene& current_scene(CanvasState& c, const bp::Document& doc, View view, Lang lang) {
    Scene& s = c.scene;
    const SceneView want = view == View::Circles ? SceneView::Circles : view == View::Blueprint ? SceneView::Blueprint : SceneView::Chain;
    const double layout_scale = text::label_layout_scale(c.circle_camera.scale);
    const bool text_changed = want == SceneView::Circles && (s.layout_scale != layout_scale || s.lang != lang);
    const auto* drag = std::get_if<gesture::DraggingCircle>(&c.gesture);
    if (drag && want == SceneView::Circles && s.view == want && !text_changed && s.revision != 0 && s.revision != doc.elements_revision()) {
        // Only the dragged circle has moved since the scene was built: shift its items (a rebuild lays out
        // every label of the document, seconds a frame on a big one).
        const auto& circles = doc.model().circles;
        for (int i = 0; i < (int)circles.size() && i < (int)s.items.size(); ++i) {
            if (circles[i].id != drag->id || s.items[i].id != bp::ElementId(drag->id)) continue;
            translate_circle(s, i, {circles[i].position.x - s.items[i].anchor.x, circles[i].position.y - s.items[i].anchor.y});
            s.revision = doc.elements_revision();
            ++s.generation;
            return s;
        }
    }
    if (s.revision != doc.elements_revision() || s.view != want || s.revision == 0 || text_changed || (s.provisional && !drag)) {
        if (want == SceneView::Circles) {
            // After an edit to a few circles, only those are laid out again (a full layout of ten
            // thousand touchpoints' labels is most of an edit's frame).
            const LabelStyle style = circle_label_style(layout_scale, lang);
            std::vector<bp::CircleId> changed;
            const bool updated = s.view == want && s.built_revision != 0 && !text_changed &&
                                 doc.circles_changed_since(s.built_revision, changed) &&
                                 update_circle_scene(doc.model(), s, changed, style);
            if (!updated) build_circle_scene(doc.model(), s, style);
        } else if (want == SceneView::Blueprint) {
            build_blueprint_scene(doc.model(), s);
        } else {
            build_chain_scene(doc.model(), s);
        }
        s.revision = s.built_revision = doc.elements_revision();
        ++s.generation;
    }
    return s;
}

std::optional<bp::Vec2> element_screen_position(const Context& ctx, CanvasState& c, const bp::ElementId& id) {
    const SceneItem* item = item_of(ctx, c, id, false);
    if (!item) return std::nullopt;
    return current_camera(c, ctx.options.view).world_to_screen(item->anchor);
}

void begin_rename(CanvasState& c, const bp::ElementId& id) {
    if (id.empty()) return;
    c.rename_id = id;
    c.rename_opened = false;
}

void focus_element(const Context& ctx, CanvasState& c, const bp::ElementId& id) {
    if (!ctx.locate(id)) return;
    ctx.selection.set(id);
    centre_on(ctx, c, id);
}

void reveal_element(const Context& ctx, CanvasState& c, const bp::ElementId& id) {
    if (!camera_ready(c, ctx.options.view)) return;  // the first look fits everything anyway
    const SceneItem* item = item_of(ctx, c, id, true);
    if (!item) return;
    bp::Vec2 mn = item->min, mx = item->max;
    if (item->kind != ItemKind::Circle && item->has_text()) {  // a touchpoint with its label
        mn = {std::min(mn.x, item->text_min.x), std::min(mn.y, item->text_min.y)};
        mx = {std::max(mx.x, item->text_max.x), std::max(mx.y, item->text_max.y)};
    }
    current_camera(c, ctx.options.view).pan_into_view(mn, mx, c.viewport_size, 24);
}

void centre_on_selection(const Context& ctx, CanvasState& c) {
    if (const bp::ElementId* primary = ctx.selection.primary()) centre_on(ctx, c, *primary);
}

void zoom_to_fit(const Context& ctx, CanvasState& c) { fit_view(ctx, c, !camera_ready(c, ctx.options.view)); }

void forget_cameras(CanvasState& c) { c.circle_camera_ready = c.blueprint_camera_ready = c.chain_camera_ready = false; }

bool canvas_has_focus() {
    const ImGuiWindow* focused = ImGui::GetCurrentContext()->NavWindow;
    return !focused || focused == ImGui::FindWindowByName(kCanvasWindow);  // nothing focused: the canvas takes it
}

void focus_canvas() { ImGui::SetWindowFocus(kCanvasWindow); }

void step_selection(const Context& ctx, CanvasState& c, bp::Step step) {
    std::optional<bp::Location> from;
    if (const bp::ElementId* primary = ctx.selection.primary()) from = ctx.locate(*primary);
    const auto to = bp::step_from(ctx.model(), from, step);
    if (!to) return;
    const bp::ElementId id = bp::id_at(ctx.model(), *to);
    ctx.selection.set(id);
    const auto shown = element_screen_position(ctx, c, id);
    const bp::Vec2 origin = current_camera(c, ctx.options.view).screen_origin;
    const double margin = 40;  // an element at the very edge is as good as hidden
    const bool on_screen = shown && shown->x >= origin.x + margin && shown->y >= origin.y + margin &&
                           shown->x <= origin.x + c.viewport_size.x - margin && shown->y <= origin.y + c.viewport_size.y - margin;
    if (!on_screen) centre_on(ctx, c, id);
}

bool gesture_in_progress(const CanvasState& c) {
    return !std::holds_alternative<gesture::Idle>(c.gesture) && !std::holds_alternative<gesture::Pressing>(c.gesture);
}

void cancel_gesture(CanvasState& c, Session& session) {
    const bool applied = std::visit(
        [](const auto& g) {
            if constexpr (std::is_same_v<std::decay_t<decltype(g)>, gesture::DraggingCircle> ||
                          std::is_same_v<std::decay_t<decltype(g)>, gesture::DraggingCard>)
                return g.applied;
            else
                return false;
        },
        c.gesture);
    if (applied) session.doc().undo();
    c.gesture = gesture::Idle{};
    session.doc().seal();
    session.set_gesture_in_progress(false);
}

}  // namespace ui
