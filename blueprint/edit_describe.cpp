#include "edit_describe.h"

#include <vector>

#include "enums.h"
#include "glossary.h"
#include "layers.h"
#include "text.h"

namespace bp {

namespace {

// Words of the forms that are not method words (the glossary holds those).
constexpr Term kName{"名称", "name"};
constexpr Term kDescription{"描述", "description"};
constexpr Term kIndustry{"行业", "industry"};
constexpr Term kContentLanguage{"内容语言", "content language"};
constexpr Term kPosition{"位置", "position"};
constexpr Term kRadius{"半径", "radius"};
constexpr Term kCardPosition{"卡片位置", "card position"};
constexpr Term kType{"类型", "type"};
constexpr Term kComparator{"比较", "comparator"};
constexpr Term kAggregation{"统计方式", "aggregation"};
constexpr Term kNumberBasis{"数字依据", "basis of the number"};
constexpr Term kStartsBy{"开始时间", "starts by"};

// At most `columns` columns, a wide (East Asian) character counting two; "…" when cut.
std::string shorten_to_columns(std::string_view name, size_t columns, std::string_view fallback) {
    name = text::trim(name);
    if (name.empty()) return std::string(fallback);
    size_t i = 0, used = 0, len = 0;
    while (i < name.size()) {
        const uint32_t cp = text::decode_utf8(name, i, len);
        const size_t w = cp >= 0x1100 ? 2 : 1;
        if (used + w > columns) return std::string(name.substr(0, i)) + "…";
        used += w;
        i += len;
    }
    return std::string(name);
}

// The fields that differ between two versions of one element, each with its values as shown.
class Changes {
public:
    explicit Changes(Lang lang) : lang_(lang) {}

    void text(Term label, const std::string& b, const std::string& a) {
        if (b != a) add(label, quoted(b), quoted(a));
    }
    void number(Term label, double b, double a, std::string_view unit = {}) {
        if (b != a) add(label, text::format_number(b) + spaced(unit), text::format_number(a) + spaced(unit));
    }
    void optional_number(Term label, const std::optional<double>& b, const std::optional<double>& a) {
        if (b != a) add(label, b ? text::format_number(*b) : not_set(), a ? text::format_number(*a) : not_set());
    }
    void percent(Term label, double b, double a) {
        if (b != a) add(label, text::format_number(b * 100) + "%", text::format_number(a * 100) + "%");
    }
    void values(Term label, const std::string& b, const std::string& a) {
        if (b != a) add(label, b, a);
    }
    void flag(Term label, bool b, bool a) {
        if (b != a) add(label, yes_no(b), yes_no(a));
    }
    template <class E>
    void choice(Term label, E b, E a) {
        if (b != a) add(label, std::string(bp::label(b, lang_)), std::string(bp::label(a, lang_)));
    }
    void date(Term label, const std::string& b, const std::string& a) {
        if (b != a) add(label, b.empty() ? not_set() : b, a.empty() ? not_set() : a);
    }
    void deadline(Term label, const Deadline& b, const Deadline& a) {
        if (b != a) add(label, b.empty() ? not_set() : deadline_text(b, lang_), a.empty() ? not_set() : deadline_text(a, lang_));
    }
    // A change named without values: references by id (roles, recovery circles) and positions.
    void named(Term label, bool differs) {
        if (differs) changes_.push_back({label, {}, {}, false});
    }
    // What an edit changes as a consequence of another field (a hand-typed number drops where the
    // converter's number came from): named only when nothing else changed.
    template <class E>
    void consequence(Term label, E b, E a) {
        if (b != a) consequences_.push_back({label, {}, {}, false});
    }

    // "修改 交押金 · 目标值 15 → 10"; `kind` names an element that has no name.
    std::string describe(Term kind, const std::string& name) const {
        const bool zh = is_zh(lang_);
        const std::string subject = shorten_to_columns(name, kDescribedNameColumns, kind.in(lang_));
        const std::vector<Change>& list = changes_.empty() ? consequences_ : changes_;
        std::string out = (zh ? "修改 " : "Edit ") + subject;
        if (list.empty()) return out;
        out += " · ";
        if (list.size() == 1 && list[0].values) {
            const Change& c = list[0];
            return out + std::string(c.label.in(lang_)) + " " + c.before + " → " + c.after;
        }
        constexpr size_t kNamedAtMost = 3;
        for (size_t i = 0; i < list.size() && i < kNamedAtMost; ++i) {
            if (i) out += zh ? "、" : ", ";
            out += list[i].label.in(lang_);
        }
        if (list.size() > kNamedAtMost) {
            const std::string more = std::to_string(list.size() - kNamedAtMost);
            out += zh ? " 等 " + std::to_string(list.size()) + " 项" : " and " + more + " more";
        }
        return out;
    }

private:
    struct Change {
        Term label;
        std::string before, after;
        bool values = true;
    };
    void add(Term label, std::string b, std::string a) { changes_.push_back({label, std::move(b), std::move(a), true}); }
    std::string quoted(const std::string& s) const {
        if (text::trim(s).empty()) return is_zh(lang_) ? "（空）" : "(empty)";
        const std::string cut = text::shorten(s, kDescribedValueChars, "");
        return is_zh(lang_) ? "「" + cut + "」" : "“" + cut + "”";
    }
    std::string not_set() const { return is_zh(lang_) ? "未设定" : "not set"; }
    std::string yes_no(bool v) const { return is_zh(lang_) ? (v ? "是" : "否") : (v ? "yes" : "no"); }
    static std::string spaced(std::string_view unit) { return unit.empty() ? std::string() : " " + std::string(unit); }

