// The method's rules as checks. Each finding has a stable rule id, a severity, the element it points
// at and a message in Chinese and English.
#pragma once

#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lang.h"
#include "model.h"

namespace bp {

enum class Severity { Error, Warning, Info };

struct Finding {
    std::string rule;        // stable, e.g. "coverage.touchpoint-without-key-factor"
    Severity severity = Severity::Warning;
    ElementId element;       // the element it points at (the most specific one)
    std::string message_zh, message_en;
    const std::string& message(Lang lang) const { return lang == Lang::Zh ? message_zh : message_en; }
    // Intended, by the document's acknowledgement of this rule on this element (see lint_actions.h):
    // still reported, but shown and counted apart, and it does not fail a check.
    bool acknowledged = false;
    std::string acknowledgement_note;
};

struct LintOptions {
    int max_standards_per_touchpoint = 6;  // 误区5: more detail is not better
    std::string today;                     // YYYY-MM-DD for "review date already past"; empty = not checked
    std::string period;                    // YYYY-MM judged by the results rules; empty = the results' last
    int below_periods = 3;                 // below target this many periods in a row is reported
};

struct RuleInfo {
    std::string id;
    Severity severity;
    std::string title_zh, title_en;
    const std::string& title(Lang lang) const { return lang == Lang::Zh ? title_zh : title_en; }
};
const std::vector<RuleInfo>& lint_rules();

// Every finding, in document order, those the document acknowledges marked so (mark_acknowledged).
std::vector<Finding> lint(const Blueprint& doc, const LintOptions& options = {});

// Lint again after edits, linting only the circles that changed: the same findings in the same order as
// lint(). The caller names the circles that may have changed since the last run (their ids; edits say
// which, Edit::circles_changed), or passes null when it cannot tell; a change to the roles or the options
// relints everything by itself. A big document's lint costs then the circles edited, plus the few rules
// over the whole document.
class IncrementalLint {
public:
    const std::vector<Finding>& run(const Blueprint& doc, const LintOptions& options,
                                    const std::unordered_set<std::string>* changed);
    const std::vector<Finding>& findings() const { return findings_; }  // of the last run
    // Another document: nothing kept, no findings until the next run.
    void clear() { *this = IncrementalLint(); }

private:
    struct Parts {
        std::array<std::vector<Finding>, 3> findings;  // method, layers, the walk (lint_internal.h)
    };
    std::unordered_map<std::string, Parts> circles_;  // by circle id
    std::string roles_;
    LintOptions options_;
    std::vector<Finding> findings_;
};

// Sets Finding::acknowledged and its note for the findings doc.acknowledgements names (rule and element).
void mark_acknowledged(const Blueprint& doc, std::vector<Finding>& findings);

std::string_view severity_token(Severity s);  // "error", "warning", "info"

}  // namespace bp
