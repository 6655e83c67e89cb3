// The quantity reader that conversion uses on key factors: numerals, units, ranges and comparators in
// Chinese and English, and arbitrary text that must never crash it.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "blueprint/quantities.h"

using namespace bp;
using namespace bp::quantity;

namespace {

struct Expect {
    const char* text;
    double value;
    Unit unit;
    Comparator cmp;
    bool stated;
};

Quantity only(const std::string& text) {
    auto qs = read(text);
    INFO(text);
    REQUIRE(qs.size() >= 1);
    return qs[0];
}

template <size_t N>
void check(const Expect (&cases)[N]) {
    for (const Expect& e : cases) {
        INFO(e.text);
        Quantity q = only(e.text);
        CHECK(q.value == Approx(e.value));
        CHECK(q.unit == e.unit);
        CHECK(q.comparator == e.cmp);
        CHECK(q.comparator_stated == e.stated);
    }
}

}  // namespace

TEST_CASE("quantities: Chinese and Arabic numerals with units of time, rings, times, percentages") {
    const Expect cases[] = {
        {"受理投诉后十分钟内得到回复", 10, Unit::Minute, Comparator::AtMost, true},
        {"排队别超过八分钟", 8, Unit::Minute, Comparator::AtMost, true},
        {"两小时内上门", 2, Unit::Hour, Comparator::AtMost, true},
        {"半小时内", 0.5, Unit::Hour, Comparator::AtMost, true},
        {"一个半小时以内完成", 1.5, Unit::Hour, Comparator::AtMost, true},
        {"两个半小时", 2.5, Unit::Hour, Comparator::AtMost, false},
        {"三天半", 3.5, Unit::Day, Comparator::AtMost, false},
        {"3-5 天送达", 5, Unit::Day, Comparator::AtMost, false},
        {"三到五个工作日", 5, Unit::WorkingDay, Comparator::AtMost, false},
        {"两三天", 3, Unit::Day, Comparator::AtMost, false},
        {"二十四小时", 24, Unit::Hour, Comparator::AtMost, false},
        {"1H内回复致歉", 1, Unit::Hour, Comparator::AtMost, true},
        {"电话铃响三声内接通", 3, Unit::Ring, Comparator::AtMost, true},
        {"不超过 3 次", 3, Unit::Times, Comparator::AtMost, true},
        {"至少 90%", 90, Unit::Percent, Comparator::AtLeast, true},
        {"满意率不低于百分之九十五", 95, Unit::Percent, Comparator::AtLeast, true},
        {"九成以上", 90, Unit::Percent, Comparator::AtLeast, true},
        {"等候 15 分钟左右", 15, Unit::Minute, Comparator::AtMost, false},
        {"最多一刻钟", 15, Unit::Minute, Comparator::AtMost, true},
        {"30 秒之内", 30, Unit::Second, Comparator::AtMost, true},
        {"不少于 4 分", 4, Unit::Score, Comparator::AtLeast, true},
        {"１０分钟内", 10, Unit::Minute, Comparator::AtMost, true},
        {"营业到晚上8点", 20, Unit::Clock, Comparator::AtLeast, true},
        {"每周一12:00前", 12, Unit::Clock, Comparator::AtMost, true},
        {"一百二十分钟", 120, Unit::Minute, Comparator::AtMost, false},
        {"提前 1 小时通知", 1, Unit::Hour, Comparator::AtLeast, true},
        {"两个月内", 2, Unit::Month, Comparator::AtMost, true},
    };
    check(cases);
    CHECK(only("3-5 天送达").low == 3);
    CHECK(only("3-5 天送达").range());
    CHECK(only("等候 15 分钟左右").approximate);
}

