// Format 4: scoring, target history and results on disk; importing results (CSV in the encodings and
// forms Chinese spreadsheets write, JSON); compliance per standard, period and site and its roll-ups,
// against numbers worked out by hand from tests/fixtures/water_heater.v4-results.blueprint.json.
#include <catch2/catch.hpp>

#include <algorithm>
#include <tuple>

#include "blueprint/compliance.h"
#include "blueprint/invariants.h"
#include "blueprint/json_io.h"
#include "blueprint/lint.h"
#include "blueprint/locator.h"
#include "blueprint/result_cells.h"
#include "blueprint/results.h"
#include "blueprint/scoring.h"
#include "fixtures.h"

using namespace bp;

namespace {
const Standard& find_standard(const Blueprint& b, const std::string& id) {
    for (const Standard* s : all_standards(b))
        if (s->id.value == id) return *s;
    FAIL("no standard " << id);
    throw 0;
}
const Touchpoint& find_touchpoint(const Blueprint& b, const std::string& id) {
    for (const Circle& c : b.circles)
        for (const Touchpoint& t : c.touchpoints)
            if (t.id.value == id) return t;
    FAIL("no touchpoint " << id);
    throw 0;
}
// The text with the first `from` replaced by `to` (which must be there).
std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}
Blueprint with_import(const Blueprint& doc, std::string_view bytes, ImportOptions options = {}) {
    ImportOutcome o = import_results(doc, bytes, options);
    INFO(o.error.describe(Lang::En));
    REQUIRE(o.ok());
    Blueprint out = doc;
    out.results = o.results;
    return out;
}
}  // namespace

// ------------------------------------------------------------------------------------------ format 4
TEST_CASE("a version 4 document loads scoring, target history and results and saves back byte for byte") {
    const std::string text = read_fixture("water_heater.v4-results.blueprint.json");
    LoadResult r = load_blueprint(text);
    INFO((r.ok() ? "" : r.error().describe(Lang::En)));
    REQUIRE(r.ok());
    CHECK(r.migrated_from == 0);
    const Blueprint& b = r.blueprint();
    const Standard& ontime = find_standard(b, "st-wh-ontime");
    REQUIRE(ontime.scoring);
    CHECK(ontime.scoring->critical);
    CHECK(ontime.scoring->weight == 2);
    CHECK(ontime.scoring->sample.by == Measurer::System);
    const Standard& covers = find_standard(b, "st-wh-covers");
    REQUIRE(covers.scoring);
    CHECK(covers.scoring->na_allowed);
    CHECK(covers.scoring->sample.per_period == 4);
    CHECK(covers.scoring->sample.sites == std::vector<std::string>{"北京朝阳店", "上海徐汇店"});
    const Standard& callback = find_standard(b, "st-wh-callback");
    REQUIRE(callback.target_history.size() == 2);
    CHECK(callback.target_history[1].date == "2026-09-01");
    CHECK(callback.target_history[1].reason == "连续 12 个月达标，提高目标");
    CHECK(callback.target_history[0].compliance == Approx(0.9));
    REQUIRE(b.results);
    CHECK(b.results->periods == std::vector<std::string>{"2026-10", "2026-11"});
    REQUIRE(b.results->series.size() == 4);
    CHECK(b.results->series[1].standard.value == "st-wh-slot");
    REQUIRE(b.results->series[1].cells.size() == 3);
    CHECK(b.results->series[1].cells[0].sum == 312.5);
    CHECK(b.results->series[1].cells[1].site == 1);
    CHECK(save_blueprint(b) == text);
    CHECK(check_invariants(b).empty());
}

