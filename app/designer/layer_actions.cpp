#include "layer_actions.h"

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

bool drop_handoff(const Context& ctx, const Scene& s, const bp::ActivityId& from, bp::Vec2 world) {
    const SceneItem* target = activity_card_at(s, world);
    if (!target || target->id == bp::ElementId(from)) return false;
    const bp::ActivityId* to = target->id.get<bp::ActivityId>();
    if (!to) return false;
    bp::Handoff h;
    h.from = from;
    h.to = *to;
    bp::Proposal p = bp::add_handoff(ctx.doc(), h);
    if (!apply_proposal(ctx, std::move(p))) return false;
    ctx.doc().seal();
    // Select the new handoff, so its deadline and items are filled in the inspector next.
    if (auto at = ctx.locate(*to)) {
        const auto& handoffs = ctx.model().circles[at->path.circle].handoffs;
        for (auto it = handoffs.rbegin(); it != handoffs.rend(); ++it)
            if (it->from == from && it->to == *to) {
                ctx.selection.set(it->id);
                break;
            }
    }
    return true;
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
