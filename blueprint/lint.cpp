// Lint: the rule table, the walk over the blueprint, and the rules on touchpoints, key factors and
// standards. The circle sequencing rules are in lint_circle.cpp.
// Sections: rule table · helpers · standard rules · walk.
#include "lint.h"

#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "dates.h"
#include "enums.h"
#include "glossary.h"
#include "lint_internal.h"
#include "text.h"

namespace bp {

using namespace lint_detail;
using text::quote_en;
using text::quote_zh;

// -------------------------------------------------------------------------------------- rule table
namespace {
const std::vector<RuleInfo>& table() {
    static const std::vector<RuleInfo> rules = {
        {"coverage.touchpoint-without-key-factor", Severity::Warning, "触点没有关键因素",
         "Touchpoint without key factors"},
        {"coverage.key-factor-without-standard", Severity::Warning, "关键因素没有服务标准",
         "Key factor without a standard"},
        {"measurable.hard-incomplete", Severity::Error, "硬标准不可测量（缺指标、单位、目标值或可观察的测量方法）",
         "Hard standard not measurable (metric, unit, target value or observable method missing)"},
        {"measurable.soft-incomplete", Severity::Error, "软标准缺少调查问题、量表或目标值",
         "Soft standard without survey question, scale or target"},
        {"measurable.vague-wording", Severity::Warning, "措辞含糊且没有数字（如“尽快”“及时”）",
         "Vague wording with no number (\"promptly\", \"as soon as possible\")"},
        {"measurable.compliance-invalid", Severity::Error, "达标比例不在 0 到 1 之间",
         "Compliance share outside 0 to 1"},
        {"measurable.compliance-low", Severity::Warning, "达标比例低于一半", "Compliance share below one half"},
        {"pitfall.average-target", Severity::Warning, "误区3：以平均值为目标", "Pitfall 3: target stated as an average"},
        {"pitfall.hidden-from-customers", Severity::Warning, "误区4：服务圈的标准都不对顾客公开",
         "Pitfall 4: no standard of the circle is visible to customers"},
        {"pitfall.too-detailed", Severity::Warning, "误区5：一个触点的标准过多",
         "Pitfall 5: too many standards on one touchpoint"},
        {"pitfall.no-customer-expectation", Severity::Warning, "误区6：标准没有对应的顾客期望",
         "Pitfall 6: standard not traced to a customer expectation"},
        {"pitfall.safety-risk", Severity::Info, "误区6：过紧的送达时限可能带来安全风险",
         "Pitfall 6: a tight delivery time may create a safety risk"},
        {"ownership.no-owner", Severity::Warning, "标准没有负责人", "Standard without an owner"},
        {"ownership.unknown-owner", Severity::Error, "负责人不是蓝图中的角色", "Owner is not a role of the blueprint"},
        {"ownership.no-review-date", Severity::Info, "标准没有复审日期", "Standard without a review date"},
        {"ownership.review-date-invalid", Severity::Error, "复审日期无效", "Review date not valid"},
        {"ownership.review-overdue", Severity::Warning, "复审日期已过", "Review date already past"},
        {"circle.end-not-best", Severity::Warning, "服务圈原则：没有以最好的感受结束",
         "Circle principle: does not end on its best moment"},
        {"circle.pain-late", Severity::Warning, "服务圈原则：不愉快的环节排得太晚",
         "Circle principle: unpleasant moments come late"},
        {"circle.pain-scattered", Severity::Info, "服务圈原则：不愉快的环节分散，没有捆绑",
         "Circle principle: unpleasant moments scattered, not bundled"},
        {"circle.pleasure-lumped", Severity::Info, "服务圈原则：愉快的环节挤在一起，没有分散",
         "Circle principle: pleasant moments lumped, not spread"},
        {"circle.no-motivation-factor", Severity::Info, "服务圈没有激励因素（M）",
         "Circle without a motivation (M) factor"},
        {"measurable.statement-target-mismatch", Severity::Warning, "标准表述中的数字与目标值不一致",
         "Statement's number disagrees with its target"},
        {"process.fail-point-without-mitigation", Severity::Warning, "失误点没有补救措施",
         "Fail point without a mitigation"},
        {"process.wait-without-time-standard", Severity::Warning, "等候点没有等候时间标准",
         "Wait point without a waiting-time standard"},
        {"circle.missing-element", Severity::Warning, "服务圈缺少硬件、软件或人员方面的关键因素",
         "Circle without a hardware, software or people key factor"},
        {"ownership.not-agreed", Severity::Info, "标准尚未与员工商定或尚未批准",
         "Standards not yet agreed with staff or approved"},
        {"handoff.without-standard", Severity::Warning, "不同角色之间的交接没有标准覆盖（交接清楚，明确责任）",
         "Handoff between different roles that no standard covers"},
        {"chain.over-promise", Severity::Error, "交接时限串起来超过了对顾客的承诺", "Chain of deadlines longer than the promise"},
        {"chain.deadline-unmet", Severity::Warning, "交接的钟点时限赶不上它之前的环节",
         "A clock deadline the chain before it cannot meet"},
        {"process.end-point-only", Severity::Warning, "只在服务结束点设了标准（只监控了服务结束点）",
         "Standards only on the last moment (only the end point is monitored)"},
        {"process.complaints-only", Severity::Warning, "只以投诉或满意度为衡量（不投诉不等于满意）",
         "Only complaints or satisfaction as measures (no complaint is not satisfaction)"},
        {"layers.activity-without-actor", Severity::Warning, "活动没有角色或系统", "Activity with no role or system"},
        {"handoff.role-receives-nothing", Severity::Warning, "角色的第一个活动没有收到任何交接",
         "A role's first activity receives nothing"},
        {"process.fail-point-without-recovery-circle", Severity::Warning, "失误点没有链接补救服务圈",
         "Fail point without a link to the recovery circle"},
        {"process.recovery-as-text", Severity::Info, "补救措施用文字提到服务圈，没有链接",
         "Recovery names a circle in text instead of linking it"},
        {"measurable.not-computable", Severity::Error, "标准的达标率无法按声明的计分方法计算",
         "Standard's compliance cannot be computed as declared"},
        {"results.due-without-data", Severity::Warning, "按频率本期应测量，却没有数据（没有稽查就没有执行）",
         "Due this period by its frequency, but no results"},
        {"results.below-repeatedly", Severity::Warning, "连续多期未达标：重新培训或修订标准",
         "Below target several periods in a row: retrain or revise"},
        {"results.too-few-observations", Severity::Info, "观测数太少，无法判断是否达标", "Too few observations to judge"},
        {"results.met-all-year", Severity::Info, "一年来每期都达标：考虑提高目标", "Met every period for a year: consider raising the target"},
        {"results.end-point-only", Severity::Warning, "只测量了服务圈的最后一个触点", "Only the circle's last moment is measured"},
        {"results.complaints-only", Severity::Warning, "只测量了投诉或满意度", "Only complaints or satisfaction are measured"},
        {"results.public-promise-broken", Severity::Warning, "对顾客公开的标准未达标：公开的承诺没有兑现",
         "A customer-visible standard is below target: a public promise is broken"},
    };
    return rules;
}
}  // namespace

const std::vector<RuleInfo>& lint_rules() { return table(); }

const RuleInfo& lint_detail::info(Rule r) { return table()[size_t(r)]; }

std::string_view severity_token(Severity s) {
    switch (s) {
        case Severity::Error: return "error";
        case Severity::Warning: return "warning";
        case Severity::Info: return "info";
    }
    return "";
}

// ----------------------------------------------------------------------------------------- helpers
namespace {

const text::KeywordSet& vague_words() {
    static const text::KeywordSet set({"尽快", "及时", "马上", "立即", "立刻", "迅速", "尽早", "quickly", "promptly",
                                       "as soon as possible", "asap", "timely", "right away"});
    return set;
}

const text::KeywordSet& average_words() {
    static const text::KeywordSet set({"平均", "average", "mean time"});
    return set;
}

std::string first_match(const text::KeywordSet& set, std::string_view s) {
    std::string found;
    set.for_each_match(s, [&](int k) {
        if (found.empty()) found = set.keyword(k);
    });
    return found;
}

// The parts a standard lacks, listed in both languages: "指标、单位" / "metric, unit".
struct Missing {
    std::string zh, en;
    void add(const std::string& part_zh, const std::string& part_en) {
        zh += (zh.empty() ? "" : "、") + part_zh;
        en += (en.empty() ? "" : ", ") + part_en;
    }
    bool any() const { return !zh.empty(); }
};

struct Context {
    const Blueprint& doc;
    const LintOptions& options;
    std::unordered_set<std::string_view> roles;
    bool check_overdue;
};

// ----------------------------------------------------------------------------------- standard rules
void lint_standard(const Context& cx, const KeyFactor& kf, const Standard& s, Sink& sink) {
    // The standard's name for messages, built only when a finding is kept.
    auto sz = [&] { return quote_zh(s.statement, s.id.value); };
    auto se = [&] { return quote_en(s.statement, s.id.value); };
    const Target& t = s.target;
    const bool has_value = t.value && std::isfinite(*t.value);

    if (s.type == StandardType::Hard) {
        Missing m;
        if (text::trim(t.metric).empty()) m.add("指标", "metric");
        if (text::trim(t.unit).empty()) m.add("单位", "unit");
        if (!has_value) m.add("目标值", "target value");
        if (s.measurement.method == Method::Survey || s.measurement.method == Method::Interview)
            m.add("可观察的测量方法（现为" + std::string(label(s.measurement.method, Lang::Zh)) + "）",
                  "an observable measurement method (now " + std::string(label(s.measurement.method, Lang::En)) + ")");
        if (m.any())
            sink.add(Rule::HardIncomplete, s.id, [&] {
                return Msg{"硬标准" + sz() + "缺少：" + m.zh, "Hard standard " + se() + " lacks: " + m.en};
            });
    } else {
        Missing m;
        if (text::trim(t.survey_question).empty()) m.add("调查问题", "survey question");
        const bool scale_ok = t.scale_min < t.scale_max;
        if (!scale_ok) m.add("有效量表（最小值须小于最大值）", "a valid scale (min below max)");
        if (!has_value)
            m.add("目标值", "target value");
        else if (scale_ok && (*t.value < t.scale_min || *t.value > t.scale_max))
            m.add("量表范围内的目标值", "a target value within the scale");
        if (m.any())
            sink.add(Rule::SoftIncomplete, s.id, [&] {
                return Msg{"软标准" + sz() + "缺少：" + m.zh, "Soft standard " + se() + " lacks: " + m.en};
            });
    }

    if (!text::has_number(s.statement)) {
        std::string word = first_match(vague_words(), s.statement);
        if (!word.empty())
            sink.add(Rule::VagueWording, s.id, [&] {
                return Msg{"标准" + sz() + "用了含糊的“" + word + "”却没有数字：写明时限或数量，例如“24 小时内”",
                           "Standard " + se() + " says \"" + word +
                               "\" without a number: state the limit, e.g. \"within 24 hours\""};
            });
    }

    if (!(t.compliance >= 0 && t.compliance <= 1)) {  // also NaN
        sink.add(Rule::ComplianceInvalid, s.id, [&] {
            return Msg{
                "标准" + sz() + "的达标比例 " + text::format_number(t.compliance) + " 不在 0 到 1 之间（0.95 表示 95%）",
                "Standard " + se() + " has a compliance share of " + text::format_number(t.compliance) +
                    ", outside 0 to 1 (0.95 means 95%)"};
        });
    } else if (t.compliance < 0.5) {
        std::string pct = text::format_number(t.compliance * 100) + "%";
        sink.add(Rule::ComplianceLow, s.id, [&] {
            return Msg{"标准" + sz() + "只要求 " + pct + " 的情况达标，不到一半：目标或比例是否定错了？",
                       "Standard " + se() + " requires only " + pct +
                           " of occurrences to comply, under half: is the target right?"};
        });
    }

    if (t.aggregation == Aggregation::Average) {
        sink.add(Rule::AverageTarget, s.id, [&] {
            return Msg{
                "标准" + sz() + "以平均值为目标（误区3）：改为每次都要达到的目标，并写明达标比例，例如 95%",
                "Standard " + se() +
                    " targets an average (pitfall 3): set a target every occurrence must meet, with a compliance "
                    "share such as 95%"};
        });
    } else if (std::string word = first_match(average_words(), s.statement); !word.empty()) {
        sink.add(Rule::AverageTarget, s.id, [&] {
            return Msg{"标准" + sz() + "的表述用了“" + word + "”（误区3）：改为每次都要达到的目标，并写明达标比例",
                       "Standard " + se() + " is worded as \"" + word +
                           "\" (pitfall 3): state a target every occurrence must meet, with a compliance share"};
        });
    }

    if (text::trim(kf.expectation).empty())
        sink.add(Rule::NoCustomerExpectation, s.id, [&] {
            return Msg{"标准" + sz() + "所属的关键因素" + quote_zh(kf.name, kf.id.value) +
                           "没有写顾客期望（误区6）：标准要对应顾客的需要，不为标准而标准",
                       "Standard " + se() + ": its key factor " + quote_en(kf.name, kf.id.value) +
                           " states no customer expectation (pitfall 6): a standard must serve a customer need"};
        });

    lint_safety_risk(kf, s, sink);  // 误区6 (lint_method.cpp)

    if (s.owner.empty()) {
        sink.add(Rule::NoOwner, s.id, [&] {
            return Msg{"标准" + sz() + "没有负责人", "Standard " + se() + " has no owner"};
        });
    } else if (!cx.roles.count(s.owner.value)) {
        sink.add(Rule::UnknownOwner, s.id, [&] {
            return Msg{"标准" + sz() + "的负责人“" + s.owner.value + "”不是蓝图中的角色",
                       "The owner \"" + s.owner.value + "\" of standard " + se() + " is not a role of this blueprint"};
        });
    }

    static const std::string review_date(glossary::review_date.zh);  // one word in messages, panel, exports
    if (text::trim(s.review_by).empty()) {
        sink.add(Rule::NoReviewDate, s.id, [&] {
            return Msg{"标准" + sz() + "没有" + review_date + "：标准过时要及时修订",
                       "Standard " + se() + " has no review date: standards must be revised when obsolete"};
        });
    } else if (!valid_date(s.review_by)) {
        sink.add(Rule::ReviewDateInvalid, s.id, [&] {
            return Msg{"标准" + sz() + "的" + review_date + "“" + s.review_by + "”不是有效日期（YYYY-MM-DD）",
                       "Standard " + se() + " has review date \"" + s.review_by + "\", not a valid YYYY-MM-DD date"};
        });
    } else if (cx.check_overdue && s.review_by < cx.options.today) {  // ISO dates order as strings
        sink.add(Rule::ReviewOverdue, s.id, [&] {
            return Msg{
                "标准" + sz() + "的" + review_date + " " + s.review_by + " 已过（今天 " + cx.options.today + "）",
                "Standard " + se() + " was due for review on " + s.review_by + " (today is " + cx.options.today + ")"};
        });
    }
}

// -------------------------------------------------------------------------------------------- walk
// The rules on one circle's touchpoints, key factors and standards.
void walk_circle(const Context& cx, const Circle& c, Sink& sink) {
    const LintOptions& options = cx.options;
    size_t standards = 0, visible = 0;
    for (const Touchpoint& tp : c.touchpoints) {
        if (tp.key_factors.empty())
            sink.add(Rule::TouchpointWithoutKeyFactor, tp.id, [&] {
                return Msg{"触点" + quote_zh(tp.name, tp.id.value) + "还没有关键因素：找出让顾客满意或不满意的行为",
                           "Touchpoint " + quote_en(tp.name, tp.id.value) +
                               " has no key factor: find the behaviours that make customers satisfied or not"};
            });
        size_t on_touchpoint = 0;
        for (const KeyFactor& kf : tp.key_factors) {
            if (kf.standards.empty() && !listed_first(kf))  // important ones: lint_method, first
                sink.add(Rule::KeyFactorWithoutStandard, kf.id, [&] {
                    return Msg{"关键因素" + quote_zh(kf.name, kf.id.value) + "（触点" +
                                   quote_zh(tp.name, tp.id.value) + "）还没有服务标准：可用“转换”生成草稿",
                               "Key factor " + quote_en(kf.name, kf.id.value) + " (touchpoint " +
                                   quote_en(tp.name, tp.id.value) + ") has no standard yet: Convert drafts one"};
                });
            for (const Standard& s : kf.standards) {
                lint_standard(cx, kf, s, sink);
                lint_scoring(cx.doc, s, sink);
                if (s.customer_visible) ++visible;
            }
            on_touchpoint += kf.standards.size();
        }
        standards += on_touchpoint;
        const int cap = options.max_standards_per_touchpoint;
        if (cap > 0 && on_touchpoint > size_t(cap))
            sink.add(Rule::TooDetailed, tp.id, [&] {
                return Msg{"触点" + quote_zh(tp.name, tp.id.value) + "有 " + std::to_string(on_touchpoint) +
                               " 条标准，超过上限 " + std::to_string(cap) + "（误区5）：只保留顾客最在意的",
                           "Touchpoint " + quote_en(tp.name, tp.id.value) + " has " +
                               text::counted(on_touchpoint, "standard") + ", more than the cap of " +
                               std::to_string(cap) + " (pitfall 5): keep the ones customers care about"};
            });
    }
    if (standards > 0 && visible == 0)
        sink.add(Rule::HiddenFromCustomers, c.id, [&] {
            return Msg{
                "服务圈" + quote_zh(c.name, c.id.value) + "的 " + std::to_string(standards) +
                    " 条标准都不对顾客公开（误区4）：顾客是最好的监督者，至少公开一条",
                (standards == 1 ? "The one standard of circle " + quote_en(c.name, c.id.value) + " is not"
                                : "None of the " + text::counted(standards, "standard") + " of circle " +
                                      quote_en(c.name, c.id.value) + " is") +
                    " visible to customers (pitfall 4): customers are the best supervisors; publish some"};
        });
    lint_circle_sequence(c, sink);
    lint_motivation(c, sink);
}

// The whole document in the order lint_internal.h gives; `circle_part` runs the three parts of one
// circle (all: the parts, 0 method, 1 layers, 2 walk).
template <class CirclePart>
void walk(const Context& cx, Sink& sink, CirclePart&& circle_part) {
    lint_important(cx.doc, sink);
    for (const Circle& c : cx.doc.circles) circle_part(c, 0, sink);
    for (const Circle& c : cx.doc.circles) circle_part(c, 1, sink);
    lint_recovery_links(cx.doc, sink);
    lint_results(cx.doc, cx.options, sink);
    for (const Circle& c : cx.doc.circles) circle_part(c, 2, sink);
}

void circle_part(const Context& cx, const Circle& c, int part, Sink& sink) {
    if (part == 0) lint_method_circle(c, sink);
    else if (part == 1) lint_layers_circle(cx.doc, c, sink);
    else walk_circle(cx, c, sink);
}

Context context(const Blueprint& doc, const LintOptions& options) {
    Context cx{doc, options, {}, valid_date(options.today)};
    for (const Role& r : doc.roles) cx.roles.insert(r.id.value);
    return cx;
}

}  // namespace

std::vector<Finding> lint(const Blueprint& doc, const LintOptions& options) {
    const Context cx = context(doc, options);
    auto part = [&](const Circle& c, int i, Sink& sink) { circle_part(cx, c, i, sink); };
    Sink counter(nullptr);  // first count, then fill a vector of the exact size
    walk(cx, counter, part);
    std::vector<Finding> out;
    out.reserve(counter.count());
    Sink sink(&out);
    walk(cx, sink, part);
    mark_acknowledged(doc, out);
    return out;
}

// ------------------------------------------------------------------------------------- incremental
namespace {
// What the circle parts read besides their circle: the roles' ids and names, and the options.
std::string roles_key(const Blueprint& doc) {
    std::string key;
    for (const Role& r : doc.roles) key.append(r.id.value).append(1, '\0').append(r.name).append(1, '\0').append(r.name_en).append(1, '\n');
    return key;
}
bool same_options(const LintOptions& a, const LintOptions& b) {
    return a.max_standards_per_touchpoint == b.max_standards_per_touchpoint && a.today == b.today &&
           a.period == b.period && a.below_periods == b.below_periods;
}
}  // namespace

const std::vector<Finding>& IncrementalLint::run(const Blueprint& doc, const LintOptions& options,
                                                 const std::unordered_set<std::string>* changed) {
    const Context cx = context(doc, options);
    std::string roles = roles_key(doc);
    if (!changed || roles != roles_ || !same_options(options, options_)) circles_.clear();
    roles_ = std::move(roles);
    options_ = options;
    if (changed)
        for (const std::string& id : *changed) circles_.erase(id);

    // Every circle's parts, from the cache or linted now; a circle id twice (a document no loader made)
    // is linted each time, uncached.
    std::unordered_map<std::string, Parts> kept;
    kept.reserve(doc.circles.size());
    std::vector<const Parts*> parts(doc.circles.size());
    std::vector<Parts> uncached;
    uncached.reserve(doc.circles.size());
    for (size_t i = 0; i < doc.circles.size(); ++i) {
        const Circle& c = doc.circles[i];
        auto cached = circles_.find(c.id.value);
        Parts p;
        if (cached != circles_.end() && !kept.count(c.id.value)) {
            p = std::move(cached->second);
        } else {
            for (int part = 0; part < 3; ++part) {
                Sink sink(&p.findings[part]);
                circle_part(cx, c, part, sink);
            }
        }
        auto [it, fresh] = kept.emplace(c.id.value, Parts{});
        if (fresh) {
            it->second = std::move(p);
            parts[i] = &it->second;
        } else {
            uncached.push_back(std::move(p));
            parts[i] = &uncached.back();
        }
    }

    // The kept findings run through the same walk as lint(): one order, written once.
    findings_.clear();
    Sink sink(&findings_);
    walk(cx, sink, [&](const Circle& c, int part, Sink& out) {
        out.append(parts[size_t(&c - doc.circles.data())]->findings[size_t(part)]);
    });
    mark_acknowledged(doc, findings_);
    circles_ = std::move(kept);
    return findings_;
}

void mark_acknowledged(const Blueprint& doc, std::vector<Finding>& findings) {
    if (doc.acknowledgements.empty()) return;
    std::unordered_map<std::string, const Acknowledgement*> by_key;  // rule + '\n' + element
    for (const Acknowledgement& a : doc.acknowledgements) by_key.emplace(a.rule + '\n' + a.element, &a);
    std::string key;
    for (Finding& f : findings) {
        key.assign(f.rule).append(1, '\n').append(f.element.str());
        auto it = by_key.find(key);
        f.acknowledged = it != by_key.end();
        f.acknowledgement_note = f.acknowledged ? it->second->note : std::string();
    }
}

}  // namespace bp
