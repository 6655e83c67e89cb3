// The circle view: each service circle a ring with its touchpoints clockwise from 12 o'clock in the
// customer's order, arrows between them, key factors as cards around their touchpoint. Draws only what
// is on screen, and text where the scene laid it out (labels.cpp); text too small to read is left out.
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

// Level of detail: what is too small on screen to read or to tell apart is not drawn, so that a whole
// big document at a glance is its rings and coloured nodes, and the GPU (often software GL) rasterises
// only what can be seen. At reading sizes everything is drawn as before.
constexpr float kSmallestText = 3.0f;    // px: a line smaller is a smudge
constexpr float kSmallestCard = 6.0f;    // px wide: a card narrower is left out, and its link
constexpr float kPlainCard = 24.0f;      // px wide: a card narrower is one flat box (no stripe or outline)
constexpr float kSmallestArrow = 5.0f;   // px: an arrow head smaller is left out
// In the screen's own pixels (a node of 2 px at 2x is as round as one of 4 px at 1x):
constexpr float kSmallestNode = 1.0f;    // radius: a node smaller is left out; its ring shows the circle
constexpr float kSmallestDisc = 3.0f;    // radius: a node smaller is a square of its colour — two
                                         // triangles, not an antialiased fan of sixteen; a dot either way
float device_px(double css_px) { return float(css_px) * ImGui::GetIO().DisplayFramebufferScale.x; }

// The item's lines where the scene laid them out; each line fills its box at the scene's layout scale,
// so at the camera's (never smaller) it follows the zoom until the scene is laid out again.
void draw_lines(const ViewFrame& f, const SceneItem& it, ImU32 (*colour)(const ViewFrame&, const SceneItem&, TextKind)) {
    if (!it.has_text() || !draw::visible(f, it.text_min, it.text_max)) return;
    for (const TextLine& l : it.text) {
        const float px = (float)std::min(l.size * f.cam.scale, 64.0);
        if (px < kSmallestText) continue;
        const ImVec2 a = to_im(f.cam.world_to_screen(l.min)), b = to_im(f.cam.world_to_screen(l.max));
        // The line fills its box unless the size was capped: only then is it measured to be aligned.
        const bool capped = px < l.size * f.cam.scale;
        const float w = capped ? ImGui::GetFont()->CalcTextSizeA(px, 1e9f, 0.0f, l.text.data(), l.text.data() + l.text.size()).x
                               : b.x - a.x;
        const float x = l.align < 0 ? a.x : l.align > 0 ? b.x - w : (a.x + b.x - w) / 2;
        const ImVec4 clip(a.x - 1, a.y - 1, b.x + 1, b.y + 1);
        f.dl->AddText(ImGui::GetFont(), px, ImVec2(x, a.y), colour(f, it, l.kind), l.text.data(), l.text.data() + l.text.size(),
                      0.0f, &clip);
    }
}

ImU32 text_colour(const ViewFrame& f, const SceneItem& it, TextKind kind) {
    switch (kind) {
        case TextKind::Name: case TextKind::CardName: return IM_COL32(25, 30, 40, 255);
        case TextKind::Title: return IM_COL32(30, 35, 45, 255);
        case TextKind::Points:
            return bp::touchpoint_at(f.ctx.model(), it.path).fail_point ? IM_COL32(190, 60, 50, 255) : IM_COL32(175, 110, 20, 255);
        case TextKind::Role: case TextKind::CardDetail: case TextKind::TitleDetail: return IM_COL32(100, 105, 115, 255);
    }
    return IM_COL32(100, 105, 115, 255);
}

void draw_circle(const ViewFrame& f, const SceneItem& it) {
    const bp::Circle& c = f.ctx.model().circles[it.path.circle];
    const bool selected = f.is_selected(it), hovered = f.hovered_id == it.id;
    const ImVec2 centre = to_im(f.cam.world_to_screen(it.anchor));
    const float r = (float)(it.radius * f.cam.scale);
    const ImU32 ring = selected ? draw::accent() : hovered ? IM_COL32(90, 100, 120, 255) : IM_COL32(170, 178, 192, 255);
    // At a glance nodes close together on the ring draw it themselves: the line under them would cost
    // the GPU as much again (software GL pays per triangle) and show nothing they do not.
    const float node = device_px(sizes::kTouchpointRadius * f.cam.scale);
    const size_t n = c.touchpoints.size();
    const bool drawn_by_nodes = n >= 3 && node >= kSmallestNode && node < kSmallestDisc &&
                                2 * ring::kPi * device_px(r) / double(n) < 3 * node;
    if (selected || hovered || !drawn_by_nodes) f.dl->AddCircle(centre, r, ring, 0, selected ? 3.0f : 2.0f);

    // The title box at the centre (also what one grabs to move the circle, besides the ring).
    if (!it.has_text() || !draw::visible(f, it.text_min, it.text_max)) return;
    const ImVec2 a = to_im(f.cam.world_to_screen(it.text_min)), b = to_im(f.cam.world_to_screen(it.text_max));
    // A title box whose title would be a smudge is a smudge itself.
    if (!selected && (it.text.empty() || it.text.front().size * f.cam.scale < kSmallestText)) return;
    f.dl->AddRectFilled(a, b, IM_COL32(255, 255, 255, 235), 6.0f);
    f.dl->AddRect(a, b, ring, 6.0f, 0, selected ? 2.5f : 1.0f);
    draw_lines(f, it, text_colour);
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
    if (14 * f.cam.scale < kSmallestArrow) return;
    const float size = (float)std::min(14 * f.cam.scale, 18.0);
    draw::arrow_head(f.dl, to_im(f.cam.world_to_screen(p)), ImVec2((float)-std::sin(mid), (float)std::cos(mid)), size,
                     IM_COL32(120, 128, 145, 255));
}

