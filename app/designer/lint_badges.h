// The count badges the canvas and the pictures put on elements: findings counted on their element and
// on every drawn ancestor below the circle (a touchpoint's badge includes its key factors' and
// activities'), with the worst severity. No ImGui.
#pragma once

#include <unordered_map>
#include <vector>

#include "blueprint/lint.h"
#include "blueprint/locator.h"

namespace ui {

struct LintBadge {
    int count = 0;
    bp::Severity worst = bp::Severity::Info;
};
using LintBadges = std::unordered_map<bp::ElementId, LintBadge, bp::ElementIdHash>;

// `where` is the document's locator (findings of the blueprint itself or of a role get no badge).
LintBadges count_lint_badges(const bp::Blueprint& doc, const std::vector<bp::Finding>& findings, bp::Locator& where);

}  // namespace ui
