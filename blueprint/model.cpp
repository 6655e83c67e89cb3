#include "model.h"

#include <type_traits>

namespace bp {

const std::string& ElementId::str() const {
    static const std::string none;
    return std::visit(
        [](const auto& id) -> const std::string& {
            if constexpr (std::is_same_v<std::decay_t<decltype(id)>, std::monostate>)
                return none;
            else
                return id.value;
        },
        v_);
}

ElementId ElementId::of(ElementKind kind, std::string id) {
    switch (kind) {
        case ElementKind::None: return {};
        case ElementKind::Blueprint: return BlueprintId(std::move(id));
        case ElementKind::Role: return RoleId(std::move(id));
        case ElementKind::Circle: return CircleId(std::move(id));
        case ElementKind::Touchpoint: return TouchpointId(std::move(id));
        case ElementKind::KeyFactor: return KeyFactorId(std::move(id));
        case ElementKind::Standard: return StandardId(std::move(id));
        case ElementKind::Activity: return ActivityId(std::move(id));
        case ElementKind::Handoff: return HandoffId(std::move(id));
    }
    return {};
}

std::string_view kind_token(ElementKind kind) {
    switch (kind) {
        case ElementKind::None: return "";
        case ElementKind::Blueprint: return "blueprint";
        case ElementKind::Role: return "role";
        case ElementKind::Circle: return "circle";
        case ElementKind::Touchpoint: return "touchpoint";
        case ElementKind::KeyFactor: return "key_factor";
        case ElementKind::Standard: return "standard";
        case ElementKind::Activity: return "activity";
        case ElementKind::Handoff: return "handoff";
    }
    return "";
}

const std::string* id_text_at(const Blueprint& d, const Location& at) {
    const Path& p = at.path;
    switch (at.kind) {
        case ElementKind::None: return nullptr;
        case ElementKind::Blueprint: return &d.id.value;
        case ElementKind::Role: return at.role >= 0 && at.role < (int)d.roles.size() ? &d.roles[at.role].id.value : nullptr;
        default: break;
    }
    if (p.circle < 0 || p.circle >= (int)d.circles.size()) return nullptr;
    const Circle& c = d.circles[p.circle];
    if (at.kind == ElementKind::Circle) return &c.id.value;
    if (at.kind == ElementKind::Handoff)
        return p.handoff >= 0 && p.handoff < (int)c.handoffs.size() ? &c.handoffs[p.handoff].id.value : nullptr;
    if (p.touchpoint < 0 || p.touchpoint >= (int)c.touchpoints.size()) return nullptr;
    const Touchpoint& t = c.touchpoints[p.touchpoint];
    if (at.kind == ElementKind::Touchpoint) return &t.id.value;
    if (at.kind == ElementKind::Activity)
        return p.activity >= 0 && p.activity < (int)t.activities.size() ? &t.activities[p.activity].id.value : nullptr;
    if (p.key_factor < 0 || p.key_factor >= (int)t.key_factors.size()) return nullptr;
    const KeyFactor& k = t.key_factors[p.key_factor];
    if (at.kind == ElementKind::KeyFactor) return &k.id.value;
    return p.standard >= 0 && p.standard < (int)k.standards.size() ? &k.standards[p.standard].id.value : nullptr;
}

namespace {
size_t hash_id(std::string_view id) {
    const size_t h = std::hash<std::string_view>()(id);
    return h ? h : 1;  // 0 marks nothing
}
}  // namespace

void Index::insert(const std::string& id, const Location& at) {
    const size_t h = hash_id(id), mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        Slot& slot = slots_[i];
        if (slot.at.kind == ElementKind::None) {
            slot = Slot{h, at};
            return;
        }
        // The first element to claim an id keeps it (the loader refuses documents with duplicate ids).
        if (slot.hash == h && *id_text_at(*doc_, slot.at) == id) return;
    }
}

const Location* Index::lookup(std::string_view id) const {
    if (id.empty() || slots_.empty()) return nullptr;
    const size_t h = hash_id(id), mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const Slot& slot = slots_[i];
        if (slot.at.kind == ElementKind::None) return nullptr;
        if (slot.hash == h) {
            const std::string* there = id_text_at(*doc_, slot.at);
            if (there && *there == id) return &slot.at;
        }
    }
}

