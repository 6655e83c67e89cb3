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
uint32_t hash_id(std::string_view id) {
    const auto h = (uint32_t)std::hash<std::string_view>()(id);
    return h ? h : 1;  // 0 marks nothing
}
}  // namespace

void Index::add(const std::string& id, const Location& at) {
    entries_.push_back(at);
    hashes_.push_back(hash_id(id));
}

const Location* Index::lookup(std::string_view id) const {
    if (id.empty() || slots_.empty()) return nullptr;
    const uint32_t h = hash_id(id);
    const size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const Slot& slot = slots_[i];
        if (slot.entry == 0) return nullptr;
        if (slot.hash == h) {
            const Location& at = entries_[slot.entry - 1];
            const std::string* there = id_text_at(*doc_, at);
            if (there && *there == id) return &at;
        }
    }
}

void Index::add_circle(const Circle& circle, int c) {
    add(circle.id.value, Location{ElementKind::Circle, Path{c}});
    for (int t = 0; t < (int)circle.touchpoints.size(); ++t) {
        const Touchpoint& tp = circle.touchpoints[t];
        add(tp.id.value, Location{ElementKind::Touchpoint, Path{c, t}});
        for (int k = 0; k < (int)tp.key_factors.size(); ++k) {
            const KeyFactor& kf = tp.key_factors[k];
            add(kf.id.value, Location{ElementKind::KeyFactor, Path{c, t, k}});
            for (int s = 0; s < (int)kf.standards.size(); ++s)
                add(kf.standards[s].id.value, Location{ElementKind::Standard, Path{c, t, k, s}});
        }
        for (int a = 0; a < (int)tp.activities.size(); ++a) {
            Path p{c, t};
            p.activity = a;
            add(tp.activities[a].id.value, Location{ElementKind::Activity, p});
        }
    }
    for (int h = 0; h < (int)circle.handoffs.size(); ++h) {
        Path p{c};
        p.handoff = h;
        add(circle.handoffs[h].id.value, Location{ElementKind::Handoff, p});
    }
}

void Index::claim_slot(uint32_t e) {
    const uint32_t h = hashes_[e];
    const size_t mask = slots_.size() - 1;
    const std::string* id = id_text_at(*doc_, entries_[e]);
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        Slot& slot = slots_[i];
        if (slot.entry == 0) {
            slot = Slot{h, e + 1};
            return;
        }
        // The first element to claim an id keeps it (the loader refuses documents with duplicate ids);
        // a slot whose location no longer holds its id is passed over, as lookup passes it.
        if (slot.hash == h) {
            const std::string* there = id_text_at(*doc_, entries_[slot.entry - 1]);
            if (there && id && *there == *id) return;
        }
    }
}

void Index::rebuild(const Blueprint& doc) {
    doc_ = &doc;
    const size_t before = entries_.size();
    entries_.clear();
    hashes_.clear();
    entries_.reserve(before);
    hashes_.reserve(before);
    add(doc.id.value, Location{ElementKind::Blueprint, Path{}, -1});
    for (int r = 0; r < (int)doc.roles.size(); ++r) add(doc.roles[r].id.value, Location{ElementKind::Role, Path{}, r});
    for (int c = 0; c < (int)doc.circles.size(); ++c) add_circle(doc.circles[c], c);
    // Half full at most, with room for a quarter more entries: the circles edits index again.
    size_t size = 16;
    while (size < 2 * entries_.size() + entries_.size() / 2 + 64) size *= 2;
    slots_.assign(size, Slot{});
    for (uint32_t e = 0; e < (uint32_t)entries_.size(); ++e) claim_slot(e);
}

bool Index::reindex_circle(const Blueprint& doc, int c) {
    if (doc_ != &doc || c < 0 || c >= (int)doc.circles.size()) return false;
    const size_t first = entries_.size();
    add_circle(doc.circles[c], c);
    // Only the elements not found where they are now (those that came or moved) need an entry.
    size_t kept = first;
    for (size_t e = first; e < entries_.size(); ++e) {
        const Location* at = lookup(*id_text_at(doc, entries_[e]));
        if (at && at->kind == entries_[e].kind && at->path == entries_[e].path && at->role == entries_[e].role) continue;
        entries_[kept] = entries_[e];
        hashes_[kept] = hashes_[e];
        ++kept;
    }
    entries_.resize(kept);
    hashes_.resize(kept);
    // At most half full, as a rebuild leaves it.
    if (2 * entries_.size() > slots_.size()) {
        entries_.resize(first);
        hashes_.resize(first);
        return false;
    }
    for (uint32_t e = (uint32_t)first; e < (uint32_t)entries_.size(); ++e) claim_slot(e);
    return true;
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
