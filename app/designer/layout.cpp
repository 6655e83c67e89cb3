#include "layout.h"

#include "blueprint_layout.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <variant>

namespace ui {

// ------------------------------------------------------------------------------------ ring geometry
namespace ring {

double slot_angle(int i, int n) {
    if (n <= 0) return -kPi / 2;
    return -kPi / 2 + 2 * kPi * double(i) / double(n);
}

int nearest_slot(double angle, int n) {
    if (n <= 1) return 0;
    double a = std::fmod(angle + kPi / 2, 2 * kPi);  // 0 at 12 o'clock, growing clockwise
    if (a < 0) a += 2 * kPi;
    const int slot = (int)std::lround(a / (2 * kPi / n));
    return slot % n;
}

double angle_of(bp::Vec2 c, bp::Vec2 p) { return std::atan2(p.y - c.y, p.x - c.x); }

bp::Vec2 point_at(bp::Vec2 c, double r, double a) { return {c.x + r * std::cos(a), c.y + r * std::sin(a)}; }

double display_radius(const bp::Circle& c) {
    const double needed = double(c.touchpoints.size()) * sizes::kMinTouchpointSpacing / (2 * kPi);
    return std::max({c.radius, needed, 140.0});
}

int insertion_gap(double angle, int n) {
    if (n <= 0) return 0;
    double a = std::fmod(angle + kPi / 2, 2 * kPi);  // 0 at 12 o'clock, growing clockwise
    if (a < 0) a += 2 * kPi;
    const double step = 2 * kPi / n;
    const int after = std::min((int)std::floor(a / step), n - 1);  // the touchpoint just before the angle
    if (after == n - 1 && a - after * step > step / 2) return 0;   // the half of the last gap before 12 o'clock
    return after + 1;
}

int insertion_index(int gap, int from) { return gap > from ? gap - 1 : gap; }

double insertion_marker_angle(int gap, int n) {
    if (n <= 0) return -kPi / 2;
    if (gap <= 0) return slot_angle(0, n) - kPi / n / 2;  // just before 12 o'clock
    if (gap >= n) return slot_angle(n - 1, n) + kPi / n / 2;
    return (slot_angle(gap - 1, n) + slot_angle(gap, n)) / 2;
}

}  // namespace ring

bp::Vec2 auto_card_offset(double angle, int k) {
    using namespace sizes;
    const double dx = std::cos(angle), dy = std::sin(angle);
    // Distance along the ray at which the card's box no longer touches the node.
    const double clear = kTouchpointRadius + 18 + std::abs(dx) * kCardW / 2 + std::abs(dy) * kCardH / 2;
    const double stack = (dy < -0.2 ? -1.0 : 1.0) * k * (kCardH + kCardGap);  // grow away from the centre
    return {dx * clear, dy * clear + stack};
}

// ------------------------------------------------------------------------------------------- scene
namespace {

void grow(bp::Vec2& mn, bp::Vec2& mx, bp::Vec2 box_min, bp::Vec2 box_max) {
    mn.x = std::min(mn.x, box_min.x);
    mn.y = std::min(mn.y, box_min.y);
    mx.x = std::max(mx.x, box_max.x);
    mx.y = std::max(mx.y, box_max.y);
}

SceneItem rect_item(ItemKind kind, bp::ElementId id, bp::Path path, bp::Vec2 centre, double half_w, double half_h) {
    SceneItem it{kind, Shape::Rect, std::move(id), path, {centre.x - half_w, centre.y - half_h},
                 {centre.x + half_w, centre.y + half_h}, centre};
    return it;
}

void reset(Scene& s, SceneView view, const bp::Blueprint& doc) {
    s.view = view;
    s.provisional = false;
    s.items.clear();
    s.first_touchpoint.assign(doc.circles.size(), 0);
    s.first_key_factor.clear();
    s.shown_key_factors.clear();
    s.circle_left.clear();
    s.first_activity.clear();
    s.first_handoff.clear();
    s.row_tops.clear();
    s.circle_extent.clear();
    s.circle_reach.clear();
    s.circle_group.clear();
    const double inf = std::numeric_limits<double>::infinity();
    s.min = {inf, inf};
    s.max = {-inf, -inf};
    size_t total = 0;
    for (size_t c = 0; c < doc.circles.size(); ++c) {
        s.first_touchpoint[c] = total;
        total += doc.circles[c].touchpoints.size();
    }
    s.first_key_factor.assign(total, SIZE_MAX);
    s.shown_key_factors.assign(total, 0);
}

void finish(Scene& s) {
    for (const auto& it : s.items) {
        grow(s.min, s.max, it.min, it.max);
        if (it.has_text()) grow(s.min, s.max, it.text_min, it.text_max);
    }
}

}  // namespace

const SceneItem* Scene::at_path(const bp::Path& p) const {
    if (p.circle < 0 || p.circle >= (int)first_touchpoint.size() || p.standard >= 0) return nullptr;
    if (p.handoff >= 0) {
        if (p.circle >= (int)first_handoff.size()) return nullptr;
        const size_t at = first_handoff[p.circle] + p.handoff;
        return at < items.size() ? &items[at] : nullptr;
    }
    if (p.touchpoint < 0) return p.circle < (int)items.size() ? &items[p.circle] : nullptr;
    const size_t global = first_touchpoint[p.circle] + p.touchpoint;
    if (global >= first_key_factor.size()) return nullptr;
    size_t at = first_touchpoint.size() + global;
    if (p.activity >= 0) {
        if (global >= first_activity.size()) return nullptr;
        at = first_activity[global] + p.activity;
    } else if (p.key_factor >= 0) {
        if (p.key_factor >= (int)shown_key_factors[global]) return nullptr;
        at = first_key_factor[global] + p.key_factor;
    }
    return at < items.size() ? &items[at] : nullptr;
}

const SceneItem* Scene::item(const bp::ElementId& id, bp::Locator& where) const {
    const auto at = where.find(id);
    if (!at) return nullptr;
    const SceneItem* it = at_path(at->path);
    return it && it->id == id ? it : nullptr;
}

const SceneItem* Scene::owner(const SceneItem& it) const {
    if (it.kind != ItemKind::KeyFactor) return nullptr;
    bp::Path p = it.path;
    p.key_factor = -1;
    return at_path(p);
}

namespace {

// The circle scene's items of `doc` into `s` (reset for it), in draw order: rings, nodes, cards. Circle c's
// items are moved from `old` where from[c] names its index there, or else made afresh (their text is
// laid out by the caller).
void circle_items(const bp::Blueprint& doc, Scene& s, Scene* old, const std::vector<int>& from) {
    using namespace sizes;
    size_t cards = 0;
    for (const bp::Circle& circle : doc.circles)
        for (const bp::Touchpoint& tp : circle.touchpoints) cards += tp.key_factors.size();
    s.items.reserve(doc.circles.size() + s.first_key_factor.size() + cards);  // no copies while it grows
    const size_t circles = doc.circles.size();
    const size_t old_circles = old ? old->first_touchpoint.size() : 0;
    // The item that shows circle c's element at `at` in the old scene, moved, with the circle's new index.
    auto moved = [&](size_t at, int c) {
        SceneItem it = std::move(old->items[at]);
        it.path.circle = c;
        return it;
    };
    for (int c = 0; c < (int)circles; ++c) {
        const bp::Circle& circle = doc.circles[c];
        if (from[c] >= 0) {
            s.items.push_back(moved(from[c], c));
            continue;
        }
        const double r = ring::display_radius(circle);
        SceneItem it{ItemKind::Circle, Shape::Ring, circle.id, bp::Path{c}, {}, {}, circle.position, r};
        const double extent = r + kTouchpointRadius;
        it.min = {circle.position.x - extent, circle.position.y - extent};
        it.max = {circle.position.x + extent, circle.position.y + extent};
        s.items.push_back(std::move(it));
    }
    for (int c = 0; c < (int)circles; ++c) {
        const bp::Circle& circle = doc.circles[c];
        const int n = (int)circle.touchpoints.size();
        if (from[c] >= 0) {
            const size_t first = old_circles + old->first_touchpoint[from[c]];
            for (int t = 0; t < n; ++t) s.items.push_back(moved(first + t, c));
            continue;
        }
        const double r = ring::display_radius(circle);
        for (int t = 0; t < n; ++t) {
            const double a = ring::slot_angle(t, n);
            SceneItem it{ItemKind::Touchpoint, Shape::Disc, circle.touchpoints[t].id, bp::Path{c, t}, {}, {},
                         ring::point_at(circle.position, r, a), kTouchpointRadius, a};
            it.min = {it.anchor.x - kTouchpointRadius, it.anchor.y - kTouchpointRadius};
            it.max = {it.anchor.x + kTouchpointRadius, it.anchor.y + kTouchpointRadius};
            s.items.push_back(std::move(it));
        }
    }
    for (int c = 0; c < (int)circles; ++c) {
        const bp::Circle& circle = doc.circles[c];
        for (int t = 0; t < (int)circle.touchpoints.size(); ++t) {
            const size_t global = s.first_touchpoint[c] + t;
            const auto& kfs = circle.touchpoints[t].key_factors;
            s.first_key_factor[global] = s.items.size();
            s.shown_key_factors[global] = kfs.size();
            if (from[c] >= 0) {
                const size_t first = old->first_key_factor[old->first_touchpoint[from[c]] + t];
                for (size_t k = 0; k < kfs.size(); ++k) s.items.push_back(moved(first + k, c));
                continue;
            }
            const bp::Vec2 anchor = s.items[circles + global].anchor;
            const double angle = s.items[circles + global].angle;
            for (int k = 0; k < (int)kfs.size(); ++k) {
                const bp::Vec2 off = kfs[k].card_offset ? *kfs[k].card_offset : auto_card_offset(angle, k);
                s.items.push_back(rect_item(ItemKind::KeyFactor, kfs[k].id, bp::Path{c, t, k},
                                            {anchor.x + off.x, anchor.y + off.y}, kCardW / 2, kCardH / 2));
            }
        }
    }
}

// Whether old circle `o` of scene `old` shows `circle` as it is: same place, same touchpoints in the
// same order, each with as many cards. (A guard against a change not told: it is then built afresh.)
bool shows(const Scene& old, int o, const bp::Circle& circle) {
    const size_t old_circles = old.first_touchpoint.size();
    const size_t first = old.first_touchpoint[o];
    const size_t last = o + 1 < (int)old_circles ? old.first_touchpoint[o + 1] : old.first_key_factor.size();
    if (last - first != circle.touchpoints.size()) return false;
    if (old.items[o].anchor.x != circle.position.x || old.items[o].anchor.y != circle.position.y) return false;
    for (size_t t = 0; t < circle.touchpoints.size(); ++t) {
        if (old.shown_key_factors[first + t] != circle.touchpoints[t].key_factors.size()) return false;
        const auto* id = old.items[old_circles + first + t].id.get<bp::TouchpointId>();
        if (!id || *id != circle.touchpoints[t].id) return false;
    }
    return true;
}

}  // namespace

void build_circle_scene(const bp::Blueprint& doc, Scene& s, const LabelStyle& style) {
    reset(s, SceneView::Circles, doc);
    circle_items(doc, s, nullptr, std::vector<int>(doc.circles.size(), -1));
    lay_out_circle_text(doc, s, style);
    s.circle_group = circle_groups(s);
    finish(s);
}

bool update_circle_scene(const bp::Blueprint& doc, Scene& s, const std::vector<bp::CircleId>& changed, const LabelStyle& style) {
    const size_t old_circles = s.first_touchpoint.size();
    if (s.view != SceneView::Circles || s.layout_scale != style.layout_scale || s.lang != style.lang ||
        s.circle_extent.size() != old_circles || s.circle_reach.size() != old_circles || s.circle_group.size() != old_circles)
        return false;
    std::unordered_map<std::string_view, int> old_index;
    old_index.reserve(old_circles);
    for (size_t o = 0; o < old_circles; ++o) {
        const auto* id = s.items[o].id.get<bp::CircleId>();
        if (!id) return false;
        old_index.emplace(id->value, (int)o);
    }
    // Old circles that are gone or changed: their groups are laid out again.
    std::vector<char> kept(old_circles, 0), group_due(old_circles, 0);
    for (const bp::CircleId& id : changed) old_index.erase(id.value);
    std::vector<int> from(doc.circles.size(), -1);
    for (int c = 0; c < (int)doc.circles.size(); ++c) {
        const auto at = old_index.find(doc.circles[c].id.value);
        if (at == old_index.end() || kept[at->second] || !shows(s, at->second, doc.circles[c])) continue;
        from[c] = at->second;
        kept[at->second] = 1;
    }
    for (size_t o = 0; o < old_circles; ++o)
        if (!kept[o]) group_due[s.circle_group[o]] = 1;
    std::vector<int> again;  // the circles laid out again, in document order
    std::vector<char> in_again(doc.circles.size(), 0);
    for (int c = 0; c < (int)doc.circles.size(); ++c)
        if (from[c] < 0 || group_due[s.circle_group[from[c]]]) {
            again.push_back(c);
            in_again[c] = 1;
        }
    if (again.size() * 2 > doc.circles.size() && doc.circles.size() > 4) return false;  // most of it: build afresh

    Scene n;
    n.revision = s.revision;
    reset(n, SceneView::Circles, doc);
    n.circle_extent.resize(doc.circles.size());
    n.circle_reach.resize(doc.circles.size());
    for (int c = 0; c < (int)doc.circles.size(); ++c)
        if (from[c] >= 0) {
            n.circle_extent[c] = s.circle_extent[from[c]];
            n.circle_reach[c] = s.circle_reach[from[c]];
        }
    circle_items(doc, n, &s, from);
    lay_out_circle_text(doc, n, style, &again);
    // The circles laid out again must not reach, nor be reached by, any that kept their text.
    n.circle_group = circle_groups(n);
    std::vector<int> group_laid(doc.circles.size(), -1);  // per group: 1 laid out again, 0 kept
    for (int c = 0; c < (int)doc.circles.size(); ++c) {
        int& laid = group_laid[n.circle_group[c]];
        if (laid < 0) laid = in_again[c];
        else if (laid != in_again[c]) return false;
    }
    finish(n);
    s = std::move(n);
    return true;
}

void translate_circle(Scene& s, int c, bp::Vec2 d) {
    if (s.view != SceneView::Circles || c < 0 || c >= (int)s.first_touchpoint.size()) return;
    auto shift = [&](SceneItem& it) {
        auto move = [&](bp::Vec2& p) { p = {p.x + d.x, p.y + d.y}; };
        move(it.min), move(it.max), move(it.anchor), move(it.text_min), move(it.text_max);
        for (TextLine& line : it.text) move(line.min), move(line.max);
    };
    const size_t circles = s.first_touchpoint.size();
    shift(s.items[c]);
    const size_t first = s.first_touchpoint[c];
    const size_t last = c + 1 < (int)circles ? s.first_touchpoint[c + 1] : s.first_key_factor.size();
    for (size_t global = first; global < last; ++global) {
        shift(s.items[circles + global]);
        for (size_t k = 0; k < s.shown_key_factors[global]; ++k) shift(s.items[s.first_key_factor[global] + k]);
    }
    const double inf = std::numeric_limits<double>::infinity();
    s.min = {inf, inf};
    s.max = {-inf, -inf};
    finish(s);
    s.provisional = true;
}

// ------------------------------------------------------------------------- blueprint view geometry
int blueprint_slot_at(const Scene& s, const bp::Blueprint& doc, int circle, double x) {
    if (circle < 0 || circle >= (int)doc.circles.size() || circle >= (int)s.circle_left.size()) return 0;
    const int n = (int)doc.circles[circle].touchpoints.size();
    if (n == 0) return 0;
    return std::clamp((int)std::floor((x - s.circle_left[circle]) / sizes::kColW), 0, n - 1);
}

void build_blueprint_scene(const bp::Blueprint& doc, Scene& s) {
    reset(s, SceneView::Blueprint, doc);
    layered::build(doc, s, layered::RowKind::Layers);
    finish(s);
}

void build_chain_scene(const bp::Blueprint& doc, Scene& s) {
    reset(s, SceneView::Chain, doc);
    layered::build(doc, s, layered::RowKind::Roles);
    finish(s);
}

// ------------------------------------------------------------------------------------------ queries
namespace {
double dist(bp::Vec2 a, bp::Vec2 b) { return std::hypot(a.x - b.x, a.y - b.y); }
bool in_box(bp::Vec2 p, bp::Vec2 mn, bp::Vec2 mx, double tol) {
    return p.x >= mn.x - tol && p.x <= mx.x + tol && p.y >= mn.y - tol && p.y <= mx.y + tol;
}

bool hits(const SceneItem& it, bp::Vec2 p, double tol) {
    switch (it.shape) {
        case Shape::Rect:
            return in_box(p, it.min, it.max, tol);
        case Shape::Disc:  // a touchpoint: its node and its label
            return dist(p, it.anchor) <= it.radius + tol || (it.has_text() && in_box(p, it.text_min, it.text_max, 0));
        case Shape::Ring: {
            using namespace sizes;
            const bool on_title = it.has_text() ? in_box(p, it.text_min, it.text_max, 0)
                                                : std::abs(p.x - it.anchor.x) <= kTitleHalfW && std::abs(p.y - it.anchor.y) <= kTitleHalfH;
            return on_title || std::abs(dist(p, it.anchor) - it.radius) <= kRingHalfWidth + tol;
        }
        case Shape::Arrow: {  // picked by its label (a line is too thin to aim at; labels are kept apart)
            using namespace layered;
            return std::abs(p.x - it.anchor.x) <= kArrowLabelW / 2 + tol && std::abs(p.y - it.anchor.y) <= kArrowLabelH / 2 + tol;
        }
    }
    return false;
}
}  // namespace

const SceneItem* hit_test(const Scene& s, bp::Vec2 p, double tol) {
    for (size_t i = s.items.size(); i-- > 0;)
        if (hits(s.items[i], p, tol)) return &s.items[i];
    return nullptr;
}

std::vector<const SceneItem*> items_in_rect(const Scene& s, bp::Vec2 a, bp::Vec2 b) {
    const bp::Vec2 mn{std::min(a.x, b.x), std::min(a.y, b.y)}, mx{std::max(a.x, b.x), std::max(a.y, b.y)};
    std::vector<const SceneItem*> out;
    for (const auto& it : s.items)
        if (it.min.x >= mn.x && it.max.x <= mx.x && it.min.y >= mn.y && it.max.y <= mx.y) out.push_back(&it);
    return out;
}

}  // namespace ui
