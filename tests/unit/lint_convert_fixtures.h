// Blueprints built in code for the convert and lint tests: one clean circle that lints without a
// single finding, so each test breaks one thing and expects exactly that finding.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "blueprint/lint.h"
#include "blueprint/model.h"

namespace fixture {

using namespace bp;

inline Standard hard_standard(const std::string& id, const std::string& owner) {
    Standard s;
    s.id = StandardId(id);
    s.statement = "电话铃响 3 声内接听";
    s.type = StandardType::Hard;
    s.target.metric = "接听前响铃次数";
    s.target.unit = "声";
    s.target.comparator = Comparator::AtMost;
    s.target.value = 3;
    s.target.compliance = 0.95;
    s.measurement.method = Method::SystemLog;
    s.owner = RoleId(owner);
    s.customer_visible = true;
    s.review_by = "2027-06-30";
    return s;
}

inline Standard soft_standard(const std::string& id, const std::string& owner) {
    Standard s;
    s.id = StandardId(id);
    s.statement = "顾客对服务礼貌的评分不低于 4.5 分";
    s.type = StandardType::Soft;
    s.target.metric = "顾客评分";
    s.target.unit = "分";
    s.target.comparator = Comparator::AtLeast;
    s.target.value = 4.5;
    s.target.compliance = 0.9;
    s.target.survey_question = "工作人员对您是否礼貌?";
    s.measurement.method = Method::Survey;
    s.owner = RoleId(owner);
    s.customer_visible = true;
    s.review_by = "2027-06-30";
    return s;
}

inline KeyFactor key_factor(const std::string& id, const std::string& name, Dimension d, Bpm bpm = Bpm::Performance) {
    KeyFactor k;
    k.id = KeyFactorId(id);
    k.name = name;
    k.expectation = "顾客希望" + name;
    k.dimension = d;
    k.bpm = bpm;
    return k;
}

inline Touchpoint touchpoint(const std::string& id, const std::string& name, int feeling, const std::string& role) {
    Touchpoint t;
    t.id = TouchpointId(id);
    t.name = name;
    t.feeling = feeling;
    t.role = RoleId(role);
    return t;
}

// The water-heater installation circle (seed 002), every touchpoint with a key factor and a complete
// standard; feelings follow Chase & Dasu (pain first, pleasures apart, best at the end).
inline Blueprint clean_blueprint() {
    Blueprint b;
    b.id = BlueprintId("bp-1");
    b.name = "热水器安装";
    b.roles = {{RoleId("r-promoter"), "促销员", "Promoter"},
               {RoleId("r-installer"), "安装工", "Installer"},
               {RoleId("r-service"), "客服", "Customer service"}};
    Circle c;
    c.id = CircleId("c-1");
    c.name = "安装服务圈";
    struct Row {
        const char* tp;
        const char* name;
        int feeling;
        const char* role;
        const char* kf;
        Dimension dim;
        Bpm bpm;
        bool soft;
    };
    const Row rows[] = {
        {"tp-1", "购买付款", -1, "r-promoter", "价格透明", Dimension::Credibility, Bpm::Basic, false},
        {"tp-2", "预约安装时间", 0, "r-promoter", "电话预约", Dimension::Communication, Bpm::Basic, false},
        {"tp-3", "送货上门", 1, "r-installer", "准时到达", Dimension::Reliability, Bpm::Performance, false},
        {"tp-4", "检查现场", 0, "r-installer", "礼貌待客", Dimension::Courtesy, Bpm::Performance, true},
        {"tp-5", "安装试机", 1, "r-installer", "安装后试机", Dimension::Reliability, Bpm::Performance, false},
        {"tp-6", "签收安装单", 0, "r-installer", "说明用法", Dimension::Communication, Bpm::Basic, false},
        {"tp-7", "电话回访", 2, "r-service", "回访关怀", Dimension::Caring, Bpm::Motivation, false},
    };
    int n = 0;
    for (const Row& r : rows) {
        ++n;
        Touchpoint t = touchpoint(r.tp, r.name, r.feeling, r.role);
        KeyFactor k = key_factor("kf-" + std::to_string(n), r.kf, r.dim, r.bpm);
        std::string sid = "st-" + std::to_string(n);
        k.standards.push_back(r.soft ? soft_standard(sid, r.role) : hard_standard(sid, r.role));
        t.key_factors.push_back(k);
        c.touchpoints.push_back(t);
    }
    b.circles.push_back(c);
    return b;
}

inline LintOptions options() {
    LintOptions o;
    o.today = "2026-01-15";
    return o;
}

// Findings of one rule, as "rule@element-id" for readable comparisons.
inline std::vector<std::string> findings(const Blueprint& b, const std::string& rule,
                                         const LintOptions& o = options()) {
    std::vector<std::string> out;
    for (const Finding& f : lint(b, o))
        if (f.rule == rule) out.push_back(f.rule + "@" + f.element.str());
    return out;
}

inline std::vector<std::string> all_findings(const Blueprint& b, const LintOptions& o = options()) {
    std::vector<std::string> out;
    for (const Finding& f : lint(b, o)) out.push_back(f.rule + "@" + f.element.str());
    return out;
}

inline Touchpoint& tp(Blueprint& b, int i) { return b.circles[0].touchpoints[i]; }
inline KeyFactor& kf(Blueprint& b, int i) { return tp(b, i).key_factors[0]; }
inline Standard& st(Blueprint& b, int i) { return kf(b, i).standards[0]; }

}  // namespace fixture
