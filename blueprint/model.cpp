#include "model.h"

namespace bp {

void Index::rebuild(const Blueprint& doc) {
    circles_.clear();
    touchpoints_.clear();
    key_factors_.clear();
    standards_.clear();
    roles_.clear();
    for (int r = 0; r < (int)doc.roles.size(); ++r) roles_[doc.roles[r].id.value] = r;
    for (int c = 0; c < (int)doc.circles.size(); ++c) {
        const Circle& circle = doc.circles[c];
        circles_[circle.id.value] = Path{c};
        for (int t = 0; t < (int)circle.touchpoints.size(); ++t) {
            const Touchpoint& tp = circle.touchpoints[t];
            touchpoints_[tp.id.value] = Path{c, t};
            for (int k = 0; k < (int)tp.key_factors.size(); ++k) {
                const KeyFactor& kf = tp.key_factors[k];
                key_factors_[kf.id.value] = Path{c, t, k};
                for (int s = 0; s < (int)kf.standards.size(); ++s)
                    standards_[kf.standards[s].id.value] = Path{c, t, k, s};
            }
        }
    }
}

std::optional<Path> Index::lookup(const Map& m, const std::string& id) {
    auto it = m.find(id);
    if (it == m.end()) return std::nullopt;
    return it->second;
}

const Role* Index::role(const Blueprint& doc, const RoleId& id) const {
    auto it = roles_.find(id.value);
    return it == roles_.end() ? nullptr : &doc.roles[it->second];
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
        }
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

Counts count(const Blueprint& doc) {
    Counts n;
    n.circles = doc.circles.size();
    for (const Circle& c : doc.circles) {
        n.touchpoints += c.touchpoints.size();
        for (const Touchpoint& t : c.touchpoints) {
            n.key_factors += t.key_factors.size();
            for (const KeyFactor& k : t.key_factors) n.standards += k.standards.size();
        }
    }
    return n;
}

}  // namespace bp
