#include "lint_badges.h"

namespace ui {

LintBadges count_lint_badges(const bp::Blueprint& doc, const std::vector<bp::Finding>& findings, bp::Locator& where) {
    LintBadges out;
    auto add = [&](const bp::ElementId& id, bp::Severity s) {
        LintBadge& b = out[id];
        if (b.count == 0 || s < b.worst) b.worst = s;  // Error < Warning < Info
        ++b.count;
    };
    for (const bp::Finding& f : findings) {
        const auto at = where.find(f.element);
        if (!at || at->path.circle < 0) continue;  // the blueprint itself or a role: no badge on the canvas
        const bp::Path& p = at->path;
        if (p.touchpoint < 0) {
            add(doc.circles[p.circle].id, f.severity);
            if (p.handoff >= 0) add(bp::handoff_at(doc, p).id, f.severity);  // on its arrow's label too
            continue;
        }
        add(bp::touchpoint_at(doc, p).id, f.severity);
        if (p.key_factor >= 0) add(bp::key_factor_at(doc, p).id, f.severity);
        if (p.activity >= 0) add(bp::activity_at(doc, p).id, f.severity);
    }
    return out;
}

}  // namespace ui
