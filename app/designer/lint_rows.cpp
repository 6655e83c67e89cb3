#include "lint_rows.h"

#include <algorithm>
#include <optional>

namespace ui {

namespace {
std::string lower_ascii(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return s;
}

template <class T>
int three_way(const T& a, const T& b) {
    return a < b ? -1 : b < a ? 1 : 0;
}
}  // namespace

std::array<int, 3> count_by_severity(const std::vector<bp::Finding>& findings) {
    std::array<int, 3> n = {0, 0, 0};
    for (const bp::Finding& f : findings) {
        int s = int(f.severity);
        if (s >= 0 && s < 3 && !f.acknowledged) ++n[s];
    }
    return n;
}

int count_acknowledged(const std::vector<bp::Finding>& findings) {
    return (int)std::count_if(findings.begin(), findings.end(), [](const bp::Finding& f) { return f.acknowledged; });
}

namespace {
// Where an element stands in a walk of the document (blueprint, roles, then the tree depth first): a
// path compares in that order once the unset levels (-1) sort first. Elements not found come first.
using WalkOrder = std::array<int, 6>;
WalkOrder walk_order(const std::optional<bp::Location>& at) {
    if (!at) return {-2, -2, -2, -2, -2, -2};
    const bp::Path& p = at->path;
    return {at->kind == bp::ElementKind::Blueprint ? -1 : 0, at->role, p.circle, p.touchpoint, p.key_factor, p.standard};
}
}  // namespace

std::vector<int> build_lint_rows(const std::vector<bp::Finding>& findings, const bp::Blueprint& doc,
                                 bp::Locator& where, const LintFilter& filter, const std::vector<LintSortKey>& sort,
                                 bp::Lang lang) {
    const std::string needle = lower_ascii(filter.text);
    auto name_of = [&](const bp::Finding& f) {
        auto at = where.find(f.element);
        return at ? bp::name_at(doc, *at) : std::string();
    };

    std::vector<int> rows;
    for (int i = 0; i < (int)findings.size(); ++i) {
        const bp::Finding& f = findings[i];
        int s = int(f.severity);
        if (s < 0 || s >= 3 || !filter.severities[s]) continue;
        if (!filter.rule.empty() && f.rule != filter.rule) continue;
        if (f.acknowledged && !filter.acknowledged) continue;
        if (!needle.empty()) {
            std::string text = lower_ascii(f.message_zh + '\n' + f.message_en + '\n' + f.rule + '\n' +
                                           f.element.str() + '\n' + name_of(f) + '\n' + f.acknowledgement_note);
            if (text.find(needle) == std::string::npos) continue;
        }
        rows.push_back(i);
    }

    // Each row's place in the document, looked up once (sorting compares each row many times).
    std::vector<WalkOrder> order;
    for (const LintSortKey& key : sort)
        if (key.column == LintColumn::Element && order.empty()) {
            order.resize(findings.size());
            for (int i : rows) order[i] = walk_order(where.find(findings[i].element));
        }
    auto compare = [&](int ia, int ib, LintColumn column) -> int {
        const bp::Finding& a = findings[ia];
        const bp::Finding& b = findings[ib];
        switch (column) {
            case LintColumn::Severity: return three_way(int(a.severity), int(b.severity));
            case LintColumn::Rule: return three_way(a.rule, b.rule);
            case LintColumn::Message:
                return bp::is_zh(lang) ? three_way(a.message_zh, b.message_zh) : three_way(a.message_en, b.message_en);
            case LintColumn::Element: return three_way(order[ia], order[ib]);
            case LintColumn::Count: break;
        }
        return 0;
    };
    if (!sort.empty())
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            for (const LintSortKey& key : sort) {
                int c = compare(a, b, key.column);
                if (c != 0) return key.ascending ? c < 0 : c > 0;
            }
            return false;
        });
    return rows;
}

}  // namespace ui