TEST_CASE("quantities: English numbers, units and comparators") {
    const Expect cases[] = {
        {"within 10 minutes", 10, Unit::Minute, Comparator::AtMost, true},
        {"no more than 3 rings", 3, Unit::Ring, Comparator::AtMost, true},
        {"at least 90%", 90, Unit::Percent, Comparator::AtLeast, true},
        {"within an hour", 1, Unit::Hour, Comparator::AtMost, true},
        {"in half an hour", 0.5, Unit::Hour, Comparator::AtMost, true},
        {"Reply within twenty-four hours", 24, Unit::Hour, Comparator::AtMost, true},
        {"3 to 5 business days", 5, Unit::WorkingDay, Comparator::AtMost, false},
        {"a 10-minute wait", 10, Unit::Minute, Comparator::AtMost, false},
        {"under 5 min", 5, Unit::Minute, Comparator::LessThan, true},
        {"rated 4 out of 5 or better", 4, Unit::Score, Comparator::AtLeast, true},
        {"open until 8 pm", 20, Unit::Clock, Comparator::AtLeast, true},
        {"2 hours or less", 2, Unit::Hour, Comparator::AtMost, true},
        {"one and a half hours", 1.5, Unit::Hour, Comparator::AtMost, false},
        {"Answer within three rings", 3, Unit::Ring, Comparator::AtMost, true},
        {"95 percent of calls", 95, Unit::Percent, Comparator::AtLeast, false},
    };
    check(cases);
    CHECK(only("rated 4 out of 5 or better").scale_max == 5);
}

TEST_CASE("quantities: scales, several quantities, and words that only look like numbers") {
    auto qs = read("顾客评分不低于 4 分(满分 5 分)");
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].value == 4);
    CHECK(qs[0].scale_max == 5);
    qs = read("90% of answers 4 or 5 on a 1-5 scale");
    REQUIRE(qs.size() >= 1);
    CHECK(qs[0].unit == Unit::Percent);

    qs = read("付款后10分钟内与顾客约定2小时以内的送装时段");
    REQUIRE(qs.size() == 2);
    CHECK(qs[0].value == 10);
    CHECK(qs[1].value == 2);
    CHECK(qs[1].unit == Unit::Hour);

    for (const char* none : {"一位顾客", "第 2 步", "十分满意", "一次性解决", "统一着装", "快一点",
                             "tel 13800138000123456", ""}) {
        INFO(none);
        CHECK(read(none).empty());
    }
    CHECK(read("3月").empty());  // a month of the calendar, not a duration (两个月 is one)
    CHECK(first_of(read("铃响三声内,10 分钟内回复"), Kind::Duration)->value == 10);
}

TEST_CASE("quantities: the unit of a target's unit field") {
    CHECK(unit_of("分钟") == Unit::Minute);
    CHECK(unit_of(" min ") == Unit::Minute);
    CHECK(unit_of("小时") == Unit::Hour);
    CHECK(unit_of("h") == Unit::Hour);
    CHECK(unit_of("天") == Unit::Day);
    CHECK(unit_of("个工作日") == Unit::WorkingDay);
    CHECK(unit_of("声") == Unit::Ring);
    CHECK(unit_of("rings") == Unit::Ring);
    CHECK(unit_of("%") == Unit::Percent);
    CHECK(unit_of("分(满分 5 分)") == Unit::Score);
    CHECK(unit_of("points of 5") == Unit::Score);
    CHECK(unit_of("点(24 小时制)") == Unit::Clock);
    CHECK(unit_of("元") == Unit::None);
    CHECK(unit_of("") == Unit::None);
    double out = 0;
    CHECK(convert(1, Unit::Hour, Unit::Minute, out));
    CHECK(out == 60);
    CHECK_FALSE(convert(1, Unit::WorkingDay, Unit::Hour, out));
}

TEST_CASE("quantities: arbitrary bytes and very long texts are read safely and boundedly") {
    std::mt19937 rng(12345);
    const std::string pieces[] = {"十", "分钟", "内", "半", "个", "-", "到", "%", "百分之", "满分", "9", ".", ":",
                                  "within", " ", "an", "hour", "\xE5", "\xFF", "\xE5\x8D", "两", "万", "不超过"};
    for (int round = 0; round < 3000; ++round) {
        std::string s;
        const int n = int(rng() % 40);
        for (int k = 0; k < n; ++k) {
            if (rng() % 4 == 0)
                s += char(rng() % 256);
            else
                s += pieces[rng() % (sizeof pieces / sizeof pieces[0])];
        }
        auto qs = read(s);
        CHECK(qs.size() <= kMaxQuantities);
        for (const Quantity& q : qs) {
            CHECK(q.begin <= q.end);
            CHECK(q.end <= s.size());
            CHECK(std::isfinite(q.value));
        }
    }
    std::string huge;
    for (int k = 0; k < 100000; ++k) huge += "九九九九九九九九九九九万万万万万十分钟内";
    auto qs = read(huge);
    CHECK(qs.size() <= kMaxQuantities);
    for (const Quantity& q : qs) CHECK(std::isfinite(q.value));
    std::string digits(5000, '9');
    CHECK(read(digits + " 分钟").empty());
}
