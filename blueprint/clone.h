// Copies of elements with fresh ids for the element and its whole subtree (duplicate, paste), and the
// mapping of role references when elements move between documents.
#pragma once

#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "model.h"

namespace bp {

// Returns an id not yet used in the target document for a prefix ("circle", "tp", "kf", "st", "role"),
// e.g. Document::new_id.
using IdMaker = std::function<std::string(const std::string& prefix)>;

// The copy is equal to the original except for the ids of it and everything under it.
Standard clone_standard(const Standard& s, const IdMaker& new_id);
KeyFactor clone_key_factor(const KeyFactor& kf, const IdMaker& new_id);
Touchpoint clone_touchpoint(const Touchpoint& tp, const IdMaker& new_id);
Circle clone_circle(const Circle& c, const IdMaker& new_id);

// Rewrites role references (touchpoint role, standard owner) from a source document's roles to a target's:
// a role is matched by name (then by English name); a role the target lacks is appended to `target` with
// a fresh id. References to roles the source does not define become empty.
class RoleRemapper {
public:
    RoleRemapper(const std::vector<Role>& source, std::vector<Role>& target, IdMaker new_id);

    RoleId map(const RoleId& source_role);
    void apply(Standard& s);
    void apply(KeyFactor& kf);
    void apply(Touchpoint& tp);
    void apply(Circle& c);
    bool added_roles() const { return added_; }

private:
    const std::vector<Role>& source_;
    std::vector<Role>& target_;
    IdMaker new_id_;
    std::unordered_map<std::string, RoleId> cache_;
    bool added_ = false;
};

}  // namespace bp