TEST_CASE("a version 3 document migrates to version 4: scored as its method implies, no history, no results") {
    LoadResult r = load_blueprint(read_fixture("water_heater.v3.blueprint.json"));
    REQUIRE(r.ok());
    CHECK(r.migrated_from == 3);
    const Blueprint& b = r.blueprint();
    CHECK_FALSE(b.results);
    for (const Standard* s : all_standards(b)) {
        CHECK_FALSE(s->scoring);
        CHECK(s->target_history.empty());
    }
    CHECK(effective_scoring(find_standard(b, "st-wh-advice")).method == ComplianceMethod::TopBox);
    CHECK(effective_scoring(find_standard(b, "st-wh-advice")).sample.by == Measurer::Customer);
    CHECK(effective_scoring(find_standard(b, "st-wh-slot")).method == ComplianceMethod::PerOccurrence);
    CHECK(effective_scoring(find_standard(b, "st-wh-slot")).sample.by == Measurer::System);
    CHECK(effective_scoring(find_standard(b, "st-wh-covers")).sample.by == Measurer::MysteryShopper);
    CHECK(effective_scoring(find_standard(b, "st-wh-price")).sample.by == Measurer::Role);
    const std::string saved = save_blueprint(b);
    CHECK(saved.find("\"format_version\": 4,") != std::string::npos);
    CHECK(saved.find("\"scoring\"") == std::string::npos);  // derived, so not written
    LoadResult again = load_blueprint(saved);
    REQUIRE(again.ok());
    CHECK(again.migrated_from == 0);
    CHECK(save_blueprint(again.blueprint()) == saved);
}

TEST_CASE("the format 4 fixture is the format 3 fixture plus scoring, target history and results, nothing else") {
    Blueprint v3 = load_fixture("water_heater.v3.blueprint.json");
    const Blueprint v4 = load_fixture("water_heater.v4-results.blueprint.json");
    for (const Standard* s : all_standards(v4)) {
        Standard& m = standard_at(v3, *Index(v3).find(s->id));
        m.scoring = s->scoring;
        m.target_history = s->target_history;
    }
    v3.results = v4.results;
    CHECK(save_blueprint(v3) == read_fixture("water_heater.v4-results.blueprint.json"));
    CHECK(as_format_3(save_blueprint(load_fixture("water_heater.v3.blueprint.json"))) ==
          read_fixture("water_heater.v3.blueprint.json"));
}

TEST_CASE("version 4 fields are refused in a version 3 file, and bad ones are reported with their path") {
    std::string v3 = read_fixture("water_heater.v3.blueprint.json");
    std::string early = v3;
    early = replaced(early, "\"number_basis\": \"\"", "\"number_basis\": \"\", \"target_history\": []");
    LoadResult e = load_blueprint(early);
    REQUIRE_FALSE(e.ok());
    CHECK(e.error().message_en.find("unknown field \"target_history\"") != std::string::npos);

    const std::string v4 = read_fixture("water_heater.v4-results.blueprint.json");
    std::string bad_cell = v4;
    bad_cell = replaced(bad_cell, "\"0 0 50 49 0 312.5;", "\"0 0 50 51 0 312.5;");
    LoadResult r = load_blueprint(bad_cell);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().path == "results.series[1].cells");
    CHECK(r.error().message_en.find("cell 1: met is more than n") != std::string::npos);
    CHECK(r.error().line > 0);

    std::string bad_site = v4;
    bad_site = replaced(bad_site, ";1 0 50 50 0 0\"", ";1 7 50 50 0 0\"");
    LoadResult s = load_blueprint(bad_site);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().path == "results.series[1].cells");
    CHECK(s.error().message_en.find("cell 3: site 7 is not one of the 2 sites") != std::string::npos);

    std::string unknown = v4;
    unknown = replaced(unknown, "\"standard\": \"st-wh-advice\"", "\"standard\": \"st-nowhere\"");
    LoadResult u = load_blueprint(unknown);
    REQUIRE_FALSE(u.ok());
    CHECK(u.error().path == "results.series[0].standard");

    std::string unordered = v4;
    unordered = replaced(unordered, "\"0 0 50 49 0 312.5;0 1 40 36 0 0;", "\"0 1 40 36 0 0;0 0 50 49 0 312.5;");
    LoadResult o = load_blueprint(unordered);
    REQUIRE_FALSE(o.ok());
    CHECK(o.error().message_en.find("cell 2: cells must be in order") == 0);

    std::string twice = v4;
    twice = replaced(twice, "\"standard\": \"st-wh-ontime\",\n        \"cells\"", "\"standard\": \"st-wh-slot\",\n        \"cells\"");
    LoadResult t = load_blueprint(twice);
    REQUIRE_FALSE(t.ok());
    CHECK(t.error().path == "results.series[2].standard");

    std::string bad_method = v4;
    bad_method = replaced(bad_method, "\"method\": \"per_occurrence\"", "\"method\": \"median\"");
    LoadResult m = load_blueprint(bad_method);
    REQUIRE_FALSE(m.ok());
    CHECK(m.error().path.find(".scoring.method") != std::string::npos);
}

