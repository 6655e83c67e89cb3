#include "layer_edits.h"

#include <algorithm>

#include "glossary.h"
#include "layers.h"
#include "text.h"

namespace bp {

// ------------------------------------------------------------------------------------------- the edit
namespace {

// One step on the layers: the activities of some touchpoints and the handoffs of one circle, before and
// after. It applies only onto the state it was built from (checked by ids), so a stale edit does nothing.
class LayersEdit : public Edit {
public:
    struct Activities {
        TouchpointId touchpoint;
        std::vector<Activity> before, after;
    };
    struct Handoffs {
        CircleId circle;
        std::vector<Handoff> before, after;
    };
    LayersEdit(std::vector<Activities> activities, std::optional<Handoffs> handoffs, Text what)
        : activities_(std::move(activities)), handoffs_(std::move(handoffs)), what_(std::move(what)) {}
    bool apply(Blueprint& d, Locator& w) const override { return set(d, w, true); }
    bool revert(Blueprint& d, Locator& w) const override { return set(d, w, false); }
    std::string describe(Lang lang) const override { return what_.in(lang); }
    bool circles_changed(const Blueprint& d, Locator& w, CircleChanges& out) const override {
        for (const Activities& a : activities_)
            if (!out.add_circle_of(d, w, a.touchpoint.value)) return false;
        if (handoffs_) out.circles.push_back(handoffs_->circle);
        return true;
    }

private:
    template <class T>
    static bool same_ids(const std::vector<T>& a, const std::vector<T>& b) {
        if (a.size() != b.size()) return false;
        for (size_t i = 0; i < a.size(); ++i)
            if (a[i].id != b[i].id) return false;
        return true;
    }
    static bool roles_exist(const Blueprint& d, const std::vector<Activity>& acts) {
        for (const Activity& a : acts) {
            if (a.role.empty()) continue;
            if (std::none_of(d.roles.begin(), d.roles.end(), [&](const Role& r) { return r.id == a.role; })) return false;
        }
        return true;
    }
    bool set(Blueprint& d, Locator& w, bool forward) const {
        std::vector<std::vector<Activity>*> targets;
        for (const Activities& a : activities_) {  // check everything first: all or nothing
            auto p = w.find(a.touchpoint);
            if (!p) return false;
            auto& list = touchpoint_at(d, *p).activities;
            if (!same_ids(list, forward ? a.before : a.after) || !roles_exist(d, forward ? a.after : a.before))
                return false;
            targets.push_back(&list);
        }
        std::vector<Handoff>* handoffs = nullptr;
        if (handoffs_) {
            auto p = w.find(handoffs_->circle);
            if (!p) return false;
            handoffs = &d.circles[p->circle].handoffs;
            if (!same_ids(*handoffs, forward ? handoffs_->before : handoffs_->after)) return false;
        }
        for (size_t i = 0; i < activities_.size(); ++i) *targets[i] = forward ? activities_[i].after : activities_[i].before;
        if (handoffs) *handoffs = forward ? handoffs_->after : handoffs_->before;
        return true;
    }
    std::vector<Activities> activities_;
    std::optional<Handoffs> handoffs_;
    Text what_;
};

Proposal refuse(std::string zh, std::string en) { return {nullptr, {std::move(zh), std::move(en)}}; }
Proposal accept(std::vector<LayersEdit::Activities> a, std::optional<LayersEdit::Handoffs> h, Text what) {
    return {std::make_unique<LayersEdit>(std::move(a), std::move(h), std::move(what)), {}};
}

std::string act_zh(const Activity& a) { return std::string(glossary::activity.zh) + text::quote_zh(a.name, a.id.value); }
std::string act_en(const Activity& a) { return std::string(glossary::activity.en) + " " + text::quote_en(a.name, a.id.value); }

// Why the activity's own fields may not stand in doc (nullopt when they may).
std::optional<Text> activity_refused(const Blueprint& doc, const Activity& a) {
    if (text::trim(a.name).empty())
        return Text{"活动需要一个名称（做什么，或有形展示是什么）。", "An activity needs a name (what is done, or what is seen)."};
    if (!a.role.empty() &&
        std::none_of(doc.roles.begin(), doc.roles.end(), [&](const Role& r) { return r.id == a.role; }))
        return Text{"角色 “" + a.role.value + "” 不在蓝图的角色中。", "The role \"" + a.role.value + "\" is not a role of the blueprint."};
    if (!a.recovery.empty() &&
        std::none_of(doc.circles.begin(), doc.circles.end(), [&](const Circle& c) { return c.id == a.recovery; }))
        return Text{"补救服务圈 “" + a.recovery.value + "” 不存在。", "The recovery circle \"" + a.recovery.value + "\" does not exist."};
    return std::nullopt;
}

struct Found {
    Path path;  // circle, touchpoint, activity
};
std::optional<Found> find_activity(const Blueprint& doc, const ActivityId& id) {
    Index index(doc);
    auto p = index.find(id);
    if (!p) return std::nullopt;
    return Found{*p};
}

// The circle's handoffs without those that use the activity, and how many went.
std::vector<Handoff> without(const std::vector<Handoff>& hs, const ActivityId& a, size_t& dropped) {
    std::vector<Handoff> out;
    dropped = 0;
    for (const Handoff& h : hs) {
        if (h.from == a || h.to == a) ++dropped;
        else out.push_back(h);
    }
    return out;
}

}  // namespace

// ------------------------------------------------------------------------------------------ activities
Proposal add_activity(Document& doc, const TouchpointId& touchpoint, Activity a, int index) {
    const Blueprint& m = doc.model();
    auto p = doc.locator().find(touchpoint);
    if (!p) return refuse("没有 id 为 “" + touchpoint.value + "” 的触点。", "There is no touchpoint \"" + touchpoint.value + "\".");
    if (auto why = activity_refused(m, a)) return {nullptr, *why};
    if (a.id.empty()) a.id = ActivityId(doc.new_id("act"));
    else if (doc.locator().find(a.id.value))
        return refuse("id “" + a.id.value + "” 已被其他元素使用。", "The id \"" + a.id.value + "\" is already in use.");
    const Touchpoint& t = touchpoint_at(m, *p);
    std::vector<Activity> after = t.activities;
    const int at = index < 0 || index > (int)after.size() ? (int)after.size() : index;
    after.insert(after.begin() + at, a);
    return accept({{t.id, t.activities, std::move(after)}}, std::nullopt,
                  {"添加" + act_zh(a), "Add " + act_en(a)});
}

Proposal add_activities(Document& doc, const TouchpointId& touchpoint, std::vector<Activity> acts,
                        std::vector<Handoff> handoffs, int index) {
    const Blueprint& m = doc.model();
    auto p = doc.locator().find(touchpoint);
    if (!p) return refuse("没有 id 为 “" + touchpoint.value + "” 的触点。", "There is no touchpoint \"" + touchpoint.value + "\".");
    if (acts.empty()) return refuse("没有要添加的活动。", "There are no activities to add.");
    std::unordered_map<std::string, std::string> renamed;
    std::unordered_set<std::string> ids;
    for (Activity& a : acts) {
        if (text::trim(a.name).empty())
            return refuse("活动需要一个名称（做什么，或有形展示是什么）。", "An activity needs a name (what is done, or what is seen).");
        const std::string old = a.id.value;
        if (a.id.empty()) a.id = ActivityId(doc.new_id("act"));
        else if (doc.locator().find(a.id.value) || ids.count(a.id.value))
            return refuse("id “" + a.id.value + "” 已被其他元素使用。", "The id \"" + a.id.value + "\" is already in use.");
        ids.insert(a.id.value);
        if (!old.empty()) renamed[old] = a.id.value;
    }
    for (Handoff& h : handoffs) {
        const auto from = renamed.find(h.from.value), to = renamed.find(h.to.value);
        const bool from_new = from != renamed.end() || ids.count(h.from.value), to_new = to != renamed.end() || ids.count(h.to.value);
        if (!from_new || !to_new || h.from == h.to)
            return refuse("交接的两端都必须是一同添加的活动。", "Both ends of a handoff must be among the activities added with it.");
        if (from != renamed.end()) h.from = ActivityId(from->second);
        if (to != renamed.end()) h.to = ActivityId(to->second);
        if (h.id.empty()) h.id = HandoffId(doc.new_id("handoff"));
        else if (doc.locator().find(h.id.value) || ids.count(h.id.value))
            return refuse("id “" + h.id.value + "” 已被其他元素使用。", "The id \"" + h.id.value + "\" is already in use.");
        ids.insert(h.id.value);
    }
    const Touchpoint& t = touchpoint_at(m, *p);
    const Circle& c = m.circles[p->circle];
    std::vector<Activity> after = t.activities;
    const int at = index < 0 || index > (int)after.size() ? (int)after.size() : index;
    const size_t n = acts.size();
    const Text what = n == 1 ? Text{"粘贴" + act_zh(acts[0]), "Paste " + act_en(acts[0])}
                             : Text{"粘贴 " + std::to_string(n) + " 个活动", "Paste " + text::counted(n, "activity", "activities")};
    after.insert(after.begin() + at, std::make_move_iterator(acts.begin()), std::make_move_iterator(acts.end()));
    if (handoffs.empty()) return accept({{t.id, t.activities, std::move(after)}}, std::nullopt, what);
    std::vector<Handoff> all = c.handoffs;
    all.insert(all.end(), std::make_move_iterator(handoffs.begin()), std::make_move_iterator(handoffs.end()));
    return accept({{t.id, t.activities, std::move(after)}}, LayersEdit::Handoffs{c.id, c.handoffs, std::move(all)}, what);
}

Proposal edit_activity(const Blueprint& doc, const Activity& a) {
    auto f = find_activity(doc, a.id);
    if (!f) return refuse("没有 id 为 “" + a.id.value + "” 的活动。", "There is no activity \"" + a.id.value + "\".");
    if (auto why = activity_refused(doc, a)) return {nullptr, *why};
    const Touchpoint& t = touchpoint_at(doc, f->path);
    std::vector<Activity> after = t.activities;
    after[f->path.activity] = a;
    return accept({{t.id, t.activities, std::move(after)}}, std::nullopt,
                  {"修改" + act_zh(a), "Edit " + act_en(a)});
}

Proposal move_activity(const Blueprint& doc, const ActivityId& id, const TouchpointId& to, Layer layer, int index) {
    Index where(doc);
    auto from = where.find(id);
    if (!from) return refuse("没有 id 为 “" + id.value + "” 的活动。", "There is no activity \"" + id.value + "\".");
    auto target = where.find(to);
    if (!target) return refuse("没有 id 为 “" + to.value + "” 的触点。", "There is no touchpoint \"" + to.value + "\".");
    const Touchpoint& source = touchpoint_at(doc, *from);
    Activity moved = source.activities[from->activity];
    if (target->circle != from->circle) {
        for (const Handoff& h : doc.circles[from->circle].handoffs)
            if (h.from == id || h.to == id)
                return refuse(act_zh(moved) + "有交接，不能移到另一个服务圈：交接只连接同一服务圈的活动。先删除这些交接。",
                              act_en(moved) + " has handoffs, so it cannot move to another circle: a handoff joins "
                                              "activities of one circle. Delete those handoffs first.");
    }
    moved.layer = layer;
    const Text what{"移动" + act_zh(moved), "Move " + act_en(moved)};
    if (target->touchpoint == from->touchpoint && target->circle == from->circle) {
        std::vector<Activity> after = source.activities;
        after.erase(after.begin() + from->activity);
        const int at = index < 0 || index > (int)after.size() ? (int)after.size() : index;
        after.insert(after.begin() + at, moved);
        return accept({{source.id, source.activities, std::move(after)}}, std::nullopt, what);
    }
    const Touchpoint& dest = touchpoint_at(doc, *target);
    std::vector<Activity> left = source.activities, right = dest.activities;
    left.erase(left.begin() + from->activity);
    const int at = index < 0 || index > (int)right.size() ? (int)right.size() : index;
    right.insert(right.begin() + at, moved);
    return accept({{source.id, source.activities, std::move(left)}, {dest.id, dest.activities, std::move(right)}},
                  std::nullopt, what);
}

Proposal remove_activity(const Blueprint& doc, const ActivityId& id) {
    auto f = find_activity(doc, id);
    if (!f) return refuse("没有 id 为 “" + id.value + "” 的活动。", "There is no activity \"" + id.value + "\".");
    const Touchpoint& t = touchpoint_at(doc, f->path);
    const Circle& c = doc.circles[f->path.circle];
    const Activity& a = t.activities[f->path.activity];
    std::vector<Activity> after = t.activities;
    after.erase(after.begin() + f->path.activity);
    size_t dropped = 0;
    std::vector<Handoff> handoffs = without(c.handoffs, id, dropped);
    if (dropped == 0)
        return accept({{t.id, t.activities, std::move(after)}}, std::nullopt, {"删除" + act_zh(a), "Delete " + act_en(a)});
    const std::string n = std::to_string(dropped);
    return accept({{t.id, t.activities, std::move(after)}}, LayersEdit::Handoffs{c.id, c.handoffs, std::move(handoffs)},
                  {"删除" + act_zh(a) + "及其 " + n + " 条交接", "Delete " + act_en(a) + " and its " + n + " handoff(s)"});
}

// -------------------------------------------------------------------------------------------- handoffs
std::optional<Text> handoff_refused(const Blueprint& doc, const Handoff& h, const HandoffId& replacing) {
    Index where(doc);
    auto from = where.find(h.from), to = where.find(h.to);
    if (!from) return Text{"交接的起点 “" + h.from.value + "” 不是活动。", "The handoff's start \"" + h.from.value + "\" is not an activity."};
    if (!to) return Text{"交接的终点 “" + h.to.value + "” 不是活动。", "The handoff's end \"" + h.to.value + "\" is not an activity."};
    if (h.from == h.to)
        return Text{"交接不能交给活动自己：交接连接两个活动。", "A handoff cannot go from an activity to itself: it joins two activities."};
    if (from->circle != to->circle)
        return Text{"交接只能连接同一服务圈的活动。", "A handoff joins activities of the same circle."};
    const Circle& c = doc.circles[from->circle];
    if (closes_cycle(c, h.from, h.to, replacing))
        return Text{"这条交接会使交接形成循环：交接链不能回到起点。",
                    "This handoff would close a cycle: a chain of handoffs must not come back to where it started."};
    if (!h.standard.empty() && !where.find(h.standard))
        return Text{"标准 “" + h.standard.value + "” 不存在。", "The standard \"" + h.standard.value + "\" does not exist."};
    for (const HandoffItem& item : h.items)
        if (text::trim(item.name).empty())
            return Text{"交接内容需要名称（如 订单、型号、地址）。", "Each item passed needs a name (order, model, address)."};
    if (!deadline_in_range(h.deadline))
        return Text{"时限超出范围。", "The deadline is out of range."};
    return std::nullopt;
}

Proposal add_handoff(Document& doc, Handoff h) {
    const Blueprint& m = doc.model();
    if (auto why = handoff_refused(m, h)) return {nullptr, *why};
    if (h.id.empty()) h.id = HandoffId(doc.new_id("handoff"));
    else if (doc.locator().find(h.id.value))
        return refuse("id “" + h.id.value + "” 已被其他元素使用。", "The id \"" + h.id.value + "\" is already in use.");
    auto at = doc.locator().find(h.from);
    const Circle& c = m.circles[at->circle];
    std::vector<Handoff> after = c.handoffs;
    after.push_back(h);
    return accept({}, LayersEdit::Handoffs{c.id, c.handoffs, std::move(after)}, {"添加交接", "Add handoff"});
}

Proposal edit_handoff(const Blueprint& doc, const Handoff& h) {
    Index where(doc);
    auto p = where.find(h.id);
    if (!p) return refuse("没有 id 为 “" + h.id.value + "” 的交接。", "There is no handoff \"" + h.id.value + "\".");
    if (auto why = handoff_refused(doc, h, h.id)) return {nullptr, *why};
    if (where.find(h.from)->circle != p->circle)
        return refuse("交接只能连接它所在服务圈的活动。", "A handoff joins activities of its own circle.");
    const Circle& c = doc.circles[p->circle];
    std::vector<Handoff> after = c.handoffs;
    after[p->handoff] = h;
    return accept({}, LayersEdit::Handoffs{c.id, c.handoffs, std::move(after)}, {"修改交接", "Edit handoff"});
}

Proposal remove_handoff(const Blueprint& doc, const HandoffId& id) {
    Index where(doc);
    auto p = where.find(id);
    if (!p) return refuse("没有 id 为 “" + id.value + "” 的交接。", "There is no handoff \"" + id.value + "\".");
    const Circle& c = doc.circles[p->circle];
    std::vector<Handoff> after = c.handoffs;
    after.erase(after.begin() + p->handoff);
    return accept({}, LayersEdit::Handoffs{c.id, c.handoffs, std::move(after)}, {"删除交接", "Delete handoff"});
}

}  // namespace bp
