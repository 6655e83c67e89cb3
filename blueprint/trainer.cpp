#include "trainer.h"

#include <unordered_set>

#include "enums.h"
#include "export_layers.h"
#include "glossary.h"
#include "layers.h"
#include "roles.h"
#include "text.h"

namespace bp {

// --------------------------------------------------------------------------------------------- slides
namespace {
// The handoffs of a circle that enter or leave the given moment: from or to another moment, or between
// two roles within it (the promoter's order to the installer, the storekeeper's goods to the installer).
// With a role, only what that role receives and passes on.
void moment_handoffs(const Circle& c, int touchpoint, const RoleId& role, Slide& slide) {
    const CircleActivities acts(c);
    for (const Handoff& h : c.handoffs) {
        const auto from = acts.place(h.from), to = acts.place(h.to);
        if (!from || !to) continue;
        const RoleId from_role = acts.role_of(h.from), to_role = acts.role_of(h.to);
        if (from->touchpoint == to->touchpoint && from_role == to_role) continue;
        if (to->touchpoint == touchpoint && (role.empty() || to_role == role)) slide.receives.push_back(h.id);
        if (from->touchpoint == touchpoint && (role.empty() || from_role == role)) slide.passes.push_back(h.id);
    }
}
}  // namespace

std::vector<Slide> trainer_slides(const Blueprint& doc, const RoleId& role) {
    std::vector<Slide> out;
    for (int c = 0; c < int(doc.circles.size()); ++c) {
        const Circle& circle = doc.circles[size_t(c)];
        for (int t = 0; t < int(circle.touchpoints.size()); ++t) {
            if (!role.empty() && !role_has_moment(circle.touchpoints[size_t(t)], role)) continue;
            Slide s{c, t, {}, {}};
            moment_handoffs(circle, t, role, s);
            out.push_back(std::move(s));
        }
    }
    return out;
}

// ---------------------------------------------------------------------- a role's moments and standards
bool role_has_moment(const Touchpoint& t, const RoleId& role) {
    if (role.empty()) return false;
    if (t.role == role) return true;
    for (const Activity& a : t.activities)
        if (a.role == role) return true;
    for (const KeyFactor& k : t.key_factors)
        for (const Standard& s : k.standards)
            if (s.owner == role) return true;
    return false;
}

std::vector<const Standard*> role_standards(const Touchpoint& t, const RoleId& role) {
    std::vector<const Standard*> out;
    for (const KeyFactor& k : t.key_factors)
        for (const Standard& s : k.standards)
            if (s.owner == role || (s.owner.empty() && t.role == role)) out.push_back(&s);
    return out;
}

std::vector<const Standard*> moment_standards(const Touchpoint& t) {
    std::vector<const Standard*> out;
    for (const KeyFactor& k : t.key_factors)
        for (const Standard& s : k.standards) out.push_back(&s);
    return out;
}

// ------------------------------------------------------------------------------------- measure lines
std::string measure_line(const Standard& s, Lang lang) {
    return export_detail::target_text(s, lang) + " · " + std::string(label(s.measurement.method, lang)) + " · " +
           std::string(label(s.measurement.frequency, lang));
}

std::string handoff_line(const Blueprint& doc, const Circle& c, const HandoffId& id, bool incoming, Lang lang) {
    const bool zh = is_zh(lang);
    const Handoff* h = nullptr;
    for (const Handoff& x : c.handoffs)
        if (x.id == id) h = &x;
    if (!h) return {};
    const CircleActivities acts(c);
    const ActivityId& other = incoming ? h->from : h->to;
    std::string out = role_name(doc, acts.role_of(other), lang);
    if (const auto place = acts.place(other)) {
        const Touchpoint& t = c.touchpoints[size_t(place->touchpoint)];
        const Activity& a = t.activities[size_t(place->activity)];
        if (out.empty()) out = a.system;
        out += (zh ? "（" : " (") + t.name + (zh ? "）" : ")");
    }
    out += zh ? "：" : ": ";
    std::string items;
    for (const HandoffItem& item : h->items) items += (items.empty() ? "" : zh ? "、" : ", ") + item.name;
    out += items.empty() ? std::string(zh ? "（未列内容）" : "(nothing listed)") : items;
    std::string via = h->via.empty() ? std::string(label(h->medium, lang)) : h->via;
    out += " · " + via;
    if (!h->deadline.empty()) out += " · " + deadline_text(h->deadline, lang);
    return out;
}

// -------------------------------------------------------------------------------------- self-check
namespace {
std::string quoted(std::string_view s, Lang lang) { return is_zh(lang) ? text::quote_zh(s) : text::quote_en(s); }

std::string joined(const std::vector<Instruction>& list, Lang lang) {
    std::string out;
    for (const Instruction& i : list) {
        if (!out.empty()) out += is_zh(lang) ? "；" : "; ";
        out += i.text;
    }
    return out;
}
}  // namespace

std::vector<CheckItem> self_check(const Blueprint& doc, const Touchpoint& t, const RoleId& role, Lang lang) {
    using From = CheckItem::From;
    const bool zh = is_zh(lang);
    const std::string moment = quoted(t.name, lang);
    std::vector<CheckItem> out;
    // The moment's script is asked of the role that serves it; another role there is asked its targets only.
    const bool serves = role.empty() || t.role == role;
    for (const Phrase& p : t.phrases)
        if (serves && !p.condition.empty())
            out.push_back({From::Phrase,
                           zh ? moment + "：" + p.condition + "时，说什么？" : moment + ": what do you say when — " + p.condition + "?",
                           p.text});
    for (const Standard* s : role.empty() ? moment_standards(t) : role_standards(t, role))
        if (s->target.value)
            out.push_back({From::Target,
                           zh ? quoted(s->statement, lang) + "的目标是多少？怎样测量？"
                              : "What is the target of " + quoted(s->statement, lang) + ", and how is it measured?",
                           measure_line(*s, lang)});
    const RoleId& who = role.empty() ? t.role : role;
    for (const Role& r : doc.roles)
        if (serves && r.id == who && !r.escalates_to.empty())
            out.push_back({From::Escalation,
                           zh ? moment + "遇到解决不了的问题，" + role_name(doc, who, lang) + "向谁升级？"
                              : "At " + moment + ", whom does the " + role_name(doc, who, lang) +
                                    " escalate a problem they cannot solve to?",
                           role_name(doc, r.escalates_to, lang)});
    if (!serves) return out;
    if (t.fail_point && !t.mitigation.empty())
        out.push_back({From::Recovery,
                       zh ? moment + "是" + std::string(glossary::fail_point.zh) + "。出了差错怎样补救？"
                          : moment + " is a fail point. What is done when it fails?",
                       t.mitigation});
    if (!t.never.empty())
        out.push_back({From::Never, zh ? moment + "时绝不能做什么？" : "What must you never do at " + moment + "?",
                       joined(t.never, lang)});
    for (const CheckQuestion& q : t.questions) out.push_back({From::Trainer, q.question, q.answer});
    return out;
}

}  // namespace bp
