// Lint on scoring (every standard computable as declared) and on measured results (step 9 of the method:
// feed back and update targets): due with no data, below target period after period, too few
// observations, met all year, only the last moment or only complaints measured, a broken public promise.
#include <algorithm>
#include <cmath>

#include "compliance.h"
#include "lint_internal.h"
#include "scoring.h"
#include "text.h"

namespace bp::lint_detail {

using text::quote_en;
using text::quote_zh;

void lint_scoring(const Blueprint& doc, const Standard& s, Sink& sink) {
    std::optional<Text> why = not_computable(s, doc);
    if (!why) return;
    sink.add(Rule::NotComputable, s.id, [&] {
        return Msg{"标准" + quote_zh(s.statement, s.id.value) + "无法计算达标率：" + why->zh,
                   "Standard " + quote_en(s.statement, s.id.value) + " cannot be computed: " + why->en};
    });
}

namespace {
std::string percent(double share) { return text::format_number(std::round(share * 1000) / 10) + " %"; }

// The observations needed to see one failure at the target share (95 % → 20), or the sample plan's.
int64_t enough(const Standard& s, const Scoring& sc) {
    if (sc.sample.per_period > 0) return sc.sample.per_period;
    if (sc.method == ComplianceMethod::Mean) return 5;
    const double allowed = 1 - s.target.compliance;
    return allowed <= 0.01 ? 100 : static_cast<int64_t>(std::ceil(1 / allowed - 1e-9));
}
}  // namespace

void lint_results(const Blueprint& doc, const LintOptions& options, Sink& sink) {
    if (!doc.results || doc.results->periods.empty()) return;
    const ResultsIndex index(doc);
    const std::vector<std::string>& periods = doc.results->periods;
    const std::string period = options.period.empty() ? periods.back() : options.period;
    const int current = index.period_index(period);
    // The periods up to the current one, latest first (periods are sorted).
    std::vector<int> back;
    for (int p = int(periods.size()) - 1; p >= 0; --p)
        if (periods[size_t(p)] <= period) back.push_back(p);

    for (const Circle& c : doc.circles) {
        size_t measured = 0, on_last = 0, complaints = 0;
        for (size_t t = 0; t < c.touchpoints.size(); ++t)
            for (const KeyFactor& k : c.touchpoints[t].key_factors)
                for (const Standard& s : k.standards) {
                    const Scoring sc = effective_scoring(s);
                    const Compliance now = index.at(s, current, period, -1);
                    if (now.n > 0) {
                        ++measured;
                        if (t + 1 == c.touchpoints.size()) ++on_last;
                        if (measures_complaints(s)) ++complaints;
                    }
                    if (now.status == Status::NoData)
                        sink.add(Rule::DueWithoutData, s.id, [&] {
                            return Msg{"标准" + quote_zh(s.statement, s.id.value) + "按频率" + period + "应测量，但没有数据",
                                       "Standard " + quote_en(s.statement, s.id.value) + " is due in " + period +
                                           " by its frequency, but has no results"};
                        });
                    if (now.n > 0 && now.n < enough(s, sc))
                        sink.add(Rule::TooFewObservations, s.id, [&] {
                            const std::string need = std::to_string(enough(s, sc));
                            return Msg{"标准" + quote_zh(s.statement, s.id.value) + "在 " + period + " 只有 " +
                                           std::to_string(now.n) + " 个观测，至少需要 " + need + " 个才能判断",
                                       "Standard " + quote_en(s.statement, s.id.value) + " has " +
                                           std::to_string(now.n) + " observations in " + period + "; " + need +
                                           " are needed to judge it"};
                        });
                    if (now.status == Status::Below && s.customer_visible)
                        sink.add(Rule::PublicPromiseBroken, s.id, [&] {
                            const std::string got = now.mean ? text::format_number(now.share) : percent(now.share);
                            const std::string want = now.mean ? text::format_number(now.target) : percent(now.target);
                            return Msg{"对顾客公开的标准" + quote_zh(s.statement, s.id.value) + "在 " + period + " 为 " + got +
                                           "，目标 " + want + "：顾客看得到这个承诺",
                                       "Customer-visible standard " + quote_en(s.statement, s.id.value) + " is at " + got +
                                           " in " + period + " against " + want + ": customers see this promise broken"};
                        });
                    // Below in each of the last N periods the standard was due.
                    int below = 0, met = 0, due = 0;
                    bool streak = true, all_met = true;
                    for (int p : back) {
                        const Compliance r = index.at(s, p, periods[size_t(p)], -1);
                        if (r.status == Status::NotDue) continue;
                        ++due;
                        if (streak && r.status == Status::Below) ++below;
                        else streak = false;
                        if (all_met && r.status == Status::Met && met < 12) ++met;
                        else all_met = false;
                        if (!streak && (!all_met || met >= 12)) break;
                    }
                    if (below >= options.below_periods)
                        sink.add(Rule::BelowRepeatedly, s.id, [&] {
                            return Msg{"标准" + quote_zh(s.statement, s.id.value) + "已连续 " + std::to_string(below) +
                                           " 期未达标：重新培训员工，或与员工一起修订标准",
                                       "Standard " + quote_en(s.statement, s.id.value) + " has been below target " +
                                           std::to_string(below) + " periods in a row: retrain, or revise it with staff"};
                        });
                    const Frequency f = s.measurement.frequency;
                    const int year = f == Frequency::Quarterly ? 4 : f == Frequency::Yearly ? 1 : 12;
                    if (met >= year && year > 1)
                        sink.add(Rule::MetAllYear, s.id, [&] {
                            return Msg{"标准" + quote_zh(s.statement, s.id.value) + "一年来每期都达标：考虑提高目标（并记下原因）",
                                       "Standard " + quote_en(s.statement, s.id.value) +
                                           " has met its target every period for a year: consider raising it (and say why)"};
                        });
                }
        if (measured == 0) continue;
        if (c.touchpoints.size() >= 3 && on_last == measured)
            sink.add(Rule::MeasuredEndPointOnly, c.id, [&] {
                return Msg{"服务圈" + quote_zh(c.name, c.id.value) + "在 " + period + " 只测量了最后一个触点：过程没有稽查",
                           "In " + period + " only the last moment of circle " + quote_en(c.name, c.id.value) +
                               " was measured: the process goes unchecked"};
            });
        if (complaints == measured)
            sink.add(Rule::MeasuredComplaintsOnly, c.id, [&] {
                return Msg{"服务圈" + quote_zh(c.name, c.id.value) + "在 " + period + " 只测量了投诉或满意度：不投诉不等于满意",
                           "In " + period + " circle " + quote_en(c.name, c.id.value) +
                               " was measured only by complaints or satisfaction: no complaint is not satisfaction"};
            });
    }
}

}  // namespace bp::lint_detail
