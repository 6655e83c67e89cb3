// The circle view: each service circle a ring with its touchpoints clockwise from 12 o'clock in the
// customer's order, arrows between them, key factors as cards around their touchpoint. Draws only what
// is on screen; labels fade out when zoomed too far to read them.
#include <algorithm>
#include <cmath>

#include "blueprint/enums.h"
#include "context.h"
#include "blueprint/glossary.h"
#include "views.h"

namespace ui {

namespace {

using draw::to_im;

int standards_of(const bp::Touchpoint& tp) {
    int n = 0;
    for (const auto& kf : tp.key_factors) n += (int)kf.standards.size();
    return n;
}

ImU32 bpm_colour(bp::Bpm b) {
    switch (b) {
        case bp::Bpm::Basic: return IM_COL32(150, 155, 165, 255);
        case bp::Bpm::Performance: return IM_COL32(60, 120, 200, 255);
        case bp::Bpm::Motivation: return IM_COL32(150, 80, 200, 255);
    }
    return IM_COL32(150, 155, 165, 255);
}

void draw_circle(const ViewFrame& f, const SceneItem& it) {
    const bp::Circle& c = f.ctx.model().circles[it.path.circle];
    const bool selected = f.selected.count(c.id) > 0, hovered = f.hovered_id == c.id;
    const ImVec2 centre = to_im(f.cam.world_to_screen(it.anchor));
    const float r = (float)(it.radius * f.cam.scale);
    const ImU32 ring = selected ? draw::accent() : hovered ? IM_COL32(90, 100, 120, 255) : IM_COL32(170, 178, 192, 255);
    f.dl->AddCircle(centre, r, ring, 0, selected ? 3.0f : 2.0f);

    // The title box at the centre (also what one grabs to move the circle, besides the ring).
    const bp::Vec2 tmin{it.anchor.x - sizes::kTitleHalfW, it.anchor.y - sizes::kTitleHalfH};
    const bp::Vec2 tmax{it.anchor.x + sizes::kTitleHalfW, it.anchor.y + sizes::kTitleHalfH};
    if (!draw::visible(f, tmin, tmax)) return;
    const ImVec2 a = to_im(f.cam.world_to_screen(tmin)), b = to_im(f.cam.world_to_screen(tmax));
    f.dl->AddRectFilled(a, b, IM_COL32(255, 255, 255, 235), 6.0f);
    f.dl->AddRect(a, b, ring, 6.0f, 0, selected ? 2.5f : 1.0f);
    const float pad = (float)(8 * f.cam.scale);
    draw::text(f, ImVec2(a.x + pad, a.y + pad * 0.4f), a, b, IM_COL32(30, 35, 45, 255), c.name, 17.0f);
    int standards = 0;
    for (const auto& tp : c.touchpoints) standards += standards_of(tp);
    const bool zh = f.ctx.options.lang == Lang::Zh;
    const std::string sub = zh ? std::to_string(c.touchpoints.size()) + " 个触点 · " + std::to_string(standards) + " 条标准"
                               : std::to_string(c.touchpoints.size()) + " touchpoints · " + std::to_string(standards) + " standards";
    draw::text(f, ImVec2(a.x + pad, a.y + (float)(24 * f.cam.scale)), a, b, IM_COL32(100, 105, 115, 255), sub, 12.0f);
    draw::badges(f, ImVec2(b.x, a.y), 0, c.id);
}

void draw_arrow_before(const ViewFrame& f, const SceneItem& it) {
    const bp::Circle& c = f.ctx.model().circles[it.path.circle];
    const int n = (int)c.touchpoints.size(), t = it.path.touchpoint;
    if (t == 0 || n < 2) return;
    const double r = ring::display_radius(c);
    const double mid = (ring::slot_angle(t - 1, n) + ring::slot_angle(t, n)) / 2;
    const bp::Vec2 p = ring::point_at(c.position, r, mid);
    const double reach = 12;
    if (!draw::visible(f, {p.x - reach, p.y - reach}, {p.x + reach, p.y + reach})) return;
    const float size = (float)std::clamp(14 * f.cam.scale, 4.0, 18.0);
    draw::arrow_head(f.dl, to_im(f.cam.world_to_screen(p)), ImVec2((float)-std::sin(mid), (float)std::cos(mid)), size,
                     IM_COL32(120, 128, 145, 255));
}

void draw_touchpoint(const ViewFrame& f, const SceneItem& it) {
    const Context& ctx = f.ctx;
    const bp::Touchpoint& tp = bp::touchpoint_at(ctx.model(), it.path);
    const bool selected = f.selected.count(tp.id) > 0, hovered = f.hovered_id == tp.id;
    const int alpha = f.dragged_id == tp.id ? 90 : 255;
    const ImVec2 p = to_im(f.cam.world_to_screen(it.anchor));
    const float r = (float)(it.radius * f.cam.scale);
    f.dl->AddCircleFilled(p, r, draw::feeling_colour(tp.feeling, alpha));
    if (selected) f.dl->AddCircle(p, r + 2.0f, draw::accent(), 0, 3.5f);
    else f.dl->AddCircle(p, r, hovered ? IM_COL32(40, 45, 60, 255) : IM_COL32(255, 255, 255, alpha), 0, hovered ? 2.5f : 1.5f);
    if (r < 6) return;

    // Order number inside; the name and role inside the ring, facing the centre.
    const std::string order = std::to_string(it.path.touchpoint + 1);
    const float nsize = draw::text_size(f, 18.0f);
    const ImVec2 ns = ImGui::GetFont()->CalcTextSizeA(std::min(nsize, 64.0f), 1e9f, 0.0f, order.c_str());
    draw::text(f, ImVec2(p.x - ns.x / 2, p.y - ns.y / 2), ImVec2(p.x - r, p.y - r), ImVec2(p.x + r, p.y + r),
               IM_COL32_WHITE, order, 18.0f);
    const float label_w = (float)(150 * f.cam.scale);
    const float dx = (float)std::cos(it.angle), dy = (float)std::sin(it.angle);
    const ImVec2 inner(p.x - dx * (r + 8), p.y - dy * (r + 8));
    const float tsize = draw::text_size(f, 14.0f);
    const float label_h = tsize * 2.4f;  // name and role, placed on the side of the node facing the centre
    const ImVec2 box_centre(inner.x - dx * label_w / 2, inner.y - dy * label_h / 2);
    const ImVec2 origin(box_centre.x - label_w / 2, box_centre.y - label_h / 2);
    const ImVec2 clip_max(origin.x + label_w, origin.y + label_h);
    // Lines hug the node: right-aligned left of it, left-aligned right of it, centred above and below.
    auto aligned_x = [&](const std::string& line, float size) {
        const float w = std::min(ImGui::GetFont()->CalcTextSizeA(std::min(size, 64.0f), 1e9f, 0.0f, line.c_str()).x, label_w);
        if (dx > 0.3f) return origin.x + label_w - w;
        if (dx < -0.3f) return origin.x;
        return origin.x + (label_w - w) / 2;
    };
    draw::text(f, ImVec2(aligned_x(tp.name, tsize), origin.y), origin, clip_max, IM_COL32(25, 30, 40, 255), tp.name, 14.0f);
    std::string sub = draw::role_name(f, tp.role);
    const bool zh = ctx.lang() == Lang::Zh;
    if (tp.wait_point) sub += " · " + std::string(bp::glossary::wait_point.in(f.ctx.lang()));
    if (tp.fail_point) sub += " · " + std::string(bp::glossary::fail_point.in(f.ctx.lang()));
    draw::text(f, ImVec2(aligned_x(sub, draw::text_size(f, 11.5f)), origin.y + tsize * 1.15f), origin, clip_max,
               tp.fail_point ? IM_COL32(190, 60, 50, 255) : IM_COL32(100, 105, 115, 255), sub, 11.5f);
    draw::badges(f, ImVec2(p.x + r * 1.6f, p.y - r * 0.9f), standards_of(tp), tp.id);

    if (hovered && ImGui::BeginTooltip()) {
        ImGui::TextUnformatted(tp.name.c_str());
        if (!tp.description.empty()) ImGui::TextWrapped("%s", tp.description.c_str());
        ImGui::Text("%s %+d · %s", tr(ctx.lang(), "预期感受", "Expected feeling"), tp.feeling,
                    std::string(bp::label(tp.lane, ctx.lang())).c_str());
        ImGui::EndTooltip();
    }
}

void draw_card(const ViewFrame& f, const SceneItem& it) {
    const Context& ctx = f.ctx;
    const bp::KeyFactor& kf = bp::key_factor_at(ctx.model(), it.path);
    const bool selected = f.selected.count(kf.id) > 0, hovered = f.hovered_id == kf.id;
    if (const SceneItem* tp = f.scene.owner(it))
        f.dl->AddLine(to_im(f.cam.world_to_screen(tp->anchor)), to_im(f.cam.world_to_screen(it.anchor)),
                      IM_COL32(180, 186, 198, 255), 1.0f);
    const ImVec2 a = to_im(f.cam.world_to_screen(it.min)), b = to_im(f.cam.world_to_screen(it.max));
    const float round = (float)std::min(6 * f.cam.scale, 6.0);
    f.dl->AddRectFilled(a, b, IM_COL32(255, 255, 255, 250), round);
    f.dl->AddRectFilled(a, ImVec2(a.x + (float)std::max(5 * f.cam.scale, 1.0), b.y), bpm_colour(kf.bpm), round,
                        ImDrawFlags_RoundCornersLeft);
    f.dl->AddRect(a, b, selected ? draw::accent() : hovered ? IM_COL32(40, 45, 60, 255) : IM_COL32(200, 205, 215, 255),
                  round, 0, selected ? 2.5f : 1.0f);
    if (b.x - a.x < 24) return;
    const float pad = (float)(10 * f.cam.scale);
    draw::text(f, ImVec2(a.x + pad, a.y + pad * 0.5f), a, b, IM_COL32(25, 30, 40, 255), kf.name, 13.5f);
    const bool zh = ctx.lang() == Lang::Zh;
    const std::string sub = std::string(bp::label(kf.bpm, ctx.lang())) + " · " + std::string(bp::label(kf.dimension, ctx.lang())) +
                            " · " + tr(ctx.lang(), "重要性 ", "importance ") + std::to_string(kf.importance);
    draw::text(f, ImVec2(a.x + pad, a.y + (float)(25 * f.cam.scale)), a, b, IM_COL32(105, 110, 120, 255), sub, 11.0f);
    draw::badges(f, ImVec2(b.x + (float)(6 * f.cam.scale), a.y), (int)kf.standards.size(), kf.id);
    if (hovered && !kf.expectation.empty() && ImGui::BeginTooltip()) {
        ImGui::Text("%s: %s", tr(ctx.lang(), "顾客期望", "Customer expectation"), kf.expectation.c_str());
        ImGui::EndTooltip();
    }
}

}  // namespace

void draw_circle_view(const ViewFrame& f) {
    for (const SceneItem& it : f.scene.items) {
        if (it.kind == ItemKind::Touchpoint) draw_arrow_before(f, it);  // arrows sit between nodes: check alone
        if (!draw::visible(f, it.min, it.max)) continue;
        switch (it.kind) {
            case ItemKind::Circle: draw_circle(f, it); break;
            case ItemKind::Touchpoint: draw_touchpoint(f, it); break;
            case ItemKind::KeyFactor: draw_card(f, it); break;
        }
    }
}

}  // namespace ui
