// Key factors → draft standards: choosing a template, reading the customer's own number, composing the
// standard from its parts, and the undoable batch that converts a whole blueprint.
// Sections: keyword index · choosing · the customer's number · composing · edits.
#include "convert.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <tuple>

#include "enums.h"
#include "dates.h"
#include "text.h"

namespace bp {

namespace {

// ---------------------------------------------------------------------------------- keyword index
// All keywords of the library in one set, each remembering its template.
struct KeywordIndex {
    text::KeywordSet set;
    std::vector<int> template_of;           // keyword index → template index
    std::vector<int> generic_of_dimension;  // Dimension → template index of its generic entry
};

KeywordIndex build_index() {
    const auto& lib = template_library();
    KeywordIndex ix;
    std::vector<std::string> words;
    ix.generic_of_dimension.assign(enum_table<Dimension>().size(), -1);
    for (int t = 0; t < (int)lib.size(); ++t) {
        for (const auto& w : lib[t].keywords) {
            words.push_back(w);
            ix.template_of.push_back(t);
        }
        if (lib[t].keywords.empty())
            for (Dimension d : lib[t].dimensions)
                if (ix.generic_of_dimension[int(d)] < 0) ix.generic_of_dimension[int(d)] = t;
    }
    ix.set = text::KeywordSet(std::move(words));
    return ix;
}

const KeywordIndex& keyword_index() {
    static const KeywordIndex ix = build_index();
    return ix;
}

// The unit of each template's target, read once.
quantity::Unit template_unit(const StandardTemplate& t) {
    static const std::vector<quantity::Unit> units = [] {
        std::vector<quantity::Unit> u;
        for (const StandardTemplate& x : template_library()) u.push_back(quantity::unit_of(x.draft.target.unit));
        return u;
    }();
    const size_t i = size_t(&t - template_library().data());
    return i < units.size() ? units[i] : quantity::unit_of(t.draft.target.unit);
}

bool suits(const StandardTemplate& t, Dimension d) {
    for (Dimension x : t.dimensions)
        if (x == d) return true;
    return false;
}

void replace_all(std::string& s, std::string_view what, std::string_view with) {
    for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + with.size()))
        s.replace(at, what.size(), with);
}

// ---------------------------------------------------------------------------------------- choosing
bool any_word(const std::vector<std::string>& words, std::string_view text) {
    for (const auto& w : words)
        if (text::KeywordSet::find(text, w) != std::string_view::npos) return true;
    return false;
}

bool has_context(const StandardTemplate& t, const Touchpoint* tp, const KeyFactor& kf) {
    if (t.context.empty()) return true;
    return any_word(t.context, kf.name) || any_word(t.context, kf.expectation) ||
           (tp && (any_word(t.context, tp->name) || any_word(t.context, tp->description)));
}

// Templates whose keywords occur in the key factor, best first. Rank: found in the name, suits the
// dimension, longer keyword; ties keep library order. Templates whose context is missing are left out.
std::vector<int> ranked_templates(const Touchpoint* tp, const KeyFactor& kf, std::vector<bool>* in_name = nullptr) {
    const auto& lib = template_library();
    const KeywordIndex& ix = keyword_index();
    struct Hit {
        std::tuple<bool, bool, size_t> rank;
        int t;
    };
    std::vector<Hit> hits;
    auto consider = [&](int keyword, bool in_name) {
        const int t = ix.template_of[keyword];
        std::tuple<bool, bool, size_t> rank{in_name, suits(lib[t], kf.dimension), ix.set.keyword(keyword).size()};
        for (Hit& h : hits)
            if (h.t == t) {
                if (rank > h.rank) h.rank = rank;
                return;
            }
        hits.push_back({rank, t});
    };
    ix.set.for_each_match(kf.name, [&](int k) { consider(k, true); });
    ix.set.for_each_match(kf.expectation, [&](int k) { consider(k, false); });
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
        if (a.rank != b.rank) return a.rank > b.rank;
        return a.t < b.t;
    });
    // A hardware factor of what is seen (a place, equipment: "等候区舒适") is no waiting time, though
    // its name says 等候: timed templates that do not speak of tangibles are not for it.
    const bool tangible = kf.element == Pillar::Hardware && kf.dimension == Dimension::Tangibles;
    auto timed = [&](int t) { return quantity::kind_of(template_unit(lib[t])) == quantity::Kind::Duration; };
    std::vector<int> out;
    for (const Hit& h : hits)
        if (has_context(lib[h.t], tp, kf) && !(tangible && timed(h.t) && !suits(lib[h.t], Dimension::Tangibles))) {
            out.push_back(h.t);
            if (in_name) in_name->push_back(std::get<0>(h.rank));
        }
    return out;
}

