// The chain of a circle's handoffs against its promise, and "break this link": what a late or missing
// handoff breaks. Pure functions of the document; nothing here is saved as a change of the design.
//
// How deadlines compose (worst case: every handoff takes all the time it is given):
//  - Time is counted in minutes from 00:00 of day 0, the day the circle starts. The circle starts at the
//    promise's starts_by (the latest request the promise still covers, "16:00 前下单"), else at 00:00.
//  - An activity no handoff reaches may happen at the start. An activity reached by handoffs happens when
//    the last of them arrives: a relative deadline ("+30 分钟") arrives that long after its sending
//    activity; a clock deadline ("前一日 18:00") arrives at that clock time, or — when the sending activity
//    may itself come later — at that later time, and is then reported as a deadline the chain cannot
//    meet; a handoff without a deadline arrives with its sending activity.
//  - Clock deadlines of handoffs count their day from the promise's day when the promise is a clock time
//    (承诺次日安装: the day of installation, so 前一日 is the order day); otherwise from day 0.
//  - The chain ends when its last activity may happen; the promise is kept when that is no later than
//    its budget (a relative budget counts from the start, a clock budget is that time on its day).
// Sections: timing · break this link.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "lang.h"
#include "model.h"

namespace bp {

// -------------------------------------------------------------------------------------------- timing
struct ChainTiming {
    int64_t start = 0;                              // minutes from 00:00 of day 0
    int reference_day = 0;                          // the day handoffs' clock deadlines count from
    std::unordered_map<std::string, int64_t> latest;  // activity id → the latest it may happen
    int64_t end = 0;                                // the latest any activity may happen
    std::optional<int64_t> promised;                // the promise's deadline, when it has a budget
    std::vector<HandoffId> unmet;                   // clock deadlines the chain before them cannot meet
    std::vector<HandoffId> longest;                 // the handoffs on the path that ends last, in order
    bool cycle = false;                             // the handoffs hold a cycle (the loader refuses one)
    bool over() const { return promised && end > *promised; }
};

// A delay to apply to one handoff (break this link) on top of its deadline.
struct Delay {
    HandoffId handoff;
    int64_t minutes = 0;
};
ChainTiming chain_timing(const Circle& c, const std::optional<Delay>& delay = std::nullopt);

// "2 日 18:00" style text for a time on the axis, in either language ("第 1 日 18:00" / "day 1, 18:00").
std::string chain_time_text(int64_t minutes, Lang lang);

// --------------------------------------------------------------------------------- break this link
enum class Break { Late, Missing };
struct LinkBreak {
    HandoffId handoff;
    Break how = Break::Missing;
    int64_t late_by_minutes = 0;  // for Late
};

struct BreakEffect {
    bool found = false;                  // the handoff exists
    CircleId circle;
    std::vector<ActivityId> activities;  // downstream: the receiving activity and all after it, in reading order
    std::vector<TouchpointId> moments;   // the moments they sit in, in the customer's order
    bool chain_broken = false;           // missing, and the chain breaks without it
    bool promise_fails = false;          // the circle's promise is not kept
    int64_t end_before = 0, end_after = 0;  // the chain's end, as designed and after the break (Late)
    CircleId recovery;                   // the recovery circle offered; none when the blueprint links none
    Text summary;                        // one sentence for a trainer to read out
};
BreakEffect break_link(const Blueprint& doc, const LinkBreak& b);

}  // namespace bp
