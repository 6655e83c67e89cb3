#include "clone.h"

#include <unordered_map>

namespace bp {

Standard clone_standard(const Standard& s, const IdMaker& new_id) {
    Standard copy = s;
    copy.id = StandardId(new_id("st"));
    return copy;
}

KeyFactor clone_key_factor(const KeyFactor& kf, const IdMaker& new_id) {
    KeyFactor copy = kf;
    copy.id = KeyFactorId(new_id("kf"));
    for (Standard& s : copy.standards) s = clone_standard(s, new_id);
    return copy;
}

Touchpoint clone_touchpoint(const Touchpoint& tp, const IdMaker& new_id) {
    Touchpoint copy = tp;
    copy.id = TouchpointId(new_id("tp"));
    for (KeyFactor& kf : copy.key_factors) kf = clone_key_factor(kf, new_id);
    for (Activity& a : copy.activities) a.id = ActivityId(new_id("act"));
    return copy;
}

Circle clone_circle(const Circle& c, const IdMaker& new_id) {
    Circle copy = c;
    copy.id = CircleId(new_id("circle"));
    for (Touchpoint& tp : copy.touchpoints) tp = clone_touchpoint(tp, new_id);
    // The handoffs join the copied activities; a standard of the circle becomes its copy.
    std::unordered_map<std::string, std::string> renamed;
    for (size_t t = 0; t < c.touchpoints.size(); ++t) {
        const Touchpoint &from = c.touchpoints[t], &to = copy.touchpoints[t];
        for (size_t a = 0; a < from.activities.size(); ++a) renamed[from.activities[a].id.value] = to.activities[a].id.value;
        for (size_t k = 0; k < from.key_factors.size(); ++k)
            for (size_t s = 0; s < from.key_factors[k].standards.size(); ++s)
                renamed[from.key_factors[k].standards[s].id.value] = to.key_factors[k].standards[s].id.value;
    }
    auto rename = [&](std::string& id) {
        if (auto it = renamed.find(id); it != renamed.end()) id = it->second;
    };
    for (Handoff& h : copy.handoffs) {
        h.id = HandoffId(new_id("handoff"));
        rename(h.from.value);
        rename(h.to.value);
        rename(h.standard.value);
    }
    return copy;
}

RoleRemapper::RoleRemapper(const std::vector<Role>& source, std::vector<Role>& target, IdMaker new_id)
    : source_(source), target_(target), new_id_(std::move(new_id)) {}

RoleId RoleRemapper::map(const RoleId& from) {
    if (from.empty()) return {};
    if (auto it = cache_.find(from.value); it != cache_.end()) return it->second;
    const Role* role = nullptr;
    for (const Role& r : source_)
        if (r.id == from) role = &r;
    RoleId result;
    if (role) {
        for (const Role& r : target_)
            if (!role->name.empty() && r.name == role->name) { result = r.id; break; }
        if (result.empty())
            for (const Role& r : target_)
                if (!role->name_en.empty() && r.name_en == role->name_en) { result = r.id; break; }
        if (result.empty()) {
            Role added = *role;
            added.id = RoleId(new_id_("role"));
            target_.push_back(added);
            result = added.id;
            added_ = true;
        }
    }
    cache_[from.value] = result;
    return result;
}

void RoleRemapper::apply(Standard& s) { s.owner = map(s.owner); }

void RoleRemapper::apply(KeyFactor& kf) {
    for (Standard& s : kf.standards) apply(s);
}

void RoleRemapper::apply(Touchpoint& tp) {
    tp.role = map(tp.role);
    for (KeyFactor& kf : tp.key_factors) apply(kf);
    for (Activity& a : tp.activities) a.role = map(a.role);
}

void RoleRemapper::apply(Circle& c) {
    for (Touchpoint& tp : c.touchpoints) apply(tp);
}

}  // namespace bp
