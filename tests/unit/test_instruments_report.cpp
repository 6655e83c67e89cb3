// Instruments generated from the blueprint import straight back once filled in; the monthly report lists
// what is below target (worst first) and without data, rolls up per circle, role and site, and ranks sites.
#include <catch2/catch.hpp>

#include "blueprint/compliance.h"
#include "blueprint/instruments.h"
#include "blueprint/report.h"
#include "blueprint/results.h"
#include "fixtures.h"

using namespace bp;

namespace {
// What a spreadsheet writes back: every row's answer (the two last columns, result and comment) filled in.
std::string fill(const std::string& sheet, const std::vector<std::string>& answers) {
    std::string out;
    size_t start = 0, row = 0;
    while (start < sheet.size()) {
        size_t end = sheet.find("\r\n", start);
        std::string line = sheet.substr(start, end - start);
        if (row > 0) {
            REQUIRE(line.size() >= 2);
            REQUIRE(line.substr(line.size() - 2) == ",,");
            line = line.substr(0, line.size() - 2) + "," + answers.at((row - 1) % answers.size()) + ",";
        }
        out += line + "\r\n";
        start = end + 2;
        ++row;
    }
    return out;
}

size_t rows_of(const std::string& csv) {
    size_t n = 0;
    for (size_t i = csv.find("\r\n"); i != std::string::npos; i = csv.find("\r\n", i + 2)) ++n;
    return n - 1;  // the header
}
}  // namespace

TEST_CASE("an audit sheet per role carries the ids and imports back once filled in") {
    const Blueprint doc = load_fixture("water_heater.v3.blueprint.json");
    InstrumentOptions o;
    o.kind = InstrumentKind::Audit;
    o.role = RoleId("r-installer");
    o.period = "2026-11";
    o.site = "北京朝阳店";
    const std::vector<InstrumentRow> rows = instrument_rows(doc, o);
    REQUIRE(rows.size() >= 3);
    for (const InstrumentRow& r : rows) {
        CHECK(r.standard->type == StandardType::Hard);
        CHECK(r.standard->owner.value == "r-installer");
    }
    const std::string sheet = instrument_csv(doc, o);
    CHECK(sheet.rfind("\xEF\xBB\xBF标准编号,触点,标准,检查要点,回答方式,期间,网点,结果,备注\r\n", 0) == 0);
    CHECK(rows_of(sheet) == rows.size());
    // Unfilled, it imports nothing and says so.
    ImportOutcome empty = import_results(doc, sheet);
    REQUIRE(empty.ok());
    CHECK(empty.unanswered == rows.size());
    CHECK(empty.results->series.empty());
    // Filled: the first standard not met, the others met.
    ImportOutcome filled = import_results(doc, fill(sheet, {"否", "是", "是"}));
    INFO(filled.error.describe(Lang::En));
    REQUIRE(filled.ok());
    CHECK(filled.observations == rows.size());
    Blueprint measured = doc;
    measured.results = filled.results;
    ResultsIndex index(measured);
    CHECK(index.at(*rows[0].standard, "2026-11", 0).status == Status::Below);
    CHECK(index.at(*rows[1].standard, "2026-11", 0).status == Status::Met);
    CHECK(measured.results->sites == std::vector<std::string>{"北京朝阳店"});
}

