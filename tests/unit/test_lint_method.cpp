// The method rules of lint_method.cpp on the clean fixture: each breaks one thing and expects exactly
// that finding; each is silent once the case is fixed.
#include <catch2/catch.hpp>

#include "blueprint/convert.h"
#include "blueprint/lint.h"
#include "lint_convert_fixtures.h"

using namespace bp;
using namespace fixture;
using V = std::vector<std::string>;

TEST_CASE("method: a statement whose number disagrees with its target") {
    Blueprint b = clean_blueprint();
    st(b, 0).statement = "电话铃响 5 声内接听";  // the target says 3
    CHECK(all_findings(b) == V{"measurable.statement-target-mismatch@st-1"});
    st(b, 0).statement = "电话铃响三声内接听";  // the same number in Chinese numerals
    CHECK(all_findings(b).empty());

    // Units convert: 1H is 60 minutes; the 15-minute statement with a 10-minute target is the example.
    st(b, 0).statement = "受理后 1H 内回复";
    st(b, 0).target.unit = "分钟";
    st(b, 0).target.value = 60;
    CHECK(all_findings(b).empty());
    st(b, 0).statement = "顾客等候不超过 15 分钟";
    st(b, 0).target.value = 10;
    auto f = lint(b, options());
    REQUIRE(f.size() == 1);
    CHECK(f[0].rule == "measurable.statement-target-mismatch");
    CHECK(f[0].message_zh.find("不超过 15 分钟") != std::string::npos);
    CHECK(f[0].message_en.find("10 分钟") != std::string::npos);

    // A number without a bounding word, or of another kind, is not compared: "二次上门一次完成".
    st(b, 0).statement = "二次上门一次完成,上门前一日 20:00 前确认";
    CHECK(all_findings(b).empty());

    // Soft standards: the top-box share in the statement must be the compliance share.
    b = clean_blueprint();
    st(b, 3).statement = "至少 80% 的顾客对服务礼貌的评分为 4 分及以上(1–5 分制)";
    st(b, 3).target.value = 4;
    st(b, 3).target.compliance = 0.9;
    CHECK(all_findings(b) == V{"measurable.statement-target-mismatch@st-4"});
    st(b, 3).target.compliance = 0.8;
    CHECK(all_findings(b).empty());
}

TEST_CASE("method: every drafted statement agrees with its target") {
    for (const StandardTemplate& t : template_library()) {
        Blueprint b = clean_blueprint();
        KeyFactor& k = kf(b, 0);
        k.name = t.keywords.empty() ? "环节顺畅" : (t.context.empty() ? "" : t.context[0]) + t.keywords[0];
        k.dimension = t.dimensions[0];
        Standard s = propose_standard(b, tp(b, 0), k, bp::Lang::Zh, "2026-01-01");
        s.id = StandardId("st-1");
        s.agreed_with_staff = s.approved = true;
        k.standards = {s};
        INFO(t.key << ": " << s.statement);
        CHECK(findings(b, "measurable.statement-target-mismatch").empty());
    }
}

TEST_CASE("method: a fail point needs a mitigation, a wait point a waiting-time standard") {
    Blueprint b = clean_blueprint();
    tp(b, 2).fail_point = true;
    CHECK(all_findings(b) == V{"process.fail-point-without-mitigation@tp-3"});
    tp(b, 2).mitigation = "预计迟到时提前 30 分钟电话告知并致歉";
    CHECK(all_findings(b).empty());

    b = clean_blueprint();
    tp(b, 1).wait_point = true;  // its standard counts rings, not time
    CHECK(all_findings(b) == V{"process.wait-without-time-standard@tp-2"});
    st(b, 1).statement = "顾客等候不超过 10 分钟";
    st(b, 1).target.unit = "分钟";
    st(b, 1).target.value = 10;
    CHECK(all_findings(b).empty());
}

TEST_CASE("method: a circle needs hardware, software and people key factors") {
    Blueprint b = clean_blueprint();
    kf(b, 4).element = Pillar::People;  // the only hardware one
    auto f = lint(b, options());
    REQUIRE(f.size() == 1);
    CHECK(f[0].rule == "circle.missing-element");
    CHECK(f[0].element.str() == "c-1");
    CHECK(f[0].message_zh.find("服务硬件") != std::string::npos);
    CHECK(f[0].message_en.find("Hardware") != std::string::npos);
    // A circle with no key factors at all is left to the coverage rules.
    for (auto& t : b.circles[0].touchpoints) t.key_factors.clear();
    CHECK(findings(b, "circle.missing-element").empty());
}

TEST_CASE("method: standards not agreed with staff or not approved, one finding per circle") {
    Blueprint b = clean_blueprint();
    st(b, 0).agreed_with_staff = false;
    st(b, 1).approved = false;
    st(b, 2).agreed_with_staff = false;
    auto f = lint(b, options());
    REQUIRE(f.size() == 1);
    CHECK(f[0].rule == "ownership.not-agreed");
    CHECK(f[0].severity == Severity::Info);
    CHECK(f[0].element.str() == "c-1");
    CHECK(f[0].message_en.find("2 are not yet agreed") != std::string::npos);
    CHECK(f[0].message_en.find("1 not yet approved") != std::string::npos);
}

TEST_CASE("method: important key factors without a standard are listed first, once") {
    Blueprint b = clean_blueprint();
    kf(b, 1).standards.clear();
    kf(b, 5).standards.clear();
    kf(b, 5).importance = 5;
    tp(b, 0).fail_point = true;  // an earlier finding, to show the order
    CHECK(all_findings(b) == V{"coverage.key-factor-without-standard@kf-6", "process.fail-point-without-mitigation@tp-1",
                               "coverage.key-factor-without-standard@kf-2"});
    auto f = lint(b, options());
    CHECK(f[0].message_zh.find("重要度 5") != std::string::npos);
}

TEST_CASE("误区6 is about road traffic: luggage or documents carried inside a building do not fire it") {
    Blueprint b = clean_blueprint();
    Standard& s = st(b, 2);
    s.target.metric = "送达的时间";
    s.target.unit = "分钟";
    s.target.value = 15;
    s.statement = "外卖下单后 15 分钟内送达";
    CHECK(all_findings(b) == V{"pitfall.safety-risk@st-3"});
    for (const char* inside : {"行李 15 分钟内送达房间", "文件 15 分钟内送达各办公室", "Luggage delivered to the room within 15 minutes"}) {
        INFO(inside);
        s.statement = inside;
        CHECK(all_findings(b).empty());
    }
}