int generic_template(const KeyFactor& kf) {
    const KeywordIndex& ix = keyword_index();
    const Dimension d = kf.element == Pillar::Hardware ? Dimension::Tangibles : kf.dimension;
    int generic = int(d) >= 0 && int(d) < (int)ix.generic_of_dimension.size() ? ix.generic_of_dimension[int(d)] : -1;
    if (generic < 0) generic = ix.generic_of_dimension[int(Dimension::Reliability)];
    return generic;
}

const StandardTemplate& choose(const Touchpoint* tp, const KeyFactor& kf) {
    const std::vector<int> ranked = ranked_templates(tp, kf);
    return template_library()[ranked.empty() ? generic_template(kf) : ranked[0]];
}

}  // namespace

const StandardTemplate& choose_template(const KeyFactor& kf) { return choose(nullptr, kf); }
const StandardTemplate& choose_template(const Touchpoint& tp, const KeyFactor& kf) { return choose(&tp, kf); }

Lang draft_language(const Blueprint& b, Lang otherwise) {
    const std::string_view l = text::trim(b.language);
    auto is = [&](char a, char c) { return l.size() >= 2 && (l[0] | 0x20) == a && (l[1] | 0x20) == c; };
    if (is('z', 'h')) return Lang::Zh;
    if (is('e', 'n')) return Lang::En;
    return otherwise;
}

