// What the panels remember between frames: filters, sort orders, the row lists they built for a
// revision, and drafts the user is still typing. Lives in Designer::panels, not in globals, so two
// designers (or two tests) never share it.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "lint_rows.h"
#include "standards_rows.h"

namespace ui {

struct InspectorState {
    // A review date typed but not stored because it is not a valid date: shown as a warning.
    std::string date_draft_element, date_draft_text;
    // Why the last change to the roles was refused, and the role whose section it was made in ("": the table).
    std::string role_message, role_message_for;
};

struct StandardsTableState {
    StandardsFilter filter;
    std::vector<SortKey> sort;
    StandardRowsCache rows;                  // rows.rows(): what the table shows
    std::pair<uint64_t, uint64_t> rows_key;  // Context::findings_key the rows were built for
    bool rows_dirty = true;       // filter or sort changed
    bool editing = false;         // a cell is being edited: keep the row order until it is done
    bp::Lang lang = bp::Lang::Zh;  // language the owner sort used
    ResultsFocus results;          // the period and site the rows' results are of
};

struct LintPanelState {
    LintFilter filter;
    std::vector<LintSortKey> sort = {{LintColumn::Severity, true}};
    std::vector<int> rows;                                  // indices into the session's findings()
    std::pair<uint64_t, uint64_t> rows_key;                 // Context::findings_key they were built for
    bool rows_dirty = true;
    bp::Lang lang = bp::Lang::Zh;  // language the message sort used
    // Acknowledging: the finding whose note is being written (rule + element) and the note.
    std::string acknowledging_rule, acknowledging_element, acknowledgement_note;
    // One-action fixes and stale acknowledgements, recounted when the revision moves.
    std::vector<std::pair<std::string, size_t>> fixes;      // rule id, how many findings fix_all would fix
    size_t stale = 0;
    std::pair<uint64_t, uint64_t> actions_key;
};

struct ResultsPanelState {
    // The league table of a revision and period; rebuilt when either changes.
    bp::League league;
    uint64_t league_revision = 0;
    std::string league_period;
    // The trend chart: the standard a selected moment shows (one of its standards; empty: its worst),
    // and the series of the standard shown, for a revision and site.
    std::string moment_standard;
    std::vector<bp::TrendPoint> trend;
    std::string trend_standard, trend_site;
    uint64_t trend_revision = 0;
};

struct HelpPanelState {
    std::string filter;
};

struct PanelState {
    HelpPanelState help;
    InspectorState inspector;
    StandardsTableState standards;
    LintPanelState lint;
    ResultsPanelState results;
};

}  // namespace ui
