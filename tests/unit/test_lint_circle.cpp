// 服务圈原则 (Chase & Dasu) on expected feelings, and the motivation-factor check: each rule on its
// edges, and no noise from short or all-neutral circles.
#include <catch2/catch.hpp>

#include "blueprint/lint.h"
#include "lint_convert_fixtures.h"

using namespace bp;
using namespace fixture;
using V = std::vector<std::string>;

namespace {

// The clean circle cut or stretched to as many touchpoints as feelings given (tp-1, tp-2 …).
Blueprint with_feelings(const std::vector<int>& feelings) {
    Blueprint b = clean_blueprint();
    auto& tps = b.circles[0].touchpoints;
    std::vector<Touchpoint> out;
    for (size_t i = 0; i < feelings.size(); ++i) {
        Touchpoint t = tps[i % tps.size()];
        std::string n = std::to_string(i + 1);
        t.id = TouchpointId("tp-" + n);
        t.key_factors[0].id = KeyFactorId("kf-" + n);
        t.key_factors[0].standards[0].id = StandardId("st-" + n);
        t.feeling = feelings[i];
        out.push_back(t);
    }
    tps = out;
    return b;
}

V circle_findings(const std::vector<int>& feelings) {
    V out;
    for (const std::string& f : all_findings(with_feelings(feelings)))
        if (f.rfind("circle.end", 0) == 0 || f.rfind("circle.pain", 0) == 0 || f.rfind("circle.pleasure", 0) == 0)
            out.push_back(f);
    return out;
}

}  // namespace

TEST_CASE("circle.end-not-best: the last moment is not one of the best-felt") {
    CHECK(circle_findings({0, 2, 0}) == V{"circle.end-not-best@tp-3"});
    CHECK(circle_findings({-1, 0, 2}).empty());
    CHECK(circle_findings({2, 0, 2}).empty());                              // ends on one of its best moments
    CHECK(circle_findings({-2, -1, 0, 0}).empty());                         // pain first, best (neutral) at the end
    CHECK(circle_findings({-2, -1, -2}) == V{"circle.end-not-best@tp-3"});  // the least bad end counts too
    CHECK(circle_findings({0, 0, 0, 0, 0, 0, -1, 1, 0}) == V{"circle.end-not-best@tp-9", "circle.pain-late@tp-7"});
}

TEST_CASE("circle.pain-late: an unpleasant moment in the last third after a neutral or pleasant one") {
    // n = 6: the last third starts at the 5th touchpoint.
    CHECK(circle_findings({0, 0, 0, 0, -1, 1}) == V{"circle.pain-late@tp-5"});
    CHECK(circle_findings({0, 0, 0, -1, 0, 1}).empty());  // 4th of 6: not yet the last third
    CHECK(circle_findings({-1, 0, 0, 0, 0, 1}).empty());
    // Each late pain is reported; the scattering is reported too.
    CHECK(circle_findings({-1, 0, 0, 0, 0, 0, -2, -1, 1}) ==
          V{"circle.pain-late@tp-7", "circle.pain-late@tp-8", "circle.pain-scattered@tp-7"});
    // Nothing earlier could change places with it: every earlier moment is unpleasant too.
    CHECK(circle_findings({-1, -1, -1, -2, -1, 0}).empty());
    // n = 3: the last touchpoint is the last third.
    CHECK(circle_findings({1, 0, -1}) == V{"circle.end-not-best@tp-3", "circle.pain-late@tp-3"});
}

TEST_CASE("circle.pain-scattered: unpleasant moments apart instead of bundled") {
    CHECK(circle_findings({-1, 0, -1, 0, 1}) == V{"circle.pain-scattered@tp-3"});
    CHECK(circle_findings({-1, -1, 0, 0, 1}).empty());
    CHECK(circle_findings({0, -1, -2, 0, 0, 0, 1}).empty());  // one bundle in the middle third
    CHECK(circle_findings({-1, 1, -1, 1, -1, 2}) == V{"circle.pain-late@tp-5", "circle.pain-scattered@tp-3"});
}

TEST_CASE("circle.pleasure-lumped: pleasant moments together when they could be spread") {
    CHECK(circle_findings({0, 1, 1, 0, 0, 2}) == V{"circle.pleasure-lumped@tp-3"});
    CHECK(circle_findings({1, 0, 1, 0, 2}).empty());
    CHECK(circle_findings({0, 1, 1}) == V{"circle.pleasure-lumped@tp-3"});  // 1, 0, 1 was possible
    CHECK(circle_findings({1, 1, 0, 1, 2}).empty());                        // 4 pleasant of 5 cannot all stand apart
    CHECK(circle_findings({1, 1, 1}).empty());
}

TEST_CASE("circle principles stay silent on short and on all-neutral circles") {
    CHECK(circle_findings({}).empty());
    CHECK(circle_findings({-2}).empty());
    CHECK(circle_findings({2, -2}).empty());
    CHECK(circle_findings({-1, 2}).empty());
    CHECK(circle_findings({0, 0, 0, 0, 0, 0, 0, 0, 0}).empty());
    CHECK(circle_findings({-1, -1, -1, -1}).empty());
    CHECK(circle_findings({1, 1, 1, 1}).empty());
    // The whole lint of an all-neutral circle says nothing about feelings.
    CHECK(all_findings(with_feelings({0, 0, 0, 0, 0, 0, 0})).empty());
}

TEST_CASE("circle findings name the circle and the touchpoints involved") {
    Blueprint b = with_feelings({0, 2, 0});
    std::vector<Finding> f;
    for (const Finding& x : lint(b, options()))
        if (x.rule == "circle.end-not-best") f.push_back(x);
    REQUIRE(f.size() == 1);
    CHECK(f[0].message_zh.find("「安装服务圈」") != std::string::npos);
    CHECK(f[0].message_zh.find("「送货上门」") != std::string::npos);      // the last one, tp-3
    CHECK(f[0].message_zh.find("「预约安装时间」") != std::string::npos);  // the best one, tp-2
    CHECK(f[0].message_en.find("“安装服务圈”") != std::string::npos);
}

TEST_CASE("circle.no-motivation-factor: nothing in the circle delights") {
    Blueprint b = clean_blueprint();
    kf(b, 6).bpm = Bpm::Basic;
    CHECK(all_findings(b) == V{"circle.no-motivation-factor@c-1"});
    kf(b, 2).bpm = Bpm::Motivation;  // any one M factor will do
    CHECK(all_findings(b).empty());

    // A circle with no key factors at all is left to the coverage rule.
    Blueprint empty = clean_blueprint();
    for (auto& t : empty.circles[0].touchpoints) t.key_factors.clear();
    CHECK(findings(empty, "circle.no-motivation-factor").empty());
    CHECK(findings(empty, "coverage.touchpoint-without-key-factor").size() == 7);
}
