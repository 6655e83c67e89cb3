// The monthly report per circle or role: only the scope's standards are listed, rolled up, ranked and
// scored in the league table, and every format's title says the scope. Figures hand-computed from
// water_heater.v4-results (periods 2026-10 and 2026-11, sites 北京朝阳店 and 上海徐汇店).
#include <catch2/catch.hpp>

#include <algorithm>

#include "blueprint/report.h"
#include "fixtures.h"

using namespace bp;

namespace {
std::vector<std::string> ids(const std::vector<ReportLine>& lines) {
    std::vector<std::string> out;
    for (const ReportLine& l : lines) out.push_back(l.standard->id.value);
    return out;
}
bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("a role's report: the standards of the moments it serves or acts in, and those it owns") {
    const Blueprint doc = load_fixture("water_heater.v4-results.blueprint.json");
    // The installer serves call, survey, install, sign and the reinstall (10 standards, all its own), and
    // acts in scheduling (accepts the order: slot, handover) and pick-up (collects the goods: stock).
    const auto scope = standards_in_role_scope(doc, RoleId("r-installer"));
    CHECK(scope.size() == 13);
    CHECK(std::any_of(scope.begin(), scope.end(), [](const Standard* s) { return s->id.value == "st-wh-stock"; }));
    CHECK_FALSE(std::any_of(scope.begin(), scope.end(), [](const Standard* s) { return s->id.value == "st-wh-advice"; }));

    ReportOptions o;
    o.period = "2026-11";
    o.role = RoleId("r-installer");
    const Report r = build_report(doc, o);
    // November: of the 13, the slot (50 of 50) met, covers (7 of 9 pooled) below; 11 without data.
    CHECK(ids(r.below) == std::vector<std::string>{"st-wh-covers"});
    CHECK(r.no_data.size() == 11);
    // Sites: 北京 the slot 1.0 and covers 4 of 4 → 1.0; 上海 covers 3 of 5 → 0.6 (the whole blueprint
    // ranks 北京 last: its critical on-time delivery, not the installer's, is below).
    REQUIRE(r.sites.size() == 2);
    CHECK(r.sites[0].name == "北京朝阳店");
    CHECK(r.sites[0].rollup.score == Approx(1.0));
    CHECK(r.sites[1].rollup.score == Approx(0.6));
    CHECK_FALSE(r.sites[0].rollup.critical_failed);
    // League, October: only the slot was measured in the scope, 49 of 50 in 北京, 36 of 40 in 上海.
    REQUIRE(r.league.size() == 2);
    REQUIRE(r.league[0].size() == 2);
    REQUIRE(r.league[1].size() == 2);
    CHECK(r.league[0][0] == Approx(0.98));
    CHECK(r.league[0][1] == Approx(1.0));
    CHECK(r.league[1][0] == Approx(0.9));
    CHECK(r.league[1][1] == Approx(0.6));
    // By circle: both circles have installer standards; by owner: promoter (slot, handover), storekeeper
    // (stock), installer (10).
    CHECK(r.circles.size() == 2);
    REQUIRE(r.roles.size() == 3);
    CHECK(r.roles[0].id == "r-promoter");
    CHECK(r.roles[0].name == "促销员");
    ReportOptions in_english = o;
    in_english.lang = Lang::En;
    CHECK(build_report(doc, in_english).roles[0].name == "Promoter");  // the role's name in the report's language
    CHECK(r.roles[0].rollup.standards == 2);
    CHECK(r.roles[2].rollup.standards == 10);

    CHECK(report_markdown(doc, r, Lang::Zh).find("# 服务标准月度报告 · " + doc.name + " · 岗位：安装工\n") == 0);
    CHECK(has(report_html(doc, r, Lang::En), "<title>Monthly service-standards report · Role: Installer</title>"));
    CHECK(has(report_csv(r, Lang::En), "\r\n2026-11,,Role: Installer,热水器购买与安装服务圈,安装调试,st-wh-covers,"));
    const std::string json = report_json(r);
    CHECK(has(json, "\"circle\":null,\"role\":{\"id\":\"r-installer\",\"name\":\"安装工\",\"name_en\":\"Installer\"}"));
    CHECK(has(json, "\"en\":\"Monthly service-standards report · Role: Installer\""));
}

TEST_CASE("a circle's report holds its standards only, at one site too, and with a role the standards of both") {
    const Blueprint doc = load_fixture("water_heater.v4-results.blueprint.json");
    ReportOptions o;
    o.period = "2026-11";
    o.circle = CircleId("c-wh-install");
    const Report install = build_report(doc, o);
    CHECK(ids(install.below) == std::vector<std::string>{"st-wh-covers", "st-wh-advice", "st-wh-ontime"});
    CHECK(install.no_data.size() == 16 - 4);
    REQUIRE(install.circles.size() == 1);
    CHECK(install.circles[0].id == "c-wh-install");
    CHECK(has(report_markdown(doc, install, Lang::En), " · Circle: 热水器购买与安装服务圈\n"));
    CHECK(has(report_json(install), "\"circle\":{\"id\":\"c-wh-install\",\"name\":\"热水器购买与安装服务圈\"},\"role\":null"));

    o.circle = CircleId("c-wh-exception");
    const Report exception = build_report(doc, o);
    CHECK(exception.below.empty());
    CHECK(exception.no_data.size() == 6);  // nothing of the exception circle was measured
    for (const ReportGroup& s : exception.sites) CHECK(s.rollup.weight == 0);
    for (const auto& row : exception.league) CHECK(row == std::vector<double>{-1, -1});

    // The installer within the purchase circle, at 上海: covers 3 of 5 below; the slot unmeasured there.
    o.circle = CircleId("c-wh-install");
    o.role = RoleId("r-installer");
    o.site = "上海徐汇店";
    const Report both = build_report(doc, o);
    CHECK(ids(both.below) == std::vector<std::string>{"st-wh-covers"});
    // Its 10 there: slot, handover, stock, confirm, eta, safety, skill, covers, clean, explain; 上海 measured
    // only covers in November.
    CHECK(both.no_data.size() == 10 - 1);
    CHECK(has(report_markdown(doc, both, Lang::Zh), " · 服务圈：热水器购买与安装服务圈 · 岗位：安装工\n"));

    const Report whole = build_report(doc, ReportOptions{"2026-11"});
    CHECK(has(report_markdown(doc, whole, Lang::En), " · Whole blueprint\n"));
    CHECK(has(report_csv(whole, Lang::Zh), "2026-11,,整个蓝图,"));
}

TEST_CASE("a report's scope naming no circle or role of the blueprint is refused, naming the id") {
    const Blueprint doc = load_fixture("water_heater.v4-results.blueprint.json");
    ReportOptions o;
    CHECK_FALSE(report_scope_refused(doc, o));
    o.role = RoleId("r-installer");
    o.circle = CircleId("c-wh-install");
    CHECK_FALSE(report_scope_refused(doc, o));
    o.role = RoleId("r-nobody");
    REQUIRE(report_scope_refused(doc, o));
    CHECK(report_scope_refused(doc, o)->en ==
          "r-nobody is not a role id of this blueprint (available: r-promoter, r-storekeeper, r-installer, r-driver, r-service)");
    o.role = {};
    o.circle = CircleId("c-none");
    REQUIRE(report_scope_refused(doc, o));
    CHECK(report_scope_refused(doc, o)->zh == "c-none 不是本蓝图的服务圈 id（可用：c-wh-install, c-wh-exception）");
}
