// The chain of deadlines against the promise (chain.h), "break this link", and the lint rules on the
// layers: on the water-heater chain of seed 002 and on small circles built here, each breaking one thing.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "blueprint/chain.h"
#include "blueprint/export.h"
#include "blueprint/json_io.h"
#include "blueprint/layers.h"
#include "blueprint/lint.h"

#include "fixtures.h"

using namespace bp;

namespace {
Blueprint water_heater() { return load_fixture("water_heater.v3.blueprint.json"); }

Handoff& handoff(Blueprint& b, const std::string& id) {
    for (Circle& c : b.circles)
        for (Handoff& h : c.handoffs)
            if (h.id.value == id) return h;
    FAIL("no handoff " << id);
    throw;
}

std::vector<std::string> rules(const Blueprint& b) {
    std::vector<std::string> out;
    for (const Finding& f : lint(b)) out.push_back(f.rule);
    return out;
}
size_t count(const std::vector<std::string>& v, const std::string& rule) { return size_t(std::count(v.begin(), v.end(), rule)); }

const std::vector<std::string> kLayerRules = {
    "handoff.without-standard", "chain.over-promise", "chain.deadline-unmet", "process.end-point-only",
    "process.complaints-only", "layers.activity-without-actor", "handoff.role-receives-nothing",
    "process.fail-point-without-recovery-circle", "process.recovery-as-text"};

// A circle clean of the layer rules: 客服 takes the order at the first moment and hands it to 安装工, under a standard,
// within 30 minutes; the promise is two hours. Each test breaks one thing.
Blueprint small() {
    Blueprint b;
    b.id = BlueprintId("b");
    b.name = "b";
    b.roles = {{RoleId("r-a"), "客服", ""}, {RoleId("r-b"), "安装工", ""}};
    Circle c;
    c.id = CircleId("c");
    c.name = "安装";
    c.promise = Promise{"两小时内上门", *parse_deadline("+2h"), {}};
    for (int i = 0; i < 3; ++i) {
        Touchpoint t;
        t.id = TouchpointId("t-" + std::to_string(i));
        t.name = "第" + std::to_string(i) + "步";
        KeyFactor k;
        k.id = KeyFactorId("k-" + std::to_string(i));
        k.name = "k";
        Standard s;
        s.id = StandardId("s-" + std::to_string(i));
        s.statement = "30 分钟内推送工单";
        s.target.metric = "推送用时";
        k.standards.push_back(s);
        t.key_factors.push_back(k);
        c.touchpoints.push_back(t);
    }
    c.touchpoints[0].activities = {{ActivityId("a-order"), Layer::Frontstage, "受理", RoleId("r-a"), "", false, false, {}}};
    c.touchpoints[1].activities = {{ActivityId("a-go"), Layer::Frontstage, "上门", RoleId("r-b"), "", false, false, {}}};
    c.touchpoints[2].activities = {{ActivityId("a-sys"), Layer::Support, "派工", RoleId(), "派工系统", false, false, {}}};
    Handoff h;
    h.id = HandoffId("h-1");
    h.from = ActivityId("a-order");
    h.to = ActivityId("a-go");
    h.deadline = *parse_deadline("+30min");
    h.standard = StandardId("s-0");
    c.handoffs.push_back(h);
    b.circles.push_back(c);
    return b;
}
}  // namespace

TEST_CASE("the water-heater chain: order at 16:00, stock by 18:00 the day before, installed within the promise") {
    const Blueprint b = water_heater();
    const ChainTiming t = chain_timing(b.circles[0]);
    CHECK(t.start == 16 * 60);
    CHECK(t.reference_day == 1);  // 次日: the stock's "前一日 18:00" is the order day
    CHECK(t.latest.at("a-wh-accept") == 16 * 60 + 30);
    CHECK(t.latest.at("a-wh-collect") == 18 * 60);
    CHECK(t.latest.at("a-wh-deliver") == 1440 + 9 * 60);
    CHECK(t.latest.at("a-wh-explain") == 1440 + 12 * 60);
    CHECK(t.end == 1440 + 12 * 60);
    REQUIRE(t.promised);
    CHECK(*t.promised == 1440 + 18 * 60);
    CHECK_FALSE(t.over());
    CHECK(t.unmet.empty());
    REQUIRE_FALSE(t.longest.empty());
    CHECK(t.longest.front().value == "h-wh-pick");
    CHECK(t.longest.back().value == "h-wh-visit");  // the callback, handed over with the signed sheet
    CHECK(chain_time_text(t.end, Lang::Zh) == "次日 12:00");
    CHECK(chain_time_text(t.end, Lang::En) == "12:00 the next day");
}

