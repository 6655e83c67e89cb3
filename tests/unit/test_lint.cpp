// Lint rules on touchpoints, key factors and standards: each fires on a minimal bad case, points at
// the right element, and stays silent once the case is fixed.
#include <catch2/catch.hpp>
#include <cmath>
#include <set>

#include "blueprint/lint.h"
#include "lint_convert_fixtures.h"

using namespace bp;
using namespace fixture;
using V = std::vector<std::string>;

TEST_CASE("the clean fixture lints without a single finding") { CHECK(all_findings(clean_blueprint()).empty()); }

TEST_CASE("the rule table lists unique ids with titles in both languages") {
    std::set<std::string> ids;
    for (const RuleInfo& r : lint_rules()) {
        CHECK(ids.insert(r.id).second);
        CHECK_FALSE(r.title_zh.empty());
        CHECK_FALSE(r.title_en.empty());
    }
    CHECK(ids.size() >= 20);
    CHECK(severity_token(Severity::Error) == "error");
    CHECK(severity_token(Severity::Warning) == "warning");
    CHECK(severity_token(Severity::Info) == "info");
}

TEST_CASE("coverage: touchpoint without key factor, key factor without standard") {
    Blueprint b = clean_blueprint();
    tp(b, 3).key_factors.clear();
    CHECK(all_findings(b) == V{"coverage.touchpoint-without-key-factor@tp-4"});

    b = clean_blueprint();
    kf(b, 1).standards.clear();
    CHECK(all_findings(b) == V{"coverage.key-factor-without-standard@kf-2"});
}

TEST_CASE("measurable: a hard standard needs metric, unit, value and an observable method") {
    Blueprint b = clean_blueprint();
    st(b, 0).target.metric = " ";
    CHECK(all_findings(b) == V{"measurable.hard-incomplete@st-1"});

    b = clean_blueprint();
    st(b, 0).target.unit.clear();
    st(b, 0).target.value.reset();
    auto f = lint(b, options());
    REQUIRE(f.size() == 1);
    CHECK(f[0].rule == "measurable.hard-incomplete");
    CHECK(f[0].severity == Severity::Error);
    CHECK(f[0].message_zh.find("单位") != std::string::npos);
    CHECK(f[0].message_zh.find("目标值") != std::string::npos);
    CHECK(f[0].message_zh.find("指标") == std::string::npos);  // the metric is there
    CHECK(f[0].message_en.find("unit, target value") != std::string::npos);

    b = clean_blueprint();
    st(b, 0).target.value = std::nan("");
    CHECK(all_findings(b) == V{"measurable.hard-incomplete@st-1"});

    b = clean_blueprint();
    st(b, 0).measurement.method = Method::Survey;  // asking customers is not a hard measure
    CHECK(all_findings(b) == V{"measurable.hard-incomplete@st-1"});
    st(b, 0).measurement.method = Method::Timer;
    CHECK(all_findings(b).empty());
}

TEST_CASE("measurable: a soft standard needs a survey question, a scale and a target on it") {
    Blueprint b = clean_blueprint();
    Standard& s = st(b, 3);  // the soft one
    REQUIRE(s.type == StandardType::Soft);
    s.target.survey_question.clear();
    CHECK(all_findings(b) == V{"measurable.soft-incomplete@st-4"});

    b = clean_blueprint();
    st(b, 3).target.scale_min = 5;
    st(b, 3).target.scale_max = 5;
    CHECK(all_findings(b) == V{"measurable.soft-incomplete@st-4"});

    b = clean_blueprint();
    st(b, 3).statement = "顾客对服务礼貌的评分";  // no number of its own: only the target is judged here
    st(b, 3).target.value = 6;  // beyond a 1..5 scale
    CHECK(all_findings(b) == V{"measurable.soft-incomplete@st-4"});
    st(b, 3).target.value = 5;
    CHECK(all_findings(b).empty());

    b = clean_blueprint();
    st(b, 3).target.value.reset();
    CHECK(all_findings(b) == V{"measurable.soft-incomplete@st-4"});
}

TEST_CASE("measurable: vague wording without a number") {
    Blueprint b = clean_blueprint();
    const char* vague[] = {"尽快接听电话", "及时上门",        "马上处理投诉",    "立即回复",
                           "迅速送达",     "Respond quickly", "Answer PROMPTLY", "Call back as soon as possible",
                           "Reply ASAP",   "Timely follow-up"};
    for (const char* statement : vague) {
        st(b, 0).statement = statement;
        INFO(statement);
        CHECK(all_findings(b) == V{"measurable.vague-wording@st-1"});
    }
    const char* fixed[] = {"尽快接听,3 声内",
                           "及时上门,迟到不超过 15 分钟",
                           "马上处理,二十四小时内给出结果",
                           "Respond quickly, within 10 minutes",
                           "Call back promptly, within two hours",
                           "尽快接听,三声内",
                           "Reply ASAP, at most １０ minutes"};
    for (const char* statement : fixed) {
        st(b, 0).statement = statement;
        INFO(statement);
        CHECK(all_findings(b).empty());
    }
    st(b, 0).statement = "统一及时回复";  // 一 in 统一 is not a quantity
    CHECK(all_findings(b) == V{"measurable.vague-wording@st-1"});
}

