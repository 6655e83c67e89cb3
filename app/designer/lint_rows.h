// The rows the lint panel shows: findings filtered by severity, rule and text, sorted by column.
// Pure C++ over the model and the findings (no ImGui), so the panel's order and filters are tested directly.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "blueprint/lint.h"
#include "blueprint/locator.h"
#include "blueprint/model.h"

namespace ui {

enum class LintColumn { Severity, Rule, Message, Element, Count };

struct LintFilter {
    std::array<bool, 3> severities = {true, true, true};  // indexed by bp::Severity: error, warning, info
    std::string rule;                                     // rule id; empty = every rule
    std::string text;                                     // case-insensitive, message (zh and en) or element name
    bool acknowledged = true;                             // show the acknowledged findings (they are counted apart)
    friend bool operator==(const LintFilter& a, const LintFilter& b) {
        return a.severities == b.severities && a.rule == b.rule && a.text == b.text && a.acknowledged == b.acknowledged;
    }
    friend bool operator!=(const LintFilter& a, const LintFilter& b) { return !(a == b); }
};

struct LintSortKey {
    LintColumn column = LintColumn::Severity;
    bool ascending = true;   // severity ascending = errors first
    friend bool operator==(const LintSortKey& a, const LintSortKey& b) {
        return a.column == b.column && a.ascending == b.ascending;
    }
};

// Open findings per severity (indexed by bp::Severity); acknowledged ones are counted apart.
std::array<int, 3> count_by_severity(const std::vector<bp::Finding>& findings);
int count_acknowledged(const std::vector<bp::Finding>& findings);

// Indices into `findings` to show, filtered then stably sorted (ties keep lint's order). Elements are
// found through the document's locator: by element, rows sort in document order; the text filter
// matches the element's name too.
std::vector<int> build_lint_rows(const std::vector<bp::Finding>& findings, const bp::Blueprint& doc,
                                 bp::Locator& where, const LintFilter& filter, const std::vector<LintSortKey>& sort,
                                 bp::Lang lang);

}  // namespace ui
