// Figures for convert and lint on a large generated blueprint. Hidden from ctest (tag [.]): the speed
// budget is checked by the shipped benchmark, this prints figures and checks only the results.
// Run: build/native/blueprint_tests "[speed]"
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <ctime>

#include "blueprint/convert.h"
#include "blueprint/lint.h"

using namespace bp;

namespace {

// circles × touchpoints_per_circle touchpoints, 4 key factors each; every other key factor already
// has one standard when `half_done`, none otherwise. Names cycle through realistic ones so template
// choice does real keyword work.
Blueprint generate(int circles, int touchpoints_per_circle, bool half_done) {
    static const char* names[] = {"电话铃响三声内接听", "准时上门",     "礼貌热情", "前台整洁",
                                  "安装后试机",         "说明用法",     "保护隐私", "回访关怀",
                                  "Answer the phone",   "Polite staff", "环节顺畅", "送货到家",
                                  "投诉后致歉",         "等候时间短",   "报价透明", "标准问候语"};
    static const Dimension dims[] = {Dimension::Responsiveness, Dimension::Reliability, Dimension::Courtesy,
                                     Dimension::Tangibles,      Dimension::Competence,  Dimension::Communication,
                                     Dimension::Security,       Dimension::Caring};
    Blueprint b;
    b.id = BlueprintId("bp-gen");
    b.name = "generated";
    b.roles = {{RoleId("r-1"), "客服", "Customer service"}, {RoleId("r-2"), "安装工", "Installer"}};
    int n = 0;
    for (int c = 0; c < circles; ++c) {
        Circle circle;
        circle.id = CircleId("c-" + std::to_string(c));
        circle.name = "服务圈 " + std::to_string(c);
        for (int t = 0; t < touchpoints_per_circle; ++t) {
            Touchpoint tp;
            tp.id = TouchpointId("tp-" + std::to_string(c) + "-" + std::to_string(t));
            tp.name = "触点 " + std::to_string(t);
            tp.role = RoleId(t % 2 ? "r-1" : "r-2");
            tp.feeling = (t * 7 + c) % 5 - 2;
            for (int k = 0; k < 4; ++k, ++n) {
                KeyFactor kf;
                kf.id = KeyFactorId("kf-" + std::to_string(n));
                kf.name = names[n % 16];
                kf.expectation = n % 3 ? "顾客希望" + kf.name : "";
                kf.dimension = dims[n % 8];
                kf.bpm = n % 11 == 0 ? Bpm::Motivation : Bpm::Basic;
                if (half_done && n % 2) {
                    Standard s;
                    s.id = StandardId("s-" + std::to_string(n));
                    s.statement = n % 4 == 1 ? "尽快处理" : "电话铃响 3 声内接听";
                    s.target.metric = "响铃次数";
                    s.target.unit = "声";
                    s.target.value = 3;
                    s.owner = tp.role;
                    s.review_by = n % 5 ? "2027-01-01" : "2020-01-01";
                    kf.standards.push_back(s);
                }
                tp.key_factors.push_back(kf);
            }
            circle.touchpoints.push_back(tp);
        }
        b.circles.push_back(circle);
    }
    return b;
}

double ms_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// Processor time of this (single-threaded) process: on a shared machine it says more than the clock.
double cpu_ms() { return 1000.0 * double(std::clock()) / CLOCKS_PER_SEC; }

}  // namespace

// Three rounds: the first pays for fresh memory (page faults are costly on this virtual machine),
// the later ones reuse the heap, as a long-running designer does.
TEST_CASE("speed: convert 40,000 key factors and lint 10,000 touchpoints", "[.][speed]") {
    using clock = std::chrono::steady_clock;
    for (int round = 1; round <= 3; ++round) {
        Document doc(generate(100, 100, false));
        REQUIRE(count(doc.model()).key_factors == 40000);

        double cpu0 = cpu_ms();
        auto t0 = clock::now();
        EditPtr edit = convert_all(doc, bp::Lang::Zh, "2026-01-01");
        double build_ms = ms_since(t0);
        auto t1 = clock::now();
        REQUIRE(doc.apply(std::move(edit)));
        double apply_ms = ms_since(t1);
        double convert_cpu = cpu_ms() - cpu0;
        CHECK(count(doc.model()).standards == 40000);
        auto t2 = clock::now();
        REQUIRE(doc.undo());
        double undo_ms = ms_since(t2);
        CHECK(count(doc.model()).standards == 0);
        REQUIRE(doc.redo());

        LintOptions o;
        o.today = "2026-01-15";
        double cpu3 = cpu_ms();
        auto t3 = clock::now();
        auto findings = lint(doc.model(), o);
        double lint_converted_ms = ms_since(t3);
        double lint_converted_cpu = cpu_ms() - cpu3;

        Blueprint mixed = generate(100, 100, true);  // half the key factors lack a standard: many findings
        double cpu4 = cpu_ms();
        auto t4 = clock::now();
        auto mixed_findings = lint(mixed, o);
        double lint_mixed_ms = ms_since(t4);
        double lint_mixed_cpu = cpu_ms() - cpu4;
        CHECK(mixed_findings.size() > 40000);

        std::printf(
            "round %d  wall (cpu) ms\n"
            "  convert_all 40,000 key factors: %.1f (%.1f)  [build %.1f + apply %.1f]; undo %.1f\n"
            "  lint 10,000 touchpoints x 4 key factors, converted: %.1f (%.1f), %zu findings\n"
            "  lint 10,000 touchpoints x 4 key factors, half without standards: %.1f (%.1f), %zu findings\n",
            round, build_ms + apply_ms, convert_cpu, build_ms, apply_ms, undo_ms, lint_converted_ms, lint_converted_cpu,
            findings.size(), lint_mixed_ms, lint_mixed_cpu, mixed_findings.size());
    }
}
