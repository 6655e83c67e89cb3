// The blueprint view: the same touchpoints as columns across the five lanes (physical evidence, customer
// actions, frontstage, backstage, support) separated by the lines of interaction, visibility and internal
// interaction. Each circle is a group of columns under its header; key factors are chips under their
// touchpoint. Draws only what is on screen.
#include <algorithm>
#include <cmath>

#include "blueprint/enums.h"
#include "context.h"
#include "blueprint/glossary.h"
#include "views.h"

namespace ui {

namespace {

using draw::to_im;

void draw_lanes(const ViewFrame& f) {
    const bool zh = f.ctx.options.lang == Lang::Zh;
    const ImVec2 canvas_min = to_im(f.cam.world_to_screen(f.visible_min));
    const ImVec2 canvas_max = to_im(f.cam.world_to_screen(f.visible_max));
    const double right = std::max(f.scene.max.x, sizes::kLaneLabelW + sizes::kColW) + 40;
    for (int lane = 0; lane < sizes::kLaneCount; ++lane) {
        const ImVec2 a = to_im(f.cam.world_to_screen({0, lane_top(lane)}));
        const ImVec2 b = to_im(f.cam.world_to_screen({right, lane_top(lane + 1)}));
        if (b.y < canvas_min.y || a.y > canvas_max.y) continue;
        f.dl->AddRectFilled(ImVec2(std::max(a.x, canvas_min.x), a.y), ImVec2(std::min(b.x, canvas_max.x), b.y),
                            lane % 2 ? IM_COL32(243, 245, 249, 255) : IM_COL32(252, 252, 254, 255));
        // Lane names stay readable at the left edge however far the view is panned.
        const float x = std::max(a.x, canvas_min.x) + 6;
        draw::text(f, ImVec2(x, a.y + 6), ImVec2(x, a.y), ImVec2(x + (float)(sizes::kLaneLabelW * f.cam.scale), b.y),
                   IM_COL32(80, 88, 104, 255), std::string(bp::label((bp::Lane)lane, f.ctx.options.lang)), 14.0f, 12.0f);
    }
    struct Line {
        int below_lane;
        const char *zh, *en;
        ImU32 col;
    };
    const Line lines[] = {{2, "互动分界线", "line of interaction", IM_COL32(60, 120, 200, 255)},
                          {3, "可视分界线", "line of visibility", IM_COL32(200, 90, 60, 255)},
                          {4, "内部互动线", "line of internal interaction", IM_COL32(110, 120, 135, 255)}};
    for (const Line& l : lines) {
        const float y = (float)f.cam.world_to_screen({0, lane_top(l.below_lane)}).y;
        if (y < canvas_min.y || y > canvas_max.y) continue;
        const float x0 = std::max((float)f.cam.world_to_screen({0, 0}).x, canvas_min.x);
        const float x1 = std::min((float)f.cam.world_to_screen({right, 0}).x, canvas_max.x);
        for (float x = x0; x < x1; x += 14) f.dl->AddLine(ImVec2(x, y), ImVec2(std::min(x + 8, x1), y), l.col, 2.0f);
        const char* label = zh ? l.zh : l.en;
        const float size = std::clamp(draw::text_size(f, 11.0f), 9.0f, 14.0f);
        const ImVec2 ts = ImGui::GetFont()->CalcTextSizeA(size, 1e9f, 0.0f, label);
        f.dl->AddRectFilled(ImVec2(x0 + 4, y - ts.y - 3), ImVec2(x0 + 10 + ts.x, y - 1), IM_COL32(255, 255, 255, 220));
        f.dl->AddText(ImGui::GetFont(), size, ImVec2(x0 + 7, y - ts.y - 2), l.col, label);
    }
}

void draw_header(const ViewFrame& f, const SceneItem& it) {
    const bp::Circle& c = f.ctx.model().circles[it.path.circle];
    const bool selected = f.selected.count(c.id) > 0, hovered = f.hovered_id == c.id;
    const ImVec2 a = to_im(f.cam.world_to_screen(it.min)), b = to_im(f.cam.world_to_screen(it.max));
    f.dl->AddRectFilled(a, b, IM_COL32(232, 238, 248, 255), 5.0f);
    f.dl->AddRect(a, b, selected ? draw::accent() : hovered ? IM_COL32(40, 45, 60, 255) : IM_COL32(190, 200, 215, 255),
                  5.0f, 0, selected ? 2.5f : 1.0f);
    // Keep the name in view while the header is partly off screen.
    const float left = std::max(a.x, (float)f.cam.world_to_screen(f.visible_min).x) + 8;
    draw::text(f, ImVec2(left, a.y + 2), a, b, IM_COL32(30, 35, 45, 255), c.name, 17.0f, 12.0f);
    draw::badges(f, ImVec2(b.x - 4, a.y + (b.y - a.y) / 2), 0, c.id);
}

void draw_flow_arrow(const ViewFrame& f, const SceneItem& from, const SceneItem& to) {
    const bp::Vec2 p0{from.max.x, from.anchor.y}, p1{to.min.x, to.anchor.y};
    if (!draw::visible(f, {std::min(p0.x, p1.x), std::min(p0.y, p1.y)}, {std::max(p0.x, p1.x), std::max(p0.y, p1.y)}))
        return;
    const ImVec2 a = to_im(f.cam.world_to_screen(p0)), b = to_im(f.cam.world_to_screen(p1));
    const ImU32 col = IM_COL32(130, 138, 155, 255);
    const float mid = (a.x + b.x) / 2;
    f.dl->AddBezierCubic(a, ImVec2(mid, a.y), ImVec2(mid, b.y), b, col, 1.5f);
    draw::arrow_head(f.dl, b, ImVec2(1, 0), (float)std::clamp(10 * f.cam.scale, 4.0, 12.0), col);
}

void draw_touchpoint(const ViewFrame& f, const SceneItem& it) {
    const Context& ctx = f.ctx;
    const bp::Touchpoint& tp = bp::touchpoint_at(ctx.model(), it.path);
    const bool selected = f.selected.count(tp.id) > 0, hovered = f.hovered_id == tp.id;
    const int alpha = f.dragged_id == tp.id ? 90 : 255;
    const ImVec2 a = to_im(f.cam.world_to_screen(it.min)), b = to_im(f.cam.world_to_screen(it.max));
    f.dl->AddRectFilled(a, b, IM_COL32(255, 255, 255, alpha), 5.0f);
    f.dl->AddRectFilled(a, ImVec2(b.x, a.y + (float)std::max(6 * f.cam.scale, 1.0)), draw::feeling_colour(tp.feeling, alpha),
                        5.0f, ImDrawFlags_RoundCornersTop);
    f.dl->AddRect(a, b, selected ? draw::accent() : hovered ? IM_COL32(40, 45, 60, 255) : IM_COL32(190, 196, 208, 255),
                  5.0f, 0, selected ? 2.5f : 1.0f);
    const float pad = (float)(8 * f.cam.scale);
    draw::text(f, ImVec2(a.x + pad, a.y + pad * 1.2f), a, b, IM_COL32(25, 30, 40, 255),
               std::to_string(it.path.touchpoint + 1) + ". " + tp.name, 14.0f);
    std::string sub = draw::role_name(f, tp.role);
    if (tp.wait_point) sub += " · " + std::string(bp::glossary::wait_point.in(ctx.lang()));
    if (tp.fail_point) sub += " · " + std::string(bp::glossary::fail_point.in(ctx.lang()));
    draw::text(f, ImVec2(a.x + pad, a.y + (float)(30 * f.cam.scale)), a, b, IM_COL32(100, 105, 115, 255), sub, 11.5f);
    int standards = 0;
    for (const auto& kf : tp.key_factors) standards += (int)kf.standards.size();
    draw::badges(f, ImVec2(b.x - 2, a.y), standards, tp.id);
    const size_t global = f.scene.first_touchpoint[it.path.circle] + it.path.touchpoint;
    const int hidden = (int)tp.key_factors.size() - (int)f.scene.shown_key_factors[global];
    if (hidden > 0) {
        const double y = it.max.y + sizes::kChipGap + sizes::kChipsPerCell * (sizes::kChipH + sizes::kChipGap);
        const ImVec2 p = to_im(f.cam.world_to_screen({it.min.x + 8, y}));
        draw::text(f, p, p, ImVec2(b.x, p.y + 40), IM_COL32(100, 105, 115, 255),
                   (ctx.lang() == Lang::Zh ? "另有 " : "+") + std::to_string(hidden) +
                       (ctx.lang() == Lang::Zh ? " 个关键因素" : " more key factors"),
                   11.0f);
    }
}

void draw_chip(const ViewFrame& f, const SceneItem& it) {
    const bp::KeyFactor& kf = bp::key_factor_at(f.ctx.model(), it.path);
    const bool selected = f.selected.count(kf.id) > 0, hovered = f.hovered_id == kf.id;
    const ImVec2 a = to_im(f.cam.world_to_screen(it.min)), b = to_im(f.cam.world_to_screen(it.max));
    f.dl->AddRectFilled(a, b, IM_COL32(248, 246, 236, 255), 3.0f);
    f.dl->AddRect(a, b, selected ? draw::accent() : hovered ? IM_COL32(40, 45, 60, 255) : IM_COL32(215, 208, 180, 255), 3.0f,
                  0, selected ? 2.0f : 1.0f);
    const float pad = (float)(6 * f.cam.scale);
    draw::text(f, ImVec2(a.x + pad, a.y + pad * 0.5f), a, b, IM_COL32(60, 55, 40, 255), kf.name, 11.5f);
    draw::badges(f, ImVec2(b.x - 2, a.y + (b.y - a.y) / 2), (int)kf.standards.size(), kf.id);
}

}  // namespace

void draw_blueprint_view(const ViewFrame& f) {
    draw_lanes(f);
    const auto& items = f.scene.items;
    const size_t circles = f.scene.first_touchpoint.size();
    for (size_t i = 0; i < items.size(); ++i) {
        const SceneItem& it = items[i];
        // The flow arrow from the previous touchpoint of the same circle (adjacent items).
        if (it.kind == ItemKind::Touchpoint && it.path.touchpoint > 0 && i > circles)
            draw_flow_arrow(f, items[i - 1], it);
        if (!draw::visible(f, it.min, it.max)) continue;
        switch (it.kind) {
            case ItemKind::Circle: draw_header(f, it); break;
            case ItemKind::Touchpoint: draw_touchpoint(f, it); break;
            case ItemKind::KeyFactor: draw_chip(f, it); break;
        }
    }
}

}  // namespace ui
