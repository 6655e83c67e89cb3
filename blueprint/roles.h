// The blueprint's roles as a rule holder: who uses a role, its display name, and the edits that
// change the list of roles, which refuse (with a reason) to drop a role still referred to. The loader
// refuses a document whose touchpoint or standard names a missing role, so the model must never
// produce one.
// A role's reporting line (whom it reports to, and they in turn) never comes back to it.
// Sections: usage · names · reporting lines · changing the list.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "edit.h"
#include "lang.h"
#include "model.h"

namespace bp {

// -------------------------------------------------------------------------------------------- usage
// Which touchpoints (as their role) and standards (as their owner) refer to a role.
struct RoleUse {
    std::vector<TouchpointId> touchpoints;
    std::vector<StandardId> standards;
    std::vector<ActivityId> activities;  // as the role doing it (format 3)
    bool any() const { return !touchpoints.empty() || !standards.empty() || !activities.empty(); }
};
RoleUse role_uses(const Blueprint& doc, const RoleId& role);

// How many touchpoints and standards refer to each role, counted per circle and summed. Document::role_usage()
// keeps one per revision, counting again only the circles edits changed, so a panel may ask every frame.
class RoleUsage {
public:
    struct Count {
        int touchpoints = 0, standards = 0, activities = 0;
        bool any() const { return touchpoints > 0 || standards > 0 || activities > 0; }
    };
    RoleUsage() = default;
    explicit RoleUsage(const Blueprint& doc);
    Count of(const RoleId& role) const;
    // After edits that changed only these circles (and removed any): those counted again, not the
    // whole document. The roles themselves must not have changed.
    void recount(const Blueprint& doc, const std::vector<CircleId>& changed);

private:
    using Counts = std::unordered_map<std::string, Count>;
    Counts counts_;                                 // the whole document's, by role id
    std::unordered_map<std::string, Counts> circles_;  // each circle's, by circle id
    void add(const Counts& circle, int sign);
};

// -------------------------------------------------------------------------------------------- names
// A role as people see it: its name in `lang`, else its name in the other language, else its id.
// A reference to a role the blueprint lacks shows the id; no role ("") is "".
std::string role_name(const Blueprint& doc, const RoleId& role, Lang lang);

// ---------------------------------------------------------------------------------- reporting lines
// The roles, in order, of the first reporting line that comes back to where it started (each reports to
// the next, the last to the first), or none. A role reporting to itself is not counted here: that is
// refused on its own, with its own reason.
std::vector<RoleId> reporting_cycle(const std::vector<Role>& roles);

// ---------------------------------------------------------------------------------- changing roles
// Why `roles` may not replace doc.roles, or nullopt when it may: a role that is dropped is still
// referred to, or a role's id is empty, repeated, or already the id of another element.
std::optional<Text> roles_change_refused(const Blueprint& doc, const std::vector<Role>& roles);

// An edit, or the reason there is none.
struct Proposal {
    EditPtr edit;
    Text refused;  // set when edit is null
    explicit operator bool() const { return edit != nullptr; }
};

// Removes a role no touchpoint or standard uses; a role in use is refused, naming how many use it.
Proposal remove_role(const Blueprint& doc, const RoleId& role);
// Replaces the role of id `role.id` with `role` (its names, duties, whom it reports and escalates to);
// refused when there is no such role, or the new role reports or escalates to itself, to a role that
// does not exist, or closes a reporting cycle.
Proposal change_role(const Blueprint& doc, const Role& role);
// Appends a role (a fresh id from Document::new_id("role") when role.id is empty; name required).
Proposal add_role(Document& doc, Role role);

}  // namespace bp
