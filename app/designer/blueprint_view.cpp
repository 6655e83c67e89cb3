// The blueprint view (Shostack's layers): one column per moment in the customer's order, a block per
// circle under a header with its name and promise; the rows physical evidence, customer action,
// frontstage, backstage and support, split by the lines of interaction, visibility and internal
// interaction. Activities are cards coloured by role in their cell, fail and wait points marked on
// them; handoffs are arrows labelled with their deadline. "Break this link" draws what a late or
// missing handoff breaks in red. The chain view by role draws the same with one lane per role instead
// of the layers (and no lines). Geometry: blueprint_layout.h. Draws only what is on screen.
#include <algorithm>
#include <cmath>

#include "blueprint/enums.h"
#include "blueprint/glossary.h"
#include "blueprint/layers.h"
#include "blueprint_layout.h"
#include "context.h"
#include "palette.h"
#include "views.h"

namespace ui {

namespace {

using draw::to_im;

const ImU32 kInk = IM_COL32(25, 30, 40, 255), kMuted = IM_COL32(100, 105, 115, 255);

bool is_broken(const ViewFrame& f, const std::string& id) { return f.broken && f.broken->downstream.count(id) > 0; }

int role_index(const bp::Blueprint& doc, const bp::RoleId& id) {
    if (id.empty()) return -1;
    for (int i = 0; i < (int)doc.roles.size(); ++i)
        if (doc.roles[i].id == id) return i;
    return -1;
}

// Dashes along a straight line (the lines of the blueprint, a broken handoff).
void dashed(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 col, float thickness, float dash = 8, float gap = 6) {
    const float dx = b.x - a.x, dy = b.y - a.y, len = std::sqrt(dx * dx + dy * dy);
    if (len <= 0) return;
    for (float t = 0; t < len; t += dash + gap) {
        const float e = std::min(t + dash, len);
        dl->AddLine(ImVec2(a.x + dx * t / len, a.y + dy * t / len), ImVec2(a.x + dx * e / len, a.y + dy * e / len), col,
                    thickness);
    }
}

// A small filled tag (失误点, 等待点, 中断) ending at `right`, vertically centred on y; returns its left edge.
float tag(const ViewFrame& f, float right, float y, const std::string& text, ImU32 fill) {
    const float size = std::clamp(draw::text_size(f, 10.5f), 0.0f, 14.0f);
    if (size < 7.0f) return right;
    const ImVec2 ts = ImGui::GetFont()->CalcTextSizeA(size, 1e9f, 0.0f, text.c_str());
    const ImVec2 mn(right - ts.x - size * 0.6f, y - ts.y * 0.5f - 1), mx(right, y + ts.y * 0.5f + 1);
    f.dl->AddRectFilled(mn, mx, fill, 3.0f);
    f.dl->AddText(ImGui::GetFont(), size, ImVec2(mn.x + size * 0.3f, mn.y + 1), IM_COL32_WHITE, text.c_str());
    return mn.x - 3;
}

// Fail and wait points where they sit (on a moment or an activity), as the circle view names them.
void point_tags(const ViewFrame& f, ImVec2 top_right, bool fail, bool wait) {
    float right = top_right.x - 4;
    const float y = top_right.y + (float)(9 * f.cam.scale);
    if (fail) right = tag(f, right, y, std::string(bp::glossary::fail_point.in(f.ctx.lang())), IM_COL32(200, 60, 50, 255));
    if (wait) tag(f, right, y, std::string(bp::glossary::wait_point.in(f.ctx.lang())), IM_COL32(222, 140, 30, 255));
}

// ------------------------------------------------------------------------------------- rows and lines
struct RowSpan {
    float x0, x1;  // the rows' left and right on screen, clipped to the canvas
};

RowSpan row_span(const ViewFrame& f) {
    const ImVec2 canvas_min = to_im(f.cam.world_to_screen(f.visible_min));
    const ImVec2 canvas_max = to_im(f.cam.world_to_screen(f.visible_max));
    const double right = std::max(f.scene.max.x, layered::kLabelW + layered::kColW) + 40;
    return {std::max((float)f.cam.world_to_screen({0, 0}).x, canvas_min.x),
            std::min((float)f.cam.world_to_screen({right, 0}).x, canvas_max.x)};
}

const ImU32 kLineColours[3] = {IM_COL32(60, 120, 200, 255), IM_COL32(200, 90, 60, 255), IM_COL32(110, 120, 135, 255)};

// The row bands and the three lines, under the cards.
void draw_rows(const ViewFrame& f) {
    const RowSpan span = row_span(f);
    const float top = to_im(f.cam.world_to_screen(f.visible_min)).y, bottom = to_im(f.cam.world_to_screen(f.visible_max)).y;
    for (int row = 0; row < layered::row_count(f.scene); ++row) {
        const float a = (float)f.cam.world_to_screen({0, layered::row_top(f.scene, row)}).y;
        const float b = (float)f.cam.world_to_screen({0, layered::row_top(f.scene, row + 1)}).y;
        if (b < top || a > bottom) continue;
        f.dl->AddRectFilled(ImVec2(span.x0, a), ImVec2(span.x1, b), row % 2 ? IM_COL32(243, 245, 249, 255) : IM_COL32(252, 252, 254, 255));
    }
    for (size_t i = 0; i < layered::kLines.size() && f.scene.view == SceneView::Blueprint; ++i) {
        const float y = (float)f.cam.world_to_screen({0, layered::row_top(f.scene, (int)layered::kLines[i].below)}).y;
        if (y >= top && y <= bottom) dashed(f.dl, ImVec2(span.x0, y), ImVec2(span.x1, y), kLineColours[i], 2.0f);
    }
}

// A label on a light backdrop, above whatever is drawn there.
void pinned_label(const ViewFrame& f, ImVec2 at, const std::string& text, float size, ImU32 col) {
    const ImVec2 ts = ImGui::GetFont()->CalcTextSizeA(size, 1e9f, 0.0f, text.c_str());
    f.dl->AddRectFilled(ImVec2(at.x - 3, at.y - 1), ImVec2(at.x + ts.x + 3, at.y + ts.y + 1), IM_COL32(255, 255, 255, 225), 3.0f);
    f.dl->AddText(ImGui::GetFont(), size, at, col, text.c_str());
}

// A glossary word as a heading: English capitalised ("Physical evidence"), Chinese as it is.
std::string heading_word(const bp::Term& term, Lang lang) {
    std::string s(term.in(lang));
    if (lang == Lang::En && !s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = (char)(s[0] - 'a' + 'A');
    return s;
}

// The rows' and lines' names. In the gutter left of the first column while it is in view; once the view
// is panned past it they stay at the canvas's left edge, in the row's top pad above its cards (a line's
// name after the row's), smaller if need be, and not at all when the pad is too small to read them in:
// they never cover a card.
void draw_row_names(const ViewFrame& f) {
    const RowSpan span = row_span(f);
    const float top = to_im(f.cam.world_to_screen(f.visible_min)).y, bottom = to_im(f.cam.world_to_screen(f.visible_max)).y;
    const float size = std::clamp(draw::text_size(f, 14.0f), 12.0f, 20.0f);
    const float line_size = std::clamp(draw::text_size(f, 11.0f), 9.0f, 14.0f);
    const bool chain = f.scene.view == SceneView::Chain;
    const auto& roles = f.ctx.model().roles;
    const float gutter_right = (float)f.cam.world_to_screen({layered::kLabelW, 0}).x;
    const bool in_gutter = gutter_right - span.x0 >= 60.0f;
    const float pad = (float)(layered::kRowPadTop * f.cam.scale);
    for (int row = 0; row < layered::row_count(f.scene); ++row) {
        const float a = (float)f.cam.world_to_screen({0, layered::row_top(f.scene, row)}).y;
        const float b = (float)f.cam.world_to_screen({0, layered::row_top(f.scene, row + 1)}).y;
        if (b < top || a > bottom) continue;
        std::string name;
        if (!chain) name = heading_word(layered::layer_term((bp::Layer)row), f.ctx.lang());
        else if (row < (int)roles.size()) name = draw::role_name(f, roles[row].id);
        else name = tr(f.ctx.lang(), "顾客、系统与展示", "Customer, systems, evidence");
        const ImU32 col = chain && row < (int)roles.size() ? palette::role(row) : IM_COL32(80, 88, 104, 255);
        const layered::Line* line = nullptr;
        for (const auto& l : layered::kLines)
            if (!chain && (int)l.below == row) line = &l;
        const int line_index = line ? (int)(line - layered::kLines.data()) : 0;
        if (in_gutter) {
            const float y = std::clamp(a + pad, a, std::max(a, b - size));
            pinned_label(f, ImVec2(span.x0 + 6, y), name, size, col);
            if (line)
                pinned_label(f, ImVec2(span.x0 + 7, a + 3), std::string(line->name.in(f.ctx.lang())), line_size, kLineColours[line_index]);
            continue;
        }
        const float fit = std::min(size, pad - 4);
        if (fit < 9.0f) continue;
        const float y = std::clamp(a + 2, top, std::max(top, b - fit));
        pinned_label(f, ImVec2(span.x0 + 6, y), name, fit, col);
        if (line) {
            const float x = span.x0 + 6 + ImGui::GetFont()->CalcTextSizeA(fit, 1e9f, 0.0f, name.c_str()).x + 12;
            const float ls = std::min(line_size, fit);
            pinned_label(f, ImVec2(x, y + (fit - ls) / 2), "— " + std::string(line->name.in(f.ctx.lang())), ls, kLineColours[line_index]);
        }
    }
}

// ----------------------------------------------------------------------------------------- header
std::string overrun_text(int64_t minutes, Lang lang) {
    bp::Deadline d;
    d.kind = bp::Deadline::Kind::Relative;
    d.minutes = minutes;
    std::string s = bp::deadline_text(d, lang);
    if (!s.empty() && s[0] == '+') s.erase(0, 1);
    return s;
}

void draw_header(const ViewFrame& f, const SceneItem& it) {
    const bp::Circle& c = f.ctx.model().circles[it.path.circle];
    const Lang lang = f.ctx.lang();
    const bool selected = f.is_selected(it), hovered = f.hovered_id == it.id;
    const bool broken = f.broken && f.broken->effect.circle == c.id && f.broken->effect.promise_fails;
    const ImVec2 a = to_im(f.cam.world_to_screen(it.min)), b = to_im(f.cam.world_to_screen(it.max));
    f.dl->AddRectFilled(a, b, broken ? IM_COL32(252, 232, 230, 255) : IM_COL32(232, 238, 248, 255), 5.0f);
    f.dl->AddRect(a, b,
                  selected ? draw::accent() : broken ? palette::broken() : hovered ? IM_COL32(40, 45, 60, 255) : IM_COL32(190, 200, 215, 255),
                  5.0f, 0, selected || broken ? 2.5f : 1.0f);
    // Keep the name in view while the header is partly off screen.
    const float left = std::max(a.x, (float)f.cam.world_to_screen(f.visible_min).x) + 8;
    draw::text(f, ImVec2(left, a.y + 4), a, b, kInk, c.name, 16.0f, 12.0f);
    if (c.promise && !c.promise->text.empty()) {
        std::string promise = std::string(tr(lang, "承诺：", "Promise: ")) + c.promise->text;
        if (broken) {
            promise = "× " + promise;
            if (f.broken->overrun)
                promise += std::string(tr(lang, " · 超时 ", " · over by ")) + overrun_text(*f.broken->overrun, lang);
            else
                promise += tr(lang, " · 无法兑现", " · cannot be kept");
        }
        draw::text(f, ImVec2(left, a.y + (float)(32 * f.cam.scale)), a, b, broken ? palette::broken() : IM_COL32(60, 70, 90, 255),
                   promise, 12.5f, 11.0f);
    }
    draw::badges(f, ImVec2(b.x - 4, a.y + (float)(14 * f.cam.scale)), 0, c.id);
}

// ---------------------------------------------------------------------------------------- moments
void draw_moment(const ViewFrame& f, const SceneItem& it) {
    const Context& ctx = f.ctx;
    const bp::Touchpoint& tp = bp::touchpoint_at(ctx.model(), it.path);
    const bool selected = f.is_selected(it), hovered = f.hovered_id == it.id;
    const bool broken = is_broken(f, tp.id.value);
    const int alpha = f.dragged_id == it.id ? 90 : 255;
    const ImVec2 a = to_im(f.cam.world_to_screen(it.min)), b = to_im(f.cam.world_to_screen(it.max));
    f.dl->AddRectFilled(a, b, broken ? IM_COL32(253, 236, 234, alpha) : IM_COL32(255, 255, 255, alpha), 5.0f);
    f.dl->AddRectFilled(a, ImVec2(b.x, a.y + (float)std::max(6 * f.cam.scale, 1.0)), draw::feeling_colour(tp.feeling, alpha),
                        5.0f, ImDrawFlags_RoundCornersTop);
    f.dl->AddRect(a, b,
                  selected ? draw::accent() : broken ? palette::broken() : hovered ? IM_COL32(40, 45, 60, 255) : IM_COL32(190, 196, 208, 255),
                  5.0f, 0, selected || broken ? 2.5f : 1.0f);
    const float pad = (float)(8 * f.cam.scale);
    draw::text(f, ImVec2(a.x + pad, a.y + pad * 1.2f), a, b, kInk, std::to_string(it.path.touchpoint + 1) + ". " + tp.name, 14.0f);
    draw::text(f, ImVec2(a.x + pad, a.y + (float)(30 * f.cam.scale)), a, b, kMuted, draw::role_name(f, tp.role), 11.5f);
    point_tags(f, ImVec2(b.x, a.y + (float)(22 * f.cam.scale)), tp.fail_point, tp.wait_point);
    int standards = 0;
    for (const auto& kf : tp.key_factors) standards += (int)kf.standards.size();
    draw::badges(f, ImVec2(b.x - 2, a.y), standards, tp.id);
    results_layer::draw_on_moment(f, tp.id, a, b);
    const size_t global = f.scene.first_touchpoint[it.path.circle] + it.path.touchpoint;
    const int hidden = (int)tp.key_factors.size() - (int)f.scene.shown_key_factors[global];
    if (hidden > 0) {
        const double y = layered::kChipsTop + sizes::kChipsPerCell * (sizes::kChipH + sizes::kChipGap) - 2;
        const ImVec2 p = to_im(f.cam.world_to_screen({it.min.x + 8, y}));
        draw::text(f, p, p, ImVec2(b.x, p.y + 40), kMuted,
                   (ctx.lang() == Lang::Zh ? "另有 " : "+") + std::to_string(hidden) +
                       (ctx.lang() == Lang::Zh ? " 个关键因素" : " more key factors"),
                   10.0f);
    }
}

void draw_chip(const ViewFrame& f, const SceneItem& it) {
    const bp::KeyFactor& kf = bp::key_factor_at(f.ctx.model(), it.path);
    const bool selected = f.is_selected(it), hovered = f.hovered_id == it.id;
    const ImVec2 a = to_im(f.cam.world_to_screen(it.min)), b = to_im(f.cam.world_to_screen(it.max));
    f.dl->AddRectFilled(a, b, IM_COL32(248, 246, 236, 255), 3.0f);
    f.dl->AddRect(a, b, selected ? draw::accent() : hovered ? IM_COL32(40, 45, 60, 255) : IM_COL32(215, 208, 180, 255), 3.0f,
                  0, selected ? 2.0f : 1.0f);
    const float pad = (float)(6 * f.cam.scale);
    draw::text(f, ImVec2(a.x + pad, a.y + pad * 0.5f), a, b, IM_COL32(60, 55, 40, 255), kf.name, 11.5f);
    draw::badges(f, ImVec2(b.x - 2, a.y + (b.y - a.y) / 2), (int)kf.standards.size(), kf.id);
}

// ------------------------------------------------------------------------------------- activities
// Who does it: the role, a support process's system, or for evidence and the customer's action the layer.
std::string doer(const ViewFrame& f, const bp::Activity& act) {
    if (!act.role.empty()) return draw::role_name(f, act.role);
    if (!act.system.empty()) return act.system;
    if (act.layer == bp::Layer::CustomerAction) return std::string(tr(f.ctx.lang(), "顾客", "Customer"));
    return {};
}

void draw_activity(const ViewFrame& f, const SceneItem& it) {
    const bp::Blueprint& doc = f.ctx.model();
    const bp::Activity& act = bp::activity_at(doc, it.path);
    const bool selected = f.is_selected(it), hovered = f.hovered_id == it.id;
    const bool broken = is_broken(f, act.id.value);
    const int role = role_index(doc, act.role);
    const ImVec2 a = to_im(f.cam.world_to_screen(it.min)), b = to_im(f.cam.world_to_screen(it.max));
    f.dl->AddRectFilled(a, b, broken ? IM_COL32(253, 236, 234, 255) : IM_COL32(255, 255, 255, 255), 4.0f);
    f.dl->AddRectFilled(a, ImVec2(a.x + (float)std::max(5 * f.cam.scale, 1.0), b.y), palette::role(role), 4.0f,
                        ImDrawFlags_RoundCornersLeft);
    f.dl->AddRect(a, b,
                  selected ? draw::accent() : broken ? palette::broken() : hovered ? IM_COL32(40, 45, 60, 255) : palette::role(role, 150),
                  4.0f, 0, selected || broken ? 2.5f : 1.0f);
    const float pad = (float)(10 * f.cam.scale);
    const ImVec2 clip_max(b.x - 2, b.y);
    draw::text(f, ImVec2(a.x + pad, a.y + (float)(5 * f.cam.scale)), a, clip_max, kInk, act.name, 12.5f);
    draw::text(f, ImVec2(a.x + pad, a.y + (float)(25 * f.cam.scale)), a, clip_max,
               role >= 0 ? palette::role(role) : kMuted, doer(f, act), 11.0f);
    point_tags(f, ImVec2(b.x, a.y + (float)(22 * f.cam.scale)), act.fail_point, act.wait_point);
    if (broken) tag(f, b.x - 4, a.y, std::string(tr(f.ctx.lang(), "中断", "broken")), palette::broken());
    draw::badges(f, ImVec2(b.x - 2, b.y), 0, act.id);
}

// --------------------------------------------------------------------------------------- handoffs
struct ArrowLook {
    ImU32 col;
    float width;
    bool broken;
};
ArrowLook arrow_look(const ViewFrame& f, const SceneItem& it, const bp::Handoff& h) {
    const bool selected = f.is_selected(it), hovered = f.hovered_id == h.id;
    const bool broken = f.broken && f.broken->link.handoff == h.id;
    const ImU32 col = broken ? palette::broken() : selected ? draw::accent() : hovered ? IM_COL32(40, 45, 60, 255)
                                                                                     : IM_COL32(95, 105, 125, 255);
    return {col, selected || broken ? 2.5f : 1.6f, broken};
}

// The arrow itself, over the cards so that none hides where it runs.
void draw_handoff_line(const ViewFrame& f, const SceneItem& it) {
    if (it.tail == it.head) return;  // an end is missing
    const bp::Handoff& h = bp::handoff_at(f.ctx.model(), it.path);
    const ArrowLook look = arrow_look(f, it, h);
    const ImVec2 a = to_im(f.cam.world_to_screen(it.tail)), b = to_im(f.cam.world_to_screen(it.head));
    const float head = (float)std::clamp(10 * f.cam.scale, 4.0, 12.0);
    if (layered::bows(it)) {
        // Within one column: a bow out into the gap beside the cards, its apex at the label's x (a cubic
        // with both handles out by o reaches 0.75 o).
        const float out = (float)((it.anchor.x - it.tail.x) / 0.75 * f.cam.scale);
        f.dl->AddBezierCubic(a, ImVec2(a.x + out, a.y), ImVec2(b.x + out, b.y), b, look.col, look.width);
        draw::arrow_head(f.dl, b, ImVec2(-1, 0), head, look.col);
    } else {
        if (look.broken && f.broken->link.how == bp::Break::Missing) dashed(f.dl, a, b, look.col, look.width);
        else f.dl->AddLine(a, b, look.col, look.width);
        draw::arrow_head(f.dl, b, ImVec2(b.x - a.x, b.y - a.y), head, look.col);
    }
}

// The point of the arrow nearest its label (world): where a label moved off the line is tied back to.
bp::Vec2 arrow_point_near_label(const SceneItem& it) {
    if (layered::bows(it)) return {it.anchor.x, (it.tail.y + it.head.y) / 2};
    const double dx = it.head.x - it.tail.x, dy = it.head.y - it.tail.y, len2 = dx * dx + dy * dy;
    const double t = len2 > 0 ? std::clamp(((it.anchor.x - it.tail.x) * dx + (it.anchor.y - it.tail.y) * dy) / len2, 0.0, 1.0) : 0;
    return {it.tail.x + dx * t, it.tail.y + dy * t};
}

// Its deadline label (a knob when it has none) with its lint badge, above every arrow.
void draw_handoff_label(const ViewFrame& f, const SceneItem& it) {
    if (it.tail == it.head) return;
    const bp::Handoff& h = bp::handoff_at(f.ctx.model(), it.path);
    const Lang lang = f.ctx.lang();
    const ArrowLook look = arrow_look(f, it, h);
    std::string label = bp::deadline_text(h.deadline, lang);
    if (look.broken) {
        label = f.broken->link.how == bp::Break::Missing
                    ? std::string(tr(lang, "× 缺失", "× missing"))
                    : std::string(tr(lang, "迟到 ", "late ")) + overrun_text(f.broken->link.late_by_minutes, lang);
    }
    const ImVec2 c = to_im(f.cam.world_to_screen(it.anchor));
    const ImVec2 on = to_im(f.cam.world_to_screen(arrow_point_near_label(it)));
    if (std::abs(on.x - c.x) + std::abs(on.y - c.y) > 4.0f) dashed(f.dl, on, c, look.col, 1.0f, 3, 3);
    const float size = draw::text_size(f, 11.0f);
    if (label.empty()) {  // no deadline: a knob where the label would be, to pick it by
        const float r = std::max(3.0f, size * 0.35f);
        f.dl->AddCircleFilled(c, r, look.col);
        draw::badges(f, ImVec2(c.x + r + 2 + 18, c.y), 0, h.id);
        return;
    }
    if (size < 5.0f) return;
    const ImVec2 ts = ImGui::GetFont()->CalcTextSizeA(size, 1e9f, 0.0f, label.c_str());
    const ImVec2 mn(c.x - ts.x / 2 - 4, c.y - ts.y / 2 - 2), mx(c.x + ts.x / 2 + 4, c.y + ts.y / 2 + 2);
    f.dl->AddRectFilled(mn, mx, look.broken ? IM_COL32(253, 236, 234, 245) : IM_COL32(255, 255, 255, 245), 8.0f);
    f.dl->AddRect(mn, mx, look.col, 8.0f, 0, 1.0f);
    f.dl->AddText(ImGui::GetFont(), size, ImVec2(mn.x + 4, mn.y + 2), look.col, label.c_str());
    draw::badges(f, ImVec2(mx.x + 6 + 18, c.y), 0, h.id);
}

}  // namespace

// Cards, then the arrows over them, then the arrows' labels over every arrow, then the row names.
void draw_blueprint_view(const ViewFrame& f) {
    draw_rows(f);
    const auto& items = f.scene.items;
    const size_t first_arrow = f.scene.first_handoff.empty() ? items.size() : f.scene.first_handoff.front();
    for (size_t i = 0; i < first_arrow; ++i) {
        const SceneItem& it = items[i];
        if (!draw::visible(f, it.min, it.max)) continue;
        switch (it.kind) {
            case ItemKind::Circle: draw_header(f, it); break;
            case ItemKind::Touchpoint: draw_moment(f, it); break;
            case ItemKind::KeyFactor: draw_chip(f, it); break;
            case ItemKind::Activity: draw_activity(f, it); break;
            case ItemKind::Handoff: break;
        }
    }
    for (size_t i = first_arrow; i < items.size(); ++i)
        if (draw::visible(f, items[i].min, items[i].max)) draw_handoff_line(f, items[i]);
    for (size_t i = first_arrow; i < items.size(); ++i)
        if (draw::visible(f, items[i].min, items[i].max)) draw_handoff_label(f, items[i]);
    draw_row_names(f);
}

}  // namespace ui
