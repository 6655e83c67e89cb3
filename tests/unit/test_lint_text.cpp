// The text helpers lint and convert rely on: keyword search, numbers in statements, quoting, dates.
#include <catch2/catch.hpp>

#include "blueprint/dates.h"
#include "blueprint/text.h"

using namespace bp::text;

TEST_CASE("keyword sets find Chinese exactly and English regardless of case, every occurrence") {
    KeywordSet set({"尽快", "ASAP", "as soon as possible", "x"});
    std::vector<std::string> hits;
    set.for_each_match("请尽快回复,asap,As Soon As Possible;尽快", [&](int k) { hits.push_back(set.keyword(k)); });
    CHECK(hits == std::vector<std::string>{"尽快", "asap", "as soon as possible", "尽快"});
    CHECK(set.any_in("fix it"));  // one-byte keywords work too
    CHECK_FALSE(KeywordSet({"尽快"}).any_in("尽"));
    CHECK_FALSE(KeywordSet({"尽快"}).any_in(""));
    CHECK(KeywordSet::find("Wait ON AVERAGE", "on average") == 5);
    CHECK(KeywordSet::find("abc", "abcd") == std::string_view::npos);
}

TEST_CASE("numbers: digits, Chinese numerals with a measure word, English number words") {
    CHECK(has_number("3 声内接听"));
    CHECK(has_number("２４小时"));
    CHECK(has_number("三声内接听"));
    CHECK(has_number("二十四小时内"));
    CHECK(has_number("两天内送达"));
    CHECK(has_number("半小时内"));
    CHECK(has_number("within two hours"));
    CHECK(has_number("Half an hour"));
    CHECK_FALSE(has_number("尽快回复"));
    CHECK_FALSE(has_number("统一及时回复"));  // 一 in 统一 is no quantity
    CHECK_FALSE(has_number("一定及时"));
    CHECK_FALSE(has_number("someone, anyone"));  // "one" inside a word
    CHECK_FALSE(has_number("often"));            // "ten" inside a word
    CHECK_FALSE(has_number(""));
    CHECK_FALSE(has_number("\xe4\xb8"));  // a cut UTF-8 sequence is not a crash
}

TEST_CASE("names are trimmed, shortened on code points and quoted, or replaced by the fallback") {
    CHECK(quote_zh("  安装  ") == "「安装」");
    CHECK(quote_en("\xE3\x80\x80安装") == "“安装”");  // ideographic space
    CHECK(quote_zh("", "tp-1") == "「tp-1」");
    CHECK(shorten("一二三四五", 3, "") == "一二三…");
    CHECK(shorten("一二三", 3, "") == "一二三");
    CHECK(shorten("abc\xff\xfe", 4, "") == "abc\xff…");
}

TEST_CASE("dates: the calendar is checked and one year later keeps the day where it can") {
    CHECK(bp::valid_date("2024-02-29"));
    CHECK_FALSE(bp::valid_date("2023-02-29"));
    CHECK_FALSE(bp::valid_date("1900-02-29"));
    CHECK(bp::valid_date("2000-02-29"));
    CHECK_FALSE(bp::valid_date("2024-04-31"));
    CHECK_FALSE(bp::valid_date("2024-00-10"));
    CHECK_FALSE(bp::valid_date("2024-1-10"));
    CHECK_FALSE(bp::valid_date("２０２４-01-10"));
    CHECK(bp::add_years("2024-02-29", 1) == "2025-02-28");
    CHECK(bp::add_years("2023-02-28", 1) == "2024-02-28");
    CHECK(bp::add_years("9999-01-01", 1).empty());
    CHECK(bp::add_years("", 1).empty());
}

TEST_CASE("numbers print without trailing zeros") {
    CHECK(format_number(3) == "3");
    CHECK(format_number(0.95) == "0.95");
    CHECK(format_number(4.5) == "4.5");
    CHECK(format_number(-0.1) == "-0.1");
}
