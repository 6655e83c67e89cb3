// Edits of the layers: each proposal is accepted (and undoable) or refused with its reason; removals of
// the tree take the handoffs and links that point into what goes with them.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "blueprint/clipboard.h"
#include "blueprint/edit.h"
#include "blueprint/invariants.h"
#include "blueprint/json_io.h"
#include "blueprint/layer_edits.h"
#include "blueprint/layers.h"
#include "blueprint/roles.h"

#include "fixtures.h"

using namespace bp;

namespace {
Blueprint water_heater() { return load_fixture("water_heater.v3.blueprint.json"); }

const Circle& install(const Document& d) { return d.model().circles[0]; }

const Handoff* handoff(const Document& d, const std::string& id) {
    for (const Circle& c : d.model().circles)
        for (const Handoff& h : c.handoffs)
            if (h.id.value == id) return &h;
    return nullptr;
}

void apply(Document& d, Proposal p) {
    INFO(p.refused.en);
    REQUIRE(p);
    REQUIRE(d.apply(std::move(p.edit)));
    CHECK(check_invariants(d.model()).empty());
}
}  // namespace

TEST_CASE("activities: add, edit and move between layers and moments, with undo and redo") {
    Document d(water_heater());
    const std::string before = save_blueprint(d.model());

    Activity a;
    a.layer = Layer::Backstage;
    a.name = "核对库存";
    a.role = RoleId("r-storekeeper");
    Proposal add = add_activity(d, TouchpointId("tp-wh-schedule"), a, 0);
    CHECK(add.edit->describe(Lang::Zh) == "添加活动「核对库存」");
    apply(d, std::move(add));
    const Activity& added = install(d).touchpoints[1].activities[0];
    CHECK(added.id.value.rfind("act-", 0) == 0);
    CHECK(added.name == "核对库存");
    const ActivityId id = added.id;

    Activity changed = install(d).touchpoints[1].activities[0];
    changed.name = "核对库存与型号";
    changed.fail_point = true;
    changed.recovery = CircleId("c-wh-exception");
    apply(d, edit_activity(d.model(), changed));
    CHECK(install(d).touchpoints[1].activities[0].recovery.value == "c-wh-exception");

    apply(d, move_activity(d.model(), id, TouchpointId("tp-wh-pickup"), Layer::Support, 1));
    CHECK(install(d).touchpoints[1].activities.size() == 5);
    REQUIRE(install(d).touchpoints[2].activities.size() == 4);
    CHECK(install(d).touchpoints[2].activities[1].id == id);
    CHECK(install(d).touchpoints[2].activities[1].layer == Layer::Support);

    // Moving the order taker's activity (it has handoffs) within the circle keeps its handoffs.
    apply(d, move_activity(d.model(), ActivityId("a-wh-order"), TouchpointId("tp-wh-purchase"), Layer::Frontstage));
    CHECK(handoff(d, "h-wh-push")->from.value == "a-wh-order");

    while (d.undo()) {}
    CHECK(save_blueprint(d.model()) == before);
    while (d.redo()) {}
    CHECK(install(d).touchpoints[2].activities[1].id == id);
}

TEST_CASE("activity proposals refuse with a reason") {
    Document d(water_heater());
    Activity nameless;
    CHECK(add_activity(d, TouchpointId("tp-wh-schedule"), nameless).refused.en.find("needs a name") != std::string::npos);
    Activity a;
    a.name = "x";
    CHECK(add_activity(d, TouchpointId("tp-nowhere"), a).refused.en.find("no touchpoint") != std::string::npos);
    a.role = RoleId("r-ghost");
    CHECK(add_activity(d, TouchpointId("tp-wh-schedule"), a).refused.zh.find("不在蓝图的角色中") != std::string::npos);
    a.role = RoleId();
    a.recovery = CircleId("c-ghost");
    CHECK(add_activity(d, TouchpointId("tp-wh-schedule"), a).refused.en.find("recovery circle") != std::string::npos);
    a.recovery = CircleId();
    a.id = ActivityId("tp-wh-call");
    CHECK(add_activity(d, TouchpointId("tp-wh-schedule"), a).refused.en.find("already in use") != std::string::npos);
    // An activity with handoffs cannot move to another circle.
    Proposal away = move_activity(d.model(), ActivityId("a-wh-stock"), TouchpointId("tp-wh-ex-register"), Layer::Backstage);
    CHECK_FALSE(away);
    CHECK(away.refused.en.find("has handoffs") != std::string::npos);
    // One without handoffs may.
    apply(d, move_activity(d.model(), ActivityId("a-wh-store"), TouchpointId("tp-wh-ex-register"), Layer::Support));
}