void draw_touchpoint(const ViewFrame& f, const SceneItem& it) {
    const Context& ctx = f.ctx;
    const bp::Touchpoint& tp = bp::touchpoint_at(ctx.model(), it.path);
    const bool selected = f.is_selected(it), hovered = f.hovered_id == it.id;
    const int alpha = f.dragged_id == it.id ? 90 : 255;
    const ImVec2 p = to_im(f.cam.world_to_screen(it.anchor));
    const float r = (float)(it.radius * f.cam.scale);
    if (draw::visible(f, it.min, it.max)) {
        const float device_r = device_px(r);
        if (device_r < kSmallestNode && !selected && !hovered) return;
        if (device_r < kSmallestDisc && !selected && !hovered) {
            f.dl->AddRectFilled(ImVec2(p.x - r, p.y - r), ImVec2(p.x + r, p.y + r), draw::feeling_colour(tp.feeling, alpha));
            results_layer::draw_on_node(f, tp.id, p, r, (float)it.angle);
            return;
        }
        f.dl->AddCircleFilled(p, r, draw::feeling_colour(tp.feeling, alpha));
        if (selected) f.dl->AddCircle(p, r + 2.0f, draw::accent(), 0, 3.5f);
        else if (hovered || r >= 3)  // the white edge that parts neighbours: none left to part at a dot's size
            f.dl->AddCircle(p, r, hovered ? IM_COL32(40, 45, 60, 255) : IM_COL32(255, 255, 255, alpha), 0, hovered ? 2.5f : 1.5f);
        results_layer::draw_on_node(f, tp.id, p, r, (float)it.angle);
    }
    if (r < 6) return;

    // Order number inside; the name, role and wait/fail line beside the node, outside the ring.
    const std::string order = std::to_string(it.path.touchpoint + 1);
    const float nsize = draw::text_size(f, 18.0f);
    const ImVec2 ns = ImGui::GetFont()->CalcTextSizeA(std::min(nsize, 64.0f), 1e9f, 0.0f, order.c_str());
    draw::text(f, ImVec2(p.x - ns.x / 2, p.y - ns.y / 2), ImVec2(p.x - r, p.y - r), ImVec2(p.x + r, p.y + r),
               IM_COL32_WHITE, order, 18.0f);
    draw_lines(f, it, text_colour);
    // Badges on the node's inner side, where no label or card ever goes.
    const float dx = (float)std::cos(it.angle), dy = (float)std::sin(it.angle);
    const float pill = (float)std::min(18.0 * f.cam.scale, 20.0);
    draw::badges(f, ImVec2(p.x - dx * r * 1.1f + (dx < 0 ? pill * 1.6f : 0.0f), p.y - dy * r * 1.1f), standards_of(tp), tp.id);

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
    const bool selected = f.is_selected(it), hovered = f.hovered_id == it.id;
    const ImVec2 a = to_im(f.cam.world_to_screen(it.min)), b = to_im(f.cam.world_to_screen(it.max));
    const float width = b.x - a.x;
    if (width < kSmallestCard && !selected) return;
    if (const SceneItem* tp = f.scene.owner(it))
        f.dl->AddLine(to_im(f.cam.world_to_screen(tp->anchor)), to_im(f.cam.world_to_screen(it.anchor)),
                      IM_COL32(180, 186, 198, 255), 1.0f);
    if (width < kPlainCard && !selected && !hovered) {  // its method's colour says what it is at this size
        f.dl->AddRectFilled(a, b, bpm_colour(kf.bpm));
        return;
    }
    const float round = (float)std::min(6 * f.cam.scale, 6.0);
    f.dl->AddRectFilled(a, b, IM_COL32(255, 255, 255, 250), round);
    f.dl->AddRectFilled(a, ImVec2(a.x + (float)std::max(5 * f.cam.scale, 1.0), b.y), bpm_colour(kf.bpm), round,
                        ImDrawFlags_RoundCornersLeft);
    f.dl->AddRect(a, b, selected ? draw::accent() : hovered ? IM_COL32(40, 45, 60, 255) : IM_COL32(200, 205, 215, 255),
                  round, 0, selected ? 2.5f : 1.0f);
    if (width < kPlainCard) return;
    draw_lines(f, it, text_colour);
    draw::badges(f, ImVec2(b.x + (float)(6 * f.cam.scale), a.y), (int)kf.standards.size(), kf.id);
    if (hovered && ImGui::BeginTooltip()) {
        ImGui::TextUnformatted(kf.name.c_str());
        if (!kf.expectation.empty()) ImGui::Text(tr(ctx.lang(), "%s：%s", "%s: %s"), tr(ctx.lang(), "顾客期望", "Customer expectation"), kf.expectation.c_str());
        ImGui::EndTooltip();
    }
}

}  // namespace

void draw_circle_view(const ViewFrame& f) {
    for (const SceneItem& it : f.scene.items) {
        if (it.kind == ItemKind::Touchpoint) draw_arrow_before(f, it);  // arrows sit between nodes: check alone
        const bool shown = draw::visible(f, it.min, it.max) || (it.has_text() && draw::visible(f, it.text_min, it.text_max));
        if (!shown) continue;
        switch (it.kind) {
            case ItemKind::Circle: draw_circle(f, it); break;
            case ItemKind::Touchpoint: draw_touchpoint(f, it); break;
            case ItemKind::KeyFactor: draw_card(f, it); break;
            case ItemKind::Activity: case ItemKind::Handoff: break;  // the blueprint view's; never in this scene
        }
    }
}

}  // namespace ui
