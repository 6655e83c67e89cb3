#include "lint_rows.h"

#include <algorithm>

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

std::unordered_map<std::string, ElementLabel> element_labels(const bp::Blueprint& doc) {
    std::unordered_map<std::string, ElementLabel> out;
    int order = 0;
    out[doc.id.value] = {order++, doc.name};
    for (const bp::Circle& c : doc.circles) {
        out[c.id.value] = {order++, c.name};
        for (const bp::Touchpoint& t : c.touchpoints) {
            out[t.id.value] = {order++, t.name};
            for (const bp::KeyFactor& k : t.key_factors) {
                out[k.id.value] = {order++, k.name};
                for (const bp::Standard& s : k.standards) out[s.id.value] = {order++, s.statement};
            }
        }
    }
    return out;
}

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

std::vector<int> build_lint_rows(const std::vector<bp::Finding>& findings,
                                 const std::unordered_map<std::string, ElementLabel>& labels,
                                 const LintFilter& filter, const std::vector<LintSortKey>& sort, bool chinese) {
    const std::string needle = lower_ascii(filter.text);
    auto label_of = [&](const bp::Finding& f) -> const ElementLabel* {
        auto it = labels.find(f.where.id());
        return it == labels.end() ? nullptr : &it->second;
    };

    std::vector<int> rows;
    for (int i = 0; i < (int)findings.size(); ++i) {
        const bp::Finding& f = findings[i];
        int s = int(f.severity);
        if (s < 0 || s >= 3 || !filter.severities[s]) continue;
        if (!filter.rule.empty() && f.rule != filter.rule) continue;
        if (f.acknowledged && !filter.acknowledged) continue;
        if (!needle.empty()) {
            const ElementLabel* label = label_of(f);
            std::string text = lower_ascii(f.message_zh + '\n' + f.message_en + '\n' + f.rule + '\n' +
                                           f.where.id() + '\n' + (label ? label->name : std::string()) + '\n' +
                                           f.acknowledgement_note);
            if (text.find(needle) == std::string::npos) continue;
        }
        rows.push_back(i);
    }

    auto compare = [&](const bp::Finding& a, const bp::Finding& b, LintColumn column) -> int {
        switch (column) {
            case LintColumn::Severity: return three_way(int(a.severity), int(b.severity));
            case LintColumn::Rule: return three_way(a.rule, b.rule);
            case LintColumn::Message:
                return chinese ? three_way(a.message_zh, b.message_zh) : three_way(a.message_en, b.message_en);
            case LintColumn::Element: {
                const ElementLabel* la = label_of(a);
                const ElementLabel* lb = label_of(b);
                return three_way(la ? la->order : -1, lb ? lb->order : -1);
            }
            case LintColumn::Count: break;
        }
        return 0;
    };
    if (!sort.empty())
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            for (const LintSortKey& key : sort) {
                int c = compare(findings[a], findings[b], key.column);
                if (c != 0) return key.ascending ? c < 0 : c > 0;
            }
            return false;
        });
    return rows;
}

}  // namespace ui