void Index::rebuild(const Blueprint& doc) {
    doc_ = &doc;
    const Counts n = count(doc);
    const size_t ids = 1 + doc.roles.size() + n.circles + n.touchpoints + n.key_factors + n.standards + n.activities +
                       n.handoffs;
    size_t size = 16;
    while (size < 2 * ids) size *= 2;
    slots_.assign(size, Slot{});
    insert(doc.id.value, Location{ElementKind::Blueprint, Path{}, -1});
    for (int r = 0; r < (int)doc.roles.size(); ++r) insert(doc.roles[r].id.value, Location{ElementKind::Role, Path{}, r});
    for (int c = 0; c < (int)doc.circles.size(); ++c) {
        const Circle& circle = doc.circles[c];
        insert(circle.id.value, Location{ElementKind::Circle, Path{c}});
        for (int t = 0; t < (int)circle.touchpoints.size(); ++t) {
            const Touchpoint& tp = circle.touchpoints[t];
            insert(tp.id.value, Location{ElementKind::Touchpoint, Path{c, t}});
            for (int k = 0; k < (int)tp.key_factors.size(); ++k) {
                const KeyFactor& kf = tp.key_factors[k];
                insert(kf.id.value, Location{ElementKind::KeyFactor, Path{c, t, k}});
                for (int s = 0; s < (int)kf.standards.size(); ++s)
                    insert(kf.standards[s].id.value, Location{ElementKind::Standard, Path{c, t, k, s}});
            }
            for (int a = 0; a < (int)tp.activities.size(); ++a) {
                Path p{c, t};
                p.activity = a;
                insert(tp.activities[a].id.value, Location{ElementKind::Activity, p});
            }
        }
        for (int h = 0; h < (int)circle.handoffs.size(); ++h) {
            Path p{c};
            p.handoff = h;
            insert(circle.handoffs[h].id.value, Location{ElementKind::Handoff, p});
        }
    }
}

std::optional<Location> Index::find(std::string_view id) const {
    const Location* at = lookup(id);
    return at ? std::optional<Location>(*at) : std::nullopt;
}

std::optional<Path> Index::path_of(const std::string& id, ElementKind kind) const {
    const Location* at = lookup(id);
    if (!at || at->kind != kind) return std::nullopt;
    return at->path;
}

const Role* Index::role(const Blueprint& doc, const RoleId& id) const {
    const Location* at = lookup(id.value);
    if (!at || at->kind != ElementKind::Role) return nullptr;
    const int r = at->role;
    return r >= 0 && r < (int)doc.roles.size() ? &doc.roles[r] : nullptr;
}

std::unordered_set<std::string> collect_ids(const Blueprint& doc) {
    std::unordered_set<std::string> ids;
    ids.insert(doc.id.value);
    for (const Role& r : doc.roles) ids.insert(r.id.value);
    for (const Circle& c : doc.circles) {
        ids.insert(c.id.value);
        for (const Touchpoint& t : c.touchpoints) {
            ids.insert(t.id.value);
            for (const KeyFactor& k : t.key_factors) {
                ids.insert(k.id.value);
                for (const Standard& s : k.standards) ids.insert(s.id.value);
            }
            for (const Activity& a : t.activities) ids.insert(a.id.value);
        }
        for (const Handoff& h : c.handoffs) ids.insert(h.id.value);
    }
    return ids;
}

Touchpoint& touchpoint_at(Blueprint& d, const Path& p) { return d.circles[p.circle].touchpoints[p.touchpoint]; }
KeyFactor& key_factor_at(Blueprint& d, const Path& p) { return touchpoint_at(d, p).key_factors[p.key_factor]; }
Standard& standard_at(Blueprint& d, const Path& p) { return key_factor_at(d, p).standards[p.standard]; }
const Touchpoint& touchpoint_at(const Blueprint& d, const Path& p) {
    return d.circles[p.circle].touchpoints[p.touchpoint];
}
const KeyFactor& key_factor_at(const Blueprint& d, const Path& p) {
    return touchpoint_at(d, p).key_factors[p.key_factor];
}
const Standard& standard_at(const Blueprint& d, const Path& p) { return key_factor_at(d, p).standards[p.standard]; }
Activity& activity_at(Blueprint& d, const Path& p) { return touchpoint_at(d, p).activities[p.activity]; }
Handoff& handoff_at(Blueprint& d, const Path& p) { return d.circles[p.circle].handoffs[p.handoff]; }
const Activity& activity_at(const Blueprint& d, const Path& p) { return touchpoint_at(d, p).activities[p.activity]; }
const Handoff& handoff_at(const Blueprint& d, const Path& p) { return d.circles[p.circle].handoffs[p.handoff]; }

Counts count(const Blueprint& doc) {
    Counts n;
    n.circles = doc.circles.size();
    for (const Circle& c : doc.circles) {
        n.touchpoints += c.touchpoints.size();
        n.handoffs += c.handoffs.size();
        for (const Touchpoint& t : c.touchpoints) {
            n.activities += t.activities.size();
            n.key_factors += t.key_factors.size();
            for (const KeyFactor& k : t.key_factors) n.standards += k.standards.size();
        }
    }
    return n;
}

}  // namespace bp
