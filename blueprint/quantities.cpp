// The quantity reader: numerals (Arabic, full-width, Chinese, English words), units, ranges and the
// comparator words around them. Sections: units · code points · phrase tables · numerals · reader.
#include "quantities.h"

#include <algorithm>
#include <cmath>
#include <cctype>
#include <cstdint>

#include "text.h"

namespace bp::quantity {

// -------------------------------------------------------------------------------------------- units
Kind kind_of(Unit u) {
    switch (u) {
        case Unit::Second: case Unit::Minute: case Unit::Hour: case Unit::Day: case Unit::WorkingDay:
        case Unit::Week: case Unit::Month: return Kind::Duration;
        case Unit::Ring: case Unit::Times: case Unit::Items: return Kind::Count;
        case Unit::Percent: return Kind::Percent;
        case Unit::Score: return Kind::Score;
        case Unit::Clock: return Kind::Clock;
        case Unit::None: break;
    }
    return Kind::None;
}

double minutes_per(Unit u) {
    switch (u) {
        case Unit::Second: return 1.0 / 60;
        case Unit::Minute: return 1;
        case Unit::Hour: return 60;
        case Unit::Day: return 1440;
        case Unit::Week: return 7 * 1440;
        case Unit::Month: return 30 * 1440;
        default: return 0;
    }
}

bool convert(double value, Unit from, Unit to, double& out) {
    if (from == to) return (out = value), true;
    const double a = minutes_per(from), b = minutes_per(to);
    if (a <= 0 || b <= 0) return false;
    out = value * a / b;
    return true;
}

std::string_view unit_label(Unit u, bool zh) {
    switch (u) {
        case Unit::Second: return zh ? "秒" : "s";
        case Unit::Minute: return zh ? "分钟" : "min";
        case Unit::Hour: return zh ? "小时" : "h";
        case Unit::Day: return zh ? "天" : "days";
        case Unit::WorkingDay: return zh ? "个工作日" : "working days";
        case Unit::Week: return zh ? "周" : "weeks";
        case Unit::Month: return zh ? "个月" : "months";
        case Unit::Ring: return zh ? "声" : "rings";
        case Unit::Times: return zh ? "次" : "times";
        case Unit::Items: return zh ? "项" : "items";
        case Unit::Percent: return "%";
        case Unit::Score: return zh ? "分" : "points";
        case Unit::Clock: return zh ? "点(24 小时制)" : "o'clock (24 h)";
        case Unit::None: break;
    }
    return "";
}

std::string amount_words(double value, Unit u, bool zh) {
    const std::string n = text::format_number(value);
    if (u == Unit::Percent) return n + "%";
    if (u == Unit::Clock) {
        double h = std::floor(value);
        int m = int(std::lround((value - h) * 60));
        std::string mm = m < 10 ? "0" + std::to_string(m) : std::to_string(m);
        return text::format_number(h) + ":" + mm;
    }
    if (zh) return n + " " + std::string(unit_label(u, true));
    const bool one = value == 1;
    switch (u) {
        case Unit::Second: return n + (one ? " second" : " seconds");
        case Unit::Minute: return n + (one ? " minute" : " minutes");
        case Unit::Hour: return n + (one ? " hour" : " hours");
        case Unit::Day: return n + (one ? " day" : " days");
        case Unit::WorkingDay: return n + (one ? " working day" : " working days");
        case Unit::Week: return n + (one ? " week" : " weeks");
        case Unit::Month: return n + (one ? " month" : " months");
        case Unit::Ring: return n + (one ? " ring" : " rings");
        case Unit::Times: return n + (one ? " time" : " times");
        case Unit::Items: return n + (one ? " item" : " items");
        case Unit::Score: return n + (one ? " point" : " points");
        default: return n;
    }
}

namespace {

// ------------------------------------------------------------------------------------- code points
struct Cp {
    uint32_t c;   // ASCII letters lower-cased
    uint32_t at;  // byte offset of the code point
};

// Decodes at most kMaxTextBytes; a malformed byte becomes U+FFFD and counts one byte.
std::vector<Cp> decode(std::string_view s) {
    const size_t n = std::min(s.size(), kMaxTextBytes);
    std::vector<Cp> out;
    out.reserve(n);
    size_t i = 0;
    while (i < n) {
        const unsigned char b = (unsigned char)s[i];
        uint32_t cp = 0xFFFD;
        size_t len = 1;
        if (b < 0x80) {
            cp = b;
        } else {
            size_t need = b >= 0xF0 && b < 0xF8 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0;
            if (need && i + need <= n) {
                uint32_t v = b & (need == 2 ? 0x1F : need == 3 ? 0x0F : 0x07);
                bool ok = true;
                for (size_t k = 1; k < need; ++k) {
                    const unsigned char c = (unsigned char)s[i + k];
                    if ((c & 0xC0) != 0x80) ok = false;
                    v = (v << 6) | (c & 0x3F);
                }
                if (ok) cp = v, len = need;
            }
        }
        if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
        out.push_back({cp, uint32_t(i)});
        i += len;
    }
    return out;
}

using U32 = std::vector<uint32_t>;

U32 u32(std::string_view s) {
    U32 out;
    for (const Cp& c : decode(s)) out.push_back(c.c);
    return out;
}

bool space(uint32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000 || c == 0xA0; }
bool letter(uint32_t c) { return c >= 'a' && c <= 'z'; }
int digit(uint32_t c) {
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

std::vector<Phrase> phrases(std::initializer_list<std::pair<const char*, Cmp>> list) {
    std::vector<Phrase> out;
    for (const auto& [t, c] : list) out.push_back({u32(t), c});
    std::stable_sort(out.begin(), out.end(),
                     [](const Phrase& a, const Phrase& b) { return a.text.size() > b.text.size(); });
    return out;
}

// Words before a number. Negated forms are listed whole, so 不超过 never reads as 超过.
const std::vector<Phrase>& before_words() {
    using C = Cmp;
    static const std::vector<Phrase> t = phrases({
        {"不超过", C::AtMost}, {"别超过", C::AtMost}, {"不能超过", C::AtMost}, {"不得超过", C::AtMost},
        {"不要超过", C::AtMost}, {"不会超过", C::AtMost}, {"勿超过", C::AtMost}, {"不超出", C::AtMost},
        {"不多于", C::AtMost}, {"不高于", C::AtMost}, {"不大于", C::AtMost}, {"不长于", C::AtMost},
        {"不晚于", C::AtMost}, {"最多", C::AtMost}, {"至多", C::AtMost}, {"最长", C::AtMost},
        {"最晚", C::AtMost}, {"最迟", C::AtMost}, {"顶多", C::AtMost}, {"控制在", C::AtMost},
        {"不少于", C::AtLeast}, {"不低于", C::AtLeast}, {"不小于", C::AtLeast}, {"不得少于", C::AtLeast},
        {"不能少于", C::AtLeast}, {"不得低于", C::AtLeast}, {"不能低于", C::AtLeast}, {"至少", C::AtLeast},
        {"最少", C::AtLeast}, {"起码", C::AtLeast}, {"最低", C::AtLeast}, {"提前", C::AtLeast},
        {"达到", C::AtLeast}, {"高达", C::AtLeast},
        {"超过", C::GreaterThan}, {"多于", C::GreaterThan}, {"高于", C::GreaterThan}, {"大于", C::GreaterThan},
        {"长于", C::GreaterThan}, {"少于", C::LessThan}, {"低于", C::LessThan}, {"小于", C::LessThan},
        {"不到", C::LessThan}, {"短于", C::LessThan},
        {"大约", C::Approx}, {"大概", C::Approx}, {"约", C::Approx},
        {"within", C::AtMost}, {"in", C::AtMost}, {"no more than", C::AtMost}, {"not more than", C::AtMost},
        {"never more than", C::AtMost}, {"no longer than", C::AtMost}, {"not longer than", C::AtMost},
        {"at most", C::AtMost}, {"up to", C::AtMost}, {"a maximum of", C::AtMost}, {"maximum of", C::AtMost},
        {"maximum", C::AtMost}, {"max", C::AtMost}, {"max.", C::AtMost}, {"no later than", C::AtMost},
        {"by", C::AtMost}, {"before", C::AtMost}, {"not over", C::AtMost}, {"no more than about", C::AtMost},
        {"in under", C::LessThan}, {"in less than", C::LessThan}, {"under", C::LessThan},
        {"less than", C::LessThan}, {"fewer than", C::LessThan}, {"below", C::LessThan},
        {"at least", C::AtLeast}, {"no less than", C::AtLeast}, {"not less than", C::AtLeast},
        {"no fewer than", C::AtLeast}, {"a minimum of", C::AtLeast}, {"minimum of", C::AtLeast},
        {"minimum", C::AtLeast}, {"until", C::AtLeast}, {"till", C::AtLeast}, {"ahead by", C::AtLeast},
        {"more than", C::GreaterThan}, {"over", C::GreaterThan}, {"above", C::GreaterThan},
        {"longer than", C::GreaterThan},
        {"about", C::Approx}, {"around", C::Approx}, {"approximately", C::Approx}, {"roughly", C::Approx},
    });
    return t;
}

// Words after a quantity.
const std::vector<Phrase>& after_words() {
    using C = Cmp;
    static const std::vector<Phrase> t = phrases({
        {"以内", C::AtMost}, {"之内", C::AtMost}, {"内", C::AtMost}, {"以下", C::AtMost}, {"之前", C::AtMost},
        {"以前", C::AtMost}, {"前", C::AtMost}, {"为限", C::AtMost}, {"封顶", C::AtMost},
        {"以上", C::AtLeast}, {"及以上", C::AtLeast}, {"或以上", C::AtLeast}, {"起", C::AtLeast},
        {"左右", C::Approx}, {"上下", C::Approx},
        {"or less", C::AtMost}, {"or fewer", C::AtMost}, {"or under", C::AtMost}, {"at most", C::AtMost},
        {"max", C::AtMost}, {"maximum", C::AtMost}, {"at the latest", C::AtMost}, {"or sooner", C::AtMost},
        {"or earlier", C::AtMost}, {"or more", C::AtLeast}, {"or better", C::AtLeast}, {"or above", C::AtLeast},
        {"at least", C::AtLeast}, {"and above", C::AtLeast}, {"and up", C::AtLeast}, {"or higher", C::AtLeast},
        {"minimum", C::AtLeast}, {"in advance", C::AtLeast}, {"ahead", C::AtLeast},
        {"or so", C::Approx},
    });
    return t;
}

struct UnitWord {
    U32 text;
    Unit unit;
    double factor;  // 刻钟: a quarter of an hour = 15 minutes
};

std::vector<UnitWord> unit_words(std::initializer_list<std::tuple<const char*, Unit, double>> list) {
    std::vector<UnitWord> out;
    for (const auto& [t, u, f] : list) out.push_back({u32(t), u, f});
    std::stable_sort(out.begin(), out.end(),
                     [](const UnitWord& a, const UnitWord& b) { return a.text.size() > b.text.size(); });
    return out;
}

const std::vector<UnitWord>& units() {
    using U = Unit;
    static const std::vector<UnitWord> t = unit_words({
        {"秒钟", U::Second, 1}, {"秒", U::Second, 1}, {"分钟", U::Minute, 1}, {"分鐘", U::Minute, 1},
        {"刻钟", U::Minute, 15}, {"小时", U::Hour, 1}, {"小時", U::Hour, 1}, {"钟头", U::Hour, 1},
        {"工作日", U::WorkingDay, 1}, {"工作天", U::WorkingDay, 1}, {"天", U::Day, 1}, {"日", U::Day, 1},
        {"星期", U::Week, 1}, {"礼拜", U::Week, 1}, {"周", U::Week, 1}, {"月", U::Month, 1},
        {"声", U::Ring, 1}, {"响", U::Ring, 1}, {"次", U::Times, 1}, {"遍", U::Times, 1}, {"趟", U::Times, 1},
        {"项", U::Items, 1}, {"件", U::Items, 1}, {"%", U::Percent, 1}, {"％", U::Percent, 1},
        {"成", U::Percent, 10}, {"分", U::Score, 1}, {"星", U::Score, 1}, {"点", U::Clock, 1},
        {"seconds", U::Second, 1}, {"second", U::Second, 1}, {"secs", U::Second, 1}, {"sec", U::Second, 1},
        {"s", U::Second, 1}, {"minutes", U::Minute, 1}, {"minute", U::Minute, 1}, {"mins", U::Minute, 1},
        {"min", U::Minute, 1}, {"hours", U::Hour, 1}, {"hour", U::Hour, 1}, {"hrs", U::Hour, 1},
        {"hr", U::Hour, 1}, {"h", U::Hour, 1}, {"working days", U::WorkingDay, 1},
        {"working day", U::WorkingDay, 1}, {"business days", U::WorkingDay, 1},
        {"business day", U::WorkingDay, 1}, {"workdays", U::WorkingDay, 1}, {"workday", U::WorkingDay, 1},
        {"days", U::Day, 1}, {"day", U::Day, 1}, {"weeks", U::Week, 1}, {"week", U::Week, 1},
        {"months", U::Month, 1}, {"month", U::Month, 1}, {"rings", U::Ring, 1}, {"ring", U::Ring, 1},
        {"times", U::Times, 1}, {"time", U::Times, 1}, {"attempts", U::Times, 1}, {"visits", U::Times, 1},
        {"items", U::Items, 1}, {"item", U::Items, 1}, {"percent", U::Percent, 1}, {"per cent", U::Percent, 1},
        {"points", U::Score, 1}, {"point", U::Score, 1}, {"stars", U::Score, 1}, {"star", U::Score, 1},
        {"pm", U::Clock, 1}, {"p.m.", U::Clock, 1}, {"am", U::Clock, 1}, {"a.m.", U::Clock, 1},
        {"o'clock", U::Clock, 1},
    });
    return t;
}

// A phrase decoded once per call site (a function-local static: thread-safe initialisation).
#define W(literal) ([]() -> const U32& { static const U32 v = u32(literal); return v; }())

// ------------------------------------------------------------------------------------------ numerals
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
int zh_multiplier(uint32_t c) {
    switch (c) {
        case U'十': case U'拾': return 10;
        case U'百': case U'佰': return 100;
        case U'千': case U'仟': return 1000;
        case U'万': return 10000;
        default: return 0;
    }
}
bool zh_numeral(uint32_t c) { return zh_digit(c) >= 0 || zh_multiplier(c) > 0; }

struct Number {
    double low = 0, high = 0;
    size_t begin = 0, end = 0;  // code point range
    bool ok = false;
    bool word = false;  // an English number word or a/an
};

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

Number number_at(const Text& t, size_t i) {
    Number n = arabic(t, i);
    if (!n.ok) n = chinese(t, i);
    if (!n.ok) n = english(t, i);
    return n;
}

// --------------------------------------------------------------------------------------------- reader
Comparator to_comparator(Cmp c) {
    switch (c) {
        case Cmp::AtMost: return Comparator::AtMost;
        case Cmp::LessThan: return Comparator::LessThan;
        case Cmp::AtLeast: return Comparator::AtLeast;
        case Cmp::GreaterThan: return Comparator::GreaterThan;
        case Cmp::Approx: break;
    }
    return Comparator::AtMost;
}

Comparator implied(Unit u) {
    switch (kind_of(u)) {
        case Kind::Percent: case Kind::Score: return Comparator::AtLeast;
        default: return Comparator::AtMost;
    }
}

// The unit word at i (after an optional 个), or nullptr.
const UnitWord* unit_at(const Text& t, size_t i, size_t& end) {
    for (const UnitWord& u : units()) {
        if (!t.starts(i, u.text)) continue;
        // 分 followed by 钟 is minutes (listed longer, matched first); 分之 is a fraction.
        if (u.text.size() == 1 && u.text[0] == U'分' && t.at(i + 1) == U'之') return nullptr;
        end = i + u.text.size();
        return &u;
    }
    return nullptr;
}

bool is_range_sign(const Text& t, size_t i, size_t& after) {
    const uint32_t c = t.at(i);
    if (c == '-' || c == 0x2013 || c == 0x2014 || c == '~' || c == 0xFF5E || c == U'到' || c == U'至' ||
        c == 0xFF0D) {
        after = i + 1;
        return true;
    }
    if (t.starts(i, W("to"))) {
        after = i + 2;
        return true;
    }
    return false;
}

// A quick look at the bytes before decoding: most names state no quantity at all.
bool might_have_number(std::string_view s) {
    const size_t n = std::min(s.size(), kMaxTextBytes);
    for (size_t i = 0; i < n; ++i) {
        const unsigned char b = (unsigned char)s[i];
        if (b >= '0' && b <= '9') return true;
        if (b >= 0xE0 && b < 0xF0 && i + 2 < n) {
            const uint32_t cp = ((b & 0x0Fu) << 12) | ((uint32_t((unsigned char)s[i + 1]) & 0x3Fu) << 6) |
                                (uint32_t((unsigned char)s[i + 2]) & 0x3Fu);
            if (zh_numeral(cp) || cp == U'半' || (cp >= 0xFF10 && cp <= 0xFF19)) return true;
            i += 2;
        } else if (((b | 0x20) >= 'a' && (b | 0x20) <= 'z') && (i == 0 || !std::isalpha((unsigned char)s[i - 1]))) {
            size_t j = i;
            std::string word;
            while (j < n && std::isalpha((unsigned char)s[j]) && word.size() < 16) word += char(s[j++] | 0x20);
            if (english_value(word) != -1) return true;
            i = j - 1;
        }
    }
    return false;
}

}  // namespace

std::vector<Quantity> read(std::string_view text) {
    if (!might_have_number(text)) return {};
    const std::vector<Cp> cps = decode(text);
    const Text t{cps};
    std::vector<Quantity> out;
    auto byte_at = [&](size_t i) -> size_t { return i < cps.size() ? cps[i].at : std::min(text.size(), kMaxTextBytes); };
    int pending_scale = 0;  // 满分 5 分 said before the score it belongs to

    size_t i = 0;
    while (i < t.size() && out.size() < kMaxQuantities) {
        size_t start = i;
        Number n;
        bool percent_prefix = false;
        if (t.starts(i, W("百分之"))) {  // 百分之九十五
            n = number_at(t, i + 3);
            percent_prefix = n.ok;
            if (n.ok) n.begin = i;
        } else {
            n = number_at(t, i);
        }
        if (!n.ok) {
            ++i;
            continue;
        }
        size_t j = n.end;
        double low = n.low, high = n.high;
        // 一个半小时, 两个小时
        bool measure_ge = false;  // 个 between number and unit: 两个月, 一个半小时
        if (t.at(j) == U'个') {
            ++j;
            measure_ge = true;
            if (t.at(j) == U'半') low += 0.5, high += 0.5, ++j;
        }
        // "one and a half hours"
        if (n.word) {
            size_t k = t.skip_space(j);
            if (t.starts(k, W("and a half"))) low += 0.5, high += 0.5, j = k + W("and a half").size();
        }
        // Ranges: 3-5 天, 3 到 5 天, 三至五天, 3 to 5 days.
        size_t k = t.skip_space(j), after = 0;
        if (!percent_prefix && is_range_sign(t, k, after)) {
            size_t m = t.skip_space(after);
            Number second = number_at(t, m);
            if (second.ok && second.low >= low) {
                high = second.high;
                j = second.end;
                if (t.at(j) == U'个') ++j;
            } else if (t.at(k) == '-' && letter(t.at(after))) {
                j = after;  // "a 10-minute wait"
            }
        }
        j = t.skip_space(j);
        Unit unit = Unit::None;
        double factor = 1;
        size_t unit_end = j;
        int scale = 0;
        if (percent_prefix) {
            unit = Unit::Percent;
            unit_end = n.end;
            j = n.end;
        } else if (t.starts(j, W("out of"))) {  // "4 out of 5"
            size_t m = t.skip_space(j + W("out of").size());
            Number of = number_at(t, m);
            if (of.ok) unit = Unit::Score, scale = int(std::min(of.high, 100.0)), unit_end = of.end;
        } else if (t.at(j) == '/' && digit(t.at(j + 1)) >= 0) {  // "4/5"
            Number of = arabic(t, j + 1);
            if (of.ok && of.high >= 3 && of.high <= 10 && high <= of.high)
                unit = Unit::Score, scale = int(of.high), unit_end = of.end;
        } else if ((t.at(j) == ':' || t.at(j) == 0xFF1A) && digit(t.at(j + 1)) >= 0 && digit(t.at(j + 2)) >= 0 &&
                   !n.word && low == high && low < 24) {  // 20:00
            unit = Unit::Clock;
            low = high = low + (digit(t.at(j + 1)) * 10 + digit(t.at(j + 2))) / 60.0;
            unit_end = j + 3;
        } else if (const UnitWord* u = unit_at(t, j, unit_end)) {
            unit = u->unit;
            factor = u->factor;
        }
        // Words that look like units but are not: 1 分之, 一点儿, 一次性, 一天天.
        if (unit == Unit::Clock && n.word == false && t.at(n.begin) != '0' && digit(t.at(n.begin)) < 0) {
            // A Chinese numeral before 点 is a time of day only with a part of the day or a deadline word.
            size_t b = t.skip_space_back(n.begin);
            bool day_part = t.ends(b, W("晚上")) || t.ends(b, W("下午")) || t.ends(b, W("上午")) ||
                            t.ends(b, W("早上")) || t.ends(b, W("晚")) || t.ends(b, W("中午")) ||
                            t.ends(b, W("凌晨")) || t.ends(b, W("到"));
            if (!day_part) unit = Unit::None;
        }
        if (unit == Unit::Clock && (high > 24 || low != high)) unit = Unit::None;
        if (unit == Unit::Times && t.at(unit_end) == U'性') unit = Unit::None;  // 一次性
        // 十分满意, 万分感谢: "very", not ten points. 3月5日 is a date: months need 个 (两个月).
        if (unit == Unit::Score && t.at(j) == U'分' && n.end == n.begin + 1 && zh_multiplier(t.at(n.begin)) > 0)
            unit = Unit::None;
        if (unit == Unit::Month && t.at(j) == U'月' && !measure_ge) unit = Unit::None;
        if (unit == Unit::Percent && factor == 10 && (high > 10 || n.word)) unit = Unit::None;  // 成 after 九 only
        if (unit == Unit::None) {
            // "on a 1-5 scale", "1–5 量表": the scale of the scores around it.
            size_t e = t.skip_space(j);
            if (!n.word && (t.starts(e, W("scale")) || t.starts(e, W("point scale")) || t.starts(e, W("量表"))) &&
                high >= 2 && high <= 100) {
                bool attached = false;
                for (size_t r = out.size(); r-- > 0;)
                    if (out[r].unit == Unit::Score && out[r].scale_max == 0) {
                        out[r].scale_max = int(high);
                        attached = true;
                        break;
                    }
                if (!attached) pending_scale = int(high);
            }
            i = std::max(j, start + 1);
            continue;
        }
        low *= factor;
        high *= factor;
        // 三天半, 两小时半
        if (kind_of(unit) == Kind::Duration && t.at(unit_end) == U'半' && low == high) low += 0.5 * factor, high = low;
        // 晚上 8 点 → 20.
        if (unit == Unit::Clock) {
            size_t b = t.skip_space_back(n.begin);
            const bool pm = t.ends(b, W("晚上")) || t.ends(b, W("下午")) || t.ends(b, W("晚")) ||
                            t.starts(t.skip_space(j), W("pm")) || t.starts(t.skip_space(j), W("p.m."));
            if (pm && low < 12) low += 12, high = low;
            if (t.at(unit_end) == U'半') low += 0.5, high = low, ++unit_end;
        }

        Quantity q;
        q.low = low;
        q.high = high;
        q.unit = unit;
        q.begin = byte_at(n.begin);
        size_t end = unit_end;

        // A scale, not a target: 满分 5 分, 5 分制, a 1-5 scale.
        size_t b = t.skip_space_back(n.begin);
        const bool full_marks = t.ends(b, W("满分")) || t.ends(b, W("总分"));
        size_t e = t.skip_space(unit_end);
        const bool scale_word = t.starts(unit_end, W("制")) || t.starts(e, W("scale")) || t.starts(e, W("point scale")) ||
                                t.starts(e, W("量表"));
        if (full_marks || ((unit == Unit::Score || unit == Unit::None) && scale_word)) {
            const int s = int(std::min(high, 100.0));
            bool attached = false;
            for (size_t r = out.size(); r-- > 0;)
                if (out[r].unit == Unit::Score && out[r].scale_max == 0) {
                    out[r].scale_max = s;
                    attached = true;
                    break;
                }
            if (!attached) pending_scale = s;
            i = std::max(unit_end, start + 1);
            continue;
        }
        if (kind_of(unit) == Kind::Score && scale == 0 && t.starts(e, W("out of"))) {  // "4 points out of 5"
            size_t m = t.skip_space(e + W("out of").size());
            Number of = number_at(t, m);
            if (of.ok) scale = int(std::min(of.high, 100.0)), end = of.end;
        }
        if (kind_of(unit) == Kind::Score && scale == 0) scale = pending_scale;
        q.scale_max = scale;

        // The comparator: a word before, else a word after, else what the unit implies.
        bool stated = false, approx = false;
        Comparator cmp = implied(unit);
        size_t qbegin = n.begin;
        for (const Phrase& p : before_words()) {
            if (t.ends(b, p.text)) {
                if (p.cmp == Cmp::Approx) {
                    approx = true;
                } else {
                    cmp = to_comparator(p.cmp);
                    stated = true;
                }
                qbegin = b - p.text.size();
                break;
            }
        }
        {
            size_t a = unit == Unit::Clock ? t.skip_space(end) : t.skip_space(end);
            if (unit == Unit::Clock && t.starts(a, W("pm"))) a = t.skip_space(a + 2);
            if (unit == Unit::Clock && t.starts(a, W("am"))) a = t.skip_space(a + 2);
            for (const Phrase& p : after_words()) {
                if (!t.starts(a, p.text)) continue;
                if (p.cmp == Cmp::Approx) {
                    approx = true;
                } else if (!stated) {
                    cmp = to_comparator(p.cmp);
                    stated = true;
                }
                end = a + p.text.size();
                break;
            }
        }
        // 营业到晚上 8 点: a time of day reached (open until), not a deadline.
        if (unit == Unit::Clock && !stated) {
            size_t c = b;
            for (const char* part : {"晚上", "下午", "上午", "早上", "中午", "凌晨", "晚"})
                if (t.ends(c, u32(part))) {
                    c = t.skip_space_back(c - u32(part).size());
                    break;
                }
            if (t.ends(c, W("到")) || t.ends(c, W("至")) || t.ends(c, W("延长到")) || t.ends(c, W("推迟到"))) {
                cmp = Comparator::AtLeast;
                stated = true;
            }
        }
        q.comparator = cmp;
        q.comparator_stated = stated;
        q.approximate = approx;
        const bool lower_bound = cmp == Comparator::AtLeast || cmp == Comparator::GreaterThan;
        q.value = lower_bound ? low : high;
        q.begin = byte_at(qbegin);
        q.end = byte_at(end);
        if (std::isfinite(q.value) && std::isfinite(q.low) && std::isfinite(q.high)) out.push_back(q);
        i = std::max(end, start + 1);
    }
    return out;
}

const Quantity* first_of(const std::vector<Quantity>& qs, Kind k) {
    for (const Quantity& q : qs)
        if (kind_of(q.unit) == k) return &q;
    return nullptr;
}

Unit unit_of(std::string_view unit_text) {
    const std::vector<Cp> cps = decode(text::trim(unit_text));
    const Text t{cps};
    if (t.size() == 0) return Unit::None;
    size_t i = t.at(0) == U'个' ? 1 : 0, end = 0;
    if (t.starts(i, W("points of"))) return Unit::Score;
    if (t.starts(i, W("o'clock"))) return Unit::Clock;
    const UnitWord* u = unit_at(t, i, end);
    if (!u) return Unit::None;
    if (u->unit == Unit::Minute && u->factor != 1) return Unit::None;  // 刻钟 is not a unit of targets
    if (u->unit == Unit::Percent && u->factor != 1) return Unit::None;
    return u->unit;
}

}  // namespace bp::quantity