namespace {

namespace q = quantity;

// ------------------------------------------------------------------------------ the customer's number
// A number the customer states, with the text it came from.
struct Stated {
    q::Quantity quantity;
    std::string_view text;
    bool in_name = false;
};

bool usable(const q::Quantity& x) {
    switch (q::kind_of(x.unit)) {
        case q::Kind::Duration: case q::Kind::Clock: return x.value >= 0;
        case q::Kind::Percent: return x.value > 0 && x.value <= 100;
        case q::Kind::Score: return x.value > 0 && x.value <= (x.scale_max > 0 ? x.scale_max : 10);
        // 一次做对, 二次上门: a count is a target only with a word that bounds it (不超过 2 次); rings always are.
        case q::Kind::Count: return x.unit == q::Unit::Ring || x.comparator_stated;
        case q::Kind::None: break;
    }
    return false;
}

std::optional<Stated> stated_number(const KeyFactor& kf) {
    for (std::string_view text : {std::string_view(kf.name), std::string_view(kf.expectation)})
        for (const q::Quantity& x : q::read(text))
            if (usable(x)) return Stated{x, text, text.data() == kf.name.data()};
    return std::nullopt;
}

// 0.5 小时 reads better as 30 分钟.
void normalise(q::Quantity& x) {
    if (x.unit == q::Unit::Hour && x.value < 1 && x.value > 0) {
        x.value *= 60, x.low *= 60, x.high *= 60;
        x.unit = q::Unit::Minute;
    }
}

bool count_units_match(q::Unit a, q::Unit b) {
    if (a == b) return true;
    auto plain = [](q::Unit u) { return u == q::Unit::Times || u == q::Unit::Items; };
    return plain(a) && plain(b);
}

// Whether a template can carry the customer's number: the same kind of quantity, bounded the same way.
bool fits(const StandardTemplate& t, const q::Quantity& x) {
    if (!t.takes_customer_number) return false;
    const q::Kind k = q::kind_of(x.unit);
    if (t.draft.type == StandardType::Soft) return k == q::Kind::Score || k == q::Kind::Percent;
    const q::Unit tu = template_unit(t);
    if (q::kind_of(tu) != k) return false;
    if (k == q::Kind::Count && !count_units_match(tu, x.unit)) return false;
    return !x.comparator_stated || x.comparator == t.draft.target.comparator;
}

// The customer's sentence already says from what event the time counts: "入住后半小时内", "of arrival".
bool names_its_start(const Stated& st, Lang lang) {
    const bool zh = is_zh(lang);
    if (q::kind_of(st.quantity.unit) != q::Kind::Duration) return false;
    std::string_view before = text::trim(st.text.substr(0, st.quantity.begin));
    std::string_view after = text::trim(st.text.substr(st.quantity.end));
    auto starts = [](std::string_view s, std::string_view p) { return s.size() >= p.size() && s.substr(0, p.size()) == p; };
    if (zh || !before.empty()) {
        const std::string_view h = "后";
        if (before.size() >= h.size() && before.substr(before.size() - h.size()) == h) return true;
    }
    return starts(after, "of ") || starts(after, "after ") || starts(after, "from ");
}

// Feelings are asked, not observed: "感到被关心", "feel understood".
const text::KeywordSet& feeling_words() {
    static const text::KeywordSet set({"感到", "感觉", "感受", "觉得", "放心", "安心", "舒心", "温暖", "被重视",
                                       "被尊重", "宾至如归", "feel", "feeling", "cared for", "comfortable"});
    return set;
}

// ---------------------------------------------------------------------------------------- composing
bool ends_with(std::string_view s, std::string_view e) { return s.size() >= e.size() && s.substr(s.size() - e.size()) == e; }
bool starts_with(std::string_view s, std::string_view e) { return s.size() >= e.size() && s.substr(0, e.size()) == e; }

// "安装工：" before the behaviour; English bodies lose their capital after the colon.
std::string with_owner(const std::string& who, std::string body, Lang lang) {
    const bool zh = is_zh(lang);
    if (who.empty()) return body;
    if (!zh && body.size() >= 2 && body[0] >= 'A' && body[0] <= 'Z' && !(body[1] >= 'A' && body[1] <= 'Z'))
        body[0] = char(body[0] - 'A' + 'a');
    return who + (zh ? "：" : ": ") + body;
}

std::string percent(double share) { return text::format_number(std::round(share * 1000) / 10) + "%"; }

std::string fill(std::string pattern, const Standard& s, q::Unit unit, std::string_view name, Lang lang) {
    const double v = s.target.value.value_or(0);
    auto has = [&](std::string_view p) { return pattern.find(p) != std::string::npos; };
    if (has("{n}"))
        replace_all(pattern, "{n}", s.type == StandardType::Soft ? text::format_number(v) : q::amount_words(v, unit, lang));
    if (has("{v}")) replace_all(pattern, "{v}", text::format_number(v));
    if (has("{c}")) replace_all(pattern, "{c}", percent(s.target.compliance));
    if (has("{max}")) replace_all(pattern, "{max}", std::to_string(s.target.scale_max));
    if (has("{name}")) replace_all(pattern, "{name}", name);
    return pattern;
}

std::string factor_name(const Touchpoint& tp, const KeyFactor& kf, Lang lang) {
    const bool zh = is_zh(lang);
    std::string_view name = text::trim(kf.name);
    if (name.empty()) name = text::trim(tp.name);
    if (name.empty()) return zh ? "该环节" : "this step";
    return std::string(name);
}

// The name a statement quotes: never a name that itself states the number ("「等位不超过 15 分钟」").
std::string quoted_name(const Touchpoint& tp, const KeyFactor& kf, const std::optional<Stated>& stated, Lang lang) {
    if (stated && stated->in_name && !text::trim(tp.name).empty()) return std::string(text::trim(tp.name));
    return factor_name(tp, kf, lang);
}

// A standard from a template, carrying the customer's number when one fits.
Standard from_template(const StandardTemplate& t, const std::optional<Stated>& stated, const Touchpoint& tp,
                       const KeyFactor& kf, const std::string& who, Lang lang) {
    const bool zh = is_zh(lang);
    const Standard& d = t.draft;
    Standard s;
    s.type = d.type;
    s.target.metric = zh ? d.target.metric : t.metric_en;
    s.target.unit = zh ? d.target.unit : t.unit_en;
    s.target.comparator = d.target.comparator;
    s.target.value = d.target.value;
    s.target.compliance = d.target.compliance;
    s.target.aggregation = d.target.aggregation;
    s.target.survey_question = zh ? d.target.survey_question : t.survey_question_en;
    s.target.scale_min = d.target.scale_min;
    s.target.scale_max = d.target.scale_max;
    s.measurement.method = d.measurement.method;
    s.measurement.frequency = d.measurement.frequency;
    s.measurement.data_source = zh ? d.measurement.data_source : t.data_source_en;
    q::Unit unit = template_unit(t);
    if (stated) {
        q::Quantity x = stated->quantity;
        normalise(x);
        if (s.type == StandardType::Soft) {
            if (x.unit == q::Unit::Percent) {
                s.target.compliance = x.value / 100;  // "满意率 95% 以上": the share of top-box answers
            } else {
                s.target.value = x.value;
                if (x.scale_max > 0 && x.scale_max != s.target.scale_max) {
                    replace_all(s.target.survey_question, std::to_string(s.target.scale_max) + " = ",
                                std::to_string(x.scale_max) + " = ");
                    s.target.scale_max = x.scale_max;
                    s.target.unit = zh ? "分（满分 " + std::to_string(x.scale_max) + " 分）"
                                       : "points of " + std::to_string(x.scale_max);
                }
            }
        } else {
            s.target.value = x.value;
            if (x.unit != unit) {
                unit = x.unit;
                s.target.unit = std::string(q::unit_label(unit, lang));
            }
            if (x.comparator_stated) s.target.comparator = x.comparator;
        }
        s.number_source = NumberSource::Customer;
        s.number_basis = std::string(stated->text.substr(x.begin, x.end - x.begin));
    } else {
        s.number_source = t.seed_number ? NumberSource::Seed : NumberSource::Suggested;
        s.number_basis = t.source;
    }
    const std::string name = quoted_name(tp, kf, stated, lang);
    s.statement = with_owner(who, fill(zh ? d.statement : t.statement_en, s, unit, name, lang), lang);
    replace_all(s.target.survey_question, "{name}", name);
    s.customer_visible = d.customer_visible;
    return s;
}

std::string_view trim_punct(std::string_view v) {
    static const std::string_view marks[] = {",", "，", "、", "。", ".", ";", "；", ":", "：", "!", "！"};
    bool again = true;
    while (again) {
        again = false;
        v = text::trim(v);
        for (std::string_view p : marks) {
            if (starts_with(v, p)) v.remove_prefix(p.size()), again = true;
            if (ends_with(v, p)) v.remove_suffix(p.size()), again = true;
        }
    }
    return v;
}

// The customer's quantity said plainly: "别超过八分钟" → "不超过 8 分钟", "十分钟内" → "10 分钟内".
std::string plain_quantity(const q::Quantity& x, std::string_view original, Lang lang) {
    const bool zh = is_zh(lang);
    const std::string n = q::amount_words(x.value, x.unit, lang);
    const bool span = q::kind_of(x.unit) == q::Kind::Duration || x.unit == q::Unit::Ring;
    switch (x.comparator) {
        case Comparator::AtMost:
            if (x.unit == q::Unit::Clock) return zh ? n + " 前" : "by " + n;
            if (!x.comparator_stated) return n;  // 每 2 小时一次: the customer's own bound, as said
            if (zh) return span && ends_with(original, "内") ? n + "内" : "不超过 " + n;
            return span ? "within " + n : "no more than " + n;
        case Comparator::LessThan: return zh ? "少于 " + n : "under " + n;
        case Comparator::AtLeast:
            if (x.unit == q::Unit::Clock) return zh ? "到 " + n : "until " + n;
            if (zh) return (x.unit == q::Unit::Percent ? "不低于 " : "至少 ") + n;
            return "at least " + n;
        case Comparator::GreaterThan: return zh ? "超过 " + n : "more than " + n;
        case Comparator::Equal: return n;
    }
    return n;
}

std::string join(std::string_view a, std::string_view b, std::string_view c, Lang lang) {
    const bool zh = is_zh(lang);
    std::string out(a);
    if (!out.empty() && !b.empty() && (!zh || (b[0] >= '0' && b[0] <= '9'))) out += ' ';  // "等候 8 分钟", "等位不超过"
    out += b;
    if (!zh && !c.empty() && !out.empty()) out += ' ';
    out += c;
    return out;
}

// No template carries the customer's number: the standard is the customer's own sentence with the
// number said plainly, owned by the touchpoint's role and measured as its kind of quantity is.
Standard from_customer_text(const Stated& stated, const Touchpoint& tp, const KeyFactor& kf, const std::string& who,
                            Lang lang) {
    const bool zh = is_zh(lang);
    q::Quantity x = stated.quantity;
    const std::string_view text = stated.text;
    const std::string_view original = text.substr(x.begin, x.end - x.begin);
    // Only the clause that states the number: "取号不用等，一分钟内拿到号" is about "一分钟内拿到号".
    std::string_view lead = text.substr(0, x.begin);
    if (zh)
        for (std::string_view sep : {"，", "；", "。"}) {
            const size_t cut = lead.rfind(sep);
            if (cut != std::string_view::npos) lead = lead.substr(cut + sep.size());
        }
    std::string_view before = trim_punct(lead);
    const std::string_view after = trim_punct(text.substr(x.end));
    if (!zh)  // "Loan decision in no more than 3 days": the plain quantity brings its own preposition
        for (std::string_view prep : {" in", " within", " by"})
            if (ends_with(before, prep)) before = text::trim(before.substr(0, before.size() - prep.size()));
    normalise(x);
    const q::Kind kind = q::kind_of(x.unit);
    Standard s;
    s.number_source = NumberSource::Customer;
    s.number_basis = std::string(original);
    s.customer_visible = true;
    s.target.aggregation = Aggregation::PerOccurrence;
    s.target.compliance = 0.95;
    s.measurement.frequency = Frequency::EveryOccurrence;
    std::string core = join(before, "", after, lang);
    if (text::trim(core).empty()) core = factor_name(tp, kf, lang);
    if (!zh && core.size() >= 2 && core[0] >= 'A' && core[0] <= 'Z' && !(core[1] >= 'A' && core[1] <= 'Z'))
        core[0] = char(core[0] - 'A' + 'a');

    if (kind == q::Kind::Score) {  // a rating the customer gives: soft, as a top-box share
        s.type = StandardType::Soft;
        s.target.scale_max = x.scale_max > 0 ? x.scale_max : 5;
        s.target.value = x.value;
        s.target.comparator = Comparator::AtLeast;
        s.target.compliance = 0.9;
        s.target.metric = zh ? "顾客评分" : "customer rating";
        const std::string max = std::to_string(s.target.scale_max);
        s.target.unit = zh ? "分（满分 " + max + " 分）" : "points of " + max;
        const std::string name = quoted_name(tp, kf, std::optional<Stated>(stated), lang);
        s.target.survey_question = zh ? "您对「" + name + "」的评价如何？（1 = 很不满意，" + max + " = 非常满意）"
                                      : "How would you rate “" + name + "”? (1 = very dissatisfied, " + max +
                                            " = very satisfied)";
        s.statement = zh ? "至少 " + percent(s.target.compliance) + " 的顾客对「" + name + "」的评分为 " +
                               text::format_number(x.value) + " 分及以上（1–" + max + " 分制）"
                         : "At least " + percent(s.target.compliance) + " of customers rate “" + name + "” " +
                               text::format_number(x.value) + " or higher on a 1–" + max + " scale";
        s.statement = with_owner(who, s.statement, lang);
        s.measurement.method = Method::Survey;
        s.measurement.frequency = Frequency::Monthly;
        s.measurement.data_source = zh ? "顾客满意度调查" : "customer satisfaction survey";
        return s;
    }

    s.type = StandardType::Hard;
    s.target.value = x.value;
    s.target.comparator = x.comparator;
    s.target.unit = std::string(q::unit_label(x.unit, lang));
    s.statement = with_owner(who, join(before, plain_quantity(x, original, lang), after, lang), lang);

    const bool remote = tp.channel == Channel::Phone || tp.channel == Channel::Online || tp.channel == Channel::App;
    switch (kind) {
        case q::Kind::Duration: {
            // From what event to what event: "受理投诉后 … 得到回复", "Reply … of the complaint".
            std::string from, to;
            if (zh && ends_with(before, "后")) {
                std::string_view f = before.substr(0, before.size() - std::string_view("后").size());
                for (std::string_view lead : {"在", "从", "自"})
                    if (starts_with(f, lead)) f.remove_prefix(lead.size());
                from = std::string(trim_punct(f));
                to = std::string(after);
            } else if (!zh) {
                for (std::string_view lead : {"of ", "after ", "from "})
                    if (starts_with(after, lead)) from = std::string(after.substr(lead.size())), to = std::string(before);
            }
            if (!from.empty() && !to.empty()) {
                if (!zh && to.size() >= 2 && to[0] >= 'A' && to[0] <= 'Z' && !(to[1] >= 'A' && to[1] <= 'Z'))
                    to[0] = char(to[0] - 'A' + 'a');
                // "术后": one character names no event of its own, so the metric keeps "后" ("术后到…").
                size_t from_chars = 0;
                text::for_each_code_point(from, [&](uint32_t) { ++from_chars; });
                if (zh && from_chars <= 1)
                    s.target.metric = std::string(trim_punct(before)) + "到" + to + "的时间";
                else
                    s.target.metric = zh ? "从" + from + "到" + to + "的时间" : "time from " + from + " to " + to;
            } else if (zh && ends_with(before, "每")) {  // 每 2 小时一次: the interval
                s.target.metric = std::string(before.substr(0, before.size() - std::string_view("每").size())) + "的间隔";
            } else if (!zh && ends_with(before, "every")) {
                s.target.metric = "interval: " + std::string(text::trim(before.substr(0, before.size() - 5)));
            } else
                s.target.metric = zh ? core + "所用时间" : "time for " + core;
            s.measurement.method = remote ? Method::SystemLog : Method::Timer;
            s.measurement.data_source = zh ? "服务记录" : "service records";
            break;
        }
        case q::Kind::Count:
            if (x.unit == q::Unit::Ring) {
                s.target.metric = zh ? "接听前响铃次数" : "rings before answer";
                s.measurement.method = Method::SystemLog;
                s.measurement.data_source = zh ? "呼叫中心系统记录" : "call-centre system log";
            } else {
                s.target.metric = zh ? core + "的次数" : "count: " + core;
                s.measurement.method = Method::Count;
                s.measurement.data_source = zh ? "服务记录" : "service records";
            }
            break;
        case q::Kind::Percent:
            s.target.metric = zh ? core + "的比例" : (starts_with(core, "of ") ? "share " + core : "share: " + core);
            s.measurement.method = Method::Audit;
            s.measurement.frequency = Frequency::Monthly;
            s.measurement.data_source = zh ? "检查记录" : "audit records";
            break;
        case q::Kind::Clock:
            s.target.metric = zh ? core + "的时间" : "time of day: " + core;
            s.measurement.method = Method::Audit;
            s.measurement.frequency = Frequency::Monthly;
            s.measurement.data_source = zh ? "巡查记录" : "inspection log";
            break;
        default: break;
    }
    return s;
}

// A key factor of two behaviours ("离院时道别并提醒复诊时间", "进门主动问候，叫出宠物的名字") whose template
// covers one of them: the other clause is kept in the statement, unless another template speaks of it
// (then it is a standard of its own) or it states a number. Chinese drafts only; the template must not
// already quote the whole name.
std::string with_second_clause(const StandardTemplate& t, const KeyFactor& kf, std::string statement) {
    if (t.draft.statement.find("{name}") != std::string::npos) return statement;
    const std::string_view name = text::trim(kf.name);
    size_t at = std::string_view::npos, width = 0;
    for (std::string_view joiner : {"并", ",", ",", "，"}) {
        const size_t found = name.find(joiner);
        if (found != std::string_view::npos && found > 0 && (at == std::string_view::npos || found < at))
            at = found, width = joiner.size();
    }
    if (at == std::string_view::npos) return statement;
    const std::string_view first = name.substr(0, at), second = text::trim(name.substr(at + width));
    if (second.empty() || second.find_first_of(",，") != std::string_view::npos || text::has_number(second))
        return statement;
    const bool in_first = any_word(t.keywords, first), in_second = any_word(t.keywords, second);
    if (!in_first || in_second || keyword_index().set.any_in(second)) return statement;
    // Before the pass rate ("…道别，道别执行率不低于 100%"), otherwise at the end.
    const size_t last = statement.rfind("，");
    const bool rate_after = last != std::string::npos && statement.find("率", last) != std::string::npos;
    const std::string clause = name.substr(at, width) == "并" ? "并" + std::string(second) : "，" + std::string(second);
    if (rate_after) statement.insert(last, clause);
    else statement += clause;
    return statement;
}

Standard compose(const Touchpoint& tp, const KeyFactor& kf, const std::string& who, Lang lang,
                 const std::string& review_by) {
    const bool zh = is_zh(lang);
    const auto& lib = template_library();
    std::vector<bool> in_name;
    const std::vector<int> ranked = ranked_templates(&tp, kf, &in_name);
    const std::optional<Stated> stated = stated_number(kf);
    Standard s;
    if (stated) {
        // A template carries the customer's number only when it speaks of the same thing: a keyword where
        // the number is (not only in the expectation), and no start event of the customer's own to keep.
        int fit = -1;
        if (!names_its_start(*stated, lang))
            for (size_t i = 0; i < ranked.size(); ++i)
                if ((in_name[i] || !stated->in_name) && fits(lib[ranked[i]], stated->quantity)) {
                    fit = ranked[i];
                    break;
                }
        s = fit >= 0 ? from_template(lib[fit], stated, tp, kf, who, lang) : from_customer_text(*stated, tp, kf, who, lang);
    } else {
        int t = ranked.empty() ? generic_template(kf) : ranked[0];
        // A feeling in the name is asked of customers, whatever the expectation mentions.
        if (lib[t].draft.type == StandardType::Hard && feeling_words().any_in(kf.name) &&
            !(ranked.size() && in_name[0])) {
            t = generic_template(kf);
            if (lib[t].draft.type == StandardType::Hard) t = keyword_index().generic_of_dimension[int(Dimension::Caring)];
        }
        s = from_template(lib[t], std::nullopt, tp, kf, who, lang);
        if (zh && !ranked.empty() && t == ranked[0] && in_name[0]) s.statement = with_second_clause(lib[t], kf, s.statement);
    }
    // Backstage and support steps happen out of the customer's sight.
    s.customer_visible = s.customer_visible && tp.lane != Lane::Backstage && tp.lane != Lane::Support;
    s.owner = tp.role;
    s.review_by = review_by;
    s.agreed_with_staff = false;  // a draft: the staff who deliver it still have to agree
    s.approved = false;
    return s;
}

// The role that serves the touchpoint, as the draft's language names it.
std::string who_for(const Blueprint& b, const Touchpoint& tp, Lang lang) {
    const bool zh = is_zh(lang);
    if (tp.role.empty()) return {};
    for (const Role& r : b.roles)
        if (r.id == tp.role) return std::string(text::trim(zh || text::trim(r.name_en).empty() ? r.name : r.name_en));
    return {};
}

// -------------------------------------------------------------------------------------------- edits
// Appends one drafted standard to a key factor; undo removes it by id.
class AddDraft : public Edit {
public:
    AddDraft(KeyFactorId parent, Standard s) : parent_(std::move(parent)), standard_(std::move(s)) {}
    bool apply(Blueprint& d, Locator& w) const override {
        auto p = w.find(parent_);  // adding standards never moves key factors: no index rebuild
        if (!p) return false;
        key_factor_at(d, *p).standards.push_back(standard_);
        return true;
    }
    bool revert(Blueprint& d, Locator& w) const override {
        auto p = w.find(parent_);
        if (!p) return false;
        auto& list = key_factor_at(d, *p).standards;
        for (size_t i = list.size(); i-- > 0;) {
            if (list[i].id == standard_.id) {
                list.erase(list.begin() + i);
                return true;
            }
        }
        return false;
    }
    std::string describe(Lang lang) const override { return is_zh(lang) ? "添加标准" : "Add standard"; }
    bool circles_changed(const Blueprint& d, Locator& w, CircleChanges& out) const override {
        return out.add_circle_of(d, w, parent_.value);
    }

private:
    KeyFactorId parent_;
    Standard standard_;
};

}  // namespace