TEST_CASE("compliance share: 1.0 is fine, under one half is suspicious, outside 0..1 is an error") {
    Blueprint b = clean_blueprint();
    st(b, 0).target.compliance = 1.0;
    CHECK(all_findings(b).empty());
    st(b, 0).target.compliance = 0.5;
    CHECK(all_findings(b).empty());
    st(b, 0).target.compliance = 0.4;
    CHECK(all_findings(b) == V{"measurable.compliance-low@st-1"});
    st(b, 0).target.compliance = 95;  // a percentage where a share belongs
    CHECK(all_findings(b) == V{"measurable.compliance-invalid@st-1"});
    st(b, 0).target.compliance = -0.1;
    CHECK(all_findings(b) == V{"measurable.compliance-invalid@st-1"});
    st(b, 0).target.compliance = std::nan("");
    CHECK(all_findings(b) == V{"measurable.compliance-invalid@st-1"});
}

TEST_CASE("误区3: targets stated as an average") {
    Blueprint b = clean_blueprint();
    st(b, 2).target.aggregation = Aggregation::Average;
    CHECK(all_findings(b) == V{"pitfall.average-target@st-3"});

    b = clean_blueprint();
    st(b, 2).statement = "平均等候不超过 10 分钟";
    CHECK(all_findings(b) == V{"pitfall.average-target@st-3"});
    st(b, 2).statement = "Wait no longer than 10 minutes on average";
    CHECK(all_findings(b) == V{"pitfall.average-target@st-3"});
    st(b, 2).statement = "每位顾客等候不超过 10 分钟";
    CHECK(all_findings(b).empty());
}

TEST_CASE("误区4: a circle none of whose standards customers can see") {
    Blueprint b = clean_blueprint();
    for (auto& t : b.circles[0].touchpoints) t.key_factors[0].standards[0].customer_visible = false;
    CHECK(all_findings(b) == V{"pitfall.hidden-from-customers@c-1"});
    st(b, 4).customer_visible = true;  // one published standard is enough
    CHECK(all_findings(b).empty());

    // A circle without any standard is a coverage matter, not a hidden one.
    for (auto& t : b.circles[0].touchpoints) t.key_factors[0].standards.clear();
    CHECK(findings(b, "pitfall.hidden-from-customers").empty());
}

TEST_CASE("误区5: more standards on one touchpoint than the cap") {
    Blueprint b = clean_blueprint();
    for (int i = 0; i < 5; ++i) kf(b, 1).standards.push_back(hard_standard("st-x" + std::to_string(i), "r-promoter"));
    CHECK(all_findings(b).empty());  // 6 = the default cap
    kf(b, 1).standards.push_back(hard_standard("st-x5", "r-promoter"));
    CHECK(all_findings(b) == V{"pitfall.too-detailed@tp-2"});
    LintOptions wide = options();
    wide.max_standards_per_touchpoint = 10;
    CHECK(all_findings(b, wide).empty());
    LintOptions off = options();
    off.max_standards_per_touchpoint = 0;  // a cap of 0 turns the rule off
    CHECK(all_findings(b, off).empty());

    // Counted per touchpoint, across its key factors.
    b = clean_blueprint();
    for (int i = 0; i < 3; ++i) {
        KeyFactor k = key_factor("kf-extra" + std::to_string(i), "额外", Dimension::Reliability);
        k.standards = {hard_standard("st-e" + std::to_string(i) + "a", "r-installer"),
                       hard_standard("st-e" + std::to_string(i) + "b", "r-installer")};
        tp(b, 4).key_factors.push_back(k);
    }
    CHECK(all_findings(b) == V{"pitfall.too-detailed@tp-5"});
}

TEST_CASE("误区6: a standard whose key factor states no customer expectation") {
    Blueprint b = clean_blueprint();
    kf(b, 2).expectation = "  ";
    auto f = lint(b, options());
    REQUIRE(f.size() == 1);
    CHECK(f[0].rule == "pitfall.no-customer-expectation");
    CHECK(f[0].element == ElementId(StandardId("st-3")));
    CHECK(f[0].message_zh.find("「准时到达」") != std::string::npos);  // names the key factor
    CHECK(f[0].message_en.find("“准时到达”") != std::string::npos);
    kf(b, 2).expectation = "按约定时间上门";
    CHECK(all_findings(b).empty());
}

TEST_CASE("误区6: a tight delivery time is a safety risk (Domino's 30 minutes)") {
    Blueprint b = clean_blueprint();
    Standard& s = st(b, 2);
    s.statement = "下单后 30 分钟内送达";
    s.target.metric = "下单到送达的时间";
    s.target.unit = "分钟";
    s.target.value = 30;
    CHECK(all_findings(b) == V{"pitfall.safety-risk@st-3"});
    s.target.unit = "天";  // 30 days is no race on the road (the statement's 30 minutes now disagrees)
    CHECK(all_findings(b) == V{"measurable.statement-target-mismatch@st-3"});
    s.statement = "下单后 3 天内送达";
    s.target.value = 3;
    CHECK(all_findings(b).empty());
    s.statement = "Deliver within 1 hour";
    s.target.metric = "delivery time";
    s.target.unit = "h";
    s.target.value = 1;
    CHECK(all_findings(b) == V{"pitfall.safety-risk@st-3"});
    s.statement = "Answer within 1 hour";  // not a delivery
    s.target.metric = "answer time";
    CHECK(all_findings(b).empty());
}

