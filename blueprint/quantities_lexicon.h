// Inside the quantity reader (not part of its contract; see quantities.h): text as code points, the
// phrase and unit tables, and the numerals. Shared by quantities_lexicon.cpp (code points, tables),
// quantities_numerals.cpp and the reader in quantities.cpp.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "quantities.h"

namespace bp::quantity::detail {

// ------------------------------------------------------------------------------------- code points
// ------------------------------------------------------------------------------------- code points
struct Cp {
    uint32_t c;   // ASCII letters lower-cased
    uint32_t at;  // byte offset of the code point
};

// Decodes at most kMaxTextBytes; a malformed byte becomes U+FFFD and counts one byte.
std::vector<Cp> decode(std::string_view s);

using U32 = std::vector<uint32_t>;
U32 u32(std::string_view s);  // decoded, ASCII letters lower-cased

inline bool space(uint32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000 || c == 0xA0; }
inline bool letter(uint32_t c) { return c >= 'a' && c <= 'z'; }
inline int digit(uint32_t c) {
    if (c >= '0' && c <= '9') return int(c - '0');
    if (c >= 0xFF10 && c <= 0xFF19) return int(c - 0xFF10);
    return -1;
}

struct Text {
    const std::vector<Cp>& s;
    size_t size() const { return s.size(); }
    uint32_t at(size_t i) const { return i < s.size() ? s[i].c : 0; }
    bool starts(size_t i, const U32& p) const {
        if (p.empty() || i + p.size() > s.size()) return false;
        for (size_t k = 0; k < p.size(); ++k)
            if (s[i + k].c != p[k]) return false;
        // An English word must end at a word boundary.
        if (letter(p.back()) && letter(at(i + p.size()))) return false;
        return true;
    }
    bool ends(size_t end, const U32& p) const {  // s[end - |p|, end) == p
        if (p.empty() || p.size() > end) return false;
        const size_t b = end - p.size();
        for (size_t k = 0; k < p.size(); ++k)
            if (s[b + k].c != p[k]) return false;
        if (letter(p.front()) && b > 0 && letter(s[b - 1].c)) return false;
        return true;
    }
    size_t skip_space(size_t i) const {
        while (i < s.size() && space(s[i].c)) ++i;
        return i;
    }
    size_t skip_space_back(size_t end) const {
        while (end > 0 && space(s[end - 1].c)) --end;
        return end;
    }
};

// ------------------------------------------------------------------------------------ phrase tables
enum class Cmp { AtMost, LessThan, AtLeast, GreaterThan, Approx };

struct Phrase {
    U32 text;
    Cmp cmp;
};

// Comparator words before a number (longest first; negated forms whole, so 不超过 never reads as 超过)
// and after a quantity (以内, 以上, or less …).
const std::vector<Phrase>& before_words();
const std::vector<Phrase>& after_words();

struct UnitWord {
    U32 text;
    Unit unit;
    double factor;  // 刻钟: a quarter of an hour = 15 minutes
};

const std::vector<UnitWord>& units();  // longest first

// The unit word at i, or nullptr; `end` is set past it.
const UnitWord* unit_at(const Text& t, size_t i, size_t& end);

// A phrase decoded once per call site (a function-local static: thread-safe initialisation).
#define W(literal) ([]() -> const U32& { static const U32 v = u32(literal); return v; }())

// ------------------------------------------------------------------------------------------ numerals
struct Number {
    double low = 0, high = 0;
    size_t begin = 0, end = 0;  // code point range
    bool ok = false;
    bool word = false;  // an English number word or a/an
};

// The number at code point i: Arabic ("10", "4.5", "１０"), Chinese ("十五", "两三", "半") or English
// words ("ten", "twenty-four", "half an"); !ok when there is none.
Number number_at(const Text& t, size_t i);
Number arabic(const Text& t, size_t i);  // Arabic and full-width digits only
int zh_multiplier(uint32_t c);           // 十 → 10, 百 → 100, 千 → 1000, 万 → 10000, otherwise 0
bool zh_numeral(uint32_t c);            // 零…九, 两, 十, 百, 千, 万 and their financial forms
int english_value(std::string_view word);  // "ten" → 10, "a" → 1, "half" → -2, otherwise -1

}  // namespace bp::quantity::detail
