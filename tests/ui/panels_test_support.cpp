// TEMPORARY, for the panel tests only: weak stand-ins for functions other branches define
// (designer.cpp: Selection and Designer::findings; blueprint/lint.cpp: lint). They let the panel
// tests link before those land on main; the real definitions (strong symbols) win once present.
// Delete this file as soon as designer.cpp and lint.cpp are on main.
#include "app/designer/designer.h"
#include "blueprint/lint.h"

#define BP_TEMPORARY_STAND_IN __attribute__((weak))

namespace ui {
BP_TEMPORARY_STAND_IN bool Selection::contains(const std::string& id) const {
    for (const auto& i : ids)
        if (i == id) return true;
    return false;
}
BP_TEMPORARY_STAND_IN void Selection::set(const std::string& id) { ids = {id}; }
BP_TEMPORARY_STAND_IN void Selection::toggle(const std::string& id) {
    for (auto it = ids.begin(); it != ids.end(); ++it)
        if (*it == id) {
            ids.erase(it);
            return;
        }
    ids.push_back(id);
}
BP_TEMPORARY_STAND_IN const std::vector<bp::Finding>& Designer::findings() {
    if (findings_revision_ != doc.revision()) {
        findings_ = bp::lint(doc.model());
        findings_revision_ = doc.revision();
    }
    return findings_;
}
}  // namespace ui

namespace bp {
BP_TEMPORARY_STAND_IN std::string ElementRef::id() const {
    if (!standard.empty()) return standard.value;
    if (!key_factor.empty()) return key_factor.value;
    if (!touchpoint.empty()) return touchpoint.value;
    return circle.value;
}

// Only the two coverage rules, enough for the panels to show findings.
BP_TEMPORARY_STAND_IN const std::vector<RuleInfo>& lint_rules() {
    static const std::vector<RuleInfo> rules = {
        {"coverage.touchpoint-without-key-factor", Severity::Warning, "触点没有关键因素", "Touchpoint without key factor"},
        {"coverage.key-factor-without-standard", Severity::Warning, "关键因素没有标准", "Key factor without standard"},
    };
    return rules;
}

BP_TEMPORARY_STAND_IN std::vector<Finding> lint(const Blueprint& doc, const LintOptions&) {
    std::vector<Finding> out;
    for (const Circle& c : doc.circles)
        for (const Touchpoint& t : c.touchpoints) {
            if (t.key_factors.empty()) {
                Finding f{"coverage.touchpoint-without-key-factor", Severity::Warning, {}, "触点没有关键因素",
                          "Touchpoint has no key factor"};
                f.where.touchpoint = t.id;
                out.push_back(f);
            }
            for (const KeyFactor& k : t.key_factors)
                if (k.standards.empty()) {
                    Finding f{"coverage.key-factor-without-standard", Severity::Warning, {}, "关键因素没有标准",
                              "Key factor has no standard"};
                    f.where.key_factor = k.id;
                    out.push_back(f);
                }
        }
    return out;
}
}  // namespace bp

#include "blueprint/convert.h"
namespace bp {
// Not exercised by the panel tests until the real converter lands.
BP_TEMPORARY_STAND_IN EditPtr convert_one(Document&, const KeyFactorId&, bool) { return nullptr; }
}  // namespace bp
