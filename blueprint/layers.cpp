#include "layers.h"

#include <algorithm>
#include <cstdio>
#include <unordered_set>

#include "text.h"

namespace bp {

// ---------------------------------------------------------------------------------------- deadlines
namespace {

// Strips leading and trailing ASCII and ideographic spaces.
std::string_view strip(std::string_view s) {
    auto space_at_front = [&] {
        if (!s.empty() && (s.front() == ' ' || s.front() == '\t')) return size_t(1);
        if (s.substr(0, 3) == "\xE3\x80\x80") return size_t(3);  // U+3000
        return size_t(0);
    };
    auto space_at_back = [&] {
        if (!s.empty() && (s.back() == ' ' || s.back() == '\t')) return size_t(1);
        if (s.size() >= 3 && s.substr(s.size() - 3) == "\xE3\x80\x80") return size_t(3);
        return size_t(0);
    };
    for (size_t n; (n = space_at_front());) s.remove_prefix(n);
    for (size_t n; (n = space_at_back());) s.remove_suffix(n);
    return s;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view p) {
    return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

// Reads up to 7 decimal digits at the front of s.
std::optional<int64_t> digits(std::string_view& s) {
    size_t n = 0;
    int64_t v = 0;
    while (n < s.size() && n < 8 && s[n] >= '0' && s[n] <= '9') v = v * 10 + (s[n++] - '0');
    if (n == 0 || n == 8) return std::nullopt;
    s.remove_prefix(n);
    return v;
}

std::optional<Deadline> relative(std::string_view s) {  // after the '+'
    s = strip(s);
    auto n = digits(s);
    if (!n) return std::nullopt;
    std::string_view unit = strip(s);
    int64_t per = 0;
    for (std::string_view u : {"min", "mins", "minute", "minutes", "分钟", "分"})
        if (unit == u) per = 1;
    for (std::string_view u : {"h", "hour", "hours", "小时", "个小时", "时"})
        if (unit == u) per = 60;
    for (std::string_view u : {"d", "day", "days", "天", "日"})
        if (unit == u) per = 1440;
    if (!per || *n <= 0 || *n * per > int64_t(kMaxDeadlineDays) * 1440) return std::nullopt;
    Deadline d;
    d.kind = Deadline::Kind::Relative;
    d.minutes = *n * per;
    return d;
}

std::optional<int64_t> clock(std::string_view s) {  // "18:00" or "9:30", minutes after midnight
    s = strip(s);
    auto h = digits(s);
    if (!h || s.empty() || (s[0] != ':' && s.substr(0, 3) != "\xEF\xBC\x9A")) return std::nullopt;  // ':' or '：'
    s.remove_prefix(s[0] == ':' ? 1 : 3);
    if (s.size() != 2) return std::nullopt;
    auto m = digits(s);
    if (!m || !s.empty() || *h > 23 || *m > 59) return std::nullopt;
    return *h * 60 + *m;
}

// A day word at the front of s: 前一日 … or D-1; the rest is left in s.
std::optional<int> day_prefix(std::string_view& s) {
    struct Word {
        std::string_view word;
        int day;
    };
    static const Word kWords[] = {{"前一日", -1}, {"前一天", -1}, {"前日", -1}, {"当日", 0}, {"当天", 0}, {"次日", 1},
                                  {"第二天", 1},  {"后一日", 1},  {"前两日", -2}, {"前二日", -2}};
    for (const Word& w : kWords)
        if (starts_with(s, w.word)) {
            s.remove_prefix(w.word.size());
            return w.day;
        }
    if (starts_with(s, "D") && s.size() > 2 && (s[1] == '+' || s[1] == '-')) {
        const int sign = s[1] == '-' ? -1 : 1;
        std::string_view rest = s.substr(2);
        auto n = digits(rest);
        if (!n || *n > kMaxDeadlineDays) return std::nullopt;
        s = rest;
        return sign * int(*n);
    }
    if (starts_with(s, "前") || starts_with(s, "第")) {  // 前 3 日 / 第 3 日 (what deadline_text prints)
        const bool before = starts_with(s, "前");
        std::string_view rest = strip(s.substr(3));
        auto n = digits(rest);
        rest = strip(rest);
        if (!n || *n > kMaxDeadlineDays || !(starts_with(rest, "日") || starts_with(rest, "天"))) return std::nullopt;
        s = rest.substr(3);
        return before ? -int(*n) : int(*n);
    }
    return std::nullopt;
}

// English suffixes: "18:00 the day before", "18:00 the same day", "18:00, 3 days after".
std::optional<int> day_suffix(std::string_view& s) {
    struct Word {
        std::string_view word;
        int day;
    };
    static const Word kWords[] = {{"the day before", -1}, {"the same day", 0}, {"the next day", 1}};
    for (const Word& w : kWords)
        if (ends_with(s, w.word)) {
            s.remove_suffix(w.word.size());
            return w.day;
        }
    for (std::string_view tail : {" days before", " days after"}) {
        if (!ends_with(s, tail)) continue;
        std::string_view head = s.substr(0, s.size() - tail.size());
        size_t space = head.find_last_of(" ,");
        if (space == std::string_view::npos) return std::nullopt;
        std::string_view number = head.substr(space + 1);
        auto n = digits(number);
        if (!n || !number.empty() || *n > kMaxDeadlineDays) return std::nullopt;
        s = head.substr(0, space);
        if (ends_with(s, ",")) s.remove_suffix(1);
        return tail == " days before" ? -int(*n) : int(*n);
    }
    return std::nullopt;
}

}  // namespace

std::optional<Deadline> parse_deadline(std::string_view text) {
    std::string_view s = strip(text);
    if (s.empty()) return Deadline{};
    if (s[0] == '+') return relative(s.substr(1));
    Deadline d;
    d.kind = Deadline::Kind::Clock;
    std::string_view rest = s;
    if (auto day = day_prefix(rest)) {
        d.day = *day;
    } else if (auto after = day_suffix(rest)) {
        d.day = *after;
    } else {
        d.day = 0;  // a bare "18:00" is on the reference day
    }
    auto at = clock(rest);
    if (!at) return std::nullopt;
    d.minutes = *at;
    return d;
}

bool deadline_in_range(const Deadline& d) {
    switch (d.kind) {
        case Deadline::Kind::None: return d.minutes == 0 && d.day == 0;
        case Deadline::Kind::Relative:
            return d.minutes > 0 && d.minutes <= int64_t(kMaxDeadlineDays) * 1440 && d.day == 0;
        case Deadline::Kind::Clock:
            return d.minutes >= 0 && d.minutes < 1440 && d.day >= -kMaxDeadlineDays && d.day <= kMaxDeadlineDays;
    }
    return false;
}

namespace {
std::string hh_mm(int64_t minutes) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", int(minutes / 60), int(minutes % 60));
    return buf;
}
}  // namespace

std::string deadline_token(const Deadline& d) {
    if (!deadline_in_range(d)) return "";  // the saver's net: what it writes must load
    switch (d.kind) {
        case Deadline::Kind::None: return "";
        case Deadline::Kind::Relative:
            if (d.minutes % 1440 == 0) return "+" + std::to_string(d.minutes / 1440) + "d";
            if (d.minutes % 60 == 0) return "+" + std::to_string(d.minutes / 60) + "h";
            return "+" + std::to_string(d.minutes) + "min";
        case Deadline::Kind::Clock:
            return std::string("D") + (d.day < 0 ? "-" : "+") + std::to_string(std::abs(d.day)) + " " + hh_mm(d.minutes);
    }
    return "";
}

std::string deadline_text(const Deadline& d, Lang lang) {
    const bool zh = is_zh(lang);
    switch (d.kind) {
        case Deadline::Kind::None: return "";
        case Deadline::Kind::Relative:
            if (d.minutes % 1440 == 0) return "+" + std::to_string(d.minutes / 1440) + (zh ? " 天" : " d");
            if (d.minutes % 60 == 0) return "+" + std::to_string(d.minutes / 60) + (zh ? " 小时" : " h");
            return "+" + std::to_string(d.minutes) + (zh ? " 分钟" : " min");
        case Deadline::Kind::Clock: {
            const std::string at = hh_mm(d.minutes);
            const int n = std::abs(d.day);
            if (zh) {
                if (d.day == -1) return "前一日 " + at;
                if (d.day == 0) return "当日 " + at;
                if (d.day == 1) return "次日 " + at;
                return (d.day < 0 ? "前 " : "第 ") + std::to_string(n) + " 日 " + at;
            }
            if (d.day == -1) return at + " the day before";
            if (d.day == 0) return at + " the same day";
            if (d.day == 1) return at + " the next day";
            return at + ", " + std::to_string(n) + (d.day < 0 ? " days before" : " days after");
        }
    }
    return "";
}

// ---------------------------------------------------------------------------- activities of a circle
CircleActivities::CircleActivities(const Circle& c) : circle_(c) {
    for (int t = 0; t < (int)c.touchpoints.size(); ++t) {
        const auto& acts = c.touchpoints[t].activities;
        for (int a = 0; a < (int)acts.size(); ++a) where_.try_emplace(acts[a].id.value, ActivityPlace{t, a});
    }
}

std::optional<ActivityPlace> CircleActivities::place(const ActivityId& id) const {
    auto it = where_.find(id.value);
    if (it == where_.end()) return std::nullopt;
    return it->second;
}

const Activity* CircleActivities::find(const ActivityId& id) const {
    auto p = place(id);
    return p ? &circle_.touchpoints[p->touchpoint].activities[p->activity] : nullptr;
}

RoleId CircleActivities::role_of(const ActivityId& id) const {
    const Activity* a = find(id);
    return a ? a->role : RoleId();
}

std::vector<ActivityPlace> reading_order(const Circle& c) {
    std::vector<ActivityPlace> out;
    for (int t = 0; t < (int)c.touchpoints.size(); ++t) {
        const auto& acts = c.touchpoints[t].activities;
        const size_t first = out.size();
        for (int a = 0; a < (int)acts.size(); ++a) out.push_back({t, a});
        std::stable_sort(out.begin() + first, out.end(), [&](const ActivityPlace& x, const ActivityPlace& y) {
            return int(acts[x.activity].layer) < int(acts[y.activity].layer);
        });
    }
    return out;
}

// ------------------------------------------------------------------------------------------ cycles
namespace {
// Iterative depth-first search over the handoff graph (a recursive one could overflow the wasm stack on
// a chain of 20,000 handoffs). Returns the index of a handoff on a cycle.
std::optional<size_t> find_cycle(const Circle& c, const Handoff* extra, const HandoffId& except) {
    const CircleActivities acts(c);
    std::unordered_map<std::string_view, std::vector<size_t>> out;  // activity id → handoffs leaving it
    std::vector<const Handoff*> edges;
    for (const Handoff& h : c.handoffs)
        if ((except.empty() || h.id != except) && acts.place(h.from) && acts.place(h.to)) edges.push_back(&h);
    if (extra) edges.push_back(extra);
    for (size_t e = 0; e < edges.size(); ++e) {
        if (edges[e]->from == edges[e]->to) return e;
        out[edges[e]->from.value].push_back(e);
    }
    enum : uint8_t { Unseen, Open, Done };
    std::unordered_map<std::string_view, uint8_t> state;
    struct Frame {
        std::string_view node;
        size_t next;
    };
    for (const Handoff* start : edges) {
        if (state[start->from.value] != Unseen) continue;
        std::vector<Frame> stack{{start->from.value, 0}};
        state[start->from.value] = Open;
        while (!stack.empty()) {
            Frame& f = stack.back();
            auto it = out.find(f.node);
            if (it == out.end() || f.next == it->second.size()) {
                state[f.node] = Done;
                stack.pop_back();
                continue;
            }
            const size_t e = it->second[f.next++];
            std::string_view to = edges[e]->to.value;
            uint8_t& s = state[to];
            if (s == Open) return e;
            if (s == Unseen) {
                s = Open;
                stack.push_back({to, 0});
            }
        }
    }
    return std::nullopt;
}
}  // namespace

std::optional<size_t> handoff_on_cycle(const Circle& c) {
    auto e = find_cycle(c, nullptr, {});
    if (!e) return std::nullopt;
    // Map the edge back to the circle's own index (edges skip handoffs with missing ends).
    const CircleActivities acts(c);
    size_t seen = 0;
    for (size_t i = 0; i < c.handoffs.size(); ++i) {
        const Handoff& h = c.handoffs[i];
        if (!acts.place(h.from) || !acts.place(h.to)) continue;
        if (seen++ == *e) return i;
    }
    return std::nullopt;
}

bool closes_cycle(const Circle& c, const ActivityId& from, const ActivityId& to, const HandoffId& except) {
    Handoff extra;
    extra.from = from;
    extra.to = to;
    return find_cycle(c, &extra, except).has_value();
}

// ----------------------------------------------------------------------------- links into a subtree
namespace {
struct Going {
    std::unordered_set<std::string_view> circles, activities, standards;
};

void collect(const Touchpoint& t, Going& g) {
    for (const Activity& a : t.activities) g.activities.insert(a.id.value);
    for (const KeyFactor& k : t.key_factors)
        for (const Standard& s : k.standards) g.standards.insert(s.id.value);
}
}  // namespace

LinksInto links_into(const Blueprint& doc, const Path& p) {
    LinksInto links;
    if (p.circle < 0 || p.circle >= (int)doc.circles.size()) return links;
    Going g;
    const Circle& circle = doc.circles[p.circle];
    if (p.touchpoint < 0) {
        g.circles.insert(circle.id.value);
        for (const Touchpoint& t : circle.touchpoints) collect(t, g);
    } else {
        if (p.touchpoint >= (int)circle.touchpoints.size()) return links;
        const Touchpoint& t = circle.touchpoints[p.touchpoint];
        if (p.key_factor < 0) {
            collect(t, g);
        } else if (p.key_factor < (int)t.key_factors.size()) {
            const KeyFactor& k = t.key_factors[p.key_factor];
            if (p.standard < 0)
                for (const Standard& s : k.standards) g.standards.insert(s.id.value);
            else if (p.standard < (int)k.standards.size())
                g.standards.insert(k.standards[p.standard].id.value);
        }
    }
    // Only what can point into the subtree is looked at: recovery links point at circles, handoffs at
    // activities and standards (removing a fresh touchpoint looks at nothing).
    const bool recoveries = !g.circles.empty(), handoffs = !g.activities.empty() || !g.standards.empty();
    if (!recoveries && !handoffs) return links;
    for (int ci = 0; ci < (int)doc.circles.size(); ++ci) {
        const Circle& c = doc.circles[ci];
        const bool circle_goes = g.circles.count(c.id.value) > 0;  // its own links go with it
        if (circle_goes) continue;
        if (recoveries) {
            for (const Touchpoint& t : c.touchpoints) {
                if (!t.recovery.empty() && g.circles.count(t.recovery.value))
                    links.recoveries.push_back({t.id, t.recovery});
                for (const Activity& a : t.activities)
                    if (!a.recovery.empty() && g.circles.count(a.recovery.value) && !g.activities.count(a.id.value))
                        links.recoveries.push_back({a.id, a.recovery});
            }
        }
        if (!handoffs) continue;
        for (int h = 0; h < (int)c.handoffs.size(); ++h) {
            const Handoff& x = c.handoffs[h];
            if (g.activities.count(x.from.value) || g.activities.count(x.to.value))
                links.handoffs.push_back({c.id, h, x});
            else if (!x.standard.empty() && g.standards.count(x.standard.value))
                links.standards.push_back({x.id, x.standard});
        }
    }
    return links;
}

namespace {
Circle* circle_by_id(Blueprint& doc, const CircleId& id) {
    for (Circle& c : doc.circles)
        if (c.id == id) return &c;
    return nullptr;
}
Handoff* handoff_by_id(Blueprint& doc, const HandoffId& id) {
    for (Circle& c : doc.circles)
        for (Handoff& h : c.handoffs)
            if (h.id == id) return &h;
    return nullptr;
}
CircleId* recovery_of(Blueprint& doc, const ElementId& holder) {
    for (Circle& c : doc.circles)
        for (Touchpoint& t : c.touchpoints) {
            if (auto id = holder.get<TouchpointId>(); id && t.id == *id) return &t.recovery;
            if (auto id = holder.get<ActivityId>())
                for (Activity& a : t.activities)
                    if (a.id == *id) return &a.recovery;
        }
    return nullptr;
}
}  // namespace

bool unlink(Blueprint& doc, const LinksInto& links) {
    for (const auto& r : links.recoveries)
        if (CircleId* at = recovery_of(doc, r.holder)) at->value.clear();
    for (const auto& s : links.standards)
        if (Handoff* h = handoff_by_id(doc, s.handoff)) h->standard = StandardId();
    for (size_t i = links.handoffs.size(); i-- > 0;) {  // from the back, so earlier indices hold
        const auto& r = links.handoffs[i];
        Circle* c = circle_by_id(doc, r.circle);
        if (!c || r.index >= (int)c->handoffs.size() || c->handoffs[r.index].id != r.handoff.id) return false;
        c->handoffs.erase(c->handoffs.begin() + r.index);
    }
    return true;
}

bool relink(Blueprint& doc, const LinksInto& links) {
    for (const auto& r : links.handoffs) {  // in document order, so each index is where it was
        Circle* c = circle_by_id(doc, r.circle);
        if (!c || r.index > (int)c->handoffs.size()) return false;
        c->handoffs.insert(c->handoffs.begin() + r.index, r.handoff);
    }
    for (const auto& s : links.standards)
        if (Handoff* h = handoff_by_id(doc, s.handoff)) h->standard = s.standard;
    for (const auto& r : links.recoveries)
        if (CircleId* at = recovery_of(doc, r.holder)) *at = r.circle;
    return true;
}

namespace {
bool has_circle(const Blueprint& doc, const CircleId& id, const Circle* also = nullptr) {
    if (id.empty() || (also && also->id == id)) return true;
    for (const Circle& c : doc.circles)
        if (c.id == id) return true;
    return false;
}
bool has_standard(const Blueprint& doc, const StandardId& id, const Circle* also) {
    if (id.empty()) return true;
    auto in = [&](const Circle& c) {
        for (const Touchpoint& t : c.touchpoints)
            for (const KeyFactor& k : t.key_factors)
                for (const Standard& s : k.standards)
                    if (s.id == id) return true;
        return false;
    };
    if (also && in(*also)) return true;
    for (const Circle& c : doc.circles)
        if (in(c)) return true;
    return false;
}
bool touchpoint_links(const Blueprint& doc, const Touchpoint& t, const Circle* also) {
    if (!has_circle(doc, t.recovery, also)) return false;
    for (const Activity& a : t.activities)
        if (!has_circle(doc, a.recovery, also)) return false;
    return true;
}
void drop_links(const Blueprint& doc, Touchpoint& t, const Circle* also) {
    if (!has_circle(doc, t.recovery, also)) t.recovery = CircleId();
    for (Activity& a : t.activities)
        if (!has_circle(doc, a.recovery, also)) a.recovery = CircleId();
}
}  // namespace

void drop_unresolved_links(const Blueprint& doc, Touchpoint& t) { drop_links(doc, t, nullptr); }
void drop_unresolved_links(const Blueprint& doc, Circle& c) {
    for (Touchpoint& t : c.touchpoints) drop_links(doc, t, &c);
    for (Handoff& h : c.handoffs)
        if (!has_standard(doc, h.standard, &c)) h.standard = StandardId();
}

bool links_resolve(const Blueprint& doc, const Touchpoint& t) { return touchpoint_links(doc, t, nullptr); }

bool links_resolve(const Blueprint& doc, const Circle& c) {
    for (const Touchpoint& t : c.touchpoints)
        if (!touchpoint_links(doc, t, &c)) return false;
    for (const Handoff& h : c.handoffs)
        if (!has_standard(doc, h.standard, &c)) return false;
    return true;
}

}  // namespace bp
