#include "actions.h"

#include <algorithm>
#include <tuple>
#include <unordered_set>

#include "blueprint/text.h"
#include "blueprint/clipboard.h"
#include "blueprint/convert.h"
#include "blueprint/dates.h"
#include "blueprint/fields.h"
#include "blueprint/selection_edits.h"
#include "layer_actions.h"
#include "layout.h"

namespace ui::actions {

namespace {

// The selection without ids no longer in the document.
std::vector<bp::ElementId> selected_ids(const Context& ctx) {
    std::vector<bp::ElementId> ids;
    ids.reserve(ctx.selection.ids.size());
    for (const auto& id : ctx.selection.ids)
        if (ctx.locate(id)) ids.push_back(id);
    return ids;
}

bp::ElementId primary_id(const Context& ctx) {
    const bp::ElementId* primary = ctx.selection.primary();
    return primary ? *primary : bp::ElementId();
}

// A slot's parent and position, as a path and index; the index -1 (at the end) made explicit.
struct Place {
    bp::Path parent;
    int index;
};
std::optional<Place> place_of(const Context& ctx, const std::optional<bp::Slot>& slot) {
    if (!slot) return std::nullopt;
    auto at = ctx.doc().locator().find(slot->parent);
    if (!at) return std::nullopt;
    const bp::Blueprint& m = ctx.model();
    int end = 0;
    if (at->kind == bp::ElementKind::Circle) end = (int)m.circles[at->path.circle].touchpoints.size();
    if (at->kind == bp::ElementKind::Touchpoint) end = (int)bp::touchpoint_at(m, at->path).key_factors.size();
    if (at->kind == bp::ElementKind::KeyFactor) end = (int)bp::key_factor_at(m, at->path).standards.size();
    return Place{at->path, slot->index < 0 ? end : slot->index};
}

// Right of every circle, level with the first one.
bp::Vec2 free_circle_spot(const bp::Blueprint& m, double radius) {
    if (m.circles.empty()) return {0, 0};
    double right = -1e300;
    for (const auto& c : m.circles) right = std::max(right, c.position.x + ring::display_radius(c));
    return {right + 160 + radius, m.circles.front().position.y};
}

void select(const Context& ctx, const std::vector<bp::ElementId>& ids) { ctx.selection.ids = ids; }

}  // namespace

// ------------------------------------------------------------------------------------------ lookup
std::string name_of(const Context& ctx, const bp::ElementId& id) {
    auto at = ctx.locate(id);
    return at ? bp::name_at(ctx.model(), *at) : std::string();
}

// ------------------------------------------------------------------------------------------ create
bp::ElementId add_circle(const Context& ctx, std::optional<bp::Vec2> at) {
    const bp::Blueprint& m = ctx.model();
    bp::Circle c;
    c.id = bp::CircleId(ctx.doc().new_id("circle"));
    c.name = std::string(tr(ctx.lang(), "服务圈 ", "Circle ")) + std::to_string(m.circles.size() + 1);
    c.position = at ? *at : free_circle_spot(m, c.radius);
    const bp::CircleId id = c.id;
    if (!ctx.doc().apply(bp::insert_circle(std::move(c)))) return {};
    ctx.selection.set(id);
    ctx.commands.push(command::Reveal{id});
    return id;
}

bp::ElementId add_touchpoint(const Context& ctx) {
    bp::Touchpoint tp;
    tp.id = bp::TouchpointId(ctx.doc().new_id("tp"));
    const bp::TouchpointId id = tp.id;
    auto slot = place_of(ctx, bp::touchpoint_slot(ctx.model(), ctx.doc().locator(), primary_id(ctx)));
    if (!slot) {  // no circle yet: make one holding the touchpoint
        bp::Circle c;
        c.id = bp::CircleId(ctx.doc().new_id("circle"));
        c.name = tr(ctx.lang(), "服务圈 1", "Circle 1");
        tp.name = tr(ctx.lang(), "触点 1", "Touchpoint 1");
        c.touchpoints.push_back(std::move(tp));
        if (!ctx.doc().apply(bp::insert_circle(std::move(c)))) return {};
    } else {
        const bp::Circle& circle = ctx.model().circles[slot->parent.circle];
        tp.name = std::string(tr(ctx.lang(), "触点 ", "Touchpoint ")) + std::to_string(circle.touchpoints.size() + 1);
        if (!ctx.doc().apply(bp::insert_touchpoint(circle.id, std::move(tp), slot->index))) return {};
    }
    ctx.selection.set(id);
    ctx.commands.push(command::Reveal{id});
    return id;
}

bp::ElementId add_key_factor(const Context& ctx) {
    auto slot = place_of(ctx, bp::key_factor_slot(ctx.model(), ctx.doc().locator(), primary_id(ctx)));
    if (!slot) {
        ctx.tell("请先选择一个触点。", "Select a touchpoint first.");
        return {};
    }
    const bp::Touchpoint& tp = bp::touchpoint_at(ctx.model(), slot->parent);
    bp::KeyFactor kf;
    kf.id = bp::KeyFactorId(ctx.doc().new_id("kf"));
    kf.name = std::string(tr(ctx.lang(), "关键因素 ", "Key factor ")) + std::to_string(tp.key_factors.size() + 1);
    const bp::KeyFactorId id = kf.id;
    if (!ctx.doc().apply(bp::insert_key_factor(tp.id, std::move(kf), slot->index))) return {};
    ctx.selection.set(id);
    ctx.commands.push(command::Reveal{id});
    return id;
}

bp::ElementId add_standard(const Context& ctx) {
    auto slot = place_of(ctx, bp::standard_slot(ctx.model(), ctx.doc().locator(), primary_id(ctx)));
    if (!slot) {
        ctx.tell("请先选择一个关键因素。", "Select a key factor first.");
        return {};
    }
    const bp::Blueprint& m = ctx.model();
    const bp::KeyFactor& kf = bp::key_factor_at(m, slot->parent);
    bp::Standard s;
    s.id = bp::StandardId(ctx.doc().new_id("st"));
    s.statement = tr(ctx.lang(), "新标准", "New standard");
    s.owner = bp::touchpoint_at(m, slot->parent).role;
    const bp::StandardId id = s.id;
    if (!ctx.doc().apply(bp::insert_standard(kf.id, std::move(s), slot->index))) return {};
    ctx.selection.set(id);
    return id;
}

// ------------------------------------------------------------------------------------------ change
bool rename(const Context& ctx, const bp::ElementId& id, const std::string& name) {
    if (name.find_first_not_of(" \t\r\n") == std::string::npos) return false;  // names are required
    auto at = ctx.locate(id);
    if (!at || name == bp::name_at(ctx.model(), *at)) return false;
    const bp::Blueprint& m = ctx.model();
    switch (at->kind) {
        case bp::ElementKind::Circle: return ctx.doc().apply(bp::set_field(m.circles[at->path.circle], &bp::Circle::name, name));
        case bp::ElementKind::Touchpoint: return ctx.doc().apply(bp::set_field(bp::touchpoint_at(m, at->path), &bp::Touchpoint::name, name));
        case bp::ElementKind::KeyFactor: return ctx.doc().apply(bp::set_field(bp::key_factor_at(m, at->path), &bp::KeyFactor::name, name));
        case bp::ElementKind::Standard: return ctx.doc().apply(bp::set_field(bp::standard_at(m, at->path), &bp::Standard::statement, name));
        case bp::ElementKind::Activity: return layer_actions::rename_activity(ctx, id, name);
        default: return false;  // the blueprint and roles are renamed in the inspector
    }
}

bool convert_all(const Context& ctx) {
    const size_t before = bp::count(ctx.model()).standards;
    // Today's local date: every draft gets a review date a year on, shown as a draft value until agreed.
    bp::EditPtr edit = bp::convert_all(ctx.doc(), ctx.lang(), bp::today_local());
    if (!edit || !ctx.doc().apply(std::move(edit))) {
        ctx.tell("每个关键因素都已有标准。", "Every key factor already has a standard.");
        return false;
    }
    const size_t added = bp::count(ctx.model()).standards - before;
    ctx.tell(ctx.zh() ? "已起草 " + std::to_string(added) + " 条标准，请逐条核对。"
                      : "Drafted " + bp::text::counted(added, "standard") + "; review each one.");
    return true;
}

bool convert_selection(const Context& ctx) {
    bp::EditPtr edit = bp::convert_elements(ctx.doc(), selected_ids(ctx), ctx.lang(), bp::today_local());
    if (!edit) {
        ctx.tell("所选关键因素都已有标准。", "The selected key factors already have standards.");
        return false;
    }
    return ctx.doc().apply(std::move(edit));
}

// ------------------------------------------------------------------------------------------ remove
bool delete_selection(const Context& ctx) {
    if (layer_actions::delete_selected(ctx)) return true;  // activities and handoffs go through their proposals
    bp::EditPtr edit = bp::delete_elements(ctx.doc(), selected_ids(ctx));
    if (!edit || !ctx.doc().apply(std::move(edit))) return false;
    ctx.selection.clear();
    return true;
}

bool duplicate_selection(const Context& ctx) {
    bp::Duplicates copies = bp::duplicate_elements(ctx.doc(), selected_ids(ctx));
    if (!copies.edit || !ctx.doc().apply(std::move(copies.edit))) return false;
    select(ctx, copies.copies);
    return true;
}

// --------------------------------------------------------------------------------------- clipboard
std::string copy_selection(const Context& ctx) { return bp::copy_elements(ctx.doc(), selected_ids(ctx)); }

bool copy_to_clipboard(const Context& ctx) {
    std::string text = copy_selection(ctx);
    if (text.empty()) return false;
    ctx.platform.set_clipboard_text(text);
    return true;
}

bool cut_to_clipboard(const Context& ctx) { return copy_to_clipboard(ctx) && delete_selection(ctx); }

bool paste(const Context& ctx, const std::string& text) {
    bp::PasteOptions options;
    options.target = primary_id(ctx);
    options.lang = ctx.lang();
    options.extent = [](const bp::Circle& c) { return ring::display_radius(c); };
    bp::PastePlan plan = bp::plan_paste(ctx.doc(), text, options);
    if (!plan) {
        if (!plan.refused.empty()) ctx.tell(plan.refused.in(ctx.lang()));
        return false;
    }
    if (!ctx.doc().apply(std::move(plan.edit))) return false;
    select(ctx, plan.pasted);
    return true;
}

// --------------------------------------------------------------------------------- whole document
void select_all(const Context& ctx) {
    ctx.selection.clear();
    for (const auto& c : ctx.model().circles) {
        ctx.selection.ids.push_back(c.id);
        for (const auto& tp : c.touchpoints) {
            ctx.selection.ids.push_back(tp.id);
            for (const auto& kf : tp.key_factors) ctx.selection.ids.push_back(kf.id);
        }
    }
}

void prune_selection(const Context& ctx) {
    auto& ids = ctx.selection.ids;
    ids.erase(std::remove_if(ids.begin(), ids.end(), [&](const bp::ElementId& id) { return !ctx.locate(id); }), ids.end());
}

bool undo(const Context& ctx) {
    if (!ctx.doc().undo()) return false;
    prune_selection(ctx);
    return true;
}

bool redo(const Context& ctx) {
    if (!ctx.doc().redo()) return false;
    prune_selection(ctx);
    return true;
}

}  // namespace ui::actions
