// Compliance over time (blueprint/trends.h): a standard's verdict and change against the previous
// period, its series for the trend chart, and the league table's scores, verdicts and ranks, against
// numbers worked out by hand from tests/fixtures/water_heater.v4-results.blueprint.json:
//   st-wh-slot   (≥ 98 %): 2026-10 北京 49/50, 上海 36/40; 2026-11 北京 50/50
//   st-wh-advice (≥ 90 %): 2026-11 北京 17/20
//   st-wh-ontime (≥ 95 %, critical, weight 2): 2026-11 北京 9/10
//   st-wh-covers (≥ 95 %): 2026-11 北京 4/4 (one N/A), 上海 3/5
#include <catch2/catch.hpp>

#include "blueprint/compliance.h"
#include "blueprint/results.h"
#include "blueprint/scoring.h"
#include "blueprint/trends.h"
#include "fixtures.h"

using namespace bp;

namespace {
const Standard& standard(const Blueprint& b, const std::string& id) {
    for (const Standard* s : all_standards(b))
        if (s->id.value == id) return *s;
    FAIL("no standard " << id);
    throw 0;
}

// The fixture with December measured: the slot within 10 minutes at 北京 and 上海, 15 minutes late
// at a third site, 广州天河店, which has no results before.
Blueprint with_december() {
    Blueprint b = load_fixture("water_heater.v4-results.blueprint.json");
    ImportOutcome o = import_results(b, "标准编号,期间,网点,结果,备注\n"
                                        "st-wh-slot,2026-12,北京朝阳店,8,\n"
                                        "st-wh-slot,2026-12,上海徐汇店,5,\n"
                                        "st-wh-slot,2026-12,广州天河店,15,\n");
    INFO(o.error.describe(Lang::En));
    REQUIRE(o.ok());
    b.results = o.results;
    return b;
}
}  // namespace

TEST_CASE("standing: this period's share against the previous one, in points") {
    const Blueprint b = load_fixture("water_heater.v4-results.blueprint.json");
    const ResultsIndex index(b);
    const Standard& slot = standard(b, "st-wh-slot");

    Standing pooled = standing(index, slot, "2026-11");  // 50/50 against 85/90
    CHECK(pooled.now.share == Approx(1.0));
    CHECK(pooled.now.n == 50);
    CHECK(pooled.before.share == Approx(85.0 / 90.0));
    CHECK(pooled.before.n == 90);
    CHECK(pooled.verdict == Verdict::Met);
    REQUIRE(pooled.change);
    CHECK(*pooled.change == Approx(100.0 - 8500.0 / 90.0));  // +5.56 points

    Standing beijing = standing(index, slot, "2026-11", 0);  // 100 % against 98 %
    REQUIRE(beijing.change);
    CHECK(*beijing.change == Approx(2.0));

    Standing shanghai = standing(index, slot, "2026-11", 1);  // nothing in November, 90 % in October
    CHECK(shanghai.verdict == Verdict::NoData);
    CHECK(shanghai.before.share == Approx(0.9));
    CHECK_FALSE(shanghai.change);

    Standing first = standing(index, slot, "2026-10");  // no period before the first
    CHECK(first.verdict == Verdict::Below);              // 85/90 = 94.4 % < 98 %
    CHECK(first.before.n == 0);
    CHECK(first.before.target == Approx(0.98));
    CHECK_FALSE(first.change);

    // A critical standard below its target fails the audit: told apart from an ordinary shortfall.
    Standing ontime = standing(index, standard(b, "st-wh-ontime"), "2026-11");  // 9/10 < 95 %
    CHECK(ontime.verdict == Verdict::CriticalFailed);
    CHECK(ontime.now.share == Approx(0.9));
    CHECK(standing(index, standard(b, "st-wh-advice"), "2026-11").verdict == Verdict::Below);  // 85 %

    // The mean method's change is in the value's unit: advice as a mean, 91/20 = 4.55 in November.
    Standard advice = standard(b, "st-wh-advice");
    advice.scoring = effective_scoring(advice);
    advice.scoring->method = ComplianceMethod::Mean;
    Standing mean = standing(index, advice, "2026-11", 0);
    CHECK(mean.now.share == Approx(4.55));
    CHECK_FALSE(mean.change);  // October has no advice measured

    CHECK(verdict_word(Verdict::CriticalFailed).in(Lang::Zh) == "关键项未达标");
    CHECK(verdict_word(Verdict::Below).in(Lang::En) == "below target");
    CHECK(verdict_severity(Verdict::CriticalFailed) > verdict_severity(Verdict::Below));
    CHECK(verdict_severity(Verdict::Below) > verdict_severity(Verdict::Met));
}

