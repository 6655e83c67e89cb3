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

void Index::rebuild(const Blueprint& doc) {
    // Rebuilt after every structural edit: sized by the last build, the walk that counts is for the first.
    const size_t last = where_.size();
    where_.clear();
    if (last > 0) {
        where_.reserve(last + 64);
    } else {
        const Counts n = count(doc);
        where_.reserve(1 + doc.roles.size() + n.circles + n.touchpoints + n.key_factors + n.standards + n.activities +
                       n.handoffs);
    }
    // The first element to claim an id keeps it (the loader refuses documents with duplicate ids).
    where_.try_emplace(doc.id.value, Location{ElementKind::Blueprint, Path{}, -1});
    for (int r = 0; r < (int)doc.roles.size(); ++r)
        where_.try_emplace(doc.roles[r].id.value, Location{ElementKind::Role, Path{}, r});
    for (int c = 0; c < (int)doc.circles.size(); ++c) {
        const Circle& circle = doc.circles[c];
        where_.try_emplace(circle.id.value, Location{ElementKind::Circle, Path{c}});
        for (int t = 0; t < (int)circle.touchpoints.size(); ++t) {
            const Touchpoint& tp = circle.touchpoints[t];
            where_.try_emplace(tp.id.value, Location{ElementKind::Touchpoint, Path{c, t}});
            for (int k = 0; k < (int)tp.key_factors.size(); ++k) {
                const KeyFactor& kf = tp.key_factors[k];
                where_.try_emplace(kf.id.value, Location{ElementKind::KeyFactor, Path{c, t, k}});
                for (int s = 0; s < (int)kf.standards.size(); ++s)
                    where_.try_emplace(kf.standards[s].id.value, Location{ElementKind::Standard, Path{c, t, k, s}});
            }
            for (int a = 0; a < (int)tp.activities.size(); ++a) {
                Path p{c, t};
                p.activity = a;
                where_.try_emplace(tp.activities[a].id.value, Location{ElementKind::Activity, p});
            }
        }
        for (int h = 0; h < (int)circle.handoffs.size(); ++h) {
            Path p{c};
            p.handoff = h;
            where_.try_emplace(circle.handoffs[h].id.value, Location{ElementKind::Handoff, p});
        }
    }
}

std::optional<Location> Index::find(std::string_view id) const {
    if (id.empty()) return std::nullopt;
    auto it = where_.find(std::string(id));
    if (it == where_.end()) return std::nullopt;
    return it->second;
}

std::optional<Path> Index::path_of(const std::string& id, ElementKind kind) const {
    auto it = where_.find(id);
    if (it == where_.end() || it->second.kind != kind) return std::nullopt;
    return it->second.path;
}

const Role* Index::role(const Blueprint& doc, const RoleId& id) const {
    auto it = where_.find(id.value);
    if (it == where_.end() || it->second.kind != ElementKind::Role) return nullptr;
    const int r = it->second.role;
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
