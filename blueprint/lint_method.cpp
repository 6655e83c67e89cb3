// The method's rules that the seeds state (issue 9): important key factors without a standard come
// first (000 step 3); a statement whose number disagrees with its target; a fail point without a
// mitigation and a wait point without a waiting-time standard (000 "确保客户不因等待而产生不满"); a
// circle missing hardware, software or people (001 5.2.1 "相辅相成，缺一不可"); standards not yet agreed
// with staff or approved (001 principles 1, 6, 9; one finding per circle); and Domino's 误区6, which is
// about road traffic, not luggage carried to a room. Sections: helpers · rules · walk.
#include <algorithm>
#include <cmath>

#include "enums.h"
#include "lint_internal.h"
#include "quantities.h"
#include "text.h"

namespace bp::lint_detail {

using text::quote_en;
using text::quote_zh;
namespace q = quantity;

// ----------------------------------------------------------------------------------------- helpers
namespace {

constexpr int kImportant = 4;  // importance 4 and 5 of 1..5

bool same(double a, double b) { return std::fabs(a - b) <= 1e-6 * std::max(1.0, std::fabs(b)); }

// A number the statement states with a bounding word (以内, 不超过, at least …), of the target's kind,
// while none of those numbers is the target's value; nothing when the statement agrees or says nothing
// comparable. Soft standards also compare shares ("至少 90% 的顾客") with the compliance share.
struct Mismatch {
    bool found = false;
    q::Quantity said;
    double target = 0;
    std::string unit;
};

Mismatch statement_mismatch(const Standard& s) {
    Mismatch m;
    if (!s.target.value || !std::isfinite(*s.target.value)) return m;
    const q::Unit unit = q::unit_of(s.target.unit);
    const q::Kind kind = q::kind_of(unit);
    if (kind == q::Kind::None) return m;
    const std::vector<q::Quantity> said = q::read(s.statement);
    bool comparable = false, agrees = false;
    const q::Quantity* first = nullptr;
    for (const q::Quantity& x : said) {
        if (!x.comparator_stated) continue;
        if (s.type == StandardType::Soft && x.unit == q::Unit::Percent) {
            if (!same(x.value, s.target.compliance * 100)) {
                m.found = true;
                m.said = x;
                m.target = s.target.compliance * 100;
                m.unit = "%";
                return m;
            }
            continue;
        }
        if (q::kind_of(x.unit) != kind) continue;
        double v = 0;
        if (!q::convert(x.value, x.unit, unit, v)) continue;  // working days against hours: not comparable
        comparable = true;
        if (same(v, *s.target.value)) agrees = true;
        if (!first) first = &x;
    }
    if (comparable && !agrees) {
        m.found = true;
        m.said = *first;
        m.target = *s.target.value;
        m.unit = s.target.unit;
    }
    return m;
}

bool has_waiting_time_standard(const Touchpoint& tp) {
    for (const KeyFactor& k : tp.key_factors)
        for (const Standard& s : k.standards)
            if (s.type == StandardType::Hard && q::kind_of(q::unit_of(s.target.unit)) == q::Kind::Duration &&
                s.target.value)
                return true;
    return false;
}

const text::KeywordSet& delivery_words() {
    static const text::KeywordSet set({"送货", "配送", "送达", "送餐", "外卖", "deliver"});
    return set;
}

// Carried inside a building: luggage to a room, documents to an office. No road, no traffic risk.
const text::KeywordSet& in_building_words() {
    static const text::KeywordSet set({"行李", "文件", "资料", "单据", "房间", "客房", "楼层", "楼内", "前台",
                                       "办公室", "病房", "luggage", "baggage", "bags to", "document", "paperwork",
                                       "to the room", "room service", "in-house", "in the building", "office"});
    return set;
}

}  // namespace

// --------------------------------------------------------------------------------------------- rules
bool listed_first(const KeyFactor& kf) { return kf.standards.empty() && kf.importance >= kImportant; }

// Domino's "30 minutes or free" (001, 误区6): a tight delivery promise pushes drivers to hurry on the road.
void lint_safety_risk(const KeyFactor& kf, const Standard& s, Sink& sink) {
    const Target& t = s.target;
    if (s.type != StandardType::Hard || !t.value || !std::isfinite(*t.value)) return;
    if (t.comparator != Comparator::AtMost && t.comparator != Comparator::LessThan) return;
    const double minutes = q::minutes_per(q::unit_of(t.unit)) * *t.value;
    if (!(minutes > 0 && minutes <= 60)) return;
    const bool delivery = delivery_words().any_in(s.statement) || delivery_words().any_in(t.metric) ||
                          delivery_words().any_in(kf.name);
    if (!delivery) return;
    if (in_building_words().any_in(s.statement) || in_building_words().any_in(t.metric) ||
        in_building_words().any_in(kf.name) || in_building_words().any_in(kf.expectation))
        return;
    const std::string limit = text::format_number(*t.value) + " " + t.unit;
    sink.add(Rule::SafetyRisk, s.id, [&] {
        return Msg{"标准" + quote_zh(s.statement, s.id.value) + "要求 " + limit +
                       "内送达（误区6）：过紧的时限可能让员工冒险赶路，达美乐“30 分钟送达”因此被取消；请评估安全风险",
                   "Standard " + quote_en(s.statement, s.id.value) + " promises delivery within " + limit +
                       " (pitfall 6): a tight limit pushes staff to hurry; Domino's dropped its 30-minute promise "
                       "for this. Assess the safety risk"};
    });
}

namespace {

void lint_important_without_standard(const Blueprint& doc, Sink& sink) {
    for (int level = 5; level >= kImportant; --level)  // the most important first
        for (const Circle& c : doc.circles)
            for (const Touchpoint& tp : c.touchpoints)
                for (const KeyFactor& kf : tp.key_factors) {
                    if (!listed_first(kf) || std::min(kf.importance, 5) != level) continue;
                    sink.add(Rule::KeyFactorWithoutStandard, kf.id, [&] {
                        return Msg{"重要度 " + std::to_string(kf.importance) + " 的关键因素" +
                                       quote_zh(kf.name, kf.id.value) + "（触点" + quote_zh(tp.name, tp.id.value) +
                                       "）还没有服务标准：先为它制定标准，可用“转换”生成草稿",
                                   "Key factor " + quote_en(kf.name, kf.id.value) + " of importance " +
                                       std::to_string(kf.importance) + " (touchpoint " +
                                       quote_en(tp.name, tp.id.value) +
                                       ") has no standard yet: standardise it first; Convert drafts one"};
                    });
                }
}

void lint_statement_numbers(const Standard& s, Sink& sink) {
    const Mismatch m = statement_mismatch(s);
    if (!m.found) return;
    const std::string said = s.statement.substr(m.said.begin, m.said.end - m.said.begin);
    const std::string target = text::format_number(m.target) + (m.unit == "%" ? "%" : " " + m.unit);
    sink.add(Rule::StatementTargetMismatch, s.id, [&] {
        return Msg{"标准" + quote_zh(s.statement, s.id.value) + "的表述说“" + said + "”，目标却是 " + target +
                       "：表述与目标要一致",
                   "Standard " + quote_en(s.statement, s.id.value) + " says \"" + said + "\" but its target is " +
                       target + ": the statement and the target must agree"};
    });
}

void lint_touchpoint(const Touchpoint& tp, Sink& sink) {
    if (tp.fail_point && text::trim(tp.mitigation).empty() && tp.recovery.empty())  // a recovery circle is one
        sink.add(Rule::FailPointWithoutMitigation, tp.id, [&] {
            return Msg{"触点" + quote_zh(tp.name, tp.id.value) + "是失误点，却没有写补救措施：写明出错时怎么做",
                       "Touchpoint " + quote_en(tp.name, tp.id.value) +
                           " is a fail point without a mitigation: say what is done when it fails"};
        });
    if (tp.wait_point && !has_waiting_time_standard(tp))
        sink.add(Rule::WaitWithoutTimeStandard, tp.id, [&] {
            return Msg{"触点" + quote_zh(tp.name, tp.id.value) +
                           "是等候点，却没有等候时间的标准：确保顾客不因等待而产生不满（例如“等候不超过 10 分钟”）",
                       "Touchpoint " + quote_en(tp.name, tp.id.value) +
                           " is a wait point without a waiting-time standard: customers must not grow unhappy "
                           "waiting (e.g. \"wait no longer than 10 minutes\")"};
        });
}

void lint_elements(const Circle& c, Sink& sink) {
    bool seen[3] = {false, false, false};
    bool any = false;
    for (const Touchpoint& tp : c.touchpoints)
        for (const KeyFactor& kf : tp.key_factors) {
            any = true;
            const int e = int(kf.element);
            if (e >= 0 && e < 3) seen[e] = true;
        }
    if (!any || (seen[0] && seen[1] && seen[2])) return;
    std::string zh, en;
    for (const auto& info : enum_table<Pillar>()) {
        const int e = int(info.value);
        if (e < 0 || e >= 3 || seen[e]) continue;
        zh += (zh.empty() ? "" : "、") + std::string(info.zh);
        en += (en.empty() ? "" : ", ") + std::string(info.en);
    }
    sink.add(Rule::MissingElement, c.id, [&] {
        return Msg{"服务圈" + quote_zh(c.name, c.id.value) + "没有" + zh +
                       "方面的关键因素：硬件、软件和人员三大要素相辅相成，缺一不可",
                   "Circle " + quote_en(c.name, c.id.value) + " has no key factor for " + en +
                       ": hardware, software and people work together, none can be missing"};
    });
}

void lint_agreement(const Circle& c, Sink& sink) {
    size_t total = 0, not_agreed = 0, not_approved = 0;
    for (const Touchpoint& tp : c.touchpoints)
        for (const KeyFactor& kf : tp.key_factors)
            for (const Standard& s : kf.standards) {
                ++total;
                not_agreed += !s.agreed_with_staff;
                not_approved += !s.approved;
            }
    if (not_agreed == 0 && not_approved == 0) return;
    sink.add(Rule::NotAgreed, c.id, [&] {
        return Msg{"服务圈" + quote_zh(c.name, c.id.value) + "的 " + std::to_string(total) + " 条标准中，" +
                       std::to_string(not_agreed) + " 条尚未与执行的员工商定，" + std::to_string(not_approved) +
                       " 条尚未批准：标准要与员工共同制定、经管理层支持后执行",
                   "Of the " + std::to_string(total) + " standards of circle " + quote_en(c.name, c.id.value) + ", " +
                       std::to_string(not_agreed) + " are not yet agreed with the staff who deliver them and " +
                       std::to_string(not_approved) +
                       " not yet approved: standards are set with staff and backed by management"};
    });
}

}  // namespace

// -------------------------------------------------------------------------------------------- walk
void lint_important(const Blueprint& doc, Sink& sink) { lint_important_without_standard(doc, sink); }

void lint_method_circle(const Circle& c, Sink& sink) {
    for (const Touchpoint& tp : c.touchpoints) {
        lint_touchpoint(tp, sink);
        for (const KeyFactor& kf : tp.key_factors)
            for (const Standard& s : kf.standards) lint_statement_numbers(s, sink);
    }
    lint_elements(c, sink);
    lint_agreement(c, sink);
}

}  // namespace bp::lint_detail
