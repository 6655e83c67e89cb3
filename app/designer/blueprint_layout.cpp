#include "blueprint_layout.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ui::layered {

namespace {

int layer_index(bp::Layer l) { return std::clamp((int)l, 0, kRowCount - 1); }

SceneItem box(ItemKind kind, bp::ElementId id, bp::Path path, bp::Vec2 mn, bp::Vec2 mx) {
    SceneItem it{kind, Shape::Rect, std::move(id), path, mn, mx, {(mn.x + mx.x) / 2, (mn.y + mx.y) / 2}};
    return it;
}

// The row an activity sits in: its layer, or in the chain view its role's lane (the last lane holds
// those without a role: evidence, the customer, systems).
struct RowKey {
    RowKind kind;
    std::unordered_map<std::string_view, int> role_lane;
    int count;
    RowKey(const bp::Blueprint& doc, RowKind k) : kind(k), count(k == RowKind::Layers ? kRowCount : (int)doc.roles.size() + 1) {
        for (int i = 0; i < (int)doc.roles.size(); ++i) role_lane.emplace(doc.roles[i].id.value, i);
    }
    int of(const bp::Activity& a) const {
        if (kind == RowKind::Layers) return layer_index(a.layer);
        const auto it = role_lane.find(a.role.value);
        return it == role_lane.end() ? count - 1 : it->second;
    }
};

// The most cards any cell of each row holds (at least one, so an empty row still has room to add).
std::vector<int> fullest_cells(const bp::Blueprint& doc, const RowKey& rows) {
    std::vector<int> most(rows.count, 1), n(rows.count);
    for (const auto& c : doc.circles)
        for (const auto& tp : c.touchpoints) {
            std::fill(n.begin(), n.end(), 0);
            for (const auto& a : tp.activities) ++n[rows.of(a)];
            for (int r = 0; r < rows.count; ++r) most[r] = std::max(most[r], n[r]);
        }
    return most;
}

double row_height(int cards) { return kRowPadTop + cards * (kCardH + kCardGap) - kCardGap + kRowPadBottom; }

// An arrow between two cards: across columns from the facing side edges; within one column from the
// right edge of one to the right edge of the other, bowing out into the gap beside the stack (its
// label at the bow's apex, further out the longer the arrow).
void arrow_ends(const SceneItem& from, const SceneItem& to, SceneItem& arrow) {
    if (to.min.x >= from.max.x) {
        arrow.tail = {from.max.x, from.anchor.y};
        arrow.head = {to.min.x, to.anchor.y};
    } else if (to.max.x <= from.min.x) {
        arrow.tail = {from.min.x, from.anchor.y};
        arrow.head = {to.max.x, to.anchor.y};
    } else {
        arrow.tail = {from.max.x, from.anchor.y};
        arrow.head = {to.max.x, to.anchor.y};
    }
    arrow.anchor = {(arrow.tail.x + arrow.head.x) / 2, (arrow.tail.y + arrow.head.y) / 2};
    if (bows(arrow)) arrow.anchor.x += kBowMin + kBowPerUnit * std::abs(arrow.head.y - arrow.tail.y);
}

bool labels_collide(bp::Vec2 a, bp::Vec2 b) {
    return std::abs(a.x - b.x) < kArrowLabelW + 2 && std::abs(a.y - b.y) < kArrowLabelH + 2;
}

// The cards of one circle's block by column (moments, chips and activities): what a deadline label must
// not cover. A label is narrower than a column, so it touches at most two. Items are held by index:
// the arrows placed meanwhile grow the scene's item list.
struct CircleCards {
    const Scene& s;
    double left = 0;
    std::vector<std::vector<size_t>> columns;
    CircleCards(const Scene& scene, const bp::Blueprint& doc, int c) : s(scene), left(scene.circle_left[c]) {
        const auto& tps = doc.circles[c].touchpoints;
        columns.resize(std::max(tps.size(), size_t(1)));
        for (int t = 0; t < (int)tps.size(); ++t) {
            const size_t global = s.first_touchpoint[c] + t;
            auto& column = columns[t];
            column.push_back(doc.circles.size() + global);  // the moment (after the circles' headers)
            for (size_t k = 0; k < s.shown_key_factors[global]; ++k) column.push_back(s.first_key_factor[global] + k);
            for (size_t a = 0; a < tps[t].activities.size(); ++a) column.push_back(s.first_activity[global] + a);
        }
    }
    int column(double x) const { return std::clamp((int)std::floor((x - left) / kColW), 0, (int)columns.size() - 1); }
    bool covered(bp::Vec2 at) const {
        const double x0 = at.x - kArrowLabelW / 2 - 1, x1 = at.x + kArrowLabelW / 2 + 1;
        const double y0 = at.y - kArrowLabelH / 2 - 1, y1 = at.y + kArrowLabelH / 2 + 1;
        for (int c = column(x0); c <= column(x1); ++c)
            for (size_t i : columns[c]) {
                const SceneItem& it = s.items[i];
                if (x0 < it.max.x && x1 > it.min.x && y0 < it.max.y && y1 > it.min.y) return true;
            }
        return false;
    }
};

// A label goes where it covers no card and no label of the circle placed before it: along its arrow (a
// bow: further out), else lifted a little off the line, else into the band between two rows nearest the
// arrow (no card sits there: a row's bottom pad and the next one's top pad); the first place when none
// is clear.
void place_label(SceneItem& arrow, const std::vector<bp::Vec2>& placed, const CircleCards& cards, const Scene& s) {
    auto clear = [&](bp::Vec2 at) {
        return !cards.covered(at) && std::none_of(placed.begin(), placed.end(), [&](bp::Vec2 p) { return labels_collide(p, at); });
    };
    const bp::Vec2 first = arrow.anchor;
    bool found = false;
    if (bows(arrow)) {
        for (int k = 0; k < 6 && !(found = clear(arrow.anchor)); ++k) arrow.anchor.x += kArrowLabelH;
    } else {
        auto try_along = [&](double lift) {
            for (double t : {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9}) {
                const bp::Vec2 at{arrow.tail.x + (arrow.head.x - arrow.tail.x) * t,
                                  arrow.tail.y + (arrow.head.y - arrow.tail.y) * t + lift};
                if (clear(at)) {
                    arrow.anchor = at;
                    return true;
                }
            }
            return false;
        };
        const double step = kArrowLabelH / 2 + 2;
        for (double lift : {0.0, -step, step, -2 * step, 2 * step, -3 * step, 3 * step, -4 * step, 4 * step})
            if ((found = try_along(lift))) break;
    }
    if (!found) {
        std::vector<double> bands;
        for (double top : s.row_tops) bands.push_back(top + (kRowPadTop - kRowPadBottom) / 2);
        for (double t : {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8}) {
            const bp::Vec2 on = bows(arrow) ? bp::Vec2{first.x, arrow.tail.y + (arrow.head.y - arrow.tail.y) * t}
                                            : bp::Vec2{arrow.tail.x + (arrow.head.x - arrow.tail.x) * t,
                                                       arrow.tail.y + (arrow.head.y - arrow.tail.y) * t};
            std::sort(bands.begin(), bands.end(), [&](double a, double b) { return std::abs(a - on.y) < std::abs(b - on.y); });
            for (double y : bands)
                if (clear({on.x, y})) {
                    arrow.anchor = {on.x, y};
                    found = true;
                    break;
                }
            if (found) break;
        }
    }
    if (!found) arrow.anchor = first;
    arrow.min = {std::min({arrow.tail.x, arrow.head.x, arrow.anchor.x - kArrowLabelW / 2}),
                 std::min({arrow.tail.y, arrow.head.y, arrow.anchor.y - kArrowLabelH / 2})};
    arrow.max = {std::max({arrow.tail.x, arrow.head.x, arrow.anchor.x + kArrowLabelW / 2}),
                 std::max({arrow.tail.y, arrow.head.y, arrow.anchor.y + kArrowLabelH / 2})};
}

}  // namespace

