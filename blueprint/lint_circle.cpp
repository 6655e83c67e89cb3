// The circle-level rules: Chase & Dasu's sequencing principles on expected feelings (001,
// 设计合理服务圈的操作原则) and the BPM check that a circle has something to delight customers.
#include <algorithm>

#include "lint_internal.h"
#include "text.h"

namespace bp::lint_detail {

using text::quote_en;
using text::quote_zh;

// Let f[0..n-1] be the touchpoints' expected feelings (−2…+2) in the customer's order. Unpleasant
// means f < 0, pleasant f > 0. The journey is read as a line from first to last touchpoint (the ring
// closes only on the canvas). All four rules stay silent when n < 3 (too short to reorder) and when
// every f is equal (an all-neutral circle has nothing to say):
//  - circle.end-not-best: f[n-1] < max(f). The ending dominates memory. Points at the last touchpoint.
//  - circle.pain-late: an unpleasant i in the last third (3·i ≥ 2·n) with some earlier j < i where
//    f[j] ≥ 0, i.e. the pain could have come earlier. One finding per such touchpoint.
//  - circle.pain-scattered: the unpleasant touchpoints form two or more runs, separated by a neutral or
//    pleasant moment, instead of one bundle. Points at the first touchpoint of the second run.
//  - circle.pleasure-lumped: two adjacent pleasant touchpoints while there are few enough pleasant ones
//    (P ≤ ⌈n/2⌉) to have none adjacent. Points at the second of the first adjacent pair.
void lint_circle_sequence(const Circle& c, Sink& sink) {
    const auto& tps = c.touchpoints;
    const int n = (int)tps.size();
    if (n < 3) return;
    auto f = [&](int i) { return tps[i].feeling; };
    int lowest = f(0), highest = f(0), best = 0, pleasant = 0;
    for (int i = 0; i < n; ++i) {
        lowest = std::min(lowest, f(i));
        if (f(i) > highest) highest = f(i), best = i;
        if (f(i) > 0) ++pleasant;
    }
    if (lowest == highest) return;
    const std::string cz = quote_zh(c.name, c.id.value), ce = quote_en(c.name, c.id.value);

    if (f(n - 1) < highest) {
        const Touchpoint& last = tps[n - 1];
        const Touchpoint& top = tps[best];
        sink.add(Rule::EndNotBest, last.id, [&] {
            return Msg{"服务圈" + cz + "以" + quote_zh(last.name, last.id.value) + "（感受 " + std::to_string(f(n - 1)) +
                           "）结束，而" + quote_zh(top.name, top.id.value) + "的感受更好（" + std::to_string(highest) +
                           "）：以尽可能完美的结局结束服务",
                       "Circle " + ce + " ends on " + quote_en(last.name, last.id.value) + " (feeling " +
                           std::to_string(f(n - 1)) + ") while " + quote_en(top.name, top.id.value) +
                           " feels better (" + std::to_string(highest) + "): finish on the best possible note"};
        });
    }

    bool seen_not_unpleasant = false;
    for (int i = 0; i < n; ++i) {
        if (f(i) < 0 && 3 * i >= 2 * n && seen_not_unpleasant) {
            const Touchpoint& t = tps[i];
            sink.add(Rule::PainLate, t.id, [&] {
                return Msg{"服务圈" + cz + "中不愉快的" + quote_zh(t.name, t.id.value) + "排在最后三分之一（第 " +
                               std::to_string(i + 1) + "/" + std::to_string(n) + " 步）：尽早去除负面影响",
                           "In circle " + ce + " the unpleasant " + quote_en(t.name, t.id.value) +
                               " comes in the last third (step " + std::to_string(i + 1) + " of " + std::to_string(n) +
                               "): get unpleasant steps out of the way early"};
            });
        }
        if (f(i) >= 0) seen_not_unpleasant = true;
    }

    int runs = 0, second_run = -1;
    for (int i = 0; i < n; ++i)
        if (f(i) < 0 && (i == 0 || f(i - 1) >= 0) && ++runs == 2) second_run = i;
    if (runs >= 2) {
        const Touchpoint& t = tps[second_run];
        sink.add(Rule::PainScattered, t.id, [&] {
            return Msg{"服务圈" + cz + "中不愉快的环节分散在 " + std::to_string(runs) + " 处（如" +
                           quote_zh(t.name, t.id.value) + "）：捆绑痛苦，把它们放在一起",
                       "Circle " + ce + " has unpleasant moments in " + std::to_string(runs) +
                           " separate places (e.g. " + quote_en(t.name, t.id.value) + "): bundle the pains together"};
        });
    }

    if (pleasant <= (n + 1) / 2) {
        for (int i = 1; i < n; ++i) {
            if (f(i) > 0 && f(i - 1) > 0) {
                const Touchpoint& a = tps[i - 1];
                const Touchpoint& b = tps[i];
                sink.add(Rule::PleasureLumped, b.id, [&] {
                    return Msg{"服务圈" + cz + "中愉快的" + quote_zh(a.name, a.id.value) + "和" +
                                   quote_zh(b.name, b.id.value) + "紧挨在一起：分割快乐，把它们分散到整个过程",
                               "In circle " + ce + " the pleasant " + quote_en(a.name, a.id.value) + " and " +
                                   quote_en(b.name, b.id.value) +
                                   " come together: split the pleasures across the journey"};
                });
                break;
            }
        }
    }
}

// circle.no-motivation-factor: a circle with key factors but none of BPM type motivation (M) only meets
// the basics; nothing in it delights. Circles without key factors are left to the coverage rules.
void lint_motivation(const Circle& c, Sink& sink) {
    bool any = false;
    for (const Touchpoint& t : c.touchpoints)
        for (const KeyFactor& k : t.key_factors) {
            if (k.bpm == Bpm::Motivation) return;
            any = true;
        }
    if (!any) return;
    sink.add(Rule::NoMotivationFactor, c.id, [&] {
        return Msg{"服务圈" + quote_zh(c.name, c.id.value) + "没有激励因素（M）：只满足基本要求，缺少让顾客惊喜的环节",
                   "Circle " + quote_en(c.name, c.id.value) +
                       " has no motivation (M) factor: it meets the basics but nothing delights customers"};
    });
}

}  // namespace bp::lint_detail