TEST_CASE("break the stock handoff: everything after it stops, the promise fails, the exception circle is offered") {
    const Blueprint b = water_heater();
    const BreakEffect e = break_link(b, {HandoffId("h-wh-stock"), Break::Missing, 0});
    REQUIRE(e.found);
    CHECK(e.chain_broken);
    CHECK(e.promise_fails);
    std::vector<std::string> acts;
    for (const ActivityId& a : e.activities) acts.push_back(a.value);
    CHECK(acts == std::vector<std::string>{"a-wh-collect", "a-wh-deliver", "a-wh-survey", "a-wh-install",
                                           "a-wh-explain", "a-wh-callback"});
    std::vector<std::string> moments;
    for (const TouchpointId& m : e.moments) moments.push_back(m.value);
    CHECK(moments == std::vector<std::string>{"tp-wh-pickup", "tp-wh-delivery", "tp-wh-survey", "tp-wh-install",
                                              "tp-wh-sign", "tp-wh-followup"});
    CHECK(e.recovery.value == "c-wh-exception");
    CHECK(e.summary.zh.find("承诺“当日 16:00 前下单,承诺次日安装”无法兑现") != std::string::npos);
    CHECK(e.summary.en.find("recovery circle: “安装异常处理服务圈”") != std::string::npos);

    // Late by three hours the stock is still in time for the morning; by a day it is not.
    const BreakEffect late = break_link(b, {HandoffId("h-wh-stock"), Break::Late, 3 * 60});
    CHECK_FALSE(late.chain_broken);
    CHECK_FALSE(late.promise_fails);
    CHECK(late.end_after == late.end_before);
    const BreakEffect day = break_link(b, {HandoffId("h-wh-stock"), Break::Late, 24 * 60});
    CHECK(day.promise_fails);
    CHECK(day.end_after > day.end_before);

    // A copy to the callback that does not break the chain: the promise holds without it.
    const BreakEffect visit = break_link(b, {HandoffId("h-wh-visit"), Break::Missing, 0});
    CHECK_FALSE(visit.chain_broken);
    CHECK_FALSE(visit.promise_fails);
    CHECK_FALSE(break_link(b, {HandoffId("h-none"), Break::Missing, 0}).found);
}

TEST_CASE("relative and clock deadlines compose — a clock deadline the chain before it cannot meet is reported") {
    Blueprint b = small();
    for (const std::string& rule : kLayerRules) CHECK(count(rules(b), rule) == 0);
    ChainTiming t = chain_timing(b.circles[0]);
    CHECK(t.end == 30);
    CHECK(*t.promised == 120);

    handoff(b, "h-1").deadline = *parse_deadline("+3h");
    CHECK(chain_timing(b.circles[0]).over());
    CHECK(count(rules(b), "chain.over-promise") == 1);

    // The promise starts at 16:00; a clock deadline of 15:00 that day cannot be met.
    b.circles[0].promise->starts_by = *parse_deadline("当日 16:00");
    b.circles[0].promise->budget = *parse_deadline("当日 20:00");
    handoff(b, "h-1").deadline = *parse_deadline("当日 15:00");
    t = chain_timing(b.circles[0]);
    CHECK(t.unmet.size() == 1);
    CHECK(t.end == 16 * 60);
    CHECK(count(rules(b), "chain.deadline-unmet") == 1);
    CHECK(count(rules(b), "chain.over-promise") == 0);
}

