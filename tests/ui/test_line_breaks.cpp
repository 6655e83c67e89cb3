// Line breaking for mixed Chinese and Latin text (line_breaks.h), with a font where a Chinese character
// is two units wide and any other character one.
#include <catch2/catch.hpp>

#include "app/designer/line_breaks.h"

namespace {

float measure(std::string_view s) {
    float w = 0;
    for (size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        w += n == 1 ? 1 : 2;
        i += n;
    }
    return w;
}

std::vector<std::string> lines(std::string_view text, float width) { return ui::break_lines(text, width, measure); }

}  // namespace

TEST_CASE("Chinese breaks between characters and every line fits", "[wrap]") {
    const auto out = lines("选中触点在检查器里写下顾客期望", 10);
    REQUIRE(out.size() == 3);
    CHECK(out[0] == "选中触点在");
    CHECK(out[1] == "检查器里写");
    CHECK(out[2] == "下顾客期望");
}

TEST_CASE("closing punctuation never starts a line and opening punctuation never ends one", "[wrap]") {
    // Width 8 holds four characters: the comma stays with 点, the quote mark with 关.
    const auto out = lines("选中触点，点“关键因素”。", 8);
    for (const auto& l : out) {
        INFO(l);
        CHECK(l.rfind("，", 0) != 0);
        CHECK(l.rfind("”", 0) != 0);
        CHECK(l.rfind("。", 0) != 0);
        CHECK((l.size() < 3 || l.compare(l.size() - 3, 3, "“") != 0));
    }
    std::string joined;
    for (const auto& l : out) joined += l;
    CHECK(joined == "选中触点，点“关键因素”。");
}

TEST_CASE("Latin words are kept whole, spaces at a break are dropped, newlines are kept", "[wrap]") {
    const auto out = lines("press Enter to add\n再按 Enter 添加", 12);
    REQUIRE(out.size() >= 3);
    CHECK(out[0] == "press Enter");
    CHECK(out[1] == "to add");
    CHECK(out[2].rfind("再按", 0) == 0);
    for (const auto& l : out) {
        CHECK(measure(l) <= 12);
        CHECK((l.empty() || (l.front() != ' ' && l.back() != ' ')));
    }
}

TEST_CASE("a word wider than the line gets a line of its own, and empty text is one empty line", "[wrap]") {
    const auto out = lines("a verylongwordindeed b", 6);
    REQUIRE(out.size() == 3);
    CHECK(out[1] == "verylongwordindeed");
    CHECK(lines("", 10) == std::vector<std::string>{""});
}
