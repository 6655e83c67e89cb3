// What a designer does with lint findings, as edits the model decides: acknowledge a finding that is
// intended (with a note, kept in the document from format 3), take it back, drop acknowledgements that
// no longer match a finding, and fix the repeated findings of one rule in one undoable step where the
// fix is obvious. A finding's identity is its rule and its element's id, so an acknowledgement survives
// every edit that keeps both and goes stale when the element goes or the finding no longer arises.
// Sections: acknowledgements · counts · fixes.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "edit.h"
#include "lint.h"

namespace bp {

// ---------------------------------------------------------------------------------- acknowledgements
// The document's acknowledgement of this rule on this element, or nullptr.
const Acknowledgement* find_acknowledgement(const Blueprint& doc, std::string_view rule, std::string_view element);

// Acknowledges the finding with a note, or changes the note of its acknowledgement. nullptr when the
// finding is already acknowledged with this note.
EditPtr acknowledge(const Blueprint& doc, const Finding& finding, std::string note);
// Takes an acknowledgement back; nullptr when there is none.
EditPtr unacknowledge(const Blueprint& doc, std::string_view rule, std::string_view element);

// An acknowledgement no current finding matches: its element is gone, or the finding no longer arises
// (the designer fixed it after all). Kept in the file until dropped, so nothing is lost silently.
struct StaleAcknowledgement {
    Acknowledgement acknowledgement;
    bool element_gone = false;
};
std::vector<StaleAcknowledgement> stale_acknowledgements(const Blueprint& doc, const std::vector<Finding>& findings);
// Drops every stale acknowledgement in one step; nullptr when there is none.
EditPtr drop_stale_acknowledgements(const Blueprint& doc, const std::vector<Finding>& findings);

// -------------------------------------------------------------------------------------------- counts
// Open findings per severity (indexed by Severity) and the acknowledged ones, counted apart.
struct FindingTally {
    std::array<int, 3> open = {0, 0, 0};
    int acknowledged = 0;
};
FindingTally tally_findings(const std::vector<Finding>& findings);

// --------------------------------------------------------------------------------------------- fixes
// Rules whose repeated findings have one obvious fix:
//   ownership.no-review-date  the review date becomes today + 1 year (a draft value, as convert sets it);
//   ownership.no-owner        the owner becomes the role that serves the standard's touchpoint, if any.
bool has_fix_all(std::string_view rule);

// How many open (not acknowledged) findings of the rule fix_all would fix.
size_t fixable_count(Document& doc, const std::vector<Finding>& findings, std::string_view rule,
                     const std::string& today);

// One batch edit fixing them all, undone in one step; nullptr when there is nothing to fix (or, for the
// review date, when `today` is not a valid YYYY-MM-DD date). Acknowledged findings are left as they are.
EditPtr fix_all(Document& doc, const std::vector<Finding>& findings, std::string_view rule, const std::string& today);

}  // namespace bp