std::string number_source_text(const Standard& s, Lang lang) {
    const bool zh = is_zh(lang);
    const std::string& basis = s.number_basis;
    switch (s.number_source) {
        case NumberSource::Unset: return {};
        case NumberSource::Customer:
            return zh ? "顾客期望" + (basis.empty() ? std::string() : "：“" + basis + "”")
                      : "Customer expectation" + (basis.empty() ? std::string() : ": \"" + basis + "\"");
        case NumberSource::Seed:
            return (zh ? "种子模板" : "Seed template") + (basis.empty() ? std::string() : " " + basis);
        case NumberSource::Suggested:
            return (zh ? "建议默认值，待与员工商定" : "Suggested default, to be agreed with staff") +
                   (basis.empty() ? std::string() : (zh ? "（参照 " : " (after ") + basis + (zh ? "）" : ")"));
    }
    return {};
}

Standard propose_standard(const Touchpoint& tp, const KeyFactor& kf, Lang lang, const std::string& today) {
    return compose(tp, kf, {}, lang, add_years(today, 1));
}

Standard propose_standard(const Blueprint& b, const Touchpoint& tp, const KeyFactor& kf, Lang lang,
                          const std::string& today) {
    const Lang drafts = draft_language(b, lang);
    return compose(tp, kf, who_for(b, tp, drafts), drafts, add_years(today, 1));
}

