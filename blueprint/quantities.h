// Quantities in what customers and designers write: "受理投诉后十分钟内得到回复", "排队别超过八分钟",
// "一个半小时", "3-5 个工作日", "电话铃响三声内", "满意率至少 90%", "within 10 minutes", "no more than 3 rings".
// The reader sees arbitrary user text: it looks at a bounded prefix, keeps a bounded number of results and
// never reads outside the text. Sections: units · quantities · reading · units of targets.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lang.h"
#include "model.h"

namespace bp::quantity {

// -------------------------------------------------------------------------------------------- units
enum class Unit {
    None,
    Second, Minute, Hour, Day, WorkingDay, Week, Month,  // durations
    Ring,                                                // 声 / rings before an answer
    Times,                                               // 次 / times, counts of events
    Items,                                               // 项 / 件 / items
    Percent,                                             // % of something
    Score,                                               // 分 / points on a rating scale
    Clock,                                               // a time of day, value in hours (20 = 20:00)
};

enum class Kind { None, Duration, Count, Percent, Score, Clock };
Kind kind_of(Unit u);

// Minutes in one unit of a calendar duration (second … month); 0 for working days (their length is the
// organisation's) and for anything that is not a duration.
double minutes_per(Unit u);

// The same length in another unit when both are calendar durations (or both the same unit); false otherwise.
bool convert(double value, Unit from, Unit to, double& out);

// Labels: the short unit of a target ("分钟", "h", "声", "%") and the words of a statement ("10 分钟",
// "10 minutes"): `value` picks singular or plural in English.
std::string_view unit_label(Unit u, Lang lang);
std::string amount_words(double value, Unit u, Lang lang);

// ------------------------------------------------------------------------------------ quantities
struct Quantity {
    double value = 0;        // the bound the comparator applies to (the upper end of a range for ≤)
    double low = 0, high = 0;  // equal unless a range was written ("3-5 天", "两三天")
    Unit unit = Unit::None;
    Comparator comparator = Comparator::AtMost;
    bool comparator_stated = false;  // a word said it (以内, 至少, within …); otherwise implied by the unit
    bool approximate = false;        // 左右, 上下, about, around
    int scale_max = 0;               // scores: 满分 5 分, "out of 5", "1–5 scale"; 0 when not said
    size_t begin = 0, end = 0;       // byte range in the text, the qualifiers included
    bool range() const { return low != high; }
};

// ---------------------------------------------------------------------------------------- reading
inline constexpr size_t kMaxTextBytes = 4096;  // longer texts are read up to here
inline constexpr size_t kMaxQuantities = 16;

// Every quantity with a unit found in the text, in text order. Numbers without a unit are left out
// ("第 2 步", "一位顾客"), so are dates and telephone numbers as far as the unit tells them apart.
std::vector<Quantity> read(std::string_view text);

// The first quantity of the given kind, if any.
const Quantity* first_of(const std::vector<Quantity>& qs, Kind k);

// ------------------------------------------------------------------------------- units of targets
// The unit a target's unit field names: "分钟", "min", "小时", "h", "天", "工作日", "声", "rings",
// "%", "分（满分 5 分）", "points of 5" …; Unit::None when it names none of them.
Unit unit_of(std::string_view unit_text);

}  // namespace bp::quantity