TEST_CASE("result cells: what is encoded decodes to the same cells — bad text names the cell") {
    std::vector<ResultCell> cells = {{0, 0, 10, 9, 1, 4.25}, {3, 19, 1000000, 0, 0, 0}};
    std::vector<ResultCell> back;
    std::string en, zh;
    REQUIRE(decode_cells(encode_cells(cells), back, en, zh));
    REQUIRE(back.size() == 2);
    CHECK(back[0].sum == 4.25);
    CHECK(back[1].site == 19);
    CHECK(back[1].n == 1000000);
    CHECK_FALSE(decode_cells("0 0 1 1 0 0;0 0 x", back, en, zh));
    CHECK(en.find("cell 2") == 0);
    CHECK(back.empty());
    CHECK_FALSE(decode_cells("0 0 1 1 0", back, en, zh));
    CHECK(decode_cells(" ; ", back, en, zh));
    CHECK(back.empty());
}

TEST_CASE("a new target keeps the old one in the history with the date and reason") {
    Blueprint b = load_fixture("water_heater.v3.blueprint.json");
    const Standard& slot = find_standard(b, "st-wh-slot");
    Standard raised = with_target(slot, 0.99, 10.0, "2026-12-01", "连续一年达标");
    REQUIRE(raised.target_history.size() == 2);
    CHECK(raised.target_history[0].compliance == Approx(0.98));
    CHECK(raised.target_history[0].date.empty());
    CHECK(raised.target_history[1].reason == "连续一年达标");
    CHECK(raised.target.compliance == Approx(0.99));
    Standard again = with_target(raised, 0.98, 10.0, "2027-03-01", "员工意见：过紧");
    CHECK(again.target_history.size() == 3);
}

TEST_CASE("lint: every standard is computable as declared") {
    Blueprint b = load_fixture("water_heater.v4-results.blueprint.json");
    auto computable_findings = [](const Blueprint& d) {
        std::vector<std::string> out;
        for (const Finding& f : lint(d))
            if (f.rule == "measurable.not-computable") out.push_back(f.element.str());
        return out;
    };
    CHECK(computable_findings(b).empty());
    Standard& slot = standard_at(b, *Index(b).find(StandardId("st-wh-slot")));
    slot.scoring = effective_scoring(slot);
    slot.scoring->method = ComplianceMethod::TopBox;  // ≤ 10 minutes is no rating on the 1–5 scale
    Standard& covers = standard_at(b, *Index(b).find(StandardId("st-wh-covers")));
    covers.scoring->sample.per_period = 0;  // a mystery shopper needs a sample size
    Standard& price = standard_at(b, *Index(b).find(StandardId("st-wh-price")));
    price.owner = RoleId();  // measured by a role, but by whom?
    CHECK(computable_findings(b) == std::vector<std::string>{"st-wh-price", "st-wh-slot", "st-wh-covers"});
}

