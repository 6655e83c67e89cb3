#include "clone.h"

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
    return copy;
}

Circle clone_circle(const Circle& c, const IdMaker& new_id) {
    Circle copy = c;
    copy.id = CircleId(new_id("circle"));
    for (Touchpoint& tp : copy.touchpoints) tp = clone_touchpoint(tp, new_id);
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
}

void RoleRemapper::apply(Circle& c) {
    for (Touchpoint& tp : c.touchpoints) apply(tp);
}

}  // namespace bp
