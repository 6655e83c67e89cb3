#include "roles.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "fields.h"
#include "glossary.h"

namespace bp {

// -------------------------------------------------------------------------------------------- usage
RoleUse role_uses(const Blueprint& doc, const RoleId& role) {
    RoleUse use;
    if (role.empty()) return use;
    for (const Circle& c : doc.circles)
        for (const Touchpoint& t : c.touchpoints) {
            if (t.role == role) use.touchpoints.push_back(t.id);
            for (const KeyFactor& k : t.key_factors)
                for (const Standard& s : k.standards)
                    if (s.owner == role) use.standards.push_back(s.id);
            for (const Activity& a : t.activities)
                if (a.role == role) use.activities.push_back(a.id);
        }
    return use;
}

namespace {
std::unordered_map<std::string, RoleUsage::Count> circle_usage(const Circle& c) {
    std::unordered_map<std::string, RoleUsage::Count> counts;
    for (const Touchpoint& t : c.touchpoints) {
        if (!t.role.empty()) ++counts[t.role.value].touchpoints;
        for (const KeyFactor& k : t.key_factors)
            for (const Standard& s : k.standards)
                if (!s.owner.empty()) ++counts[s.owner.value].standards;
        for (const Activity& a : t.activities)
            if (!a.role.empty()) ++counts[a.role.value].activities;
    }
    return counts;
}
}  // namespace

RoleUsage::RoleUsage(const Blueprint& doc) {
    for (const Role& r : doc.roles) counts_[r.id.value];  // a role nobody uses still has a count
    for (const Circle& c : doc.circles) {
        Counts& mine = circles_[c.id.value];
        mine = circle_usage(c);
        add(mine, 1);
    }
}

void RoleUsage::add(const Counts& circle, int sign) {
    for (const auto& [role, n] : circle) {
        Count& total = counts_[role];
        total.touchpoints += sign * n.touchpoints;
        total.standards += sign * n.standards;
        total.activities += sign * n.activities;
    }
}

void RoleUsage::recount(const Blueprint& doc, const std::vector<CircleId>& changed) {
    std::unordered_map<std::string_view, const Circle*> present;
    present.reserve(doc.circles.size());
    for (const Circle& c : doc.circles) present.emplace(c.id.value, &c);
    for (auto it = circles_.begin(); it != circles_.end();) {  // circles removed
        if (present.count(it->first)) {
            ++it;
            continue;
        }
        add(it->second, -1);
        it = circles_.erase(it);
    }
    for (const CircleId& id : changed) {
        const auto at = present.find(id.value);
        if (at == present.end()) continue;
        Counts& mine = circles_[id.value];
        add(mine, -1);
        mine = circle_usage(*at->second);
        add(mine, 1);
    }
    for (const Circle& c : doc.circles)  // circles that came
        if (!circles_.count(c.id.value)) {
            Counts& mine = circles_[c.id.value];
            mine = circle_usage(c);
            add(mine, 1);
        }
}

RoleUsage::Count RoleUsage::of(const RoleId& role) const {
    auto it = counts_.find(role.value);
    return it == counts_.end() ? Count{} : it->second;
}

// -------------------------------------------------------------------------------------------- names
std::string role_name(const Blueprint& doc, const RoleId& role, Lang lang) {
    if (role.empty()) return {};
    for (const Role& r : doc.roles) {
        if (r.id != role) continue;
        const std::string& first = lang == Lang::Zh ? r.name : r.name_en;
        const std::string& second = lang == Lang::Zh ? r.name_en : r.name;
        if (!first.empty()) return first;
        if (!second.empty()) return second;
        return r.id.value;
    }
    return role.value;
}

// ---------------------------------------------------------------------------------- reporting lines
std::vector<RoleId> reporting_cycle(const std::vector<Role>& roles) {
    // Linear in the roles whatever the file holds: each role has at most one line up, so one walk per
    // role not yet reached finds every cycle (a file of 10,000 roles in one long chain must not hang the load).
    constexpr size_t kNone = static_cast<size_t>(-1);
    std::unordered_map<std::string_view, size_t> index;
    for (size_t i = 0; i < roles.size(); ++i) index.emplace(roles[i].id.value, i);
    std::vector<size_t> boss(roles.size(), kNone);  // the role it reports to; none for itself or no role
    for (size_t i = 0; i < roles.size(); ++i) {
        const RoleId& up = roles[i].reports_to;
        if (up.empty() || up == roles[i].id) continue;
        if (auto it = index.find(up.value); it != index.end()) boss[i] = it->second;
    }
    std::vector<size_t> reached_by(roles.size(), kNone);  // the walk that first reached the role
    std::vector<char> on_cycle(roles.size(), 0);
    for (size_t start = 0; start < roles.size(); ++start) {
        size_t at = start;
        while (at != kNone && reached_by[at] == kNone) {
            reached_by[at] = start;
            at = boss[at];
        }
        if (at != kNone && reached_by[at] == start)  // this walk came back to itself: a cycle through `at`
            for (size_t c = at; !on_cycle[c]; c = boss[c]) on_cycle[c] = 1;
    }
    for (size_t first = 0; first < roles.size(); ++first) {
        if (!on_cycle[first]) continue;
        std::vector<RoleId> line{roles[first].id};
        for (size_t c = boss[first]; c != first; c = boss[c]) line.push_back(roles[c].id);
        return line;
    }
    return {};
}

// ---------------------------------------------------------------------------------- changing roles
namespace {
// A role's name as the list about to be stored has it (a role just renamed or added is not in doc yet).
std::string listed_name(const std::vector<Role>& roles, const RoleId& id, Lang lang) {
    Blueprint names;
    names.roles = roles;
    return role_name(names, id, lang);
}

Text cycle_refused(const std::vector<Role>& roles, const std::vector<RoleId>& cycle) {
    std::string zh, en;
    for (const RoleId& id : cycle) {
        zh += "“" + listed_name(roles, id, Lang::Zh) + "”→";
        en += "\"" + listed_name(roles, id, Lang::En) + "\" → ";
    }
    zh += "“" + listed_name(roles, cycle[0], Lang::Zh) + "”：每个角色向下一个汇报，汇报关系绕回了起点。请改掉其中一个" +
          std::string(glossary::reports_to.zh) + "。";
    en += "\"" + listed_name(roles, cycle[0], Lang::En) + "\": each reports to the next, so the reporting line comes back "
          "to where it started. Change one of them.";
    return {zh, en};
}

Text in_use(const Blueprint& doc, const Role& role, const RoleUse& use) {
    const std::string zh_name = role_name(doc, role.id, Lang::Zh), en_name = role_name(doc, role.id, Lang::En);
    const std::string t = std::to_string(use.touchpoints.size()), s = std::to_string(use.standards.size());
    const std::string a = std::to_string(use.activities.size());
    const bool acts = !use.activities.empty();  // format 3: the activities of the blueprint's layers
    return {"“" + zh_name + "”仍被 " + t + " 个" + std::string(glossary::touchpoint.zh) + (acts ? "、" : "和 ") +
                (acts ? a + " 个" + std::string(glossary::activity.zh) + "和 " : "") + s + " 条" +
                std::string(glossary::standard.zh) + "使用，不能删除。请先把它们改为其他角色。",
            "\"" + en_name + "\" is still used by " + t + " touchpoints" + (acts ? ", " + a + " activities" : "") +
                " and " + s + " standards, so it cannot be removed. Give them another role first."};
}
}  // namespace

std::optional<Text> roles_change_refused(const Blueprint& doc, const std::vector<Role>& roles) {
    std::unordered_set<std::string> now, next;
    for (const Role& r : doc.roles) now.insert(r.id.value);
    std::vector<const Role*> added;
    for (const Role& r : roles) {
        if (r.id.empty()) return Text{"角色的 id 不能为空。", "A role's id cannot be empty."};
        if (!next.insert(r.id.value).second)
            return Text{"角色 id “" + r.id.value + "”重复。", "The role id \"" + r.id.value + "\" is repeated."};
        if (!now.count(r.id.value)) added.push_back(&r);
    }
    for (const Role& r : roles)  // format 4: whom a role reports and escalates to must stay a role
        for (const RoleId* other : {&r.reports_to, &r.escalates_to}) {
            if (other->empty()) continue;
            if (*other == r.id) {
                const bool reports = other == &r.reports_to;
                const std::string zh = listed_name(roles, r.id, Lang::Zh), en = listed_name(roles, r.id, Lang::En);
                return Text{"角色“" + zh + "”不能向自己" + (reports ? "汇报" : "升级") + "。",
                            "The role \"" + en + "\" cannot " + (reports ? "report" : "escalate") + " to itself."};
            }
            if (!next.count(other->value))
                return Text{"角色“" + r.name + "”向“" + role_name(doc, *other, Lang::Zh) + "”汇报或升级，不能删除后者。",
                            "The role \"" + r.id.value + "\" reports or escalates to \"" +
                                role_name(doc, *other, Lang::En) + "\", which cannot be removed."};
        }
    if (const auto cycle = reporting_cycle(roles); !cycle.empty()) return cycle_refused(roles, cycle);
    for (const Role& r : doc.roles) {
        if (next.count(r.id.value)) continue;
        RoleUse use = role_uses(doc, r.id);
        if (use.any()) return in_use(doc, r, use);
    }
    if (!added.empty()) {  // a new role's id must not be another element's (rare: a whole-document scan)
        const auto ids = collect_ids(doc);
        for (const Role* r : added)
            if (ids.count(r->id.value))
                return Text{"id “" + r->id.value + "”已被其他元素使用。",
                            "The id \"" + r->id.value + "\" is already used by another element."};
    }
    return std::nullopt;
}

Proposal remove_role(const Blueprint& doc, const RoleId& role) {
    Blueprint after = own_fields(doc);
    auto it = std::find_if(after.roles.begin(), after.roles.end(), [&](const Role& r) { return r.id == role; });
    if (it == after.roles.end())
        return {nullptr, {"没有 id 为 “" + role.value + "” 的角色。", "There is no role with the id \"" + role.value + "\"."}};
    after.roles.erase(it);
    if (auto refused = roles_change_refused(doc, after.roles)) return {nullptr, std::move(*refused)};
    return {set_blueprint_info(own_fields(doc), after), {}};
}

Proposal change_role(const Blueprint& doc, const Role& role) {
    Blueprint after = own_fields(doc);
    auto it = std::find_if(after.roles.begin(), after.roles.end(), [&](const Role& r) { return r.id == role.id; });
    if (it == after.roles.end())
        return {nullptr, {"没有 id 为 “" + role.id.value + "” 的角色。", "There is no role with the id \"" + role.id.value + "\"."}};
    *it = role;
    if (auto refused = roles_change_refused(doc, after.roles)) return {nullptr, std::move(*refused)};
    return {set_blueprint_info(own_fields(doc), after), {}};
}

Proposal add_role(Document& doc, Role role) {
    if (role.name.empty() && role.name_en.empty())
        return {nullptr, {"角色需要一个名称。", "A role needs a name."}};
    if (role.id.empty()) role.id = RoleId(doc.new_id("role"));
    const Blueprint& m = doc.model();
    Blueprint after = own_fields(m);
    after.roles.push_back(std::move(role));
    if (auto refused = roles_change_refused(m, after.roles)) return {nullptr, std::move(*refused)};
    return {set_blueprint_info(own_fields(m), after), {}};
}

}  // namespace bp