// ------------------------------------------------------------------------------------------ import
TEST_CASE("import: Excel's UTF-8 with BOM, both date forms, full-width digits, the answer as a result") {
    Blueprint doc = load_fixture("water_heater.v3.blueprint.json");
    const std::string csv = "\xEF\xBB\xBF" "标准编号,日期,网点,结果,备注\r\n"
                            "st-wh-slot,2026-11-03,北京朝阳店,8,\r\n"
                            "st-wh-slot,2026/11/4,北京朝阳店,１２,迟到\r\n"
                            "st-wh-slot,２０２６/11/5,上海徐汇店,10,\r\n"
                            "st-wh-price,2026年11月6日,上海徐汇店,是,\r\n"
                            "st-wh-price,2026-11-06,上海徐汇店,,\r\n";  // not filled in: skipped
    ImportOutcome o = import_results(doc, csv);
    INFO(o.error.describe(Lang::En));
    REQUIRE(o.ok());
    CHECK(o.observations == 4);
    CHECK(o.unanswered == 1);
    const Results& r = *o.results;
    CHECK(r.periods == std::vector<std::string>{"2026-11"});
    CHECK(r.sites == std::vector<std::string>{"北京朝阳店", "上海徐汇店"});
    REQUIRE(r.series.size() == 2);
    CHECK(r.series[0].standard.value == "st-wh-price");  // document order
    CHECK(r.series[1].standard.value == "st-wh-slot");
    REQUIRE(r.series[1].cells.size() == 2);
    CHECK(r.series[1].cells[0].n == 2);   // ≤ 10 minutes: 8 complies, 12 does not
    CHECK(r.series[1].cells[0].met == 1);
    CHECK(r.series[1].cells[0].sum == 20);
    CHECK(r.series[1].cells[1].met == 1);  // 10 is within "≤ 10"
}

TEST_CASE("import: rows in any order, periods, dates and sites interleaved and quoted, sum into the same cells") {
    // Each period, date and site text is read once and remembered: what is remembered must be what a
    // fresh read gives, whatever the order, quoting or form of the rows.
    Blueprint doc = load_fixture("water_heater.v3.blueprint.json");
    const std::string sorted = "standard_id,period,date,site,result\n"
                               "st-wh-price,2026-10,,上海徐汇店,是\n"
                               "st-wh-price,2026-11,,北京朝阳店,否\n"
                               "st-wh-slot,,2026/10/3,北京朝阳店,8\n"
                               "st-wh-slot,,2026-10-04,北京朝阳店,12\n"
                               "st-wh-slot,2026-11,,上海徐汇店,9\n"
                               "st-wh-slot,2026-11,,上海徐汇店,11\n";
    const std::string shuffled = "standard_id,period,date,site,result\n"
                                 "st-wh-slot,2026-11,,\"上海徐汇店\",9\n"
                                 "st-wh-price,2026-11,,北京朝阳店,否\n"
                                 "st-wh-slot,,\"2026-10-04\",北京朝阳店,12\n"
                                 "st-wh-price,\"2026-10\",,上海徐汇店,是\n"
                                 "st-wh-slot,,2026/10/3,\"北京朝阳店\",8\n"
                                 "st-wh-slot,2026/11,,上海徐汇店,11\n";
    const Blueprint a = with_import(doc, sorted), b = with_import(doc, shuffled);
    CHECK(a.results->periods == std::vector<std::string>{"2026-10", "2026-11"});
    REQUIRE(a.results->series.size() == 2);
    REQUIRE(b.results->series.size() == 2);
    // Sites are numbered as first seen, so compare cells by their names.
    auto cells = [](const Blueprint& d) {
        std::vector<std::tuple<std::string, std::string, std::string, int64_t, int64_t>> out;
        for (const ResultSeries& s : d.results->series)
            for (const ResultCell& c : s.cells)
                out.emplace_back(s.standard.value, d.results->periods[size_t(c.period)], d.results->sites[size_t(c.site)], c.n, c.met);
        std::sort(out.begin(), out.end());
        return out;
    };
    CHECK(cells(a) == cells(b));
    const auto expected = decltype(cells(a)){{"st-wh-price", "2026-10", "上海徐汇店", 1, 1},
                                             {"st-wh-price", "2026-11", "北京朝阳店", 1, 0},
                                             {"st-wh-slot", "2026-10", "北京朝阳店", 2, 1},
                                             {"st-wh-slot", "2026-11", "上海徐汇店", 2, 1}};
    CHECK(cells(a) == expected);
}