TEST_CASE("deleting an activity deletes its handoffs in the same undoable step") {
    Document d(water_heater());
    const std::string before = save_blueprint(d.model());
    const size_t handoffs = install(d).handoffs.size();
    Proposal p = remove_activity(d.model(), ActivityId("a-wh-stock"));
    REQUIRE(p);
    CHECK(p.edit->describe(Lang::Zh) == "删除活动「按工单配齐主机与配件」及其 2 条交接");
    apply(d, std::move(p));
    CHECK(install(d).handoffs.size() == handoffs - 2);
    CHECK_FALSE(handoff(d, "h-wh-stock"));
    CHECK_FALSE(handoff(d, "h-wh-pick"));
    REQUIRE(d.undo());
    CHECK(save_blueprint(d.model()) == before);
}

TEST_CASE("handoffs: added, edited and deleted, or refused: to itself, to a missing activity, across circles, a cycle") {
    Document d(water_heater());
    Handoff h;
    h.from = ActivityId("a-wh-call");
    h.to = ActivityId("a-wh-deliver");
    h.items = {{"上门时段", ItemKind::Information}};
    h.medium = Medium::Phone;
    h.deadline = *parse_deadline("+1h");
    h.standard = StandardId("st-wh-confirm");
    apply(d, add_handoff(d, h));
    const Handoff& added = install(d).handoffs.back();
    CHECK(added.id.value.rfind("handoff-", 0) == 0);

    Handoff edited = added;
    edited.deadline = *parse_deadline("前一日 20:00");
    apply(d, edit_handoff(d.model(), edited));
    CHECK(deadline_token(install(d).handoffs.back().deadline) == "D-1 20:00");
    apply(d, remove_handoff(d.model(), edited.id));
    CHECK_FALSE(handoff(d, edited.id.value));

    auto refused = [&](Handoff x) {
        Proposal p = add_handoff(d, x);
        CHECK_FALSE(p);
        return p.refused;
    };
    Handoff self = h;
    self.to = self.from;
    CHECK(refused(self).en.find("to itself") != std::string::npos);
    Handoff missing = h;
    missing.to = ActivityId("a-none");
    CHECK(refused(missing).en.find("\"a-none\" is not an activity") != std::string::npos);
    Handoff across = h;
    across.to = ActivityId("a-wh-ex-swap");
    CHECK(refused(across).en.find("same circle") != std::string::npos);
    Handoff back = h;  // install → deliver, while deliver → survey → install already
    back.from = ActivityId("a-wh-install");
    back.to = ActivityId("a-wh-deliver");
    CHECK(refused(back).zh.find("循环") != std::string::npos);
    Handoff unnamed = h;
    unnamed.items = {{"", ItemKind::Goods}};
    CHECK(refused(unnamed).en.find("needs a name") != std::string::npos);
    Handoff no_standard = h;
    no_standard.standard = StandardId("st-none");
    CHECK(refused(no_standard).en.find("\"st-none\" does not exist") != std::string::npos);
    // Turning an existing handoff around into a cycle is refused too.
    Handoff turned = *handoff(d, "h-wh-done");  // install → explain, turned to install → deliver
    turned.to = ActivityId("a-wh-deliver");
    CHECK_FALSE(edit_handoff(d.model(), turned));
}

TEST_CASE("removing part of the tree takes the handoffs and links into it along, and undo brings them back") {
    Document d(water_heater());
    const std::string before = save_blueprint(d.model());
    // The pickup moment holds the stock and the installer's collection: four handoffs use them.
    REQUIRE(d.apply(remove_touchpoint(d.model(), TouchpointId("tp-wh-pickup"))));
    CHECK(check_invariants(d.model()).empty());
    CHECK_FALSE(handoff(d, "h-wh-stock"));
    CHECK_FALSE(handoff(d, "h-wh-load"));
    // The exception circle is the recovery of three fail points; they lose the link, not the document.
    REQUIRE(d.apply(remove_circle(d.model(), CircleId("c-wh-exception"))));
    CHECK(check_invariants(d.model()).empty());
    CHECK(install(d).touchpoints[4].recovery.empty());
    // A standard named by a handoff: the handoff stays, uncovered.
    REQUIRE(d.apply(remove_standard(d.model(), StandardId("st-wh-handover"))));
    CHECK(check_invariants(d.model()).empty());
    CHECK(handoff(d, "h-wh-push")->standard.empty());
    while (d.undo()) {}
    CHECK(save_blueprint(d.model()) == before);
    while (d.redo()) {}
    CHECK(check_invariants(d.model()).empty());
}