// ---------------------------------------------------------------------------------- rows and lines
const bp::Term& layer_term(bp::Layer layer) {
    using namespace bp::glossary;
    static const bp::Term* terms[kRowCount] = {&physical_evidence, &customer_action, &frontstage, &backstage, &support_process};
    return *terms[layer_index(layer)];
}

double row_top(const Scene& s, int layer) {
    if (s.row_tops.empty()) return kMomentsBottom;
    return s.row_tops[std::clamp(layer, 0, (int)s.row_tops.size() - 1)];
}

int row_at(const Scene& s, double y) {
    if (s.row_tops.size() < 2 || y < s.row_tops.front() || y >= s.row_tops.back()) return -1;
    for (int l = 0; l + 1 < (int)s.row_tops.size(); ++l)
        if (y < s.row_tops[l + 1]) return l;
    return -1;
}

// ---------------------------------------------------------------------------------------- building
int row_count(const Scene& s) { return std::max((int)s.row_tops.size() - 1, 0); }

void build(const bp::Blueprint& doc, Scene& s, RowKind kind) {
    const RowKey rows(doc, kind);
    double x = kLabelW + 20;
    for (const auto& c : doc.circles) {
        s.circle_left.push_back(x);
        x += std::max((int)c.touchpoints.size(), 1) * kColW + kCircleGap;
    }
    const auto most = fullest_cells(doc, rows);
    double y = kMomentsBottom;
    for (int l = 0; l < rows.count; ++l) {
        s.row_tops.push_back(y);
        y += row_height(most[l]);
    }
    s.row_tops.push_back(y);

    for (int c = 0; c < (int)doc.circles.size(); ++c) {
        const double w = std::max((int)doc.circles[c].touchpoints.size(), 1) * kColW;
        const double left = s.circle_left[c];
        s.items.push_back(box(ItemKind::Circle, doc.circles[c].id, bp::Path{c}, {left + 4, kHeaderTop},
                              {left + w - 4, kHeaderTop + kHeaderH}));
    }
    for (int c = 0; c < (int)doc.circles.size(); ++c) {
        const auto& tps = doc.circles[c].touchpoints;
        for (int t = 0; t < (int)tps.size(); ++t) {
            const double left = s.circle_left[c] + t * kColW;
            s.items.push_back(box(ItemKind::Touchpoint, tps[t].id, bp::Path{c, t}, {left + 10, kMomentTop},
                                  {left + kColW - 10, kMomentTop + sizes::kTpCardH}));
        }
    }
    // Key-factor chips under their moment: the first few, the rest are counted by the view.
    for (int c = 0; c < (int)doc.circles.size(); ++c) {
        const auto& tps = doc.circles[c].touchpoints;
        for (int t = 0; t < (int)tps.size(); ++t) {
            const size_t global = s.first_touchpoint[c] + t;
            const double left = s.circle_left[c] + t * kColW;
            const int shown = std::min((int)tps[t].key_factors.size(), sizes::kChipsPerCell);
            s.first_key_factor[global] = s.items.size();
            s.shown_key_factors[global] = shown;
            for (int k = 0; k < shown; ++k) {
                const double top = kChipsTop + k * (sizes::kChipH + sizes::kChipGap);
                s.items.push_back(box(ItemKind::KeyFactor, tps[t].key_factors[k].id, bp::Path{c, t, k},
                                      {left + 18, top}, {left + kColW - 10, top + sizes::kChipH}));
            }
        }
    }
    // Activity cards in document order (so an activity's item is found by its index), each placed in
    // the next free slot of its layer's cell.
    s.first_activity.assign(s.first_key_factor.size(), s.items.size());
    for (int c = 0; c < (int)doc.circles.size(); ++c) {
        const auto& tps = doc.circles[c].touchpoints;
        for (int t = 0; t < (int)tps.size(); ++t) {
            s.first_activity[s.first_touchpoint[c] + t] = s.items.size();
            const double left = s.circle_left[c] + t * kColW + kCardInset;
            std::vector<int> used(rows.count, 0);
            for (int a = 0; a < (int)tps[t].activities.size(); ++a) {
                const bp::Activity& act = tps[t].activities[a];
                const int l = rows.of(act);
                const double top = s.row_tops[l] + kRowPadTop + used[l]++ * (kCardH + kCardGap);
                bp::Path p{c, t};
                p.activity = a;
                s.items.push_back(box(ItemKind::Activity, act.id, p, {left, top}, {left + kCardW, top + kCardH}));
            }
        }
    }
    // Handoff arrows, one item per handoff (so its index finds it); one whose end is missing (the loader
    // refuses those) has no length and is not drawn.
    s.first_handoff.assign(doc.circles.size(), s.items.size());
    for (int c = 0; c < (int)doc.circles.size(); ++c) {
        const bp::Circle& circle = doc.circles[c];
        std::unordered_map<std::string_view, size_t> card;
        for (int t = 0; t < (int)circle.touchpoints.size(); ++t) {
            const size_t first = s.first_activity[s.first_touchpoint[c] + t];
            const auto& acts = circle.touchpoints[t].activities;
            for (size_t a = 0; a < acts.size(); ++a) card.emplace(acts[a].id.value, first + a);
        }
        s.first_handoff[c] = s.items.size();
        const CircleCards cards(s, doc, c);
        std::vector<bp::Vec2> labels;
        for (int h = 0; h < (int)circle.handoffs.size(); ++h) {
            const bp::Handoff& handoff = circle.handoffs[h];
            bp::Path p{c};
            p.handoff = h;
            SceneItem arrow{ItemKind::Handoff, Shape::Arrow, handoff.id, p, {}, {}, {}};
            const auto from = card.find(handoff.from.value), to = card.find(handoff.to.value);
            if (from != card.end() && to != card.end()) {
                arrow_ends(s.items[from->second], s.items[to->second], arrow);
                place_label(arrow, labels, cards, s);
                labels.push_back(arrow.anchor);
            } else {
                arrow.tail = arrow.head = arrow.anchor = arrow.min = arrow.max = {s.circle_left[c], kHeaderTop};
            }
            s.items.push_back(arrow);
        }
    }
}

// ------------------------------------------------------------------------------------------- cells
std::optional<Cell> cell_at(const Scene& s, const bp::Blueprint& doc, bp::Vec2 p) {
    const int layer = s.view == SceneView::Blueprint ? row_at(s, p.y) : -1;
    if (layer < 0) return std::nullopt;
    for (int c = 0; c < (int)doc.circles.size() && c < (int)s.circle_left.size(); ++c) {
        const int n = (int)doc.circles[c].touchpoints.size();
        const double left = s.circle_left[c];
        if (n == 0 || p.x < left || p.x >= left + n * kColW) continue;
        return Cell{c, (int)std::floor((p.x - left) / kColW), (bp::Layer)layer};
    }
    return std::nullopt;
}

Rect cell_rect(const Scene& s, int circle, int touchpoint, int row) {
    const double left = circle >= 0 && circle < (int)s.circle_left.size() ? s.circle_left[circle] : 0;
    return {{left + touchpoint * kColW, row_top(s, row)}, {left + (touchpoint + 1) * kColW, row_top(s, row + 1)}};
}

Rect cell_rect(const Scene& s, int circle, int touchpoint, bp::Layer layer) {
    return cell_rect(s, circle, touchpoint, layer_index(layer));
}

}  // namespace ui::layered
