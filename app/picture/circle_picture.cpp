// The circle view's picture: what circle_view.cpp draws at 100 % in its resting state — each ring with
// its title box, the arrows between touchpoints, the nodes with their order and labels, the key-factor
// cards with their stripe and lines, and the count badges — in the scene's drawing order.
#include <algorithm>
#include <cmath>

#include "blueprint/enums.h"
#include "draw.h"

namespace picture {

namespace {

namespace colour = ui::colours::view;
using ui::SceneItem;
using ui::TextKind;

int standards_of(const bp::Touchpoint& tp) {
    int n = 0;
    for (const auto& kf : tp.key_factors) n += (int)kf.standards.size();
    return n;
}

Colour bpm_colour(bp::Bpm b) {
    switch (b) {
        case bp::Bpm::Basic: return colour::kBpmBasic;
        case bp::Bpm::Performance: return colour::kBpmPerformance;
        case bp::Bpm::Motivation: return colour::kBpmMotivation;
    }
    return colour::kBpmBasic;
}

Colour text_colour(const Frame& f, const SceneItem& it, TextKind kind) {
    switch (kind) {
        case TextKind::Name: case TextKind::CardName: return colour::kInk;
        case TextKind::Title: return colour::kTitle;
        case TextKind::Points: return bp::touchpoint_at(f.doc, it.path).fail_point ? colour::kFailText : colour::kWaitText;
        case TextKind::Role: case TextKind::CardDetail: case TextKind::TitleDetail: return colour::kMuted;
    }
    return colour::kMuted;
}

// The item's lines where the scene laid them out (at 100 % each fills its box).
void draw_lines(Frame& f, const SceneItem& it) {
    if (!it.has_text()) return;
    for (const ui::TextLine& l : it.text) {
        const double px = std::min(l.size, 64.0);
        const bool capped = px < l.size;
        const double w = capped ? f.svg.font().measure(l.text, px) : l.max.x - l.min.x;
        const double x = l.align < 0 ? l.min.x : l.align > 0 ? l.max.x - w : (l.min.x + l.max.x - w) / 2;
        f.svg.text({x, l.min.y}, px, text_colour(f, it, l.kind), l.text, {l.min.x - 1, l.min.y - 1}, {l.max.x + 1, l.max.y + 1});
    }
}

void draw_circle(Frame& f, const SceneItem& it) {
    const bp::Circle& c = f.doc.circles[it.path.circle];
    f.svg.circle_outline(it.anchor, it.radius, colour::kRing, 2.0);
    if (!it.has_text()) return;
    f.svg.rect(it.text_min, it.text_max, colour::kTitleFill, 6.0);
    f.svg.rect_outline(it.text_min, it.text_max, colour::kRing, 6.0, 1.0);
    draw_lines(f, it);
    badges(f, {it.text_max.x, it.text_min.y}, 0, c.id);
}

void draw_arrow_before(Frame& f, const SceneItem& it) {
    const bp::Circle& c = f.doc.circles[it.path.circle];
    const int n = (int)c.touchpoints.size(), t = it.path.touchpoint;
    if (t == 0 || n < 2) return;
    const double r = ui::ring::display_radius(c);
    const double mid = (ui::ring::slot_angle(t - 1, n) + ui::ring::slot_angle(t, n)) / 2;
    arrow_head(f.svg, ui::ring::point_at(c.position, r, mid), {-std::sin(mid), std::cos(mid)}, 14, colour::kRingArrow);
}

void draw_touchpoint(Frame& f, const SceneItem& it) {
    const bp::Touchpoint& tp = bp::touchpoint_at(f.doc, it.path);
    const Vec2 p = it.anchor;
    const double r = it.radius;
    f.svg.circle(p, r, ui::colours::feeling(tp.feeling));
    f.svg.circle_outline(p, r, colour::kWhite, 1.5);
    // Order number inside; the name, role and wait/fail line beside the node, outside the ring.
    const std::string order = std::to_string(it.path.touchpoint + 1);
    const double size = text_size(18.0), w = f.svg.font().measure(order, size);
    text(f, {p.x - w / 2, p.y - size / 2}, {p.x - r, p.y - r}, {p.x + r, p.y + r}, colour::kWhite, order, 18.0);
    draw_lines(f, it);
    // Badges on the node's inner side, where no label or card ever goes.
    const double dx = std::cos(it.angle), dy = std::sin(it.angle), pill = 18.0;
    badges(f, {p.x - dx * r * 1.1 + (dx < 0 ? pill * 1.6 : 0.0), p.y - dy * r * 1.1}, standards_of(tp), tp.id);
}

void draw_card(Frame& f, const SceneItem& it) {
    const bp::KeyFactor& kf = bp::key_factor_at(f.doc, it.path);
    if (const SceneItem* tp = f.scene.owner(it)) f.svg.line(tp->anchor, it.anchor, colour::kCardLink, 1.0);
    f.svg.rect(it.min, it.max, colour::kCardFill, 6.0);
    f.svg.rect({it.min.x, it.min.y}, {it.min.x + 5, it.max.y}, bpm_colour(kf.bpm), 6.0, kLeft);
    f.svg.rect_outline(it.min, it.max, colour::kCardEdge, 6.0, 1.0);
    draw_lines(f, it);
    badges(f, {it.max.x + 6, it.min.y}, (int)kf.standards.size(), kf.id);
}

}  // namespace

void draw_circle_picture(Frame& f) {
    for (const SceneItem& it : f.scene.items) {
        if (it.kind == ui::ItemKind::Touchpoint) draw_arrow_before(f, it);
        f.svg.begin_item(it.id.str());
        switch (it.kind) {
            case ui::ItemKind::Circle: draw_circle(f, it); break;
            case ui::ItemKind::Touchpoint: draw_touchpoint(f, it); break;
            case ui::ItemKind::KeyFactor: draw_card(f, it); break;
            default: break;
        }
        f.svg.end_item();
    }
}

}  // namespace picture
