// Edits of the blueprint's layers: add, change, move and delete activities and handoffs. Each is a
// Proposal (roles.h): an undoable edit, or the reason there is none. The view proposes (a double-click in
// a cell, a drag from one card to another); these decide.
//
// Deleting an activity that handoffs use deletes those handoffs in the same undoable step, and says how
// many in its description: a handoff without one of its ends means nothing, the loader refuses one, and
// refusing would make the designer delete each handoff by hand first. Undo brings all of them back.
// Sections: activities · handoffs.
#pragma once

#include <optional>

#include "edit.h"
#include "roles.h"

namespace bp {

// ------------------------------------------------------------------------------------------ activities
// Adds an activity to a touchpoint at `index` among its activities (-1 appends); an empty id gets a fresh
// "act-N". Refused: no such touchpoint, no name, a role or recovery circle the blueprint lacks, an id in use.
Proposal add_activity(Document& doc, const TouchpointId& touchpoint, Activity activity, int index = -1);
// Replaces the fields of the activity with after.id (its place stays). Refused like add_activity.
Proposal edit_activity(const Blueprint& doc, const Activity& after);
// Moves an activity to another layer and/or moment (index among the target's activities, -1 appends).
// Within its circle handoffs follow it; to another circle only when no handoff uses it (a handoff joins
// activities of one circle).
Proposal move_activity(const Blueprint& doc, const ActivityId& id, const TouchpointId& to, Layer layer, int index = -1);
// Adds activities and the handoffs among them as one step (a paste): the activities to the touchpoint at
// `index` among its activities (-1 appends), the handoffs to its circle. Empty ids get fresh ones and the
// handoffs' ends follow. Refused: no such touchpoint, an activity without a name, an id in use, a handoff
// whose ends are not both among the activities added. Their roles must exist when the step applies (a
// paste adds the roles it brings earlier in the same step).
Proposal add_activities(Document& doc, const TouchpointId& touchpoint, std::vector<Activity> activities,
                        std::vector<Handoff> handoffs, int index = -1);
// Deletes an activity and the handoffs that use it (see the top of this file).
Proposal remove_activity(const Blueprint& doc, const ActivityId& id);

// -------------------------------------------------------------------------------------------- handoffs
// Why a handoff may not be in doc as given (nullopt when it may): an end that is no activity, ends in
// different circles, a handoff to itself, one that would close a cycle, a standard the blueprint lacks,
// an item without a name, a deadline out of range. `replacing` is the handoff it replaces (edits).
std::optional<Text> handoff_refused(const Blueprint& doc, const Handoff& h, const HandoffId& replacing = {});
// Adds a handoff to the circle of its activities (an empty id gets a fresh "handoff-N").
Proposal add_handoff(Document& doc, Handoff handoff);
// Replaces the fields of the handoff with after.id; its ends may change (re-checked as for adding).
Proposal edit_handoff(const Blueprint& doc, const Handoff& after);
Proposal remove_handoff(const Blueprint& doc, const HandoffId& id);

}  // namespace bp