TEST_CASE("trend: a standard at every period of the results with its target") {
    const Blueprint b = with_december();
    const ResultsIndex index(b);
    const std::vector<TrendPoint> t = trend(index, standard(b, "st-wh-slot"));
    REQUIRE(t.size() == 3);
    CHECK(t[0].period == "2026-10");
    CHECK(t[0].result.share == Approx(85.0 / 90.0));
    CHECK(t[1].result.share == Approx(1.0));
    CHECK(t[2].period == "2026-12");
    CHECK(t[2].result.share == Approx(2.0 / 3.0));  // two of three within 10 minutes
    CHECK(t[2].result.status == Status::Below);
    for (const TrendPoint& p : t) CHECK(p.result.target == Approx(0.98));

    const std::vector<TrendPoint> shanghai = trend(index, standard(b, "st-wh-slot"), 1);
    CHECK(shanghai[0].result.share == Approx(0.9));
    CHECK(shanghai[1].result.status == Status::NoData);
    CHECK(shanghai[2].result.share == Approx(1.0));

    // A document without results has no trend.
    Blueprint none = b;
    none.results.reset();
    CHECK(trend(ResultsIndex(none), standard(none, "st-wh-slot")).empty());
}

TEST_CASE("league table: sites ranked at the chosen period, cells scored and judged") {
    const Blueprint b = load_fixture("water_heater.v4-results.blueprint.json");
    const ResultsIndex index(b);

    // November: 上海 scores covers 3/5 = 60 %; 北京 has the critical on-time delivery below: 0.
    League nov = league_table(b, index, "2026-11");
    CHECK(nov.periods == std::vector<std::string>{"2026-10", "2026-11"});
    CHECK(nov.period == 1);
    CHECK(nov.sites == std::vector<std::string>{"上海徐汇店", "北京朝阳店"});
    CHECK(nov.rank == std::vector<int>{1, 2});
    CHECK(nov.cells[0][1].score == Approx(0.6));
    CHECK(nov.cells[0][1].verdict == Verdict::Below);
    CHECK(nov.cells[1][1].score == 0);
    CHECK(nov.cells[1][1].verdict == Verdict::CriticalFailed);
    CHECK(nov.cells[1][1].met == 2);    // slot and covers
    CHECK(nov.cells[1][1].below == 2);  // advice and on-time
    // October: only the slot was measured, met at 北京 (98 %), below at 上海 (90 %).
    CHECK(nov.cells[1][0].score == Approx(0.98));
    CHECK(nov.cells[1][0].verdict == Verdict::Met);
    CHECK(nov.cells[0][0].score == Approx(0.9));
    CHECK(nov.cells[0][0].verdict == Verdict::Below);

    League oct = league_table(b, index, "2026-10");
    CHECK(oct.sites == std::vector<std::string>{"北京朝阳店", "上海徐汇店"});
    CHECK(oct.rank == std::vector<int>{1, 2});

    // A period the results do not have ranks nobody.
    League unknown = league_table(b, index, "2031-01");
    CHECK(unknown.period == -1);
    CHECK(unknown.rank == std::vector<int>{0, 0});
    CHECK(unknown.sites == std::vector<std::string>{"北京朝阳店", "上海徐汇店"});
}

TEST_CASE("league table: equal scores share a rank, a site without data there has none") {
    const Blueprint b = with_december();
    const ResultsIndex index(b);
    League dec = league_table(b, index, "2026-12");  // 北京 100 %, 上海 100 %, 广州 0 %
    CHECK(dec.sites == std::vector<std::string>{"北京朝阳店", "上海徐汇店", "广州天河店"});
    CHECK(dec.rank == std::vector<int>{1, 1, 3});
    CHECK(dec.cells[2][2].verdict == Verdict::Below);
    CHECK(dec.cells[2][1].verdict == Verdict::NoData);  // 广州 in November
    CHECK(dec.cells[2][1].score == -1);

    League nov = league_table(b, index, "2026-11");
    CHECK(nov.sites == std::vector<std::string>{"上海徐汇店", "北京朝阳店", "广州天河店"});
    CHECK(nov.rank == std::vector<int>{1, 2, 0});

    // The league's scores are the one-pass scores the report uses.
    const auto scores = scores_by_period_and_site(b, index);
    CHECK(scores[2][2] == Approx(0.0));
    CHECK(scores[1][2] == -1);
}
