// The results rules of lint (lint_results.cpp), each made to fire and then not to: step 9 of the method
// (000 6.4.2) — measure against the standard, feed back, update targets — and 003's "没有稽查就没有执行".
// Each case starts from the water heater of format 4 with its results replaced by counts imported for the
// case, so what a rule sees is written out in the case.
#include <catch2/catch.hpp>

#include <algorithm>

#include "blueprint/lint.h"
#include "blueprint/locator.h"
#include "blueprint/results.h"
#include "blueprint/scoring.h"
#include "fixtures.h"

using namespace bp;

namespace {
// The water heater with no results.
Blueprint unmeasured() {
    Blueprint b = load_fixture("water_heater.v4-results.blueprint.json");
    b.results.reset();
    return b;
}

// The document with `csv` (standard_id,period,site,n,met rows) as its only results.
Blueprint measured(Blueprint doc, const std::string& rows) {
    doc.results.reset();
    ImportOutcome o = import_results(doc, "standard_id,period,site,n,met\n" + rows);
    INFO(o.error.describe(Lang::En));
    REQUIRE(o.ok());
    doc.results = o.results;
    return doc;
}

// The elements a rule reports, sorted.
std::vector<std::string> reported(const Blueprint& doc, const std::string& rule, LintOptions options = {}) {
    std::vector<std::string> out;
    for (const Finding& f : lint(doc, options))
        if (f.rule == rule) out.push_back(f.element.str());
    std::sort(out.begin(), out.end());
    return out;
}
bool reports(const Blueprint& doc, const std::string& rule, const std::string& element, LintOptions options = {}) {
    const std::vector<std::string> r = reported(doc, rule, options);
    return std::find(r.begin(), r.end(), element) != r.end();
}

Standard& standard(Blueprint& b, const char* id) { return standard_at(b, *Index(b).find(StandardId(id))); }

// "n met" per month from `first` (YYYY-MM) on, one row each for standard `id` at one site.
std::string monthly(const std::string& id, int year, int month, const std::vector<std::pair<int, int>>& counts) {
    std::string rows;
    for (const auto& [n, met] : counts) {
        char period[16];
        std::snprintf(period, sizeof period, "%04d-%02d", year, month);
        rows += id + "," + period + ",北京朝阳店," + std::to_string(n) + "," + std::to_string(met) + "\n";
        if (++month > 12) month = 1, ++year;
    }
    return rows;
}
}  // namespace

TEST_CASE("results lint: a standard due by its frequency with no data in the period is reported") {
    const std::string rule = "results.due-without-data";
    CHECK(reported(unmeasured(), rule).empty());  // no results at all: nothing is judged yet
    Blueprint b = measured(unmeasured(), "st-wh-slot,2026-11,北京朝阳店,50,50\n");
    CHECK_FALSE(reports(b, rule, "st-wh-slot"));
    CHECK(reports(b, rule, "st-wh-handover"));   // every occurrence: due every month
    CHECK(reports(b, rule, "st-wh-advice"));     // monthly survey
    standard(b, "st-wh-handover").measurement.frequency = Frequency::Quarterly;
    CHECK_FALSE(reports(b, rule, "st-wh-handover"));  // November is no quarter's end
    Blueprint with_handover = measured(b, "st-wh-slot,2026-11,北京朝阳店,50,50\nst-wh-handover,2026-11,北京朝阳店,10,10\n");
    CHECK_FALSE(reports(with_handover, rule, "st-wh-handover"));
    CHECK(reports(with_handover, rule, "st-wh-advice"));
}

TEST_CASE("results lint: below target period after period is reported, fewer periods are not") {
    const std::string rule = "results.below-repeatedly";
    // st-wh-slot: 98 % within 10 minutes.
    Blueprint three = measured(unmeasured(), monthly("st-wh-slot", 2026, 9, {{50, 40}, {50, 45}, {50, 48}}));
    CHECK(reported(three, rule) == std::vector<std::string>{"st-wh-slot"});
    Blueprint met_between = measured(unmeasured(), monthly("st-wh-slot", 2026, 9, {{50, 40}, {50, 50}, {50, 48}}));
    CHECK(reported(met_between, rule).empty());
    Blueprint two = measured(unmeasured(), monthly("st-wh-slot", 2026, 10, {{50, 40}, {50, 45}}));
    CHECK(reported(two, rule).empty());
    LintOptions two_periods;
    two_periods.below_periods = 2;
    CHECK(reported(two, rule, two_periods) == std::vector<std::string>{"st-wh-slot"});
    // Judged at an earlier period, only what came before it counts.
    LintOptions october;
    october.period = "2026-10";
    CHECK(reported(three, rule, october).empty());
}

