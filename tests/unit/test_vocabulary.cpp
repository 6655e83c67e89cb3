// Shared vocabulary: dates, the zh/en text pair, the glossary's words in lint and exports.
#include <catch2/catch.hpp>

#include "blueprint/dates.h"
#include "blueprint/export.h"
#include "blueprint/glossary.h"
#include "blueprint/lang.h"
#include "blueprint/lint.h"
#include "blueprint/text.h"

using namespace bp;

TEST_CASE("dates: exactly YYYY-MM-DD, a real day, years 0000 to 9999 (RFC 3339 full-date)") {
    CHECK(valid_date("2024-02-29"));
    CHECK(!valid_date("2023-02-29"));
    CHECK(valid_date("2000-02-29"));
    CHECK(!valid_date("1900-02-29"));
    CHECK(valid_date("0000-01-01"));  // the rule all validators now share (the schema's "date")
    CHECK(valid_date("9999-12-31"));
    CHECK(!valid_date("2024-13-01"));
    CHECK(!valid_date("2024-04-31"));
    CHECK(!valid_date("2024-4-01"));
    CHECK(!valid_date(" 2024-04-01"));
    CHECK(!valid_date("2024/04/01"));
    CHECK(!valid_date("２０２４-04-01"));
    CHECK(!valid_date(""));
    REQUIRE(parse_date("2026-03-01"));
    CHECK(*parse_date("2026-03-01") == Date{2026, 3, 1});
    CHECK(format_date(Date{7, 1, 2}) == "0007-01-02");
}

TEST_CASE("add_years keeps the day, turns 29 February into 28, and stays within 0000–9999") {
    CHECK(add_years("2026-05-31", 1) == "2027-05-31");
    CHECK(add_years("2024-02-29", 1) == "2025-02-28");
    CHECK(add_years("2024-02-29", 4) == "2028-02-29");
    CHECK(add_years("2025-03-01", -1) == "2024-03-01");
    CHECK(add_years("9999-01-01", 1).empty());
    CHECK(add_years("0000-06-01", -1).empty());
    CHECK(add_years("2024-02-30", 1).empty());
    CHECK(add_years("2024-01-01", 1 << 30).empty());
}

TEST_CASE("today_local is a valid date") { CHECK(valid_date(today_local())); }

TEST_CASE("a text pair picks its language — a tag names a language") {
    const Text t{"保存", "Save"};
    CHECK(t.in(Lang::Zh) == "保存");
    CHECK(t.in(Lang::En) == "Save");
    CHECK(lang_of_tag("zh-CN") == Lang::Zh);
    CHECK(lang_of_tag("zh") == Lang::Zh);
    CHECK(lang_of_tag("en-GB") == Lang::En);
    CHECK(lang_of_tag("") == Lang::En);
    CHECK(glossary::kind_name(ElementKind::KeyFactor).in(Lang::Zh) == "关键因素");
    CHECK(glossary::kind_name(ElementKind::None).zh.empty());
}

TEST_CASE("utf-8 decoding: whole characters, and stray bytes one at a time") {
    std::vector<uint32_t> cps;
    text::for_each_code_point("a触\xE8\xA7", [&](uint32_t c) { cps.push_back(c); });  // cut-off last char
    CHECK(cps == std::vector<uint32_t>{'a', 0x89E6, 0xE8, 0xA7});
}

namespace {
Blueprint one_standard() {
    Blueprint b;
    b.id = BlueprintId("bp");
    b.name = "词汇";
    Circle c;
    c.id = CircleId("c");
    c.name = "圈";
    Touchpoint t;
    t.id = TouchpointId("t");
    t.name = "排队";
    t.wait_point = true;
    t.fail_point = true;
    KeyFactor k;
    k.id = KeyFactorId("k");
    k.name = "等候时间短";
    Standard s;
    s.id = StandardId("s");
    s.statement = "等候不超过 10 分钟";
    k.standards.push_back(s);
    t.key_factors.push_back(k);
    c.touchpoints.push_back(t);
    b.circles.push_back(c);
    return b;
}
bool has(const std::string& text, std::string_view word) { return text.find(word) != std::string::npos; }
}  // namespace

TEST_CASE("exports and lint use the glossary's words: 等待点, 失误点, 复审日期") {
    const Blueprint b = one_standard();
    const std::string md = export_standards_markdown(b, Lang::Zh), csv = export_standards_csv(b, Lang::Zh);
    CHECK(has(md, glossary::wait_point.zh));
    CHECK(has(md, glossary::fail_point.zh));
    CHECK(has(md, glossary::review_date.zh));
    CHECK(has(csv, glossary::review_date.zh));
    for (const char* straggler : {"失败点", "复核日期", "等候点"}) {
        CHECK(!has(md, straggler));
        CHECK(!has(csv, straggler));
    }
    bool review_message = false;
    for (const Finding& f : lint(b)) {
        if (f.rule == "ownership.no-review-date") review_message = has(f.message(Lang::Zh), glossary::review_date.zh);
        for (const char* straggler : {"复核", "失败点", "易错"}) CHECK(!has(f.message_zh, straggler));
    }
    CHECK(review_message);
}

TEST_CASE("English counts agree with their noun") {
    CHECK(bp::text::counted(0, "standard") == "0 standards");
    CHECK(bp::text::counted(1, "standard") == "1 standard");
    CHECK(bp::text::counted(2, "key factor") == "2 key factors");
    CHECK(bp::text::counted(1, "activity", "activities") == "1 activity");
    CHECK(bp::text::counted(3, "activity", "activities") == "3 activities");
}
