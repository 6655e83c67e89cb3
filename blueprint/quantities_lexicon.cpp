// The quantity reader's lexicon: text decoded to code points, and the tables of comparator words and
// units (quantities_lexicon.h).
#include "quantities_lexicon.h"

#include <algorithm>
#include <tuple>

namespace bp::quantity::detail {

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

U32 u32(std::string_view s) {
    U32 out;
    for (const Cp& c : decode(s)) out.push_back(c.c);
    return out;
}


namespace {

std::vector<Phrase> phrases(std::initializer_list<std::pair<const char*, Cmp>> list) {
    std::vector<Phrase> out;
    for (const auto& [t, c] : list) out.push_back({u32(t), c});
    std::stable_sort(out.begin(), out.end(),
                     [](const Phrase& a, const Phrase& b) { return a.text.size() > b.text.size(); });
    return out;
}

}  // namespace

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

namespace {

std::vector<UnitWord> unit_words(std::initializer_list<std::tuple<const char*, Unit, double>> list) {
    std::vector<UnitWord> out;
    for (const auto& [t, u, f] : list) out.push_back({u32(t), u, f});
    std::stable_sort(out.begin(), out.end(),
                     [](const UnitWord& a, const UnitWord& b) { return a.text.size() > b.text.size(); });
    return out;
}

}  // namespace

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

}  // namespace bp::quantity::detail
