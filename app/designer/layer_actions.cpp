#include "layer_actions.h"

#include <algorithm>

#include "blueprint/layer_edits.h"
#include "blueprint/layers.h"
#include "blueprint_layout.h"

namespace ui::layer_actions {

const SceneItem* activity_card_at(const Scene& s, bp::Vec2 p) {
    for (size_t i = s.items.size(); i-- > 0;) {
        const SceneItem& it = s.items[i];
        if (it.kind == ItemKind::Activity && p.x >= it.min.x && p.x <= it.max.x && p.y >= it.min.y && p.y <= it.max.y)
            return &it;
    }
    return nullptr;
}

namespace {

bool apply_proposal(const Context& ctx, bp::Proposal p, const std::string& merge_key = {}) {
    if (!p) {
        ctx.tell(p.refused.in(ctx.lang()), true);
        return false;
    }
    return ctx.doc().apply(std::move(p.edit), merge_key);
}

}  // namespace

// ------------------------------------------------------------------------------------------ editing
bool add_activity_at(const Context& ctx, const Scene& s, bp::Vec2 world) {
    if (s.view != SceneView::Blueprint || activity_card_at(s, world)) return false;
    const auto cell = layered::cell_at(s, ctx.model(), world);
    if (!cell) return false;
    const bp::Touchpoint& tp = ctx.model().circles[cell->circle].touchpoints[cell->touchpoint];
    bp::Activity act;
    act.layer = cell->layer;
    act.name = tr(ctx.lang(), "新活动", "New activity");
    // Staff in front and behind act for the moment's owner until told otherwise.
    if (act.layer == bp::Layer::Frontstage || act.layer == bp::Layer::Backstage) act.role = tp.role;
    bp::Proposal p = bp::add_activity(ctx.doc(), tp.id, std::move(act));
    if (!p) {
        ctx.tell(p.refused.in(ctx.lang()), true);
        return true;
    }
    const size_t before = tp.activities.size();
    const bp::TouchpointId tp_id = tp.id;
    if (!ctx.doc().apply(std::move(p.edit))) return true;
    ctx.doc().seal();
    // The new activity is the last of its touchpoint: select it and have its name typed.
    if (auto at = ctx.locate(tp_id)) {
        const bp::Touchpoint& now = bp::touchpoint_at(ctx.model(), at->path);
        if (now.activities.size() > before) {
            ctx.selection.set(now.activities.back().id);
            ctx.begin_rename(now.activities.back().id);
        }
    }
    return true;
}

namespace {

// The part of a card, top and bottom, that places a dropped card before or after it rather than joining
// the two by a handoff.
constexpr double kEdgeShare = 0.25;

// The activity cards of one cell, top to bottom, with their index among the moment's activities.
struct CellCard {
    const SceneItem* item;
    int index;
};
std::vector<CellCard> cell_cards(const Scene& s, const bp::Blueprint& doc, int circle, int touchpoint, bp::Layer layer) {
    std::vector<CellCard> out;
    const bp::Touchpoint& tp = doc.circles[circle].touchpoints[touchpoint];
    for (const SceneItem& it : s.items) {
        if (it.kind != ItemKind::Activity || it.path.circle != circle || it.path.touchpoint != touchpoint) continue;
        if (it.path.activity >= 0 && it.path.activity < (int)tp.activities.size() && tp.activities[it.path.activity].layer == layer)
            out.push_back({&it, it.path.activity});
    }
    std::sort(out.begin(), out.end(), [](const CellCard& a, const CellCard& b) { return a.item->min.y < b.item->min.y; });
    return out;
}

bool add_handoff_between(const Context& ctx, const bp::ActivityId& from, const bp::ActivityId& to) {
    bp::Handoff h;
    h.from = from;
    h.to = to;
    if (!apply_proposal(ctx, bp::add_handoff(ctx.doc(), h))) return false;
    ctx.doc().seal();
    // Select the new handoff, so its deadline and items are filled in the inspector next.
    if (auto at = ctx.locate(to)) {
        const auto& handoffs = ctx.model().circles[at->path.circle].handoffs;
        for (auto it = handoffs.rbegin(); it != handoffs.rend(); ++it)
            if (it->from == from && it->to == to) {
                ctx.selection.set(it->id);
                break;
            }
    }
    return true;
}

}  // namespace

ActivityDrop activity_drop_at(const Context& ctx, const Scene& s, const bp::ActivityId& from, bp::Vec2 world) {
    ActivityDrop drop;
    const bp::Blueprint& doc = ctx.model();
    const SceneItem* card = activity_card_at(s, world);
    if (card && card->id != bp::ElementId(from)) {
        const double h = card->max.y - card->min.y, y = world.y - card->min.y;
        const bool edge = s.view == SceneView::Blueprint && (y < h * kEdgeShare || y > h * (1 - kEdgeShare));
        if (!edge) {
            if (const bp::ActivityId* to = card->id.get<bp::ActivityId>()) {
                drop.kind = ActivityDrop::Kind::Handoff;
                drop.to = *to;
            }
            return drop;
        }
    }
    const auto cell = layered::cell_at(s, doc, world);
    auto source = ctx.locate(from);
    if (!cell || !source) return drop;
    // The place among the cell's cards: before the first whose middle is below the mouse.
    const std::vector<CellCard> cards = cell_cards(s, doc, cell->circle, cell->touchpoint, cell->layer);
    size_t before = 0;
    while (before < cards.size() && cards[before].item->anchor.y < world.y) ++before;
    const bool same_moment = source->path.circle == cell->circle && source->path.touchpoint == cell->touchpoint;
    // Let go next to itself: it stays where it is.
    auto is_self = [&](size_t i) { return i < cards.size() && cards[i].item->id == bp::ElementId(from); };
    if (same_moment && (is_self(before) || (before > 0 && is_self(before - 1)))) return drop;
    const bp::Touchpoint& tp = doc.circles[cell->circle].touchpoints[cell->touchpoint];
    int index = before < cards.size() ? cards[before].index : cards.empty() ? -1 : cards.back().index + 1;
    // The model's index counts the moment's activities without the one moved.
    if (same_moment && index > source->path.activity) --index;
    if (index >= (int)tp.activities.size()) index = -1;
    drop.kind = ActivityDrop::Kind::Move;
    drop.touchpoint = tp.id;
    drop.layer = cell->layer;
    drop.index = index;
    drop.circle = cell->circle;
    drop.column = cell->touchpoint;
    const layered::Rect r = layered::cell_rect(s, cell->circle, cell->touchpoint, cell->layer);
    if (before < cards.size()) drop.marker_y = cards[before].item->min.y - layered::kCardGap / 2;
    else if (!cards.empty()) drop.marker_y = cards.back().item->max.y + layered::kCardGap / 2;
    else drop.marker_y = r.min.y + layered::kRowPadTop - layered::kCardGap / 2;
    return drop;
}

bool drop_activity(const Context& ctx, const Scene& s, const bp::ActivityId& from, bp::Vec2 world) {
    const ActivityDrop drop = activity_drop_at(ctx, s, from, world);
    switch (drop.kind) {
        case ActivityDrop::Kind::None: return false;
        case ActivityDrop::Kind::Handoff: return add_handoff_between(ctx, from, drop.to);
        case ActivityDrop::Kind::Move:
            if (!apply_proposal(ctx, bp::move_activity(ctx.model(), from, drop.touchpoint, drop.layer, drop.index))) return false;
            ctx.doc().seal();
            ctx.selection.set(from);
            return true;
    }
    return false;
}

bool delete_selected(const Context& ctx) {
    std::vector<bp::ElementId> layered;
    for (const bp::ElementId& id : ctx.selection.ids)
        if (id.kind() == bp::ElementKind::Activity || id.kind() == bp::ElementKind::Handoff) layered.push_back(id);
    if (layered.empty()) return false;
    // One proposal at a time against the document as it is then (deleting an activity takes its handoffs,
    // so a selected handoff may be gone already), folded into one undo step.
    const std::string key = "delete-layers:" + layered.front().str();
    ctx.doc().seal();
    bool any = false;
    for (const bp::ElementId& id : layered) {
        if (!ctx.locate(id)) continue;
        bp::Proposal p = id.kind() == bp::ElementKind::Activity ? bp::remove_activity(ctx.model(), *id.get<bp::ActivityId>())
                                                                : bp::remove_handoff(ctx.model(), *id.get<bp::HandoffId>());
        any |= apply_proposal(ctx, std::move(p), key);
    }
    ctx.doc().seal();
    if (any) ctx.selection.clear();
    return true;
}

bool rename_activity(const Context& ctx, const bp::ElementId& id, const std::string& name) {
    const bp::ActivityId* act = id.get<bp::ActivityId>();
    auto at = act ? ctx.locate(id) : std::nullopt;
    if (!at) return false;
    bp::Activity after = bp::activity_at(ctx.model(), at->path);
    if (after.name == name) return false;
    after.name = name;
    return apply_proposal(ctx, bp::edit_activity(ctx.model(), after));
}

// ------------------------------------------------------------------------------------ break this link
void toggle_break(const Context& ctx, const bp::HandoffId& id, bp::Break how, int64_t late_by_minutes) {
    auto& broken = ctx.selection.broken_link;
    if (broken && broken->handoff == id && broken->how == how) {
        broken.reset();
        return;
    }
    broken = bp::LinkBreak{id, how, late_by_minutes};
}

std::optional<BrokenLink> broken_link(const Context& ctx) {
    const auto& link = ctx.selection.broken_link;
    if (!link) return std::nullopt;
    BrokenLink out{*link, bp::break_link(ctx.model(), *link), {}, std::nullopt};
    if (!out.effect.found) return std::nullopt;
    for (const auto& a : out.effect.activities) out.downstream.insert(a.value);
    for (const auto& m : out.effect.moments) out.downstream.insert(m.value);
    if (out.effect.promise_fails) {
        if (auto at = ctx.locate(out.effect.circle)) {
            const bp::Circle& c = ctx.model().circles[at->path.circle];
            const bp::ChainTiming designed = bp::chain_timing(c);
            if (link->how == bp::Break::Late && designed.promised && out.effect.end_after > *designed.promised)
                out.overrun = out.effect.end_after - *designed.promised;
        }
    }
    return out;
}

}  // namespace ui::layer_actions
