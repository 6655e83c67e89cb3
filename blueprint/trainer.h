// Trainer mode's content, as pure functions of the document: the slides (one moment each, in the
// customer's order, optionally only one role's), what a moment receives and passes on, the line that says
// how a standard is measured, and the self-check questions drawn from the model.
// Sections: slides · a role's moments and standards · measure and handoff lines · self-check.
#pragma once

#include <string>
#include <vector>

#include "lang.h"
#include "model.h"

namespace bp {

// --------------------------------------------------------------------------------------------- slides
// One moment of truth on a slide; indices are valid for the document the slides were made from.
struct Slide {
    int circle = -1, touchpoint = -1;  // where the moment is
    std::vector<HandoffId> receives;   // handoffs into the moment from another moment or another role
    std::vector<HandoffId> passes;     // handoffs out of the moment to another moment or another role
};

// Every moment of every circle, circle by circle, each in the customer's order; with `role`, only that
// role's moments (role_has_moment) and only what it receives and passes on.
std::vector<Slide> trainer_slides(const Blueprint& doc, const RoleId& role = {});

// ---------------------------------------------------------------------- a role's moments and standards
// A moment is a role's when the role serves it, does one of its activities, or owns one of its standards.
bool role_has_moment(const Touchpoint& t, const RoleId& role);
// The standards of a moment a role is held to: those it owns, and the unowned ones of a moment it serves.
std::vector<const Standard*> role_standards(const Touchpoint& t, const RoleId& role);
// All standards of a moment (when no role is chosen).
std::vector<const Standard*> moment_standards(const Touchpoint& t);

// ------------------------------------------------------------------------ measure and handoff lines
// "接通前响铃次数 ≤ 3 声 · 神秘顾客 · 每月": the target, how it is measured and how often.
std::string measure_line(const Standard& s, Lang lang);

// What a handoff carries, through what and by when, seen from one end: "促销员（约定送装时间）：订单、型号 ·
// 派工系统 · +30 分钟" — the other end's role and moment first. `incoming`: seen by the receiver.
std::string handoff_line(const Blueprint& doc, const Circle& c, const HandoffId& h, bool incoming, Lang lang);

// -------------------------------------------------------------------------------------- self-check
// A question for the round, its answer hidden until revealed.
struct CheckItem {
    enum class From { Phrase, Target, Escalation, Recovery, Never, Trainer };
    From from = From::Trainer;
    std::string question;
    std::string answer;
};

// The questions for one moment: which words for each condition, the target of each standard (for `role`:
// its standards), whom the moment's role escalates to, the recovery of a fail point, what never to do, then
// the trainer's own questions. A role that does not serve the moment is asked only its targets there.
// Frames are in `lang`; the content is as the document has it.
std::vector<CheckItem> self_check(const Blueprint& doc, const Touchpoint& t, const RoleId& role, Lang lang);

// A round of the self-check: which questions were answered right or wrong.
class CheckRound {
public:
    enum class Mark { Open, Right, Wrong };
    explicit CheckRound(size_t questions = 0) : marks_(questions, Mark::Open) {}
    void mark(size_t question, Mark m) {
        if (question < marks_.size()) marks_[question] = m;
    }
    Mark at(size_t question) const { return question < marks_.size() ? marks_[question] : Mark::Open; }
    size_t size() const { return marks_.size(); }
    size_t right() const { return count(Mark::Right); }
    size_t answered() const { return marks_.size() - count(Mark::Open); }

private:
    size_t count(Mark m) const {
        size_t n = 0;
        for (Mark x : marks_) n += x == m;
        return n;
    }
    std::vector<Mark> marks_;
};

}  // namespace bp