EditPtr convert_all(Document& doc, Lang lang, const std::string& today) {
    const std::string review_by = add_years(today, 1);
    const Blueprint& b = doc.model();
    const Lang drafts = draft_language(b, lang);
    size_t missing = 0;
    for (const Circle& c : b.circles)
        for (const Touchpoint& tp : c.touchpoints)
            for (const KeyFactor& kf : tp.key_factors) missing += kf.standards.empty();
    if (missing == 0) return nullptr;

    std::vector<EditPtr> edits;
    edits.reserve(missing);
    for (const Circle& c : b.circles)
        for (const Touchpoint& tp : c.touchpoints) {
            std::string who;
            bool who_known = false;
            for (const KeyFactor& kf : tp.key_factors) {
                if (!kf.standards.empty()) continue;
                if (!who_known) who = who_for(b, tp, drafts), who_known = true;
                Standard s = compose(tp, kf, who, drafts, review_by);
                s.id = StandardId(doc.new_id("st"));
                edits.push_back(std::make_unique<AddDraft>(kf.id, std::move(s)));
            }
        }
    std::string n = std::to_string(edits.size());
    return batch(std::move(edits), {"转换为标准（" + n + " 条）", "Convert to standards (" + n + ")"});
}

EditPtr convert_one(Document& doc, const KeyFactorId& id, Lang lang, const std::string& today) {
    auto where = doc.locator().find(id);
    if (!where) return nullptr;
    const Blueprint& b = doc.model();
    Standard s = propose_standard(b, touchpoint_at(b, *where), key_factor_at(b, *where), lang, today);
    s.id = StandardId(doc.new_id("st"));
    return insert_standard(id, std::move(s));
}

}  // namespace bp
