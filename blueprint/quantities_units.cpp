// Units of quantities: their kinds, lengths, labels and the unit a target's unit field names.
#include <cmath>
#include <string>

#include "quantities_lexicon.h"
#include "text.h"

namespace bp::quantity {

using namespace detail;

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

std::string_view unit_label(Unit u, Lang lang) {
    const bool zh = is_zh(lang);
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
        case Unit::Clock: return zh ? "点（24 小时制）" : "o'clock (24 h)";
        case Unit::None: break;
    }
    return "";
}

std::string amount_words(double value, Unit u, Lang lang) {
    const bool zh = is_zh(lang);
    const std::string n = text::format_number(value);
    if (u == Unit::Percent) return n + "%";
    if (u == Unit::Clock) {
        double h = std::floor(value);
        int m = int(std::lround((value - h) * 60));
        std::string mm = m < 10 ? "0" + std::to_string(m) : std::to_string(m);
        return text::format_number(h) + ":" + mm;
    }
    if (zh) return n + " " + std::string(unit_label(u, Lang::Zh));
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

// ------------------------------------------------------------------------------- units of targets
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
