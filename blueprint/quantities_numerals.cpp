// Numerals in what customers write: Arabic and full-width digits, Chinese numerals (十五, 两三, 半) and
// English number words (quantities_lexicon.h).
#include <string>

#include "quantities_lexicon.h"

namespace bp::quantity::detail {

namespace {

int zh_digit(uint32_t c) {
    switch (c) {
        case U'零': case U'〇': return 0;
        case U'一': case U'壹': return 1;
        case U'二': case U'两': case U'贰': return 2;
        case U'三': case U'叁': return 3;
        case U'四': case U'肆': return 4;
        case U'五': case U'伍': return 5;
        case U'六': case U'陆': return 6;
        case U'七': case U'柒': return 7;
        case U'八': case U'捌': return 8;
        case U'九': case U'玖': return 9;
        default: return -1;
    }
}

}  // namespace

int zh_multiplier(uint32_t c) {
    switch (c) {
        case U'十': case U'拾': return 10;
        case U'百': case U'佰': return 100;
        case U'千': case U'仟': return 1000;
        case U'万': return 10000;
        default: return 0;
    }
}

// Arabic digits with an optional decimal part: "10", "4.5", "１０".
Number arabic(const Text& t, size_t i) {
    Number n;
    if (digit(t.at(i)) < 0) return n;
    if (i > 0 && (digit(t.at(i - 1)) >= 0 || t.at(i - 1) == '.')) return n;
    double v = 0;
    size_t j = i, digits = 0;
    while (j < t.size() && digit(t.at(j)) >= 0) {
        if (digits < 15) v = v * 10 + digit(t.at(j));
        ++digits, ++j;
    }
    if (digits > 15) return n;  // a telephone or order number, not a quantity
    if ((t.at(j) == '.' || t.at(j) == 0xFF0E) && digit(t.at(j + 1)) >= 0) {
        double scale = 0.1;
        ++j;
        for (int k = 0; j < t.size() && digit(t.at(j)) >= 0; ++j, ++k)
            if (k < 6) v += scale * digit(t.at(j)), scale /= 10;
    }
    n.low = n.high = v;
    n.begin = i;
    n.end = j;
    n.ok = true;
    return n;
}

namespace {

// Chinese numerals: 十, 十五, 二十四, 一百二十, 两, 两三 (a loose range: 2–3), 半.
Number chinese(const Text& t, size_t i) {
    Number n;
    const uint32_t c = t.at(i);
    if (c == U'半') {
        if (i > 0 && (zh_numeral(t.at(i - 1)) || t.at(i - 1) == U'个' || digit(t.at(i - 1)) >= 0)) return n;
        n.low = n.high = 0.5;
        n.begin = i;
        n.end = i + 1;
        n.ok = true;
        return n;
    }
    if (!zh_numeral(c) || (i > 0 && zh_numeral(t.at(i - 1)))) return n;
    size_t j = i;
    while (j < t.size() && j - i < 12 && zh_numeral(t.at(j))) ++j;
    // Two neighbouring digits without a multiplier: 两三天, 三五分钟 — a loose range.
    if (j - i == 2 && zh_multiplier(t.at(i)) == 0 && zh_multiplier(t.at(i + 1)) == 0) {
        int a = zh_digit(t.at(i)), b = zh_digit(t.at(i + 1));
        if (a > 0 && b > a) {
            n.low = a;
            n.high = b;
            n.begin = i;
            n.end = j;
            n.ok = true;
            return n;
        }
    }
    double total = 0, section = 0, number = 0;
    bool plain_digits = true;
    for (size_t k = i; k < j; ++k) {
        int d = zh_digit(t.at(k));
        int m = zh_multiplier(t.at(k));
        if (d >= 0) {
            number = plain_digits && k > i ? number * 10 + d : d;
        } else if (m == 10000) {
            plain_digits = false;
            total = (total + section + number) * 10000;
            section = number = 0;
        } else {
            plain_digits = false;
            section += (number == 0 && k == i ? 1 : number) * m;
            number = 0;
        }
    }
    n.low = n.high = total + section + number;
    n.begin = i;
    n.end = j;
    n.ok = true;
    return n;
}

std::string ascii_word(const Text& t, size_t i, size_t& end) {
    std::string s;
    size_t j = i;
    while (j < t.size() && letter(t.at(j)) && s.size() < 16) s += char(t.at(j++));
    end = j;
    return s;
}

// English number words: "ten", "twenty-four", "an", "half an".
Number english(const Text& t, size_t i) {
    Number n;
    if (!letter(t.at(i)) || (i > 0 && letter(t.at(i - 1)))) return n;
    size_t e = i;
    std::string word = ascii_word(t, i, e);
    if (letter(t.at(e))) return n;
    int v = english_value(word);
    if (v == -1) return n;
    if (v == -2) {  // "half an hour", "half a day"
        size_t k = t.skip_space(e), e2 = k;
        std::string next = ascii_word(t, k, e2);
        if (next != "a" && next != "an") return n;
        n.low = n.high = 0.5;
        n.begin = i;
        n.end = e2;
        n.ok = n.word = true;
        return n;
    }
    double value = v;
    // twenty-four, twenty four
    if (v >= 20 && v < 100) {
        size_t k = t.at(e) == '-' ? e + 1 : t.skip_space(e), e2 = k;
        std::string next = ascii_word(t, k, e2);
        int u = english_value(next);
        if (u >= 1 && u <= 9 && next != "a" && next != "an") value += u, e = e2;
    }
    n.low = n.high = value;
    n.begin = i;
    n.end = e;
    n.ok = n.word = true;
    return n;
}

}  // namespace

bool zh_numeral(uint32_t c) { return zh_digit(c) >= 0 || zh_multiplier(c) > 0; }

int english_value(std::string_view word) {
    static const std::pair<std::string_view, int> words[] = {
        {"zero", 0},      {"one", 1},        {"two", 2},       {"three", 3},     {"four", 4},
        {"five", 5},      {"six", 6},        {"seven", 7},     {"eight", 8},     {"nine", 9},
        {"ten", 10},      {"eleven", 11},    {"twelve", 12},   {"thirteen", 13}, {"fourteen", 14},
        {"fifteen", 15},  {"sixteen", 16},   {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
        {"twenty", 20},   {"thirty", 30},    {"forty", 40},    {"fifty", 50},    {"sixty", 60},
        {"seventy", 70},  {"eighty", 80},    {"ninety", 90},   {"hundred", 100}, {"a", 1},
        {"an", 1},        {"half", -2},      {"single", 1},
    };
    for (const auto& [w, v] : words)
        if (w == word) return v;
    return -1;
}

Number number_at(const Text& t, size_t i) {
    Number n = arabic(t, i);
    if (!n.ok) n = chinese(t, i);
    if (!n.ok) n = english(t, i);
    return n;
}
}  // namespace bp::quantity::detail