TEST_CASE("lint on the layers: each rule on the circle that breaks it") {
    SECTION("the clean circle") {
        for (const std::string& rule : kLayerRules) CHECK(count(rules(small()), rule) == 0);
    }
    SECTION("a handoff between different roles that no standard covers") {
        Blueprint b = small();
        handoff(b, "h-1").standard = StandardId();
        auto r = rules(b);
        REQUIRE(count(r, "handoff.without-standard") == 1);
        const std::vector<Finding> all = lint(b);
        const Finding f = *std::find_if(all.begin(), all.end(),
                                        [](const Finding& x) { return x.rule == "handoff.without-standard"; });
        CHECK(f.element == ElementId(HandoffId("h-1")));
        CHECK(f.message_zh.find("交接清楚，明确责任") != std::string::npos);
        CHECK(f.message_zh.find("客服 → 安装工") != std::string::npos);
    }
    SECTION("a handoff within one role needs none") {
        Blueprint b = small();
        b.circles[0].touchpoints[1].activities[0].role = RoleId("r-a");
        handoff(b, "h-1").standard = StandardId();
        CHECK(count(rules(b), "handoff.without-standard") == 0);
    }
    SECTION("standards only on the last moment") {
        Blueprint b = small();
        for (int i = 0; i < 2; ++i) b.circles[0].touchpoints[i].key_factors[0].standards.clear();
        handoff(b, "h-1").standard = StandardId("s-2");
        CHECK(count(rules(b), "process.end-point-only") == 1);
    }
    SECTION("only complaints and satisfaction as measures") {
        Blueprint b = small();
        for (Touchpoint& t : b.circles[0].touchpoints) t.key_factors[0].standards[0].target.metric = "投诉率";
        b.circles[0].touchpoints[2].key_factors[0].standards[0].target.metric = "顾客满意度";
        CHECK(count(rules(b), "process.complaints-only") == 1);
    }
    SECTION("an activity with no role or system") {
        Blueprint b = small();
        b.circles[0].touchpoints[2].activities[0].system = "";
        CHECK(count(rules(b), "layers.activity-without-actor") == 1);
        b.circles[0].touchpoints[2].activities[0].layer = Layer::CustomerAction;  // the customer's own step
        CHECK(count(rules(b), "layers.activity-without-actor") == 0);
    }
    SECTION("a role whose first activity receives nothing") {
        Blueprint b = small();
        b.circles[0].touchpoints[2].activities.push_back(
            {ActivityId("a-late"), Layer::Backstage, "备货", RoleId("r-c"), "", false, false, {}});
        b.roles.push_back({RoleId("r-c"), "库管", ""});
        auto r = rules(b);
        CHECK(count(r, "handoff.role-receives-nothing") == 1);
        // At the first moment the customer starts the role: nothing to receive.
        b.circles[0].handoffs.clear();
        CHECK(count(rules(b), "handoff.role-receives-nothing") == 0);
    }
    SECTION("a fail point with no recovery where the blueprint has a recovery circle") {
        Blueprint b = small();
        Circle ex;
        ex.id = CircleId("c-ex");
        ex.name = "异常处理";
        b.circles.push_back(ex);
        b.circles[0].touchpoints[1].fail_point = true;
        b.circles[0].touchpoints[1].mitigation = "当场致歉";
        CHECK(count(rules(b), "process.fail-point-without-recovery-circle") == 0);  // no recovery circle yet
        b.circles[0].touchpoints[0].activities[0].fail_point = true;
        b.circles[0].touchpoints[0].activities[0].recovery = CircleId("c-ex");
        CHECK(count(rules(b), "process.fail-point-without-recovery-circle") == 1);
        b.circles[0].touchpoints[1].recovery = CircleId("c-ex");
        CHECK(count(rules(b), "process.fail-point-without-recovery-circle") == 0);
        CHECK(count(rules(b), "process.fail-point-without-mitigation") == 0);
    }
}

