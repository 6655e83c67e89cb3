#include "selection_edits.h"

#include <algorithm>
#include <tuple>
#include <unordered_set>

#include "clone.h"
#include "convert.h"
#include "fields.h"
#include "glossary.h"

namespace bp {

// ------------------------------------------------------------------------------ what is selected
namespace {
auto path_key(const Path& p) { return std::make_tuple(p.circle, p.touchpoint, p.key_factor, p.standard); }
bool tree_kind(ElementKind k) {
    return k == ElementKind::Circle || k == ElementKind::Touchpoint || k == ElementKind::KeyFactor ||
           k == ElementKind::Standard;
}
}  // namespace

std::vector<Location> top_level(const Blueprint& doc, Locator& where, const std::vector<ElementId>& ids) {
    std::vector<Location> all;
    std::unordered_set<std::string> circles, touchpoints, key_factors;
    for (const ElementId& id : ids) {
        if (!tree_kind(id.kind())) continue;
        auto at = where.find(id);
        if (!at) continue;
        all.push_back(*at);
        if (at->kind == ElementKind::Circle) circles.insert(id.str());
        if (at->kind == ElementKind::Touchpoint) touchpoints.insert(id.str());
        if (at->kind == ElementKind::KeyFactor) key_factors.insert(id.str());
    }
    std::vector<Location> top;
    for (const Location& at : all) {
        const Path& p = at.path;
        bool inside = false;
        if (at.kind != ElementKind::Circle) inside |= circles.count(doc.circles[p.circle].id.value) > 0;
        if (at.kind == ElementKind::KeyFactor || at.kind == ElementKind::Standard)
            inside |= touchpoints.count(touchpoint_at(doc, p).id.value) > 0;
        if (at.kind == ElementKind::Standard) inside |= key_factors.count(key_factor_at(doc, p).id.value) > 0;
        if (!inside) top.push_back(at);
    }
    std::sort(top.begin(), top.end(), [](const Location& a, const Location& b) { return path_key(a.path) < path_key(b.path); });
    top.erase(std::unique(top.begin(), top.end(),
                          [](const Location& a, const Location& b) { return path_key(a.path) == path_key(b.path); }),
              top.end());
    return top;
}

// --------------------------------------------------------------------------- where new elements go
std::optional<Slot> touchpoint_slot(const Blueprint& doc, Locator& where, const ElementId& primary) {
    if (auto at = where.find(primary); at && tree_kind(at->kind)) {
        const Circle& c = doc.circles[at->path.circle];
        if (at->kind == ElementKind::Circle) return Slot{c.id, (int)c.touchpoints.size()};
        return Slot{c.id, at->path.touchpoint + 1};
    }
    if (doc.circles.empty()) return std::nullopt;
    const Circle& last = doc.circles.back();
    return Slot{last.id, (int)last.touchpoints.size()};
}

std::optional<Slot> key_factor_slot(const Blueprint& doc, Locator& where, const ElementId& primary) {
    auto at = where.find(primary);
    if (!at || !tree_kind(at->kind) || at->kind == ElementKind::Circle) return std::nullopt;
    const Touchpoint& tp = touchpoint_at(doc, at->path);
    if (at->kind == ElementKind::Touchpoint) return Slot{tp.id, (int)tp.key_factors.size()};
    return Slot{tp.id, at->path.key_factor + 1};
}

std::optional<Slot> standard_slot(const Blueprint& doc, Locator& where, const ElementId& primary) {
    auto at = where.find(primary);
    if (!at || (at->kind != ElementKind::KeyFactor && at->kind != ElementKind::Standard)) return std::nullopt;
    const KeyFactor& kf = key_factor_at(doc, at->path);
    if (at->kind == ElementKind::KeyFactor) return Slot{kf.id, (int)kf.standards.size()};
    return Slot{kf.id, at->path.standard + 1};
}

// ------------------------------------------------------------------------------------ batch edits
namespace {
EditPtr one_or_batch(std::vector<EditPtr> edits, Text description) {
    edits.erase(std::remove(edits.begin(), edits.end(), nullptr), edits.end());
    if (edits.empty()) return nullptr;
    if (edits.size() == 1) return std::move(edits.front());
    return batch(std::move(edits), std::move(description));
}

bool role_exists(const Blueprint& doc, const RoleId& role) {
    if (role.empty()) return true;
    for (const Role& r : doc.roles)
        if (r.id == role) return true;
    return false;
}
}  // namespace

EditPtr delete_elements(Document& doc, const std::vector<ElementId>& ids) {
    const Blueprint& m = doc.model();
    auto top = top_level(m, doc.locator(), ids);
    std::vector<EditPtr> edits;
    // Last first, so that undo (which runs in reverse) reinserts each at its remembered index.
    for (auto it = top.rbegin(); it != top.rend(); ++it) edits.push_back(remove_at(m, it->path));
    return one_or_batch(std::move(edits), {"删除所选", "Delete selection"});
}

Duplicates duplicate_elements(Document& doc, const std::vector<ElementId>& ids) {
    const Blueprint& m = doc.model();
    auto top = top_level(m, doc.locator(), ids);
    const IdMaker new_id = [&doc](const std::string& prefix) { return doc.new_id(prefix); };
    std::vector<EditPtr> edits;
    Duplicates out;
    // Last first: inserting after a later sibling never shifts an earlier one.
    for (auto it = top.rbegin(); it != top.rend(); ++it) {
        const Path& p = it->path;
        switch (it->kind) {
            case ElementKind::Circle: {
                Circle c = clone_circle(m.circles[p.circle], new_id);
                c.position.x += 60;
                c.position.y += 60;
                out.copies.push_back(c.id);
                edits.push_back(insert_circle(std::move(c), p.circle + 1));
                break;
            }
            case ElementKind::Touchpoint: {
                Touchpoint tp = clone_touchpoint(touchpoint_at(m, p), new_id);
                out.copies.push_back(tp.id);
                edits.push_back(insert_touchpoint(m.circles[p.circle].id, std::move(tp), p.touchpoint + 1));
                break;
            }
            case ElementKind::KeyFactor: {
                KeyFactor kf = clone_key_factor(key_factor_at(m, p), new_id);
                if (kf.card_offset) kf.card_offset = Vec2{kf.card_offset->x + 16, kf.card_offset->y + 16};
                out.copies.push_back(kf.id);
                edits.push_back(insert_key_factor(touchpoint_at(m, p).id, std::move(kf), p.key_factor + 1));
                break;
            }
            case ElementKind::Standard: {
                Standard s = clone_standard(standard_at(m, p), new_id);
                out.copies.push_back(s.id);
                edits.push_back(insert_standard(key_factor_at(m, p).id, std::move(s), p.standard + 1));
                break;
            }
            default: break;
        }
    }
    std::reverse(out.copies.begin(), out.copies.end());
    out.edit = one_or_batch(std::move(edits), {"复制所选", "Duplicate selection"});
    if (!out.edit) out.copies.clear();
    return out;
}

namespace {
const Touchpoint& element_at(const Blueprint& m, const Path& p, const Touchpoint*) { return touchpoint_at(m, p); }
const Standard& element_at(const Blueprint& m, const Path& p, const Standard*) { return standard_at(m, p); }

// One field set to one value on every selected element of kind T that differs; nullptr when none does.
template <class T, class V>
EditPtr set_on_each(Document& doc, const std::vector<ElementId>& ids, ElementKind kind, V T::*field, const V& value,
                    Text description) {
    const Blueprint& m = doc.model();
    std::vector<EditPtr> edits;
    for (const ElementId& id : ids) {
        if (id.kind() != kind) continue;
        auto at = doc.locator().find(id);
        if (!at) continue;
        const T& element = element_at(m, at->path, static_cast<const T*>(nullptr));
        if (!(element.*field == value)) edits.push_back(set_field(element, field, value));
    }
    return edits.empty() ? nullptr : batch(std::move(edits), std::move(description));
}
}  // namespace

EditPtr set_touchpoint_roles(Document& doc, const std::vector<ElementId>& ids, const RoleId& role) {
    if (!role_exists(doc.model(), role)) return nullptr;
    return set_on_each(doc, ids, ElementKind::Touchpoint, &Touchpoint::role, role,
                       {"设置触点角色", "Set touchpoint role"});
}

EditPtr set_standard_owners(Document& doc, const std::vector<ElementId>& ids, const RoleId& owner) {
    if (!role_exists(doc.model(), owner)) return nullptr;
    return set_on_each(doc, ids, ElementKind::Standard, &Standard::owner, owner, {"设置" + std::string(glossary::owner.zh), "Set " + std::string(glossary::owner.en)});
}

EditPtr set_customer_visible(Document& doc, const std::vector<ElementId>& ids, bool visible) {
    return set_on_each(doc, ids, ElementKind::Standard, &Standard::customer_visible, visible,
                       {"设置对顾客公开", "Set customer visibility"});
}

EditPtr convert_elements(Document& doc, const std::vector<ElementId>& ids, Lang lang, const std::string& today) {
    const Blueprint& m = doc.model();
    std::vector<KeyFactorId> targets;
    std::unordered_set<std::string> seen;
    auto consider = [&](const KeyFactor& kf) {
        if (kf.standards.empty() && seen.insert(kf.id.value).second) targets.push_back(kf.id);
    };
    for (const ElementId& id : ids) {
        auto at = doc.locator().find(id);
        if (!at) continue;
        if (at->kind == ElementKind::KeyFactor) consider(key_factor_at(m, at->path));
        if (at->kind == ElementKind::Touchpoint)
            for (const KeyFactor& kf : touchpoint_at(m, at->path).key_factors) consider(kf);
    }
    std::vector<EditPtr> edits;
    for (const KeyFactorId& kf : targets)
        if (EditPtr e = convert_one(doc, kf, lang, today)) edits.push_back(std::move(e));
    return edits.empty() ? nullptr : batch(std::move(edits), {"转换为标准", "Convert to standards"});
}

}  // namespace bp