TEST_CASE("ownership: owner missing or unknown, review date missing, invalid or past") {
    Blueprint b = clean_blueprint();
    st(b, 5).owner = RoleId("");
    CHECK(all_findings(b) == V{"ownership.no-owner@st-6"});
    st(b, 5).owner = RoleId("安装工");  // a name, not a role id
    CHECK(all_findings(b) == V{"ownership.unknown-owner@st-6"});
    st(b, 5).owner = RoleId("r-installer");
    CHECK(all_findings(b).empty());

    st(b, 5).review_by = "";
    CHECK(all_findings(b) == V{"ownership.no-review-date@st-6"});
    st(b, 5).review_by = "2026-02-30";
    CHECK(all_findings(b) == V{"ownership.review-date-invalid@st-6"});
    st(b, 5).review_by = "2026/01/01";
    CHECK(all_findings(b) == V{"ownership.review-date-invalid@st-6"});
    st(b, 5).review_by = "2026-01-14";  // the day before today
    CHECK(all_findings(b) == V{"ownership.review-overdue@st-6"});
    st(b, 5).review_by = "2026-01-15";  // due today: not yet past
    CHECK(all_findings(b).empty());

    st(b, 5).review_by = "2020-01-01";
    LintOptions no_today = options();
    no_today.today.clear();  // without today the date is not checked
    CHECK(all_findings(b, no_today).empty());
    no_today.today = "yesterday";
    CHECK(all_findings(b, no_today).empty());
}

TEST_CASE("messages quote the element's name in both languages, or its id when it has none") {
    Blueprint b = clean_blueprint();
    tp(b, 3).key_factors.clear();
    tp(b, 3).name = "检查现场";
    auto f = lint(b, options());
    REQUIRE(f.size() == 1);
    CHECK(f[0].element == ElementId(TouchpointId("tp-4")));
    CHECK(f[0].element.kind() == ElementKind::Touchpoint);
    CHECK(f[0].message_zh.find("「检查现场」") != std::string::npos);
    CHECK(f[0].message_en.find("“检查现场”") != std::string::npos);

    tp(b, 3).name = "";
    f = lint(b, options());
    REQUIRE(f.size() == 1);
    CHECK(f[0].message_zh.find("「tp-4」") != std::string::npos);

    b = clean_blueprint();
    st(b, 0).owner = RoleId();
    st(b, 0).statement = "电话铃响 3 声内接听,接听时先报公司名称和工号,再问候顾客并询问需要什么帮助";
    f = lint(b, options());
    REQUIRE(f.size() == 1);
    INFO(f[0].message_zh);
    CHECK(f[0].message_zh.find("「电话铃响 3 声内接听,接听时先报公司名称和工号,再问候顾客…」") != std::string::npos);
}

TEST_CASE("findings follow the document order and carry the table's severity") {
    Blueprint b = clean_blueprint();
    st(b, 4).owner = RoleId();
    st(b, 1).review_by = "";
    tp(b, 6).key_factors.clear();  // also removes the only motivation factor
    CHECK(all_findings(b) == V{"ownership.no-review-date@st-2", "ownership.no-owner@st-5",
                               "coverage.touchpoint-without-key-factor@tp-7", "circle.no-motivation-factor@c-1"});
    for (const Finding& f : lint(b, options())) {
        bool listed = false;
        for (const RuleInfo& r : lint_rules())
            if (r.id == f.rule) {
                listed = true;
                CHECK(r.severity == f.severity);
            }
        CHECK(listed);
        CHECK_FALSE(f.message_zh.empty());
        CHECK_FALSE(f.message_en.empty());
    }
}

TEST_CASE("lint never trips on odd input: empty names, empty circles, extreme feelings") {
    Blueprint b;
    b.circles.push_back(Circle{});
    Circle c;
    c.id = CircleId("c-odd");
    for (int i = 0; i < 4; ++i) {
        Touchpoint t = touchpoint("t" + std::to_string(i), "", i % 2 ? 99 : -99, "");
        KeyFactor k;
        k.id = KeyFactorId("k" + std::to_string(i));
        Standard s;
        s.id = StandardId("s" + std::to_string(i));
        s.statement = std::string("\xff\xfe broken utf-8 \xe4\xb8");
        s.target.compliance = INFINITY;
        k.standards.push_back(s);
        t.key_factors.push_back(k);
        c.touchpoints.push_back(t);
    }
    b.circles.push_back(c);
    auto f = lint(b, options());
    CHECK_FALSE(f.empty());
    CHECK(findings(b, "measurable.compliance-invalid").size() == 4);
}