    Lang lang_;
    std::vector<Change> changes_, consequences_;
};

const std::string& named(const std::string& before, const std::string& after) { return before.empty() ? after : before; }


}  // namespace

std::string describe_change(const Blueprint& b, const Blueprint& a, Lang lang) {
    Changes c(lang);
    c.text(kName, b.name, a.name);
    c.text(kDescription, b.description, a.description);
    c.text(kIndustry, b.industry, a.industry);
    c.text(kContentLanguage, b.language, a.language);
    bool roles_differ = b.roles.size() != a.roles.size();
    for (size_t i = 0; !roles_differ && i < b.roles.size(); ++i)
        roles_differ = b.roles[i].id != a.roles[i].id || b.roles[i].name != a.roles[i].name ||
                       b.roles[i].name_en != a.roles[i].name_en;
    c.named(glossary::role, roles_differ);
    bool acks_differ = b.acknowledgements.size() != a.acknowledgements.size();
    for (size_t i = 0; !acks_differ && i < b.acknowledgements.size(); ++i)
        acks_differ = b.acknowledgements[i].rule != a.acknowledgements[i].rule ||
                      b.acknowledgements[i].element != a.acknowledgements[i].element ||
                      b.acknowledgements[i].note != a.acknowledgements[i].note;
    c.named(glossary::acknowledged, acks_differ);
    return c.describe(glossary::blueprint, named(b.name, a.name));
}

std::string describe_change(const Circle& b, const Circle& a, Lang lang) {
    Changes c(lang);
    c.text(kName, b.name, a.name);
    c.text(kDescription, b.description, a.description);
    c.named(kPosition, b.position != a.position);
    c.number(kRadius, b.radius, a.radius);
    if (b.promise.has_value() != a.promise.has_value()) {
        c.named(glossary::promise, true);
    } else if (b.promise && a.promise) {
        c.text(glossary::promise, b.promise->text, a.promise->text);
        c.deadline(glossary::time_budget, b.promise->budget, a.promise->budget);
        c.deadline(kStartsBy, b.promise->starts_by, a.promise->starts_by);
    }
    return c.describe(glossary::circle, named(b.name, a.name));
}

std::string describe_change(const Touchpoint& b, const Touchpoint& a, Lang lang) {
    Changes c(lang);
    c.text(kName, b.name, a.name);
    c.text(kDescription, b.description, a.description);
    c.named(glossary::role, b.role != a.role);
    c.choice(glossary::channel, b.channel, a.channel);
    c.choice(glossary::lane, b.lane, a.lane);
    c.number(glossary::feeling, b.feeling, a.feeling);
    c.number(glossary::duration, b.duration_minutes, a.duration_minutes, is_zh(lang) ? "分钟" : "min");
    c.flag(glossary::wait_point, b.wait_point, a.wait_point);
    c.flag(glossary::fail_point, b.fail_point, a.fail_point);
    c.text(glossary::mitigation, b.mitigation, a.mitigation);
    c.named(glossary::recovery_circle, b.recovery != a.recovery);
    return c.describe(glossary::touchpoint, named(b.name, a.name));
}

std::string describe_change(const KeyFactor& b, const KeyFactor& a, Lang lang) {
    Changes c(lang);
    c.text(kName, b.name, a.name);
    c.text(glossary::expectation, b.expectation, a.expectation);
    c.choice(glossary::pillar, b.element, a.element);
    c.choice(glossary::bpm, b.bpm, a.bpm);
    c.choice(glossary::dimension, b.dimension, a.dimension);
    c.number(glossary::importance, b.importance, a.importance);
    c.named(kCardPosition, b.card_offset.has_value() != a.card_offset.has_value() ||
                               (b.card_offset && a.card_offset && *b.card_offset != *a.card_offset));
    return c.describe(glossary::key_factor, named(b.name, a.name));
}

std::string describe_change(const Standard& b, const Standard& a, Lang lang) {
    Changes c(lang);
    c.text(glossary::statement, b.statement, a.statement);
    c.choice(kType, b.type, a.type);
    const Target &tb = b.target, &ta = a.target;
    c.text(glossary::metric, tb.metric, ta.metric);
    c.text(glossary::unit, tb.unit, ta.unit);
    c.choice(kComparator, tb.comparator, ta.comparator);
    c.optional_number(glossary::target_value, tb.value, ta.value);
    c.percent(glossary::compliance, tb.compliance, ta.compliance);
    c.choice(kAggregation, tb.aggregation, ta.aggregation);
    c.text(glossary::survey_question, tb.survey_question, ta.survey_question);
    auto range = [](const Target& t) { return std::to_string(t.scale_min) + "–" + std::to_string(t.scale_max); };
    c.values(glossary::scale, range(tb), range(ta));
    c.choice(glossary::method, b.measurement.method, a.measurement.method);
    c.choice(glossary::frequency, b.measurement.frequency, a.measurement.frequency);
    c.text(glossary::data_source, b.measurement.data_source, a.measurement.data_source);
    c.named(glossary::owner, b.owner != a.owner);
    c.flag(glossary::customer_visible, b.customer_visible, a.customer_visible);
    c.date(glossary::review_date, b.review_by, a.review_by);
    c.flag(glossary::agreed_with_staff, b.agreed_with_staff, a.agreed_with_staff);
    c.flag(glossary::approved, b.approved, a.approved);
    c.consequence(glossary::number_source, b.number_source, a.number_source);
    c.consequence(kNumberBasis, b.number_basis, a.number_basis);
    return c.describe(glossary::standard, named(b.statement, a.statement));
}

}  // namespace bp