TEST_CASE("import: GB18030 (GBK) CSV as WPS and older Excel save it") {
    Blueprint doc = load_fixture("water_heater.v3.blueprint.json");
    // 标准编号,日期,网点,结果,备注 / st-wh-slot,2026/11/3,北京朝阳店,８,准时 / …２０２６-11-04…,12,迟到
    const std::string gbk =
        "\xB1\xEA\xD7\xBC\xB1\xE0\xBA\xC5,\xC8\xD5\xC6\xDA,\xCD\xF8\xB5\xE3,\xBD\xE1\xB9\xFB,\xB1\xB8\xD7\xA2\n"
        "st-wh-slot,2026/11/3,\xB1\xB1\xBE\xA9\xB3\xAF\xD1\xF4\xB5\xEA,\xA3\xB8,\xD7\xBC\xCA\xB1\n"
        "st-wh-slot,\xA3\xB2\xA3\xB0\xA3\xB2\xA3\xB6-11-04,\xB1\xB1\xBE\xA9\xB3\xAF\xD1\xF4\xB5\xEA,12,\xB3\xD9\xB5\xBD\n";
    REQUIRE(csv_text_as_utf8(gbk));
    CHECK(csv_text_as_utf8(gbk)->find("北京朝阳店") != std::string::npos);
    Blueprint b = with_import(doc, gbk);
    REQUIRE(b.results->series.size() == 1);
    CHECK(b.results->sites == std::vector<std::string>{"北京朝阳店"});
    CHECK(b.results->series[0].cells[0].n == 2);
    CHECK(b.results->series[0].cells[0].met == 1);
}

TEST_CASE("import: a bad row says row, column and what was expected, and nothing is imported") {
    Blueprint doc = load_fixture("water_heater.v4-results.blueprint.json");
    const Results before = *doc.results;
    auto error_of = [&](const std::string& csv) {
        ImportOutcome o = import_results(doc, csv);
        CHECK_FALSE(o.ok());
        CHECK_FALSE(o.results);
        return o.error;
    };
    ImportError e = error_of("standard_id,period,site,value\nst-wh-slot,2026-11,A,5\nst-wh-slot,2026-13,A,5\n");
    CHECK(e.row == 3);
    CHECK(e.column == "period");
    CHECK(e.describe(Lang::En) == "row 3, column period: expected a period such as 2026-11 or 2026/11, found \"2026-13\"");
    e = error_of("standard_id,date,site,value\nst-wh-slot,2026/2/30,A,5\n");
    CHECK(e.column == "date");
    e = error_of("standard_id,period,site,value\nst-nowhere,2026-11,A,5\n");
    CHECK((e.row == 2 && e.column == "standard_id"));
    e = error_of("标准编号,期间,网点,结果\nst-wh-slot,2026-11,A,很快\n");
    CHECK(e.column == "结果");
    CHECK(e.describe(Lang::Zh).find("第 2 行，结果 列：应为数字") == 0);
    e = error_of("standard_id,period,site,result\nst-wh-slot,2026-11,A,N/A\n");  // N/A not allowed here
    CHECK(e.expected.en.find("N/A is not allowed") == 0);
    e = error_of("standard_id,period,site,rating\nst-wh-advice,2026-11,A,9\n");  // outside the 1–5 scale
    CHECK(e.column == "rating");
    e = error_of("standard_id,period,result\nst-wh-slot,2026-11,5\n");  // no site
    CHECK(e.column == "site");
    e = error_of("standard_id,period,site,n,met\nst-wh-slot,2026-11,A,10,11\n");
    CHECK(e.column == "met");
    e = error_of("period,site,value\n2026-11,A,5\n");
    CHECK(e.row == 1);
    CHECK(encode_cells(doc.results->series[1].cells) == encode_cells(before.series[1].cells));
}

