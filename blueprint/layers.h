// The blueprint's layers (format 3): deadlines as typed values, the activities of a circle found by id,
// the roles a handoff joins, the cycle check, and the links into a part of the document about to go.
// The chain of deadlines against the promise is in chain.h; the edits in layer_edits.h.
// Sections: deadlines · activities of a circle · cycles · links into a subtree.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lang.h"
#include "model.h"

namespace bp {

// ---------------------------------------------------------------------------------------- deadlines
// In files a deadline is a token: "+30min", "+2h", "+1d" (after the handing activity) or "D-1 18:00",
// "D+0 09:30" (a clock time on a day); "" is none. The parser also takes what deadline_text prints in
// either language ("+30 分钟", "前一日 18:00", "+2 h", "18:00 the day before") and the usual spellings
// (分钟/小时/天, min/minutes/h/hours/d/days, 当日/当天, 次日/第二天, 前一天). Relative deadlines are at most
// kMaxDeadlineDays; clock days lie within ±kMaxDeadlineDays.
inline constexpr int kMaxDeadlineDays = 366;
std::optional<Deadline> parse_deadline(std::string_view text);
std::string deadline_token(const Deadline& d);          // the file form; "" for none
std::string deadline_text(const Deadline& d, Lang lang);  // "+30 分钟" / "+30 min", "前一日 18:00" / "18:00 the day before"
bool deadline_in_range(const Deadline& d);              // what the loader accepts (a parsed token always is)

// ---------------------------------------------------------------------------- activities of a circle
// Where each activity of a circle sits, by id; built in one pass, valid until the circle changes.
struct ActivityPlace {
    int touchpoint = -1, activity = -1;
};
class CircleActivities {
public:
    explicit CircleActivities(const Circle& c);
    const Activity* find(const ActivityId& id) const;
    std::optional<ActivityPlace> place(const ActivityId& id) const;
    // The role doing an activity; none for a missing activity or one without a role.
    RoleId role_of(const ActivityId& id) const;

private:
    const Circle& circle_;
    std::unordered_map<std::string_view, ActivityPlace> where_;
};

// The activities of a circle in the blueprint's reading order: by moment, then by layer (evidence first,
// support last), then as listed.
std::vector<ActivityPlace> reading_order(const Circle& c);

// ------------------------------------------------------------------------------------------ cycles
// A handoff of the circle that lies on a cycle (a handoff to itself is one), or none. Handoffs whose
// ends are missing are skipped (the loader reports those first).
std::optional<size_t> handoff_on_cycle(const Circle& c);

// Would a handoff from → to close a cycle among the circle's handoffs (ignoring the one with `except`)?
bool closes_cycle(const Circle& c, const ActivityId& from, const ActivityId& to, const HandoffId& except = {});

// ----------------------------------------------------------------------------- links into a subtree
// What refers into elements about to be removed, so the removal can take those references with it in
// the same undoable step: handoffs that lose an end, recovery links to a circle that goes, and the
// standard named by a handoff. Found by id, so they hold across the removal of the subtree itself.
struct LinksInto {
    struct RemovedHandoff {
        CircleId circle;
        int index;
        Handoff handoff;
    };
    struct RecoveryLink {
        ElementId holder;  // a touchpoint or an activity
        CircleId circle;
    };
    struct StandardLink {
        HandoffId handoff;
        StandardId standard;
    };
    std::vector<RemovedHandoff> handoffs;  // in document order
    std::vector<RecoveryLink> recoveries;
    std::vector<StandardLink> standards;
    bool empty() const { return handoffs.empty() && recoveries.empty() && standards.empty(); }
};
// The element at `removed` (a circle, touchpoint, key factor or standard path) with its subtree.
LinksInto links_into(const Blueprint& doc, const Path& removed);
// Take the links away (after which the subtree may go), and put them back (after it has come back).
bool unlink(Blueprint& doc, const LinksInto& links);
bool relink(Blueprint& doc, const LinksInto& links);

// Do the links an element brings along (recovery circles; a circle's handoff standards, which may be its own)
// resolve in doc? An edit that inserts one whose links do not does not apply.
bool links_resolve(const Blueprint& doc, const Touchpoint& t);
bool links_resolve(const Blueprint& doc, const Circle& c);
// Clears the links that do not resolve in doc (what is pasted from another document keeps its roles by
// name, but a recovery circle or standard of the source is not in the target).
void drop_unresolved_links(const Blueprint& doc, Touchpoint& t);
void drop_unresolved_links(const Blueprint& doc, Circle& c);

}  // namespace bp
