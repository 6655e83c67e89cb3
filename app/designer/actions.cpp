#include "actions.h"

#include <algorithm>
#include <tuple>
#include <unordered_set>

#include "blueprint/clone.h"
#include "blueprint/convert.h"
#include "blueprint/json_io.h"
#include "layout.h"
#include "panel_widgets.h"

namespace ui::actions {

namespace {

// The clipboard is a blueprint document: copied circles are its circles; loose touchpoints, key factors
// and standards travel in carrier elements with these ids. Any other blueprint pasted adds its circles.
constexpr const char* kClipboardId = "clipboard";
constexpr const char* kTouchpointCarrier = "clipboard-touchpoints";
constexpr const char* kKeyFactorCarrier = "clipboard-key-factors";
constexpr const char* kStandardCarrier = "clipboard-standards";

bool zh(const Context& ctx) { return ctx.lang() == Lang::Zh; }

bp::IdMaker id_maker(const Context& ctx) {
    return [doc = &ctx.doc()](const std::string& prefix) { return doc->new_id(prefix); };
}

auto path_key(const bp::Path& p) { return std::make_tuple(p.circle, p.touchpoint, p.key_factor, p.standard); }

// The selected elements that are not inside another selected element, in document order.
std::vector<Located> top_level_selection(const Context& ctx) {
    std::vector<Located> all;
    std::unordered_set<std::string> circles, touchpoints, key_factors;
    for (const auto& id : ctx.selection.ids) {
        auto at = ctx.locate(id);
        if (!at) continue;
        all.push_back(*at);
        if (at->kind == Kind::Circle) circles.insert(id);
        if (at->kind == Kind::Touchpoint) touchpoints.insert(id);
        if (at->kind == Kind::KeyFactor) key_factors.insert(id);
    }
    const bp::Blueprint& m = ctx.model();
    std::vector<Located> top;
    for (const auto& at : all) {
        const auto& p = at.path;
        bool inside = false;
        if (at.kind != Kind::Circle) inside |= circles.count(m.circles[p.circle].id.value) > 0;
        if (at.kind == Kind::KeyFactor || at.kind == Kind::Standard)
            inside |= touchpoints.count(bp::touchpoint_at(m, p).id.value) > 0;
        if (at.kind == Kind::Standard) inside |= key_factors.count(bp::key_factor_at(m, p).id.value) > 0;
        if (!inside) top.push_back(at);
    }
    std::sort(top.begin(), top.end(), [](const Located& a, const Located& b) { return path_key(a.path) < path_key(b.path); });
    top.erase(std::unique(top.begin(), top.end(),
                          [](const Located& a, const Located& b) { return path_key(a.path) == path_key(b.path); }),
              top.end());
    return top;
}

// The blueprint's own fields without its circles (for role edits; copying 10,000 touchpoints is wasteful).
bp::Blueprint info_of(const bp::Blueprint& m) {
    bp::Blueprint info;
    info.id = m.id;
    info.name = m.name;
    info.description = m.description;
    info.industry = m.industry;
    info.language = m.language;
    info.roles = m.roles;
    return info;
}

// Where a new touchpoint goes: circle index and position, from the primary selection.
std::optional<std::pair<int, int>> touchpoint_slot(const Context& ctx) {
    const bp::Blueprint& m = ctx.model();
    if (const std::string* primary = ctx.selection.primary()) {
        if (auto at = ctx.locate(*primary)) {
            if (at->kind == Kind::Circle) return std::make_pair(at->path.circle, (int)m.circles[at->path.circle].touchpoints.size());
            return std::make_pair(at->path.circle, at->path.touchpoint + 1);
        }
    }
    if (m.circles.empty()) return std::nullopt;
    const int last = (int)m.circles.size() - 1;
    return std::make_pair(last, (int)m.circles[last].touchpoints.size());
}

// The touchpoint a new key factor goes to, and its position there.
std::optional<std::pair<bp::Path, int>> key_factor_slot(const Context& ctx) {
    const std::string* primary = ctx.selection.primary();
    if (!primary) return std::nullopt;
    auto at = ctx.locate(*primary);
    if (!at || at->kind == Kind::Circle) return std::nullopt;
    const auto& tp = bp::touchpoint_at(ctx.model(), at->path);
    if (at->kind == Kind::Touchpoint) return std::make_pair(at->path, (int)tp.key_factors.size());
    return std::make_pair(at->path, at->path.key_factor + 1);
}

std::optional<std::pair<bp::Path, int>> standard_slot(const Context& ctx) {
    const std::string* primary = ctx.selection.primary();
    if (!primary) return std::nullopt;
    auto at = ctx.locate(*primary);
    if (!at || (at->kind != Kind::KeyFactor && at->kind != Kind::Standard)) return std::nullopt;
    const auto& kf = bp::key_factor_at(ctx.model(), at->path);
    if (at->kind == Kind::KeyFactor) return std::make_pair(at->path, (int)kf.standards.size());
    return std::make_pair(at->path, at->path.standard + 1);
}

// Right of every circle, level with the first one.
bp::Vec2 free_circle_spot(const bp::Blueprint& m, double radius) {
    if (m.circles.empty()) return {0, 0};
    double right = -1e300;
    for (const auto& c : m.circles) right = std::max(right, c.position.x + ring::display_radius(c));
    return {right + 160 + radius, m.circles.front().position.y};
}

void select_ids(const Context& ctx, const std::vector<std::string>& ids) {
    ctx.selection.clear();
    for (const auto& id : ids) ctx.selection.ids.push_back(id);
}


}  // namespace

// ------------------------------------------------------------------------------------------ lookup
std::string name_of(const Context& ctx, const std::string& id) {
    auto at = ctx.locate(id);
    if (!at) return {};
    const bp::Blueprint& m = ctx.model();
    switch (at->kind) {
        case Kind::Circle: return m.circles[at->path.circle].name;
        case Kind::Touchpoint: return bp::touchpoint_at(m, at->path).name;
        case Kind::KeyFactor: return bp::key_factor_at(m, at->path).name;
        case Kind::Standard: return bp::standard_at(m, at->path).statement;
    }
    return {};
}

// ------------------------------------------------------------------------------------------ create
std::string add_circle(const Context& ctx, std::optional<bp::Vec2> at) {
    const bp::Blueprint& m = ctx.model();
    bp::Circle c;
    c.id = bp::CircleId(ctx.doc().new_id("circle"));
    c.name = std::string(tr(ctx.lang(), "服务圈 ", "Circle ")) + std::to_string(m.circles.size() + 1);
    c.position = at ? *at : free_circle_spot(m, c.radius);
    const std::string id = c.id.value;
    if (!ctx.doc().apply(bp::insert_circle(std::move(c)))) return {};
    ctx.selection.set(id);
    return id;
}

std::string add_touchpoint(const Context& ctx) {
    bp::Touchpoint tp;
    tp.id = bp::TouchpointId(ctx.doc().new_id("tp"));
    const std::string id = tp.id.value;
    auto slot = touchpoint_slot(ctx);
    if (!slot) {  // no circle yet: make one holding the touchpoint
        bp::Circle c;
        c.id = bp::CircleId(ctx.doc().new_id("circle"));
        c.name = tr(ctx.lang(), "服务圈 1", "Circle 1");
        tp.name = tr(ctx.lang(), "触点 1", "Touchpoint 1");
        c.touchpoints.push_back(std::move(tp));
        if (!ctx.doc().apply(bp::insert_circle(std::move(c)))) return {};
    } else {
        const bp::Circle& circle = ctx.model().circles[slot->first];
        tp.name = std::string(tr(ctx.lang(), "触点 ", "Touchpoint ")) + std::to_string(circle.touchpoints.size() + 1);
        if (!ctx.doc().apply(bp::insert_touchpoint(circle.id, std::move(tp), slot->second))) return {};
    }
    ctx.selection.set(id);
    return id;
}

std::string add_key_factor(const Context& ctx) {
    auto slot = key_factor_slot(ctx);
    if (!slot) {
        ctx.tell("请先选择一个触点。", "Select a touchpoint first.");
        return {};
    }
    const bp::Touchpoint& tp = bp::touchpoint_at(ctx.model(), slot->first);
    bp::KeyFactor kf;
    kf.id = bp::KeyFactorId(ctx.doc().new_id("kf"));
    kf.name = std::string(tr(ctx.lang(), "关键因素 ", "Key factor ")) + std::to_string(tp.key_factors.size() + 1);
    const std::string id = kf.id.value;
    if (!ctx.doc().apply(bp::insert_key_factor(tp.id, std::move(kf), slot->second))) return {};
    ctx.selection.set(id);
    return id;
}

std::string add_standard(const Context& ctx) {
    auto slot = standard_slot(ctx);
    if (!slot) {
        ctx.tell("请先选择一个关键因素。", "Select a key factor first.");
        return {};
    }
    const bp::Blueprint& m = ctx.model();
    const bp::KeyFactor& kf = bp::key_factor_at(m, slot->first);
    bp::Standard s;
    s.id = bp::StandardId(ctx.doc().new_id("st"));
    s.statement = tr(ctx.lang(), "新标准", "New standard");
    s.owner = bp::touchpoint_at(m, slot->first).role;
    const std::string id = s.id.value;
    if (!ctx.doc().apply(bp::insert_standard(kf.id, std::move(s), slot->second))) return {};
    ctx.selection.set(id);
    return id;
}

// ------------------------------------------------------------------------------------------ change
namespace {
// One field edit that sets a name (a standard's statement); only the element's own fields are copied.
template <class T>
bool rename_to(const Context& ctx, const T& element, std::string T::*field, const std::string& name) {
    const T before = own_fields(element);
    T after = before;
    after.*field = name;
    return ctx.doc().apply(make_set_edit(before, after));
}
}  // namespace

bool rename(const Context& ctx, const std::string& id, const std::string& name) {
    if (name.find_first_not_of(" \t\r\n") == std::string::npos) return false;  // names are required
    auto at = ctx.locate(id);
    if (!at || name == name_of(ctx, id)) return false;
    const bp::Blueprint& m = ctx.model();
    switch (at->kind) {
        case Kind::Circle: return rename_to(ctx, m.circles[at->path.circle], &bp::Circle::name, name);
        case Kind::Touchpoint: return rename_to(ctx, bp::touchpoint_at(m, at->path), &bp::Touchpoint::name, name);
        case Kind::KeyFactor: return rename_to(ctx, bp::key_factor_at(m, at->path), &bp::KeyFactor::name, name);
        case Kind::Standard: return rename_to(ctx, bp::standard_at(m, at->path), &bp::Standard::statement, name);
    }
    return false;
}

bool convert_all(const Context& ctx) {
    const size_t before = bp::count(ctx.model()).standards;
    bp::EditPtr edit = bp::convert_all(ctx.doc(), ctx.zh());
    if (!edit || !ctx.doc().apply(std::move(edit))) {
        ctx.tell("每个关键因素都已有标准。", "Every key factor already has a standard.");
        return false;
    }
    const size_t added = bp::count(ctx.model()).standards - before;
    ctx.tell(ctx.zh() ? "已起草 " + std::to_string(added) + " 条标准，请逐条核对。"
                      : "Drafted " + std::to_string(added) + " standards; review each one.");
    return true;
}

bool convert_selection(const Context& ctx) {
    std::vector<bp::KeyFactorId> targets;
    const bp::Blueprint& m = ctx.model();
    for (const auto& id : ctx.selection.ids) {
        auto at = ctx.locate(id);
        if (!at) continue;
        if (at->kind == Kind::KeyFactor) targets.push_back(bp::key_factor_at(m, at->path).id);
        if (at->kind == Kind::Touchpoint)
            for (const auto& kf : bp::touchpoint_at(m, at->path).key_factors) targets.push_back(kf.id);
    }
    std::vector<bp::EditPtr> edits;
    for (const auto& kf : targets)
        if (auto at = ctx.locate(kf.value); at && bp::key_factor_at(m, at->path).standards.empty())
            if (auto e = bp::convert_one(ctx.doc(), kf, ctx.zh())) edits.push_back(std::move(e));
    if (edits.empty()) {
        ctx.tell("所选关键因素都已有标准。", "The selected key factors already have standards.");
        return false;
    }
    return ctx.doc().apply(bp::batch(std::move(edits), "转换为标准", "Convert to standards"));
}

// ------------------------------------------------------------------------------------------ remove
bool delete_selection(const Context& ctx) {
    auto top = top_level_selection(ctx);
    if (top.empty()) return false;
    const bp::Blueprint& m = ctx.model();
    std::vector<bp::EditPtr> edits;
    // Last first, so that undo (which runs in reverse) reinserts each at its remembered index.
    for (auto it = top.rbegin(); it != top.rend(); ++it) {
        edits.push_back(bp::remove_at(m, it->path));  // paths from the designer's current lookup
    }
    edits.erase(std::remove(edits.begin(), edits.end(), nullptr), edits.end());
    if (edits.empty()) return false;
    const bool ok = edits.size() == 1 ? ctx.doc().apply(std::move(edits.front()))
                                      : ctx.doc().apply(bp::batch(std::move(edits), "删除所选", "Delete selection"));
    if (ok) ctx.selection.clear();
    return ok;
}

bool duplicate_selection(const Context& ctx) {
    auto top = top_level_selection(ctx);
    if (top.empty()) return false;
    const bp::Blueprint& m = ctx.model();
    const auto new_id = id_maker(ctx);
    std::vector<bp::EditPtr> edits;
    std::vector<std::string> copies;
    // Last first: inserting after a later sibling never shifts an earlier one.
    for (auto it = top.rbegin(); it != top.rend(); ++it) {
        const auto& p = it->path;
        switch (it->kind) {
            case Kind::Circle: {
                bp::Circle c = bp::clone_circle(m.circles[p.circle], new_id);
                c.position.x += 60;
                c.position.y += 60;
                copies.push_back(c.id.value);
                edits.push_back(bp::insert_circle(std::move(c), p.circle + 1));
                break;
            }
            case Kind::Touchpoint: {
                bp::Touchpoint tp = bp::clone_touchpoint(bp::touchpoint_at(m, p), new_id);
                copies.push_back(tp.id.value);
                edits.push_back(bp::insert_touchpoint(m.circles[p.circle].id, std::move(tp), p.touchpoint + 1));
                break;
            }
            case Kind::KeyFactor: {
                bp::KeyFactor kf = bp::clone_key_factor(bp::key_factor_at(m, p), new_id);
                if (kf.card_offset) kf.card_offset = bp::Vec2{kf.card_offset->x + 16, kf.card_offset->y + 16};
                copies.push_back(kf.id.value);
                edits.push_back(bp::insert_key_factor(bp::touchpoint_at(m, p).id, std::move(kf), p.key_factor + 1));
                break;
            }
            case Kind::Standard: {
                bp::Standard s = bp::clone_standard(bp::standard_at(m, p), new_id);
                copies.push_back(s.id.value);
                edits.push_back(bp::insert_standard(bp::key_factor_at(m, p).id, std::move(s), p.standard + 1));
                break;
            }
        }
    }
    const bool ok = edits.size() == 1 ? ctx.doc().apply(std::move(edits.front()))
                                      : ctx.doc().apply(bp::batch(std::move(edits), "复制所选", "Duplicate selection"));
    if (ok) {
        std::reverse(copies.begin(), copies.end());
        select_ids(ctx, copies);
    }
    return ok;
}

// --------------------------------------------------------------------------------------- clipboard
std::string copy_selection(const Context& ctx) {
    auto top = top_level_selection(ctx);
    if (top.empty()) return {};
    const bp::Blueprint& m = ctx.model();
    bp::Blueprint clip;
    clip.id = bp::BlueprintId(kClipboardId);
    clip.name = kClipboardId;
    clip.language = m.language;
    clip.roles = m.roles;
    // Carriers, created when first needed, live after the copied circles.
    std::vector<bp::Circle> circles;
    bp::Circle tps, kfs, sts;
    tps.id = bp::CircleId(kTouchpointCarrier);
    kfs.id = bp::CircleId(kKeyFactorCarrier);
    sts.id = bp::CircleId(kStandardCarrier);
    tps.name = kfs.name = sts.name = kClipboardId;
    for (const auto& at : top) {
        const auto& p = at.path;
        switch (at.kind) {
            case Kind::Circle: circles.push_back(m.circles[p.circle]); break;
            case Kind::Touchpoint: tps.touchpoints.push_back(bp::touchpoint_at(m, p)); break;
            case Kind::KeyFactor:
                if (kfs.touchpoints.empty()) {
                    kfs.touchpoints.emplace_back();
                    kfs.touchpoints[0].id = bp::TouchpointId(std::string(kKeyFactorCarrier) + "-tp");
                    kfs.touchpoints[0].name = kClipboardId;
                }
                kfs.touchpoints[0].key_factors.push_back(bp::key_factor_at(m, p));
                break;
            case Kind::Standard:
                if (sts.touchpoints.empty()) {
                    sts.touchpoints.emplace_back();
                    sts.touchpoints[0].id = bp::TouchpointId(std::string(kStandardCarrier) + "-tp");
                    sts.touchpoints[0].name = kClipboardId;
                    sts.touchpoints[0].key_factors.emplace_back();
                    sts.touchpoints[0].key_factors[0].id = bp::KeyFactorId(std::string(kStandardCarrier) + "-kf");
                    sts.touchpoints[0].key_factors[0].name = kClipboardId;
                }
                sts.touchpoints[0].key_factors[0].standards.push_back(bp::standard_at(m, p));
                break;
        }
    }
    clip.circles = std::move(circles);
    if (!tps.touchpoints.empty()) clip.circles.push_back(std::move(tps));
    if (!kfs.touchpoints.empty()) clip.circles.push_back(std::move(kfs));
    if (!sts.touchpoints.empty()) clip.circles.push_back(std::move(sts));
    return bp::save_blueprint(clip);
}

bool copy_to_clipboard(const Context& ctx) {
    std::string text = copy_selection(ctx);
    if (text.empty()) return false;
    ctx.platform.set_clipboard_text(text);
    return true;
}

bool cut_to_clipboard(const Context& ctx) { return copy_to_clipboard(ctx) && delete_selection(ctx); }

bool paste(const Context& ctx, const std::string& text) {
    bp::LoadResult loaded = bp::load_blueprint(text);
    if (!loaded.ok()) return false;
    bp::Blueprint& clip = loaded.blueprint();
    const bp::Blueprint& m = ctx.model();
    const bool from_clipboard = clip.id.value == kClipboardId;
    const auto new_id = id_maker(ctx);

    bp::Blueprint info = info_of(m);
    bp::RoleRemapper roles(clip.roles, info.roles, new_id);
    std::vector<bp::EditPtr> edits;
    std::vector<std::string> pasted;

    std::vector<bp::Circle> new_circles;
    std::vector<bp::Touchpoint> new_tps;
    std::vector<bp::KeyFactor> new_kfs;
    std::vector<bp::Standard> new_sts;
    for (const bp::Circle& c : clip.circles) {
        const std::string& cid = c.id.value;
        if (from_clipboard && cid == kTouchpointCarrier) {
            for (const auto& tp : c.touchpoints) new_tps.push_back(bp::clone_touchpoint(tp, new_id));
        } else if (from_clipboard && cid == kKeyFactorCarrier) {
            for (const auto& tp : c.touchpoints)
                for (const auto& kf : tp.key_factors) new_kfs.push_back(bp::clone_key_factor(kf, new_id));
        } else if (from_clipboard && cid == kStandardCarrier) {
            for (const auto& tp : c.touchpoints)
                for (const auto& kf : tp.key_factors)
                    for (const auto& s : kf.standards) new_sts.push_back(bp::clone_standard(s, new_id));
        } else {
            new_circles.push_back(bp::clone_circle(c, new_id));
        }
    }
    for (auto& c : new_circles) roles.apply(c);
    for (auto& tp : new_tps) roles.apply(tp);
    for (auto& kf : new_kfs) roles.apply(kf);
    for (auto& s : new_sts) roles.apply(s);

    // Circles land to the right of the document's, keeping their arrangement.
    if (!new_circles.empty() && !m.circles.empty()) {
        double left = 1e300;
        for (const auto& c : new_circles) left = std::min(left, c.position.x - ring::display_radius(c));
        const bp::Vec2 spot = free_circle_spot(m, 0);
        const double dx = spot.x - left, dy = m.circles.front().position.y - new_circles.front().position.y;
        for (auto& c : new_circles) {
            c.position.x += dx;
            c.position.y += dy;
        }
    }
    for (auto& c : new_circles) {
        pasted.push_back(c.id.value);
        edits.push_back(bp::insert_circle(std::move(c)));
    }
    if (!new_tps.empty()) {
        if (auto slot = touchpoint_slot(ctx)) {
            const bp::CircleId& parent = m.circles[slot->first].id;
            int at = slot->second;
            for (auto& tp : new_tps) {
                pasted.push_back(tp.id.value);
                edits.push_back(bp::insert_touchpoint(parent, std::move(tp), at++));
            }
        } else {
            bp::Circle c;
            c.id = bp::CircleId(new_id("circle"));
            c.name = tr(ctx.lang(), "服务圈 1", "Circle 1");
            for (auto& tp : new_tps) {
                pasted.push_back(tp.id.value);
                c.touchpoints.push_back(std::move(tp));
            }
            edits.push_back(bp::insert_circle(std::move(c)));
        }
    }
    if (!new_kfs.empty()) {
        auto slot = key_factor_slot(ctx);
        if (!slot) {
            ctx.tell("粘贴关键因素前请先选择一个触点。", "Select a touchpoint to paste key factors into.");
            return false;
        }
        const bp::TouchpointId& parent = bp::touchpoint_at(m, slot->first).id;
        int at = slot->second;
        for (auto& kf : new_kfs) {
            kf.card_offset.reset();  // its old place belonged to another touchpoint
            pasted.push_back(kf.id.value);
            edits.push_back(bp::insert_key_factor(parent, std::move(kf), at++));
        }
    }
    if (!new_sts.empty()) {
        auto slot = standard_slot(ctx);
        if (!slot) {
            ctx.tell("粘贴标准前请先选择一个关键因素。", "Select a key factor to paste standards into.");
            return false;
        }
        const bp::KeyFactorId& parent = bp::key_factor_at(m, slot->first).id;
        int at = slot->second;
        for (auto& s : new_sts) {
            pasted.push_back(s.id.value);
            edits.push_back(bp::insert_standard(parent, std::move(s), at++));
        }
    }
    if (edits.empty()) return false;
    if (roles.added_roles()) edits.insert(edits.begin(), bp::set_blueprint_info(info_of(m), info));
    if (!ctx.doc().apply(bp::batch(std::move(edits), "粘贴", "Paste"))) return false;
    select_ids(ctx, pasted);
    return true;
}

// --------------------------------------------------------------------------------- whole document
void select_all(const Context& ctx) {
    ctx.selection.clear();
    for (const auto& c : ctx.model().circles) {
        ctx.selection.ids.push_back(c.id.value);
        for (const auto& tp : c.touchpoints) {
            ctx.selection.ids.push_back(tp.id.value);
            for (const auto& kf : tp.key_factors) ctx.selection.ids.push_back(kf.id.value);
        }
    }
}

void prune_selection(const Context& ctx) {
    auto& ids = ctx.selection.ids;
    ids.erase(std::remove_if(ids.begin(), ids.end(), [&](const std::string& id) { return !ctx.locate(id); }), ids.end());
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