TEST_CASE("the exports carry the handoffs: standards JSON, the handoff CSV and the handbook's blueprint table") {
    const Blueprint b = water_heater();
    const std::string json = export_standards_json(b);
    CHECK(json.find("\"handoffs\": [\n    {\"id\":\"h-wh-push\"") != std::string::npos);
    CHECK(json.find("\"deadline\":{\"token\":\"D-1 18:00\",\"kind\":\"clock\",\"day\":-1,\"time\":\"18:00\","
                    "\"text_zh\":\"前一日 18:00\",\"text_en\":\"18:00 the day before\"}") != std::string::npos);
    CHECK(json.find("\"standard_ids\":[\"st-wh-stock\"]") != std::string::npos);

    const std::string csv = export_handoffs_csv(b, Lang::Zh);
    CHECK(csv.rfind("\xEF\xBB\xBF服务圈,交接编号,从,交给,交接内容,交接方式,时限,标准,缺之即断链\r\n", 0) == 0);
    CHECK(csv.find("h-wh-stock,按工单配齐主机与配件（库管）,安装工领货（安装工）,热水器、配件,当面：库房,前一日 18:00,st-wh-stock,是")
          != std::string::npos);
    CHECK(std::count(csv.begin(), csv.end(), '\n') == 1 + 9 + 3);  // header, nine handoffs, three exception ones

    const std::string md = export_standards_markdown(b, Lang::Zh);
    CHECK(md.find("#### 服务蓝图") != std::string::npos);
    CHECK(md.find("| 关键时刻 | 有形展示 | 顾客行为 | 前台 | 后台 | 支持过程 |") != std::string::npos);
    CHECK(md.find("承诺：当日 16:00 前下单,承诺次日安装（承诺时限 次日 18:00）；交接链最晚 次日 12:00，在承诺之内") != std::string::npos);
    const std::string en = export_standards_markdown(b, Lang::En);
    CHECK(en.find("| moment of truth | physical evidence | customer action | frontstage | backstage | support process |") !=
          std::string::npos);
}

namespace {
Blueprint sample(const std::string& name) {
    LoadResult r = load_blueprint_file(std::string(BP_SOURCE_DIR) + "/assets/samples/" + name + ".blueprint.json");
    REQUIRE(r.ok());
    return r.blueprint();
}
}  // namespace

TEST_CASE("every sample with layers keeps its promises, and breaking a chain-breaking handoff fails one") {
    for (const char* name : {"water-heater-installation", "complaint-handling", "tcm-clinic-visit", "home-design"}) {
        INFO(name);
        const Blueprint b = sample(name);
        bool any_promise = false;
        for (const Circle& c : b.circles) {
            if (!c.promise) continue;
            any_promise = true;
            const ChainTiming t = chain_timing(c);
            CHECK_FALSE(t.over());
            CHECK(t.unmet.empty());
            CHECK_FALSE(t.cycle);
            REQUIRE_FALSE(c.handoffs.empty());
            const auto breaking = std::find_if(c.handoffs.begin(), c.handoffs.end(), [](const Handoff& h) { return h.breaks_chain; });
            REQUIRE(breaking != c.handoffs.end());
            CHECK(break_link(b, {breaking->id, Break::Missing, 0}).promise_fails);
        }
        CHECK(any_promise);
    }
}

TEST_CASE("the complaint sample escalates: the 1H report to 专员 copied to 服务总监 and 总经理, the 48H form, the 72H result") {
    const Blueprint b = sample("complaint-handling");
    const Circle& c = b.circles.at(0);
    const CircleActivities acts(c);
    auto role_name_of = [&](const ActivityId& a) {
        for (const Role& r : b.roles)
            if (r.id == acts.role_of(a)) return r.name;
        return std::string();
    };
    std::vector<std::string> from_report;
    for (const Handoff& h : c.handoffs)
        if (h.from.value == "a-cp-report") from_report.push_back(role_name_of(h.to) + (h.breaks_chain ? "" : "(抄送)"));
    CHECK(from_report == std::vector<std::string>{"客服专员", "服务总监(抄送)", "总经理(抄送)"});
    const ChainTiming t = chain_timing(c);
    CHECK(t.latest.at("a-cp-report") == 60);        // 1H after the complaint is received
    CHECK(t.latest.at("a-cp-review") == 48 * 60);   // the rectification form by 48H
    CHECK(t.latest.at("a-cp-followup") <= 72 * 60); // the result back to 专员 within 72H
    CHECK(*t.promised == 72 * 60);
    // Without the form the chain to the review stops, the promise of closing the loop fails.
    CHECK(break_link(b, {HandoffId("h-cp-form"), Break::Missing, 0}).promise_fails);
    // A copy to the general manager missing breaks nothing.
    CHECK_FALSE(break_link(b, {HandoffId("h-cp-1h-gm"), Break::Missing, 0}).promise_fails);
}