TEST_CASE("results lint: too few observations to judge at the target share, or below the sample plan") {
    const std::string rule = "results.too-few-observations";
    // 98 %: one failure in 50 is what the target allows, so fewer than 50 cannot show it.
    CHECK(reports(measured(unmeasured(), "st-wh-slot,2026-11,北京朝阳店,10,10\n"), rule, "st-wh-slot"));
    CHECK_FALSE(reports(measured(unmeasured(), "st-wh-slot,2026-11,北京朝阳店,50,49\n"), rule, "st-wh-slot"));
    // 95 %: 20 are enough.
    CHECK(reports(measured(unmeasured(), "st-wh-eta,2026-11,北京朝阳店,19,19\n"), rule, "st-wh-eta"));
    CHECK_FALSE(reports(measured(unmeasured(), "st-wh-eta,2026-11,北京朝阳店,20,19\n"), rule, "st-wh-eta"));
    // A sample plan says how many are enough.
    Blueprint planned = unmeasured();
    Standard& slot = standard(planned, "st-wh-slot");
    slot.scoring = effective_scoring(slot);
    slot.scoring->sample.per_period = 8;
    CHECK_FALSE(reports(measured(planned, "st-wh-slot,2026-11,北京朝阳店,10,10\n"), rule, "st-wh-slot"));
    CHECK(reports(measured(planned, "st-wh-slot,2026-11,北京朝阳店,5,5\n"), rule, "st-wh-slot"));
}

TEST_CASE("results lint: met in every period of a year suggests raising the target, eleven months do not") {
    const std::string rule = "results.met-all-year";
    const std::vector<std::pair<int, int>> met(12, {50, 50});
    Blueprint year = measured(unmeasured(), monthly("st-wh-slot", 2025, 12, met));
    CHECK(reported(year, rule) == std::vector<std::string>{"st-wh-slot"});
    Blueprint eleven = measured(unmeasured(), monthly("st-wh-slot", 2026, 1, {met.begin(), met.end() - 1}));
    CHECK(reported(eleven, rule).empty());
    std::vector<std::pair<int, int>> once_below = met;
    once_below[3] = {50, 40};
    CHECK(reported(measured(unmeasured(), monthly("st-wh-slot", 2025, 12, once_below)), rule).empty());
}

TEST_CASE("results lint: a circle measured only at its last moment is reported") {
    const std::string rule = "results.end-point-only";
    // The exception circle: register, exchange, reinstall, close.
    Blueprint last = measured(unmeasured(), "st-wh-ex-closed,2026-11,北京朝阳店,20,20\n");
    CHECK(reported(last, rule) == std::vector<std::string>{"c-wh-exception"});
    Blueprint first_too = measured(unmeasured(), "st-wh-ex-closed,2026-11,北京朝阳店,20,20\n"
                                                 "st-wh-ex-plan,2026-11,北京朝阳店,20,20\n");
    CHECK(reported(first_too, rule).empty());
}

TEST_CASE("results lint: a circle measured only by satisfaction or complaints is reported") {
    const std::string rule = "results.complaints-only";
    Blueprint doc = unmeasured();
    standard(doc, "st-wh-advice").target.metric = "讲解满意度";  // a satisfaction score at the first moment
    const std::string surveys = "st-wh-satisfied,2026-11,北京朝阳店,20,18\nst-wh-advice,2026-11,北京朝阳店,20,18\n";
    Blueprint only = measured(doc, surveys);
    CHECK(reported(only, rule) == std::vector<std::string>{"c-wh-install"});
    CHECK(reported(only, "results.end-point-only").empty());  // the first moment is measured too
    Blueprint with_process = measured(doc, surveys + "st-wh-slot,2026-11,北京朝阳店,50,50\n");
    CHECK(reported(with_process, rule).empty());
}

TEST_CASE("results lint: a customer-visible standard below target is a broken public promise") {
    const std::string rule = "results.public-promise-broken";
    // st-wh-slot is on the customer's appointment form; st-wh-handover is backstage.
    Blueprint b = measured(unmeasured(), "st-wh-slot,2026-11,北京朝阳店,50,45\nst-wh-handover,2026-11,北京朝阳店,50,40\n");
    CHECK(reported(b, rule) == std::vector<std::string>{"st-wh-slot"});
    Blueprint met = measured(unmeasured(), "st-wh-slot,2026-11,北京朝阳店,50,49\n");
    CHECK(reported(met, rule).empty());
    const std::vector<Finding> findings = lint(b);
    const auto it = std::find_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.rule == rule; });
    REQUIRE(it != findings.end());
    CHECK(it->message_zh.find("90 %") != std::string::npos);  // 45 of 50, against 98 %
    CHECK(it->message_zh.find("98 %") != std::string::npos);
}