TEST_CASE("import: N/A where allowed, abandoned contacts as declared, counts, and JSON") {
    Blueprint doc = load_fixture("water_heater.v4-results.blueprint.json");
    // st-wh-covers allows N/A; st-wh-slot is a system log (not timed), st-wh-confirm neither.
    Blueprint b = with_import(doc, "standard_id,period,site,result\n"
                                   "st-wh-covers,2026-12,北京朝阳店,不适用\n"
                                   "st-wh-covers,2026-12,北京朝阳店,否\n"
                                   "st-wh-covers,2026-12,北京朝阳店,是\n");
    const Standard& covers = find_standard(b, "st-wh-covers");
    ResultsIndex index(b);
    Compliance c = index.at(covers, "2026-12", index.site_index("北京朝阳店"));
    CHECK(c.n == 2);
    CHECK(c.na == 1);
    CHECK(c.share == Approx(0.5));
    // Importing the same sheet again replaces its cells: counted once.
    Blueprint twice = with_import(b, "standard_id,period,site,result\n"
                                     "st-wh-covers,2026-12,北京朝阳店,不适用\n"
                                     "st-wh-covers,2026-12,北京朝阳店,否\n"
                                     "st-wh-covers,2026-12,北京朝阳店,是\n");
    CHECK(ResultsIndex(twice).at(covers, "2026-12", 0).n == 2);
    // The older periods are kept and the new one sorts after them.
    CHECK(twice.results->periods == std::vector<std::string>{"2026-10", "2026-11", "2026-12"});

    // Timed: the timer standard st-wh-ex-plan? It is a system log; make one timed with abandoned excluded.
    Blueprint timed = doc;
    Standard& slot = standard_at(timed, *Index(timed).find(StandardId("st-wh-slot")));
    slot.measurement.method = Method::Timer;
    Blueprint failed = with_import(timed, "standard_id,period,site,result\nst-wh-slot,2026-12,X,放弃\nst-wh-slot,2026-12,X,3\n");
    CHECK(ResultsIndex(failed).at(slot, "2026-12").n == 2);  // abandoned counts as not met (the default)
    slot.scoring = effective_scoring(slot);
    slot.scoring->abandoned = Abandoned::Exclude;
    Blueprint excluded = with_import(timed, "standard_id,period,site,result\nst-wh-slot,2026-12,X,放弃\nst-wh-slot,2026-12,X,3\n");
    CHECK(ResultsIndex(excluded).at(slot, "2026-12").n == 1);
    ImportOutcome not_timed = import_results(doc, "standard_id,period,site,result\nst-wh-slot,2026-12,X,放弃\n");
    CHECK_FALSE(not_timed.ok());

    Blueprint counts = with_import(doc, "standard_id,period,site,n,met\nst-wh-slot,2026-12,X,40,39\n");
    CHECK(ResultsIndex(counts).at(find_standard(counts, "st-wh-slot"), "2026-12").met == 39);

    Blueprint json = with_import(doc, R"({"format": "service-results", "format_version": 1,
        "observations": [{"standard": "st-wh-slot", "date": "2026/12/3", "site": "X", "value": 9, "comment": "ok"},
                         {"standard": "st-wh-slot", "period": "2026-12", "site": "X", "pass": false}],
        "aggregates": [{"standard": "st-wh-eta", "period": "2026-12", "site": "X", "n": 10, "met": 10}]})");
    Compliance j = ResultsIndex(json).at(find_standard(json, "st-wh-slot"), "2026-12");
    CHECK(j.n == 2);
    CHECK(j.met == 1);
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');  // parsed without recursion
    CHECK_FALSE(import_results(doc, deep).ok());
    CHECK_FALSE(import_results(doc, "\xFF\xFE\x00\x01 not text").ok());  // neither UTF-8 nor GB18030
    ImportOutcome bad = import_results(doc, R"({"format": "service-results", "format_version": 1,
        "observations": [{"standard": "st-wh-slot", "period": "2026-12", "site": "X", "value": 9},
                         {"standard": "st-wh-slot", "period": "2026-12", "site": "X", "valu": 9}]})");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error.row == 2);
    CHECK(bad.error.column == "valu");
}

