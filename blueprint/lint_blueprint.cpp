// The rules on the blueprint's layers (format 3): handoffs between roles that no standard covers (001
// "交接清楚，明确责任"), the chain of deadlines against the promise, standards only at the end point or only
// on complaints and satisfaction (002 "只监控了服务结束点", "不投诉不等于满意"), activities nobody does, roles
// whose work starts with nothing handed to them, and fail points without their recovery circle.
#include <unordered_map>
#include <unordered_set>

#include "chain.h"
#include "glossary.h"
#include "layers.h"
#include "lint_internal.h"
#include "roles.h"
#include "text.h"

namespace bp::lint_detail {

using text::quote_en;
using text::quote_zh;

namespace {

const std::string kHandoffZh(glossary::handoff.zh), kPromiseZh(glossary::promise.zh);

// A handoff as people name it: "派工系统：客服 → 安装工".
std::string handoff_name(const Blueprint& doc, const CircleActivities& acts, const Handoff& h, Lang lang) {
    auto end = [&](const ActivityId& id) {
        const Activity* a = acts.find(id);
        if (!a) return id.value;
        std::string who = role_name(doc, a->role, lang);
        if (who.empty()) who = a->system;
        return who.empty() ? a->name : who;
    };
    std::string s = end(h.from) + " → " + end(h.to);
    return h.via.empty() ? s : h.via + (is_zh(lang) ? "：" : ": ") + s;
}

// What complaint counts and satisfaction scores are measured by (the metric, or the survey's question).
const text::KeywordSet& complaint_words() {
    static const text::KeywordSet set({"投诉率", "投诉次数", "投诉量", "投诉数", "投诉件数", "满意度", "满意率", "满意",
                                       "complaint rate", "complaints", "number of complaints", "satisfaction",
                                       "satisfied"});
    return set;
}

void lint_handoffs(const Blueprint& doc, const Circle& c, const CircleActivities& acts, Sink& sink) {
    for (const Handoff& h : c.handoffs) {
        const RoleId from = acts.role_of(h.from), to = acts.role_of(h.to);
        if (from.empty() || to.empty() || from == to || !h.standard.empty()) continue;
        sink.add(Rule::HandoffWithoutStandard, h.id, [&] {
            return Msg{kHandoffZh + quote_zh(handoff_name(doc, acts, h, Lang::Zh)) +
                           "在两个角色之间，却没有标准覆盖：交接清楚，明确责任——给它一条有时限的标准",
                       "Handoff " + quote_en(handoff_name(doc, acts, h, Lang::En)) +
                           " passes between two roles with no standard covering it: make handoffs clear and "
                           "responsibility plain — give it a standard with a deadline"};
        });
    }
}

void lint_chain(const Blueprint& doc, const Circle& c, const CircleActivities& acts, Sink& sink) {
    if (c.handoffs.empty()) return;
    const ChainTiming t = chain_timing(c);
    if (t.over()) {
        sink.add(Rule::ChainOverPromise, c.id, [&] {
            return Msg{"服务圈" + quote_zh(c.name, c.id.value) + "的交接时限串起来最晚到" + chain_time_text(t.end, Lang::Zh) +
                           "，超过了" + kPromiseZh + "“" + c.promise->text + "”的" + chain_time_text(*t.promised, Lang::Zh) +
                           "：环环相扣，一环延迟就中断服务——缩短时限或改变承诺",
                       "The deadlines of circle " + quote_en(c.name, c.id.value) + " add up to " +
                           chain_time_text(t.end, Lang::En) + ", later than the promise \"" + c.promise->text +
                           "\" (" + chain_time_text(*t.promised, Lang::En) +
                           "): one late link breaks the chain — shorten the deadlines or change the promise"};
        });
    }
    for (const HandoffId& id : t.unmet) {
        const Handoff* h = nullptr;
        for (const Handoff& x : c.handoffs)
            if (x.id == id) h = &x;
        sink.add(Rule::ChainDeadlineUnmet, id, [&] {
            return Msg{kHandoffZh + quote_zh(handoff_name(doc, acts, *h, Lang::Zh)) + "的时限" +
                           deadline_text(h->deadline, Lang::Zh) + "早于它之前的环节最晚完成的时间",
                       "Handoff " + quote_en(handoff_name(doc, acts, *h, Lang::En)) + " is due " +
                           deadline_text(h->deadline, Lang::En) + ", before the links ahead of it may be done"};
        });
    }
}

void lint_measures(const Circle& c, Sink& sink) {
    size_t standards = 0, on_last = 0, complaint_only = 0;
    const size_t n = c.touchpoints.size();
    for (size_t i = 0; i < n; ++i)
        for (const KeyFactor& k : c.touchpoints[i].key_factors)
            for (const Standard& s : k.standards) {
                ++standards;
                if (i + 1 == n) ++on_last;
                if (measures_complaints(s)) ++complaint_only;
            }
    if (standards == 0) return;
    if (n >= 3 && on_last == standards)
        sink.add(Rule::EndPointOnly, c.id, [&] {
            return Msg{"服务圈" + quote_zh(c.name, c.id.value) + "的标准都在最后一个触点：只监控了服务结束点，忽略了服务的过程管理",
                       "All standards of circle " + quote_en(c.name, c.id.value) +
                           " sit on its last moment: only the end point is monitored, not the process"};
        });
    if (complaint_only == standards)
        sink.add(Rule::ComplaintsOnly, c.id, [&] {
            return Msg{"服务圈" + quote_zh(c.name, c.id.value) + "只以投诉或满意度衡量：不投诉不等于满意——为过程中的行为定标准",
                       "Circle " + quote_en(c.name, c.id.value) +
                           " is measured only by complaints or satisfaction: no complaint is not satisfaction — "
                           "set standards on what is done along the way"};
        });
}

void lint_activities(const Blueprint& doc, const Circle& c, Sink& sink) {
    for (const Touchpoint& tp : c.touchpoints)
        for (const Activity& a : tp.activities) {
            const bool needs_actor = a.layer == Layer::Frontstage || a.layer == Layer::Backstage || a.layer == Layer::Support;
            if (!needs_actor || !a.role.empty() || !text::trim(a.system).empty()) continue;
            sink.add(Rule::ActivityWithoutActor, a.id, [&] {
                return Msg{"触点" + quote_zh(tp.name, tp.id.value) + "的活动" + quote_zh(a.name, a.id.value) +
                               "没有角色或系统：写明谁（或哪个系统、部门）来做",
                           "Activity " + quote_en(a.name, a.id.value) + " of " + quote_en(tp.name, tp.id.value) +
                               " has no role or system: say who (or which system or department) does it"};
            });
        }
    (void)doc;
}

// A role's first activity in the circle, when it is not at the circle's first moment with activities
// (where the customer starts it), should receive something: else how does the role know to start?
void lint_first_activities(const Blueprint& doc, const Circle& c, Sink& sink) {
    if (c.handoffs.empty()) return;  // a circle without handoffs has not been drawn as a chain yet
    std::unordered_set<std::string_view> receives;
    for (const Handoff& h : c.handoffs) receives.insert(h.to.value);
    std::unordered_set<std::string_view> seen_role;
    int first_moment = -1;
    for (const ActivityPlace& p : reading_order(c)) {
        const Touchpoint& tp = c.touchpoints[p.touchpoint];
        const Activity& a = tp.activities[p.activity];
        if (first_moment < 0) first_moment = p.touchpoint;
        if (a.role.empty() || !seen_role.insert(a.role.value).second) continue;
        if (p.touchpoint == first_moment || receives.count(a.id.value)) continue;
        sink.add(Rule::RoleReceivesNothing, a.id, [&] {
            const std::string zh_role = role_name(doc, a.role, Lang::Zh), en_role = role_name(doc, a.role, Lang::En);
            return Msg{"角色“" + zh_role + "”在服务圈" + quote_zh(c.name, c.id.value) + "的第一个活动" +
                           quote_zh(a.name, a.id.value) + "没有收到任何交接：它从哪里得知要做什么？",
                       "The first activity " + quote_en(a.name, a.id.value) + " of role \"" + en_role + "\" in circle " +
                           quote_en(c.name, c.id.value) + " receives no handoff: how does the role learn what to do?"};
        });
    }
}

void lint_recovery(const Blueprint& doc, Sink& sink) {
    std::unordered_set<std::string_view> recovery_circles;
    for (const Circle& c : doc.circles)
        for (const Touchpoint& t : c.touchpoints) {
            if (!t.recovery.empty()) recovery_circles.insert(t.recovery.value);
            for (const Activity& a : t.activities)
                if (!a.recovery.empty()) recovery_circles.insert(a.recovery.value);
        }
    for (const Circle& c : doc.circles) {
        if (recovery_circles.count(c.id.value)) continue;  // the recovery circle's own fail points escalate elsewhere
        for (const Touchpoint& t : c.touchpoints) {
            if (t.fail_point && t.recovery.empty() && !text::trim(t.mitigation).empty()) {
                const Circle* named = nullptr;
                for (const Circle& other : doc.circles)
                    if (other.id != c.id && text::trim(other.name).size() >= 2 &&
                        t.mitigation.find(std::string(text::trim(other.name))) != std::string::npos)
                        named = &other;
                if (named)
                    sink.add(Rule::RecoveryAsText, t.id, [&] {
                        return Msg{"失误点" + quote_zh(t.name, t.id.value) + "的补救措施在文字里提到服务圈" +
                                       quote_zh(named->name) + "：把它链接为补救服务圈",
                                   "The mitigation of fail point " + quote_en(t.name, t.id.value) +
                                       " names circle " + quote_en(named->name) + " in text: link it as the recovery circle"};
                    });
            }
            if (recovery_circles.empty()) continue;
            if (t.fail_point && t.recovery.empty())
                sink.add(Rule::FailPointWithoutRecoveryCircle, t.id, [&] {
                    return Msg{"失误点" + quote_zh(t.name, t.id.value) + "没有链接补救服务圈，而蓝图中已有补救服务圈",
                               "Fail point " + quote_en(t.name, t.id.value) +
                                   " links no recovery circle, while the blueprint has one"};
                });
            for (const Activity& a : t.activities)
                if (a.fail_point && a.recovery.empty() && t.recovery.empty())
                    sink.add(Rule::FailPointWithoutRecoveryCircle, a.id, [&] {
                        return Msg{"活动" + quote_zh(a.name, a.id.value) + "是失误点，却没有链接补救服务圈，而蓝图中已有补救服务圈",
                                   "Activity " + quote_en(a.name, a.id.value) +
                                       " is a fail point linking no recovery circle, while the blueprint has one"};
                    });
        }
    }
}

}  // namespace

void lint_layers_circle(const Blueprint& doc, const Circle& c, Sink& sink) {
    const CircleActivities acts(c);
    lint_handoffs(doc, c, acts, sink);
    lint_chain(doc, c, acts, sink);
    lint_measures(c, sink);
    lint_activities(doc, c, sink);
    lint_first_activities(doc, c, sink);
}

void lint_recovery_links(const Blueprint& doc, Sink& sink) { lint_recovery(doc, sink); }

bool measures_complaints(const Standard& s) {
    const std::string& measured = text::trim(s.target.metric).empty() ? s.statement : s.target.metric;
    return complaint_words().any_in(measured) || complaint_words().any_in(s.target.survey_question);
}

}  // namespace bp::lint_detail