TEST_CASE("a mystery-shopper checklist and a customer questionnaire, in English, import back too") {
    const Blueprint doc = load_fixture("water_heater.v4-results.blueprint.json");
    InstrumentOptions shopper;
    shopper.kind = InstrumentKind::MysteryShopper;
    shopper.lang = Lang::En;
    shopper.period = "2026-12";
    shopper.site = "Shanghai";
    const auto checklist = instrument_rows(doc, shopper);
    REQUIRE_FALSE(checklist.empty());
    bool covers = false;
    for (const auto& r : checklist) covers = covers || r.standard->id.value == "st-wh-covers";
    CHECK(covers);  // its sample plan names the mystery shopper
    for (const auto& r : checklist)
        if (r.standard->id.value == "st-wh-covers") CHECK(r.answer == "yes/no, or N/A");
    const std::string sheet = instrument_csv(doc, shopper);
    CHECK(sheet.rfind("\xEF\xBB\xBFstandard_id,moment,statement,look for,answer type,period,site,result,comment\r\n", 0) == 0);
    ImportOutcome back = import_results(doc, fill(sheet, {"yes"}));
    INFO(back.error.describe(Lang::En));
    REQUIRE(back.ok());
    CHECK(back.observations == checklist.size());

    InstrumentOptions survey;
    survey.kind = InstrumentKind::Questionnaire;
    survey.circle = CircleId("c-wh-install");
    survey.period = "2026-12";
    survey.site = "Shanghai";
    const auto questions = instrument_rows(doc, survey);
    REQUIRE(questions.size() == 3);  // advice, clean, satisfied: the soft standards of the circle
    CHECK(questions[0].look_for == questions[0].standard->target.survey_question);
    CHECK(questions[0].answer == "评分 1–5");
    Blueprint measured = doc;
    ImportOutcome rated = import_results(doc, fill(instrument_csv(doc, survey), {"５", "4", "3"}));
    INFO(rated.error.describe(Lang::En));
    REQUIRE(rated.ok());
    measured.results = rated.results;
    ResultsIndex index(measured);
    CHECK(index.at(*questions[0].standard, "2026-12").share == 1);    // 5 ≥ 4.5
    CHECK(index.at(*questions[1].standard, "2026-12").share == 0);    // 4 < 4.5
    const std::string page = instrument_html(doc, survey);
    CHECK(page.find("<html lang=\"zh-CN\">") != std::string::npos);
    CHECK(page.find("st-wh-advice") != std::string::npos);
}

TEST_CASE("the monthly report: below target worst first, no data, roll-ups, and the ranking of sites") {
    const Blueprint doc = load_fixture("water_heater.v4-results.blueprint.json");
    ReportOptions o;
    o.period = "2026-11";
    const Report r = build_report(doc, o);
    REQUIRE(r.below.size() == 3);
    CHECK(r.below[0].standard->id.value == "st-wh-covers");  // 7 of 9 against 95 %
    CHECK(r.below[1].standard->id.value == "st-wh-advice");  // 85 % against 90 %
    CHECK(r.below[2].standard->id.value == "st-wh-ontime");  // 90 % against 95 %
    CHECK(r.no_data.size() == 22 - 4);  // every standard of the fixture is due monthly; four were measured
    REQUIRE(r.sites.size() == 2);
    // 北京: the critical on-time delivery is below, so the site scores 0; 上海: covers at 3 of 5.
    CHECK(r.sites[0].name == "上海徐汇店");
    CHECK(r.sites[0].rollup.score == Approx(0.6));
    CHECK(r.sites[1].rollup.critical_failed);
    CHECK(r.periods == std::vector<std::string>{"2026-10", "2026-11"});
    CHECK(r.league[0][0] == Approx(0.9));   // 上海 in October: the slot at 36 of 40
    CHECK(r.league[1][0] == Approx(0.98));  // 北京 in October: 49 of 50
    const std::string md = report_markdown(doc, r, Lang::Zh);
    CHECK(md.find("# 服务标准月度报告") == 0);
    CHECK(md.find("| `st-wh-covers` ") != std::string::npos);
    CHECK(md.find("77.8 %") != std::string::npos);
    const std::string csv = report_csv(r, Lang::En);
    CHECK(csv.find("2026-11,,") != std::string::npos);
    CHECK(report_json(r).find("\"below\":[{\"standard\":\"st-wh-covers\"") != std::string::npos);
    CHECK(report_html(doc, r, Lang::En).find("<td class=\"num below\">77.8 %</td>") != std::string::npos);

    ReportOptions one_site = o;
    one_site.site = "北京朝阳店";
    const Report site = build_report(doc, one_site);
    REQUIRE(site.below.size() == 2);  // advice and on-time; covers met there
}
