// The blueprint view's picture: what blueprint_view.cpp draws at 100 % in its resting state — the row
// bands and the three dashed lines, the circle headers with their promise, the moments with their
// feeling band, role and fail/wait tags, the key-factor chips, the activity cards coloured by role, the
// handoff arrows with their deadline labels, the count badges, and the row and line names on top.
#include <algorithm>
#include <cmath>

#include "app/designer/blueprint_layout.h"
#include "app/designer/lang.h"
#include "blueprint/glossary.h"
#include "blueprint/layers.h"
#include "blueprint/roles.h"
#include "draw.h"

namespace picture {

namespace {

namespace colour = ui::colours::view;
namespace layered = ui::layered;
using ui::SceneItem;

int role_index(const bp::Blueprint& doc, const bp::RoleId& id) {
    if (id.empty()) return -1;
    for (int i = 0; i < (int)doc.roles.size(); ++i)
        if (doc.roles[i].id == id) return i;
    return -1;
}

// The right edge of the row bands (the canvas clips them to the screen; the picture shows them whole).
double rows_right(const ui::Scene& s) { return std::max(s.max.x, layered::kLabelW + layered::kColW) + 40; }

// A small filled tag (失误点, 等待点) ending at `right`, centred on y; returns its left edge.
double tag(Frame& f, double right, double y, const std::string& s, Colour fill) {
    const double size = std::clamp(text_size(10.5), 0.0, 14.0);
    const double w = f.svg.font().measure(s, size);
    const Vec2 mn{right - w - size * 0.6, y - size * 0.5 - 1}, mx{right, y + size * 0.5 + 1};
    f.svg.rect(mn, mx, fill, 3.0);
    f.svg.text({mn.x + size * 0.3, mn.y + 1}, size, colour::kWhite, s);
    return mn.x - 3;
}

void point_tags(Frame& f, Vec2 top_right, bool fail, bool wait) {
    double right = top_right.x - 4;
    const double y = top_right.y + 9;
    if (fail) right = tag(f, right, y, std::string(bp::glossary::fail_point.in(f.lang)), colour::kFailTag);
    if (wait) tag(f, right, y, std::string(bp::glossary::wait_point.in(f.lang)), colour::kWaitTag);
}

// ------------------------------------------------------------------------------------- rows and lines
void draw_rows(Frame& f) {
    const double x0 = 0, x1 = rows_right(f.scene);
    for (int row = 0; row < layered::row_count(f.scene); ++row)
        f.svg.rect({x0, layered::row_top(f.scene, row)}, {x1, layered::row_top(f.scene, row + 1)},
                   row % 2 ? colour::kRowOdd : colour::kRowEven);
    for (size_t i = 0; i < layered::kLines.size() && f.scene.view == ui::SceneView::Blueprint; ++i) {
        const double y = layered::row_top(f.scene, (int)layered::kLines[i].below);
        f.svg.dashed_line({x0, y}, {x1, y}, colour::kLines[i], 2.0, 8, 6);
    }
}

void pinned_label(Frame& f, Vec2 at, const std::string& s, double size, Colour c) {
    const double w = f.svg.font().measure(s, size);
    f.svg.rect({at.x - 3, at.y - 1}, {at.x + w + 3, at.y + size + 1}, colour::kLabelBackdrop, 3.0);
    f.svg.text(at, size, c, s);
}

std::string heading_word(const bp::Term& term, bp::Lang lang) {
    std::string s(term.in(lang));
    if (lang == bp::Lang::En && !s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = (char)(s[0] - 'a' + 'A');
    return s;
}

void draw_row_names(Frame& f) {
    const double x0 = 0, size = std::clamp(text_size(14.0), 12.0, 20.0);
    for (int row = 0; row < layered::row_count(f.scene); ++row) {
        const double a = layered::row_top(f.scene, row), b = layered::row_top(f.scene, row + 1);
        const double y = std::clamp(a + layered::kRowPadTop, a, std::max(a, b - size));
        pinned_label(f, {x0 + 6, y}, heading_word(layered::layer_term((bp::Layer)row), f.lang), size, colour::kRowName);
    }
    const double line_size = std::clamp(text_size(11.0), 9.0, 14.0);
    for (size_t i = 0; i < layered::kLines.size(); ++i) {
        const double y = layered::row_top(f.scene, (int)layered::kLines[i].below);
        pinned_label(f, {x0 + 7, y + 3}, std::string(layered::kLines[i].name.in(f.lang)), line_size, colour::kLines[i]);
    }
}

// ------------------------------------------------------------------------------------------ items
void draw_header(Frame& f, const SceneItem& it) {
    const bp::Circle& c = f.doc.circles[it.path.circle];
    f.svg.rect(it.min, it.max, colour::kHeaderFill, 5.0);
    f.svg.rect_outline(it.min, it.max, colour::kHeaderEdge, 5.0, 1.0);
    const double left = it.min.x + 8;
    text(f, {left, it.min.y + 4}, it.min, it.max, colour::kInk, c.name, 16.0, 12.0);
    if (c.promise && !c.promise->text.empty())
        text(f, {left, it.min.y + 32}, it.min, it.max, colour::kPromise,
             std::string(ui::tr(f.lang, "承诺：", "Promise: ")) + c.promise->text, 12.5, 11.0);
    badges(f, {it.max.x - 4, it.min.y + 14}, 0, c.id);
}

void draw_moment(Frame& f, const SceneItem& it) {
    const bp::Touchpoint& tp = bp::touchpoint_at(f.doc, it.path);
    const Vec2 a = it.min, b = it.max;
    f.svg.rect(a, b, colour::kWhite, 5.0);
    f.svg.rect(a, {b.x, a.y + 6}, ui::colours::feeling(tp.feeling), 5.0, kTop);
    f.svg.rect_outline(a, b, colour::kMomentEdge, 5.0, 1.0);
    const double pad = 8;
    text(f, {a.x + pad, a.y + pad * 1.2}, a, b, colour::kInk, std::to_string(it.path.touchpoint + 1) + ". " + tp.name, 14.0);
    text(f, {a.x + pad, a.y + 30}, a, b, colour::kMuted, bp::role_name(f.doc, tp.role, f.lang), 11.5);
    point_tags(f, {b.x, a.y + 22}, tp.fail_point, tp.wait_point);
    int standards = 0;
    for (const auto& kf : tp.key_factors) standards += (int)kf.standards.size();
    badges(f, {b.x - 2, a.y}, standards, tp.id);
    const size_t global = f.scene.first_touchpoint[it.path.circle] + it.path.touchpoint;
    const int hidden = (int)tp.key_factors.size() - (int)f.scene.shown_key_factors[global];
    if (hidden > 0) {
        const Vec2 p{it.min.x + 8, layered::kChipsTop + ui::sizes::kChipsPerCell * (ui::sizes::kChipH + ui::sizes::kChipGap) - 2};
        text(f, p, p, {b.x, p.y + 40}, colour::kMuted,
             (f.lang == bp::Lang::Zh ? "另有 " : "+") + std::to_string(hidden) + (f.lang == bp::Lang::Zh ? " 个关键因素" : " more key factors"),
             10.0);
    }
}

void draw_chip(Frame& f, const SceneItem& it) {
    const bp::KeyFactor& kf = bp::key_factor_at(f.doc, it.path);
    f.svg.rect(it.min, it.max, colour::kChipFill, 3.0);
    f.svg.rect_outline(it.min, it.max, colour::kChipEdge, 3.0, 1.0);
    text(f, {it.min.x + 6, it.min.y + 3}, it.min, it.max, colour::kChipText, kf.name, 11.5);
    badges(f, {it.max.x - 2, (it.min.y + it.max.y) / 2}, (int)kf.standards.size(), kf.id);
}

// Who does it: the role, a support process's system, or for the customer's action the customer.
std::string doer(const Frame& f, const bp::Activity& act) {
    if (!act.role.empty()) return bp::role_name(f.doc, act.role, f.lang);
    if (!act.system.empty()) return act.system;
    if (act.layer == bp::Layer::CustomerAction) return std::string(ui::tr(f.lang, "顾客", "Customer"));
    return {};
}

void draw_activity(Frame& f, const SceneItem& it) {
    const bp::Activity& act = bp::activity_at(f.doc, it.path);
    const int role = role_index(f.doc, act.role);
    const Vec2 a = it.min, b = it.max;
    f.svg.rect(a, b, colour::kWhite, 4.0);
    f.svg.rect(a, {a.x + 5, b.y}, ui::colours::role(role), 4.0, kLeft);
    f.svg.rect_outline(a, b, ui::colours::role(role, 150), 4.0, 1.0);
    const Vec2 clip_max{b.x - 2, b.y};
    text(f, {a.x + 10, a.y + 5}, a, clip_max, colour::kInk, act.name, 12.5);
    text(f, {a.x + 10, a.y + 25}, a, clip_max, role >= 0 ? ui::colours::role(role) : colour::kMuted, doer(f, act), 11.0);
    point_tags(f, {b.x, a.y + 22}, act.fail_point, act.wait_point);
    badges(f, {b.x - 2, b.y}, 0, act.id);
}

// The arrow, over the cards (as the canvas draws it).
void draw_handoff_line(Frame& f, const SceneItem& it) {
    if (it.tail.x == it.head.x && it.tail.y == it.head.y) return;  // an end is missing
    const Colour col = colour::kHandoff;
    const double width = 1.6, head = 10;
    if (layered::bows(it)) {
        const double out = (it.anchor.x - it.tail.x) / 0.75;  // a cubic with both handles out by o reaches 0.75 o
        f.svg.curve(it.tail, {it.tail.x + out, it.tail.y}, {it.head.x + out, it.head.y}, it.head, col, width);
        arrow_head(f.svg, it.head, {-1, 0}, head, col);
    } else {
        f.svg.line(it.tail, it.head, col, width);
        arrow_head(f.svg, it.head, {it.head.x - it.tail.x, it.head.y - it.tail.y}, head, col);
    }
}

// The point of the arrow nearest its label, where a label moved off the line is tied back to.
Vec2 arrow_point_near_label(const SceneItem& it) {
    if (layered::bows(it)) return {it.anchor.x, (it.tail.y + it.head.y) / 2};
    const double dx = it.head.x - it.tail.x, dy = it.head.y - it.tail.y, len2 = dx * dx + dy * dy;
    const double t = len2 > 0 ? std::clamp(((it.anchor.x - it.tail.x) * dx + (it.anchor.y - it.tail.y) * dy) / len2, 0.0, 1.0) : 0;
    return {it.tail.x + dx * t, it.tail.y + dy * t};
}

// Its deadline label (a knob when it has none) and lint badge, above every arrow.
void draw_handoff_label(Frame& f, const SceneItem& it) {
    if (it.tail.x == it.head.x && it.tail.y == it.head.y) return;
    const bp::Handoff& h = bp::handoff_at(f.doc, it.path);
    const Colour col = colour::kHandoff;
    const std::string label = bp::deadline_text(h.deadline, f.lang);
    const double size = text_size(11.0);
    const Vec2 c = it.anchor, on = arrow_point_near_label(it);
    if (std::abs(on.x - c.x) + std::abs(on.y - c.y) > 4) f.svg.dashed_line(on, c, col, 1.0, 3, 3);
    if (label.empty()) {  // no deadline: a knob where the label would be
        const double r = std::max(3.0, size * 0.35);
        f.svg.circle(c, r, col);
        badges(f, {c.x + r + 2 + 18, c.y}, 0, h.id);
        return;
    }
    const double w = f.svg.font().measure(label, size);
    const Vec2 mn{c.x - w / 2 - 4, c.y - size / 2 - 2}, mx{c.x + w / 2 + 4, c.y + size / 2 + 2};
    f.svg.rect(mn, mx, colour::kHandoffLabelFill, 8.0);
    f.svg.rect_outline(mn, mx, col, 8.0, 1.0);
    f.svg.text({mn.x + 4, mn.y + 2}, size, col, label);
    badges(f, {mx.x + 6 + 18, c.y}, 0, h.id);
}

}  // namespace

void blueprint_page(const ui::Scene& s, Vec2& min, Vec2& max) {
    min = {std::min(min.x, 0.0), std::min(min.y, layered::kHeaderTop)};
    max = {std::max(max.x, rows_right(s)), std::max(max.y, layered::row_top(s, layered::row_count(s)))};
}

// As the canvas: cards, then the arrows over them, then the arrows' labels, then the row names.
void draw_blueprint_picture(Frame& f) {
    draw_rows(f);
    const auto& items = f.scene.items;
    const size_t first_arrow = f.scene.first_handoff.empty() ? items.size() : f.scene.first_handoff.front();
    for (size_t i = 0; i < first_arrow; ++i) {
        const SceneItem& it = items[i];
        f.svg.begin_item(it.id.str());
        switch (it.kind) {
            case ui::ItemKind::Circle: draw_header(f, it); break;
            case ui::ItemKind::Touchpoint: draw_moment(f, it); break;
            case ui::ItemKind::KeyFactor: draw_chip(f, it); break;
            case ui::ItemKind::Activity: draw_activity(f, it); break;
            case ui::ItemKind::Handoff: break;
        }
        f.svg.end_item();
    }
    for (size_t i = first_arrow; i < items.size(); ++i) {
        f.svg.begin_item(items[i].id.str());
        draw_handoff_line(f, items[i]);
        draw_handoff_label(f, items[i]);
        f.svg.end_item();
    }
    draw_row_names(f);
}

}  // namespace picture
