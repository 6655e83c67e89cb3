#include "chain.h"

#include <algorithm>
#include <cstdio>
#include <unordered_set>

#include "glossary.h"
#include "layers.h"
#include "text.h"

namespace bp {

// -------------------------------------------------------------------------------------------- timing
namespace {

int64_t on_axis(const Deadline& d) {  // a clock time on day d.day, or a relative one from 00:00
    return d.kind == Deadline::Kind::Clock ? int64_t(d.day) * 1440 + d.minutes : d.minutes;
}

// The circle's handoffs whose ends are both activities of it, in an order where each handoff comes after
// every handoff into its sending activity (Kahn's algorithm; the rest, if any, lie on a cycle).
std::vector<size_t> topological(const Circle& c, const CircleActivities& acts, bool& cycle) {
    std::unordered_map<std::string_view, std::vector<size_t>> leaving;
    std::unordered_map<std::string_view, int> arriving;
    std::vector<size_t> edges;
    for (size_t i = 0; i < c.handoffs.size(); ++i) {
        const Handoff& h = c.handoffs[i];
        if (!acts.place(h.from) || !acts.place(h.to)) continue;
        edges.push_back(i);
        leaving[h.from.value].push_back(i);
        ++arriving[h.to.value];
    }
    std::vector<std::string_view> ready;
    std::unordered_set<std::string_view> queued;
    for (size_t i : edges) {
        std::string_view from = c.handoffs[i].from.value;
        if (!arriving.count(from) && queued.insert(from).second) ready.push_back(from);
    }
    std::vector<size_t> order;
    while (!ready.empty()) {
        std::string_view node = ready.back();
        ready.pop_back();
        auto it = leaving.find(node);
        if (it == leaving.end()) continue;
        for (size_t i : it->second) {
            order.push_back(i);
            std::string_view to = c.handoffs[i].to.value;
            if (--arriving[to] == 0) ready.push_back(to);
        }
    }
    cycle = order.size() != edges.size();
    return order;
}

}  // namespace

ChainTiming chain_timing(const Circle& c, const std::optional<Delay>& delay) {
    ChainTiming t;
    if (c.promise) {
        t.start = c.promise->starts_by.empty() ? 0 : on_axis(c.promise->starts_by);
        const Deadline& budget = c.promise->budget;
        if (budget.kind == Deadline::Kind::Relative) t.promised = t.start + budget.minutes;
        if (budget.kind == Deadline::Kind::Clock) {
            t.promised = on_axis(budget);
            t.reference_day = budget.day;
        }
    }
    const CircleActivities acts(c);
    for (const Touchpoint& tp : c.touchpoints)
        for (const Activity& a : tp.activities) t.latest.try_emplace(a.id.value, t.start);
    t.end = t.start;
    const std::vector<size_t> order = topological(c, acts, t.cycle);
    std::unordered_map<std::string_view, size_t> last_in;  // activity → the handoff that reaches it last
    std::unordered_map<std::string_view, bool> reached;
    for (size_t i : order) {
        const Handoff& h = c.handoffs[i];
        const int64_t sent = t.latest[h.from.value];
        int64_t arrives = sent;
        if (h.deadline.kind == Deadline::Kind::Relative) arrives = sent + h.deadline.minutes;
        if (h.deadline.kind == Deadline::Kind::Clock) {
            const int64_t due = int64_t(t.reference_day + h.deadline.day) * 1440 + h.deadline.minutes;
            if (sent > due) t.unmet.push_back(h.id);
            arrives = std::max(sent, due);
        }
        if (delay && delay->handoff == h.id) arrives += delay->minutes;
        int64_t& at = t.latest[h.to.value];
        if (!reached[h.to.value] || arrives > at) {
            at = reached[h.to.value] ? std::max(at, arrives) : arrives;
            last_in[h.to.value] = i;
            reached[h.to.value] = true;
        }
    }
    // The activity that ends the chain: the latest; of equals, the last in reading order (deterministic).
    std::string_view last;
    for (const ActivityPlace& p : reading_order(c)) {
        const std::string& id = c.touchpoints[p.touchpoint].activities[p.activity].id.value;
        const int64_t when = t.latest[id];
        if (when > t.end || (when == t.end && reached.count(id))) {
            t.end = when;
            last = id;
        }
    }
    for (auto it = last_in.find(last); it != last_in.end(); it = last_in.find(c.handoffs[it->second].from.value)) {
        t.longest.push_back(c.handoffs[it->second].id);
        if (t.longest.size() > c.handoffs.size()) break;  // a cycle: cannot happen after topological()
    }
    std::reverse(t.longest.begin(), t.longest.end());
    return t;
}

std::string chain_time_text(int64_t minutes, Lang lang) {
    const int64_t day = minutes >= 0 ? minutes / 1440 : -((-minutes + 1439) / 1440);
    const int64_t rest = minutes - day * 1440;
    char at[8];
    std::snprintf(at, sizeof at, "%02d:%02d", int(rest / 60), int(rest % 60));
    if (is_zh(lang)) {
        if (day == 0) return std::string("当日 ") + at;
        if (day == 1) return std::string("次日 ") + at;
        return "第 " + std::to_string(day) + " 日 " + at;
    }
    if (day == 0) return std::string(at) + " the same day";
    if (day == 1) return std::string(at) + " the next day";
    return "day " + std::to_string(day) + ", " + at;
}

// --------------------------------------------------------------------------------- break this link
BreakEffect break_link(const Blueprint& doc, const LinkBreak& b) {
    BreakEffect e;
    Index index(doc);
    auto p = index.find(b.handoff);
    if (!p) return e;
    e.found = true;
    const Circle& c = doc.circles[p->circle];
    const Handoff& h = c.handoffs[p->handoff];
    e.circle = c.id;

    // Downstream: the receiving activity and everything handoffs reach from it.
    std::unordered_set<std::string_view> down{h.to.value};
    std::vector<std::string_view> todo{h.to.value};
    while (!todo.empty()) {
        std::string_view at = todo.back();
        todo.pop_back();
        for (const Handoff& x : c.handoffs)
            if (x.from.value == at && down.insert(x.to.value).second) todo.push_back(x.to.value);
    }
    for (const ActivityPlace& place : reading_order(c)) {
        const Touchpoint& tp = c.touchpoints[place.touchpoint];
        const Activity& a = tp.activities[place.activity];
        if (!down.count(a.id.value)) continue;
        e.activities.push_back(a.id);
        if (e.moments.empty() || e.moments.back() != tp.id) e.moments.push_back(tp.id);
    }
    std::sort(e.moments.begin(), e.moments.end(), [&](const TouchpointId& x, const TouchpointId& y) {
        return index.find(x)->touchpoint < index.find(y)->touchpoint;
    });
    e.moments.erase(std::unique(e.moments.begin(), e.moments.end()), e.moments.end());

    const ChainTiming before = chain_timing(c);
    e.end_before = e.end_after = before.end;
    if (b.how == Break::Missing) {
        e.chain_broken = h.breaks_chain;
        e.promise_fails = e.chain_broken && c.promise.has_value();  // what comes after it never happens
    } else {
        const ChainTiming after = chain_timing(c, Delay{h.id, std::max<int64_t>(0, b.late_by_minutes)});
        e.end_after = after.end;
        e.promise_fails = after.over();
    }

    // The recovery circle offered: a fail point downstream links one, else any fail point of the circle.
    CircleActivities acts(c);
    for (const ActivityId& id : e.activities)
        if (const Activity* a = acts.find(id); a && !a->recovery.empty()) {
            e.recovery = a->recovery;
            break;
        }
    for (size_t i = 0; e.recovery.empty() && i < e.moments.size(); ++i)
        e.recovery = touchpoint_at(doc, *index.find(e.moments[i])).recovery;
    for (const Touchpoint& tp : c.touchpoints) {
        if (!e.recovery.empty()) break;
        if (!tp.recovery.empty()) e.recovery = tp.recovery;
        for (const Activity& a : tp.activities)
            if (e.recovery.empty() && !a.recovery.empty()) e.recovery = a.recovery;
    }

    const std::string n_acts = std::to_string(e.activities.size()), n_moments = std::to_string(e.moments.size());
    std::string zh = std::string(glossary::handoff.zh) + (b.how == Break::Missing ? "缺失" : "延迟") + "：影响下游 " +
                     n_acts + " 个" + std::string(glossary::activity.zh) + "、" + n_moments + " 个" +
                     std::string(glossary::moment_of_truth.zh);
    std::string en = "Handoff " + std::string(b.how == Break::Missing ? "missing" : "late") + ": " +
                     text::counted(e.activities.size(), "activity", "activities") + " and " +
                     text::counted(e.moments.size(), "moment") + " downstream";
    if (e.chain_broken) zh += "，服务链中断", en += "; the chain breaks";
    if (c.promise) {
        zh += e.promise_fails ? "，承诺“" + c.promise->text + "”无法兑现" : "，承诺“" + c.promise->text + "”仍可兑现";
        en += e.promise_fails ? "; the promise \"" + c.promise->text + "\" fails"
                              : "; the promise \"" + c.promise->text + "\" still holds";
    }
    if (!e.recovery.empty()) {
        std::string name = e.recovery.value;
        for (const Circle& x : doc.circles)
            if (x.id == e.recovery) name = x.name;
        zh += "；" + std::string(glossary::recovery_circle.zh) + "：" + text::quote_zh(name);
        en += "; recovery circle: " + text::quote_en(name);
    }
    e.summary = {zh + "。", en + "."};
    return e;
}

}  // namespace bp