TEST_CASE("results are set and removed by an undoable edit") {
    Document d(load_fixture("water_heater.v4-results.blueprint.json"));
    REQUIRE(d.model().results);
    REQUIRE(d.apply(set_results(std::nullopt)));
    CHECK_FALSE(d.model().results);
    REQUIRE(d.undo());
    REQUIRE(d.model().results);
    CHECK(d.model().results->series.size() == 4);
    REQUIRE(d.redo());
    CHECK_FALSE(d.model().results);
}

TEST_CASE("results change the document's revision but not the revision of its elements") {
    Document d(load_fixture("water_heater.v4-results.blueprint.json"));
    const uint64_t elements = d.elements_revision();
    uint64_t revision = d.revision();
    REQUIRE(d.apply(set_results(std::nullopt)));
    CHECK(d.revision() > revision);
    CHECK(d.elements_revision() == elements);  // views that draw elements keep what they built
    revision = d.revision();
    REQUIRE(d.undo());
    REQUIRE(d.redo());
    CHECK(d.revision() == revision + 2);
    CHECK(d.elements_revision() == elements);
    Circle before = d.model().circles[0];
    before.touchpoints.clear();
    Circle after = before;
    after.name = "another name";
    REQUIRE(d.apply(set_circle(before, after)));
    CHECK(d.elements_revision() == d.revision());
    REQUIRE(d.undo());
    CHECK(d.elements_revision() == d.revision());
}

