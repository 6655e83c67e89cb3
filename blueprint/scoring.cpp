#include "scoring.h"

#include <cmath>

#include "enums.h"
#include "text.h"

namespace bp {

ComplianceMethod compliance_method(const Standard& s) {
    if (s.scoring) return s.scoring->method;
    return s.target.aggregation == Aggregation::Average    ? ComplianceMethod::Mean
           : s.measurement.method == Method::Survey        ? ComplianceMethod::TopBox
                                                           : ComplianceMethod::PerOccurrence;
}

Scoring effective_scoring(const Standard& s) {
    if (s.scoring) return *s.scoring;
    Scoring out;
    const Method m = s.measurement.method;
    out.method = compliance_method(s);
    out.sample.by = m == Method::MysteryShopper                                           ? Measurer::MysteryShopper
                    : m == Method::Timer || m == Method::SystemLog || m == Method::Count ? Measurer::System
                    : m == Method::Survey                                                 ? Measurer::Customer
                                                                                          : Measurer::Role;
    return out;
}

bool is_timed(const Standard& s) { return s.measurement.method == Method::Timer; }

bool complies(const Target& t, double v) {
    if (!t.value || !std::isfinite(v)) return false;
    const double x = *t.value;
    switch (t.comparator) {
        case Comparator::AtMost: return v <= x;
        case Comparator::LessThan: return v < x;
        case Comparator::AtLeast: return v >= x;
        case Comparator::GreaterThan: return v > x;
        case Comparator::Equal: return v == x;
    }
    return false;
}

std::optional<Text> not_computable(const Standard& s, const Blueprint& doc) {
    const Scoring sc = effective_scoring(s);
    const Target& t = s.target;
    if (!t.value) return std::nullopt;  // reported as incomplete already
    if (sc.method == ComplianceMethod::TopBox && s.type == StandardType::Hard) {  // soft: soft-incomplete says so
        if (t.scale_min >= t.scale_max)
            return Text{"满意评分占比需要一个量表（最低分小于最高分）", "a top-box share needs a rating scale (minimum below maximum)"};
        if (*t.value < t.scale_min || *t.value > t.scale_max)
            return Text{"目标分 " + text::format_number(*t.value) + " 不在量表 " + std::to_string(t.scale_min) + "–" +
                            std::to_string(t.scale_max) + " 之内",
                        "the target rating " + text::format_number(*t.value) + " is outside the scale " +
                            std::to_string(t.scale_min) + "–" + std::to_string(t.scale_max)};
    }
    if (sc.sample.by == Measurer::Role) {
        const RoleId& who = sc.sample.role.empty() ? s.owner : sc.sample.role;
        bool known = false;
        for (const Role& r : doc.roles) known = known || r.id == who;
        if (!known)
            return Text{"由岗位测量，但没有指定测量的岗位（也没有负责人）", "measured by a role, but no role (and no owner) is named"};
    }
    if ((sc.sample.by == Measurer::MysteryShopper || sc.sample.by == Measurer::Customer) && s.scoring &&
        sc.sample.per_period <= 0)
        return Text{"抽样计划没有说明每期样本数", "the sample plan does not say how many observations per period"};
    if (!(sc.weight > 0) && !sc.critical)
        return Text{"权重为 0：这条标准不计入任何汇总", "weight 0: the standard counts in no roll-up"};
    return std::nullopt;
}

Standard with_target(const Standard& s, double compliance, std::optional<double> value, const std::string& date,
                     const std::string& reason) {
    Standard out = s;
    if (out.target_history.empty())  // the target in force until now, so the history starts where it began
        out.target_history.push_back(TargetChange{"", s.target.compliance, s.target.value, ""});
    out.target_history.push_back(TargetChange{date, compliance, value, reason});
    out.target.compliance = compliance;
    out.target.value = value;
    return out;
}

}  // namespace bp
