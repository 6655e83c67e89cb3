// The rows the standards table shows: every standard of the blueprint with its trace, filtered and
// sorted. Pure C++ over the model and the lint findings (no ImGui), so the order and the filters are
// tested directly. The table builds the rows once per revision, filter or sort change, through a
// StandardRowsCache that walks again only the circles edits changed.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "blueprint/edit.h"
#include "blueprint/lint.h"
#include "blueprint/model.h"
#include "blueprint/trends.h"

namespace ui {

// The table's columns, in display order. The results' columns come right after the moment, before the
// statement, so that a half-width panel (the results panel beside it) shows the status without scrolling.
enum class StandardsColumn {
    Circle, Touchpoint, KeyFactor,
    Share, Observations, Trend, Status,  // the results' columns: shown only when the document has results
    Statement, Type, Target, Compliance, Method, Frequency, Owner, Visible, ReviewBy, Lint,
    Count
};

// What lint says about one element: how many findings of each severity.
struct LintStatus {
    int errors = 0, warnings = 0, infos = 0;
    int total() const { return errors + warnings + infos; }
    void add(bp::Severity s) { ++(s == bp::Severity::Error ? errors : s == bp::Severity::Warning ? warnings : infos); }
    // 0 clean, 1 info, 2 warning, 3 error: the worst severity, for sorting and colour.
    int worst() const { return errors ? 3 : warnings ? 2 : infos ? 1 : 0; }
};

// Findings counted per element id (the most specific element each finding points at). The keys view the
// findings' own ids, so the map lives no longer than the findings.
std::unordered_map<std::string_view, LintStatus> lint_status_by_element(const std::vector<bp::Finding>& findings);

struct StandardRow {
    bp::Path path;               // valid for the revision the rows were built from
    bp::StandardId id;
    int touchpoint_order = 0;    // 1-based position of the touchpoint in its circle
    LintStatus lint;
    bp::Standing result;         // at the period and site of ResultsFocus; no data without results
};

// The period and site whose results the rows carry (the one choice of the results layer, the table's
// pickers and the league table, resolved by results_layer::current_period / current_site); an empty
// period: the document has none.
struct ResultsFocus {
    std::string period, site;  // site "": all sites pooled
    friend bool operator==(const ResultsFocus& a, const ResultsFocus& b) { return a.period == b.period && a.site == b.site; }
};

enum class LintStatusFilter { Any, Clean, WithFindings, WithErrors, WithWarnings };
// By the row's verdict at the ResultsFocus; only with results (without, every row passes).
// NeedsAttention: below target (a critical one too) or due without data.
enum class ResultsFilter { Any, NeedsAttention, Below, NoData };

struct StandardsFilter {
    std::string circle;                      // circle id; empty = every circle
    std::optional<std::string> owner;        // owner role id; nullopt = any, "" = standards without owner
    std::optional<bp::StandardType> type;    // nullopt = both
    LintStatusFilter lint = LintStatusFilter::Any;
    ResultsFilter results = ResultsFilter::Any;
    std::string text;                        // case-insensitive; statement, names, metric, unit, owner

    friend bool operator==(const StandardsFilter& a, const StandardsFilter& b) {
        return a.circle == b.circle && a.owner == b.owner && a.type == b.type && a.lint == b.lint &&
               a.results == b.results && a.text == b.text;
    }
    friend bool operator!=(const StandardsFilter& a, const StandardsFilter& b) { return !(a == b); }
};

struct SortKey {
    StandardsColumn column = StandardsColumn::Circle;
    bool ascending = true;
    friend bool operator==(const SortKey& a, const SortKey& b) {
        return a.column == b.column && a.ascending == b.ascending;
    }
};


// Rows in document order (circle, touchpoint, key factor, standard), filtered, then stably sorted by
// the keys in priority order. Ties keep document order. Each row carries its standing at `results`.
std::vector<StandardRow> build_standard_rows(const bp::Blueprint& doc, const std::vector<bp::Finding>& findings,
                                             const StandardsFilter& filter, const std::vector<SortKey>& sort,
                                             bp::Lang lang, const ResultsFocus& results = {});

// The same rows, kept from one build to the next: after edits only the circles they changed are walked
// again (Document::circles_changed_since), the other circles' rows are kept, and the lint counts come
// from the findings alone (each located once), so a build after an edit costs the changed circles and
// the findings, not every standard. With results in the document or a lint filter every build walks
// everything: standings and lint then decide which rows there are, and neither is in the change log.
class StandardRowsCache {
public:
    // The rows for the document as it is now: those build_standard_rows gives.
    const std::vector<StandardRow>& build(bp::Document& doc, const std::vector<bp::Finding>& findings,
                                          const StandardsFilter& filter, const std::vector<SortKey>& sort,
                                          bp::Lang lang, const ResultsFocus& results = {});
    // Of the last build: sorted as it asked, or in document order.
    const std::vector<StandardRow>& rows() const { return sorted_by_.empty() ? in_order_ : sorted_; }
    const std::vector<StandardRow>& rows_in_document_order() const { return in_order_; }
    const StandardsFilter& filter() const { return filter_; }  // of the last build
    size_t full_builds() const { return full_builds_; }  // builds that walked every circle (for tests)

private:
    struct Block {
        bp::CircleId circle;
        size_t rows = 0;
    };
    void fill_lint(bp::Document& doc, const std::vector<bp::Finding>& findings);
    std::vector<StandardRow> in_order_, sorted_;
    std::vector<SortKey> sorted_by_;
    std::vector<Block> blocks_;  // in_order_'s rows per circle, in the document's order at the build
    const bp::Document* document_ = nullptr;  // null: nothing kept
    StandardsFilter filter_;
    uint64_t elements_revision_ = 0;
    size_t full_builds_ = 0;
};

}  // namespace ui
