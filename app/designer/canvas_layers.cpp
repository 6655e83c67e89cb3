#include "canvas_layers.h"

#include "camera.h"
#include "layer_actions.h"
#include "palette.h"

namespace ui::layer_canvas {

void draw_handoff_drag(const Context& ctx, const Scene& s, const Camera& cam, ImDrawList* dl, const bp::ActivityId& from,
                       bp::Vec2 mouse_world) {
    const SceneItem* card = s.item(from, ctx.doc().locator());
    if (!card) return;
    const bp::Vec2 tail = cam.world_to_screen({card->max.x, card->anchor.y});
    const bp::Vec2 head = cam.world_to_screen(mouse_world);
    dl->AddLine(ImVec2((float)tail.x, (float)tail.y), ImVec2((float)head.x, (float)head.y), palette::accent(), 2.5f);
    if (const SceneItem* target = layer_actions::activity_card_at(s, mouse_world); target && target != card) {
        const bp::Vec2 mn = cam.world_to_screen(target->min), mx = cam.world_to_screen(target->max);
        dl->AddRect(ImVec2((float)mn.x - 3, (float)mn.y - 3), ImVec2((float)mx.x + 3, (float)mx.y + 3), palette::accent(), 5.0f, 0,
                    3.0f);
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