TEST_CASE("imports one after another undo and redo through each set of results in turn") {
    Document d(load_fixture("water_heater.v4-results.blueprint.json"));
    REQUIRE(d.model().results);
    const auto sites = [&] { return d.model().results ? d.model().results->sites : std::vector<std::string>{"(none)"}; };
    const auto has = [](const std::vector<std::string>& list, const char* site) {
        return std::find(list.begin(), list.end(), site) != list.end();
    };
    const auto imported = [&](const char* json) {
        ImportOutcome o = import_results(d.model(), json);
        REQUIRE(o.ok());
        return std::move(o.results);
    };
    const std::vector<std::string> original = sites();
    REQUIRE_FALSE(has(original, "Y"));
    REQUIRE(d.apply(set_results(imported(R"({"format": "service-results", "format_version": 1,
        "aggregates": [{"standard": "st-wh-eta", "period": "2027-01", "site": "Y", "n": 10, "met": 9}]})"))));
    const std::vector<std::string> first = sites();
    REQUIRE(has(first, "Y"));
    REQUIRE(d.apply(set_results(imported(R"({"format": "service-results", "format_version": 1,
        "aggregates": [{"standard": "st-wh-slot", "period": "2027-02", "site": "Z", "n": 4, "met": 4}]})"))));
    const std::vector<std::string> second = sites();
    REQUIRE(has(second, "Y"));
    REQUIRE(has(second, "Z"));
    REQUIRE(d.undo());
    CHECK(sites() == first);
    REQUIRE(d.undo());
    CHECK(sites() == original);
    REQUIRE(d.redo());
    CHECK(sites() == first);
    REQUIRE(d.redo());
    CHECK(sites() == second);
    REQUIRE(d.apply(set_results(std::nullopt)));
    CHECK_FALSE(d.model().results);
    REQUIRE(d.undo());
    CHECK(sites() == second);
    for (int i = 0; i < 2; ++i) REQUIRE(d.undo());
    CHECK(sites() == original);
}

// -------------------------------------------------------------------------------------- compliance
TEST_CASE("compliance per standard, period and site, against hand-computed shares") {
    const Blueprint b = load_fixture("water_heater.v4-results.blueprint.json");
    ResultsIndex index(b);
    const Standard& slot = find_standard(b, "st-wh-slot");  // ≤ 10 min, 98 %
    Compliance c = index.at(slot, "2026-10", 0);              // 49 of 50
    CHECK(c.status == Status::Met);
    CHECK(c.share == Approx(0.98));
    CHECK(c.target == Approx(0.98));
    CHECK(c.n == 50);
    CHECK(index.at(slot, "2026-10", 1).status == Status::Below);  // 36 of 40 = 90 %
    Compliance pooled = index.at(slot, "2026-10");                 // 85 of 90
    CHECK(pooled.share == Approx(85.0 / 90.0));
    CHECK(pooled.status == Status::Below);
    CHECK(index.at(slot, "2026-11", 1).status == Status::NoData);  // due every month, nothing measured
    CHECK(index.at(slot, "2026-09").status == Status::NoData);    // a period the results do not have

    const Standard& advice = find_standard(b, "st-wh-advice");  // top box ≥ 4.5 of 5, 90 %
    Compliance a = index.at(advice, "2026-11", 0);               // 17 of 20
    CHECK(a.share == Approx(0.85));
    CHECK(a.status == Status::Below);

    const Standard& covers = find_standard(b, "st-wh-covers");  // N/A allowed: 4 of 4, one N/A
    Compliance cv = index.at(covers, "2026-11", 0);
    CHECK(cv.status == Status::Met);
    CHECK(cv.na == 1);
    CHECK(index.at(covers, "2026-11").share == Approx(7.0 / 9.0));

    Standard quarterly = slot;
    quarterly.measurement.frequency = Frequency::Quarterly;
    CHECK(index.at(quarterly, "2026-11", 1).status == Status::NotDue);
    CHECK(index.at(quarterly, "2026-12", 1).status == Status::NoData);

    Standard mean = advice;  // a documented mean: the mean value against the target value
    mean.scoring = effective_scoring(advice);
    mean.scoring->method = ComplianceMethod::Mean;
    Compliance m = index.at(mean, "2026-11", 0);  // sum 91 over 20 = 4.55 ≥ 4.5
    CHECK(m.mean);
    CHECK(m.share == Approx(4.55));
    CHECK(m.status == Status::Met);
}

TEST_CASE("roll-ups: weights, a critical standard fails its group, the worst standard is named") {
    const Blueprint b = load_fixture("water_heater.v4-results.blueprint.json");
    ResultsIndex index(b);
    std::vector<const Standard*> group = {&find_standard(b, "st-wh-advice"), &find_standard(b, "st-wh-slot"),
                                          &find_standard(b, "st-wh-covers")};
    Rollup r = rollup(index, group, "2026-11", 0);  // 0.85, 1.0, 1.0
    CHECK(r.score == Approx((0.85 + 1 + 1) / 3));
    CHECK(r.met == 2);
    CHECK(r.below == 1);
    CHECK(r.status == Status::Below);
    CHECK(r.worst == group[0]);

    group.push_back(&find_standard(b, "st-wh-ontime"));  // 9 of 10 below 95 %, weight 2, critical
    Rollup critical = rollup(index, group, "2026-11", 0);
    CHECK(critical.critical_failed);
    CHECK(critical.score == 0);
    CHECK(critical.weight == 5);

    Rollup moment = rollup(index, standards_of(find_touchpoint(b, "tp-wh-schedule")), "2026-10", 0);
    CHECK(moment.met == 1);        // the slot
    CHECK(moment.no_data == 1);    // the handover
    CHECK(moment.status == Status::NoData);
    CHECK(moment.score == Approx(0.98));

    // The league table's one pass over the cells scores as the roll-up of every standard does.
    const auto scores = scores_by_period_and_site(b, index);
    const auto all = all_standards(b);
    for (int p = 0; p < 2; ++p)
        for (int site = 0; site < 2; ++site) {
            Rollup x = rollup(index, all, b.results->periods[size_t(p)], site);
            CHECK(scores[size_t(p)][size_t(site)] == Approx(x.weight > 0 ? x.score : -1));
        }
    CHECK(scores[1][0] == 0);  // the critical on-time delivery is below in November at 北京

    Rollup role = rollup(index, standards_of(b, RoleId("r-installer")), "2026-11");
    CHECK(role.below == 1);  // covers, pooled over both sites: 7 of 9
    CHECK(role.worst->id.value != "st-wh-covers");  // a standard with no data (due) is worse
}