TEST_CASE("a role that an activity uses cannot be removed") {
    Blueprint b = water_heater();
    // The driver serves no touchpoint once its moment's owner changes, but still delivers.
    for (Touchpoint& t : b.circles[0].touchpoints)
        if (t.role.value == "r-driver") t.role = RoleId("r-installer");
    for (auto& k : b.circles[0].touchpoints[4].key_factors)
        for (auto& s : k.standards) s.owner = RoleId("r-installer");
    Proposal p = remove_role(b, RoleId("r-driver"));
    CHECK_FALSE(p);
    CHECK(p.refused.en.find("1 activities") != std::string::npos);
    CHECK(p.refused.zh.find("1 个活动") != std::string::npos);
}

TEST_CASE("the locator and element ids know activities and handoffs") {
    const Blueprint b = water_heater();
    Locator where(b);
    auto a = where.find(ActivityId("a-wh-stock"));
    REQUIRE(a);
    CHECK(a->circle == 0);
    CHECK(a->touchpoint == 2);
    CHECK(a->activity == 0);
    auto h = where.find(HandoffId("h-wh-stock"));
    REQUIRE(h);
    CHECK(h->handoff == 2);
    CHECK_FALSE(where.find(ActivityId("h-wh-stock")));  // a handoff is no activity
    auto resolved = where.resolve("h-wh-stock");
    REQUIRE(resolved);
    CHECK(resolved->kind() == ElementKind::Handoff);
    CHECK(kind_token(resolved->kind()) == "handoff");
    auto at = where.find(ElementId(ActivityId("a-wh-stock")));
    REQUIRE(at);
    CHECK(is_at(b, *at, ActivityId("a-wh-stock")));
    CHECK(name_at(b, *at) == "按工单配齐主机与配件");
    CHECK(id_at(b, *at) == ElementId(ActivityId("a-wh-stock")));
    CHECK(count(b).activities > 0);
    CHECK(collect_ids(b).count("h-wh-stock") == 1);
}

TEST_CASE("copy and paste of a moment with a recovery link and activities: the clip loads, the paste gets fresh ids") {
    Document d(water_heater());
    const std::string clip = copy_elements(d, {TouchpointId("tp-wh-survey")});
    REQUIRE(load_blueprint(clip).ok());  // its link to the exception circle is not in the clip
    PastePlan plan = plan_paste(d, clip, PasteOptions{TouchpointId("tp-wh-survey")});
    REQUIRE(plan.edit);
    REQUIRE(d.apply(std::move(plan.edit)));
    CHECK(check_invariants(d.model()).empty());
    const Touchpoint& pasted = touchpoint_at(d.model(), *d.locator().find(*plan.pasted.at(0).get<TouchpointId>()));
    REQUIRE(pasted.activities.size() == 2);
    CHECK(pasted.activities[0].id.value != "a-wh-survey");
    // A whole circle keeps its own handoffs, joined to the copies of its activities.
    const std::string circle = copy_elements(d, {CircleId("c-wh-exception")});
    PastePlan again = plan_paste(d, circle, PasteOptions{});
    REQUIRE(again.edit);
    REQUIRE(d.apply(std::move(again.edit)));
    CHECK(check_invariants(d.model()).empty());
    const Circle& copy = d.model().circles.back();
    REQUIRE(copy.handoffs.size() == 3);
    CHECK(copy.handoffs[0].from == copy.touchpoints[0].activities[0].id);
}

