#include "canvas_layers.h"

#include "camera.h"
#include "blueprint_layout.h"
#include "layer_actions.h"
#include "palette.h"

namespace ui::layer_canvas {

void draw_activity_drag(const Context& ctx, const Scene& s, const Camera& cam, ImDrawList* dl, const bp::ActivityId& from,
                        bp::Vec2 grab, bp::Vec2 mouse_world) {
    const SceneItem* card = s.item(from, ctx.doc().locator());
    if (!card) return;
    auto im = [&](bp::Vec2 w) {
        const bp::Vec2 p = cam.world_to_screen(w);
        return ImVec2((float)p.x, (float)p.y);
    };
    const layer_actions::ActivityDrop drop = layer_actions::activity_drop_at(ctx, s, from, mouse_world);
    if (drop.kind == layer_actions::ActivityDrop::Kind::Move) {
        const bp::Vec2 size{card->max.x - card->min.x, card->max.y - card->min.y};
        const bp::Vec2 at{mouse_world.x - grab.x, mouse_world.y - grab.y};
        dl->AddRectFilled(im(at), im({at.x + size.x, at.y + size.y}), IM_COL32(40, 110, 230, 40), 4.0f);
        dl->AddRect(im(at), im({at.x + size.x, at.y + size.y}), palette::accent(), 4.0f, 0, 1.5f);
        const layered::Rect cell = layered::cell_rect(s, drop.circle, drop.column, drop.layer);
        const ImVec2 a = im({cell.min.x + layered::kCardInset, drop.marker_y});
        const ImVec2 b = im({cell.max.x - layered::kCardInset, drop.marker_y});
        dl->AddLine(a, b, palette::accent(), 3.0f);
        dl->AddCircleFilled(a, 4.0f, palette::accent());
        dl->AddCircleFilled(b, 4.0f, palette::accent());
        return;
    }
    dl->AddLine(im({card->max.x, card->anchor.y}), im(mouse_world), palette::accent(), 2.5f);
    if (drop.kind != layer_actions::ActivityDrop::Kind::Handoff) return;
    if (const SceneItem* target = s.item(drop.to, ctx.doc().locator())) {
        const ImVec2 mn = im(target->min), mx = im(target->max);
        dl->AddRect(ImVec2(mn.x - 3, mn.y - 3), ImVec2(mx.x + 3, mx.y + 3), palette::accent(), 5.0f, 0, 3.0f);
    }
}

void context_items(const Context& ctx, const bp::ElementId& id) {
    const Lang lang = ctx.lang();
    if (const bp::HandoffId* h = id.get<bp::HandoffId>()) {
        const bool broken = ctx.selection.broken_link && ctx.selection.broken_link->handoff == *h;
        if (ImGui::MenuItem(broken ? tr(lang, "恢复此环节", "Restore this link") : tr(lang, "断开此环节", "Break this link"), "Esc"))
            layer_actions::toggle_break(ctx, *h, bp::Break::Missing);
        if (!broken && ImGui::MenuItem(tr(lang, "此环节迟到一天", "This link one day late")))
            layer_actions::toggle_break(ctx, *h, bp::Break::Late, 24 * 60);
    }
    ImGui::Separator();
    if (id.kind() == bp::ElementKind::Activity && ImGui::MenuItem(tr(lang, "重命名", "Rename"), "F2")) ctx.begin_rename(id);
    if (ImGui::MenuItem(tr(lang, "删除", "Delete"), "Del")) layer_actions::delete_selected(ctx);
}

}  // namespace ui::layer_canvas
