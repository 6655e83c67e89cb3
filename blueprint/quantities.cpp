// The quantity reader: numbers (quantities_numerals.cpp) with their units, ranges and the comparator
// words around them (quantities_lexicon.cpp). Units and their labels: quantities_units.cpp.
#include "quantities.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>

#include "quantities_lexicon.h"
#include "text.h"

namespace bp::quantity {

using namespace detail;

namespace {

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

}  // namespace bp::quantity