TEST_CASE("copy and paste of activities: the handoffs among them come along, the others stay behind, one undo step") {
    Document d(water_heater());
    // 录入订单 hands to 接收安装工单 and to 库房备货, which hands to 安装工领货: copy the order, the stock
    // and the collection (not the acceptance).
    const std::string clip = copy_elements(d, {ActivityId("a-wh-order"), ActivityId("a-wh-stock"), ActivityId("a-wh-collect")});
    REQUIRE_FALSE(clip.empty());
    REQUIRE(load_blueprint(clip).ok());
    const size_t handoffs = install(d).handoffs.size();
    const Touchpoint& call = touchpoint_at(d.model(), *d.locator().find(TouchpointId("tp-wh-call")));
    const size_t before = call.activities.size();
    // Pasted after the selected activity of the call moment.
    PastePlan plan = plan_paste(d, clip, PasteOptions{ActivityId("a-wh-answer")});
    INFO(plan.refused.en);
    REQUIRE(plan.edit);
    REQUIRE(plan.pasted.size() == 3);
    const uint64_t revision = d.revision();
    REQUIRE(d.apply(std::move(plan.edit)));
    CHECK(check_invariants(d.model()).empty());
    const Touchpoint& now = touchpoint_at(d.model(), *d.locator().find(TouchpointId("tp-wh-call")));
    REQUIRE(now.activities.size() == before + 3);
    CHECK(now.activities[0].id.value == "a-wh-answer");
    const Activity& order = now.activities[1];
    const Activity& stock = now.activities[2];
    const Activity& collect = now.activities[3];
    CHECK(order.name == activity_at(d.model(), *d.locator().find(ActivityId("a-wh-order"))).name);
    CHECK(order.layer == Layer::Frontstage);  // each keeps its layer
    CHECK(stock.layer == Layer::Backstage);
    for (const Activity* a : {&order, &stock, &collect}) CHECK(a->id.value.rfind("act-", 0) == 0);
    // Two handoffs among the copies; the one to the acceptance, which was not copied, is not.
    REQUIRE(install(d).handoffs.size() == handoffs + 2);
    const Handoff& first = install(d).handoffs[handoffs];
    const Handoff& second = install(d).handoffs[handoffs + 1];
    CHECK((first.from == order.id && first.to == stock.id));
    CHECK((second.from == stock.id && second.to == collect.id));
    for (const Handoff& h : install(d).handoffs)  // each copy carries what its original says
        if (h.from.value == "a-wh-stock" && h.to.value == "a-wh-collect") CHECK(second.deadline == h.deadline);
    // One step.
    REQUIRE(d.undo());
    CHECK(touchpoint_at(d.model(), *d.locator().find(TouchpointId("tp-wh-call"))).activities.size() == before);
    CHECK(install(d).handoffs.size() == handoffs);
    CHECK(d.revision() != revision);
}

TEST_CASE("pasting activities needs a moment or an activity selected, and another blueprint gets their roles by name") {
    Document d(water_heater());
    const std::string clip = copy_elements(d, {ActivityId("a-wh-install")});
    PastePlan none = plan_paste(d, clip, PasteOptions{});
    CHECK_FALSE(none.edit);
    CHECK(none.refused.en == "Select a moment or an activity to paste activities into.");
    PastePlan circle = plan_paste(d, clip, PasteOptions{CircleId("c-wh-install")});
    CHECK_FALSE(circle.edit);
    // Into a blueprint without the installer: the role comes along, added in the same step.
    Blueprint other;
    other.id = BlueprintId("other");
    other.name = "other";
    Circle c;
    c.id = CircleId("c-1");
    c.name = "c";
    Touchpoint tp;
    tp.id = TouchpointId("tp-1");
    tp.name = "t";
    c.touchpoints.push_back(tp);
    other.circles.push_back(c);
    Document o(other);
    PastePlan plan = plan_paste(o, clip, PasteOptions{TouchpointId("tp-1")});
    INFO(plan.refused.en);
    REQUIRE(plan.edit);
    REQUIRE(o.apply(std::move(plan.edit)));
    CHECK(check_invariants(o.model()).empty());
    const Activity& pasted = o.model().circles[0].touchpoints[0].activities.at(0);
    REQUIRE(o.model().roles.size() == 1);
    CHECK(pasted.role == o.model().roles[0].id);
    const Activity& source = activity_at(d.model(), *d.locator().find(ActivityId("a-wh-install")));
    std::string source_role;
    for (const Role& r : d.model().roles)
        if (r.id == source.role) source_role = r.name;
    CHECK(o.model().roles[0].name == source_role);
    REQUIRE(o.undo());
    CHECK(o.model().roles.empty());
    CHECK(o.model().circles[0].touchpoints[0].activities.empty());
}
