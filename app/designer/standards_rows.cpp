#include "standards_rows.h"

#include <algorithm>
#include <tuple>
#include <unordered_set>

#include "blueprint/roles.h"

namespace ui {

namespace {
std::string lower_ascii(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return s;
}

bool contains(const std::string& haystack_lower, const std::string& needle_lower) {
    return haystack_lower.find(needle_lower) != std::string::npos;
}

bool results_match(ResultsFilter f, bp::Verdict v) {
    switch (f) {
        case ResultsFilter::Any: return true;
        case ResultsFilter::NeedsAttention:
            return v == bp::Verdict::Below || v == bp::Verdict::CriticalFailed || v == bp::Verdict::NoData;
        case ResultsFilter::Below: return v == bp::Verdict::Below || v == bp::Verdict::CriticalFailed;
        case ResultsFilter::NoData: return v == bp::Verdict::NoData;
    }
    return true;
}

bool lint_matches(LintStatusFilter f, const LintStatus& s) {
    switch (f) {
        case LintStatusFilter::Any: return true;
        case LintStatusFilter::Clean: return s.total() == 0;
        case LintStatusFilter::WithFindings: return s.total() > 0;
        case LintStatusFilter::WithErrors: return s.errors > 0;
        case LintStatusFilter::WithWarnings: return s.warnings > 0;
    }
    return true;
}

// -1, 0, 1 like strcmp.
template <class T>
int three_way(const T& a, const T& b) {
    return a < b ? -1 : b < a ? 1 : 0;
}

int compare_target(const bp::Target& a, const bp::Target& b) {
    // Unset values first, then by value, then by unit.
    if (a.value.has_value() != b.value.has_value()) return a.value.has_value() ? 1 : -1;
    if (a.value && *a.value != *b.value) return *a.value < *b.value ? -1 : 1;
    return three_way(a.unit, b.unit);
}

// Unmeasured first, then shares, then mean values (a mean is in its own unit, not a share).
int compare_share(const bp::Compliance& a, const bp::Compliance& b) {
    if ((a.n > 0) != (b.n > 0)) return a.n > 0 ? 1 : -1;
    if (a.mean != b.mean) return a.mean ? 1 : -1;
    return three_way(a.share, b.share);
}

// No change known first, then by the change.
int compare_change(const std::optional<double>& a, const std::optional<double>& b) {
    if (a.has_value() != b.has_value()) return a ? 1 : -1;
    return a ? three_way(*a, *b) : 0;
}
}  // namespace

std::unordered_map<std::string_view, LintStatus> lint_status_by_element(const std::vector<bp::Finding>& findings) {
    std::unordered_map<std::string_view, LintStatus> out;
    out.reserve(findings.size());
    for (const bp::Finding& f : findings) out[f.element.str()].add(f.severity);
    return out;
}

namespace {
// What decides whether a standard has a row and what the row carries, prepared once per build.
struct RowRules {
    const bp::Blueprint& doc;
    const StandardsFilter& filter;
    std::string needle;  // the text filter, lower case
    // Lint status per element; null: rows are built without it and the lint filter is not applied.
    const std::unordered_map<std::string_view, LintStatus>* status = nullptr;
    std::optional<bp::ResultsIndex> index;  // only with results
    int site = -1;
    bool measured = false;
    const ResultsFocus& results;

    RowRules(const bp::Blueprint& d, const StandardsFilter& f, const ResultsFocus& r,
             const std::unordered_map<std::string_view, LintStatus>* lint)
        : doc(d), filter(f), needle(lower_ascii(f.text)), status(lint), results(r) {
        if (!d.results) return;
        index.emplace(d);
        site = r.site.empty() ? -1 : index->site_index(r.site);
        measured = index->results() && !r.period.empty() && (r.site.empty() || site >= 0);
    }
};

// The rows of circle `c`, in document order, appended to `out`.
void circle_rows(const RowRules& rules, int c, std::vector<StandardRow>& out) {
    const bp::Blueprint& doc = rules.doc;
    const StandardsFilter& filter = rules.filter;
    const bp::Circle& circle = doc.circles[c];
    if (!filter.circle.empty() && circle.id.value != filter.circle) return;
    for (int t = 0; t < (int)circle.touchpoints.size(); ++t) {
        const bp::Touchpoint& tp = circle.touchpoints[t];
        for (int k = 0; k < (int)tp.key_factors.size(); ++k) {
            const bp::KeyFactor& kf = tp.key_factors[k];
            for (int s = 0; s < (int)kf.standards.size(); ++s) {
                const bp::Standard& st = kf.standards[s];
                if (filter.owner && st.owner.value != *filter.owner) continue;
                if (filter.type && st.type != *filter.type) continue;
                LintStatus lint;
                if (rules.status) {
                    if (auto it = rules.status->find(st.id.value); it != rules.status->end()) lint = it->second;
                    if (!lint_matches(filter.lint, lint)) continue;
                }
                if (!rules.needle.empty()) {
                    const std::string text = lower_ascii(
                        st.statement + '\n' + kf.name + '\n' + tp.name + '\n' + circle.name + '\n' +
                        st.target.metric + '\n' + st.target.unit + '\n' + st.id.value + '\n' +
                        bp::role_name(doc, st.owner, bp::Lang::Zh) + '\n' + bp::role_name(doc, st.owner, bp::Lang::En));
                    if (!contains(text, rules.needle)) continue;
                }
                bp::Standing standing =
                    rules.measured ? bp::standing(*rules.index, st, rules.results.period, rules.site) : bp::Standing{};
                if (rules.measured && !results_match(filter.results, standing.verdict)) continue;
                out.push_back(StandardRow{bp::Path{c, t, k, s}, st.id, t + 1, lint, std::move(standing)});
            }
        }
    }
}

// Stably sorted by the keys in priority order; ties keep the order they came in.
void sort_rows(const bp::Blueprint& doc, std::vector<StandardRow>& rows, const std::vector<SortKey>& sort, bp::Lang lang) {
    if (sort.empty()) return;
    // Sort small items that point at what they compare (the owner's name looked up once per row),
    // then lay the rows out in that order.
    std::unordered_map<std::string, std::string> owner_names;
    for (const bp::Role& r : doc.roles) owner_names[r.id.value] = bp::role_name(doc, r.id, lang);
    struct Item {
        StandardRow* row;
        const bp::Standard* standard;
        const std::string* owner;
    };
    std::vector<Item> items;
    items.reserve(rows.size());
    for (StandardRow& r : rows) {
        const bp::Standard& st = bp::standard_at(doc, r.path);
        auto it = owner_names.find(st.owner.value);
        items.push_back({&r, &st, it != owner_names.end() ? &it->second : &st.owner.value});  // "" or a dangling id
    }

    auto text = [](const std::string& a, const std::string& b) { return a.compare(b); };
    auto compare = [&](const Item& ia, const Item& ib, StandardsColumn column) -> int {
        const StandardRow& ra = *ia.row;
        const StandardRow& rb = *ib.row;
        const bp::Standard& a = *ia.standard;
        const bp::Standard& b = *ib.standard;
        switch (column) {
            case StandardsColumn::Circle:
                return text(doc.circles[ra.path.circle].name, doc.circles[rb.path.circle].name);
            case StandardsColumn::Touchpoint: return three_way(ra.touchpoint_order, rb.touchpoint_order);
            case StandardsColumn::KeyFactor:
                return text(bp::key_factor_at(doc, ra.path).name, bp::key_factor_at(doc, rb.path).name);
            case StandardsColumn::Statement: return text(a.statement, b.statement);
            case StandardsColumn::Type: return three_way(int(a.type), int(b.type));
            case StandardsColumn::Target: return compare_target(a.target, b.target);
            case StandardsColumn::Compliance: return three_way(a.target.compliance, b.target.compliance);
            case StandardsColumn::Share: return compare_share(ra.result.now, rb.result.now);
            case StandardsColumn::Observations: return three_way(ra.result.now.n, rb.result.now.n);
            case StandardsColumn::Trend: return compare_change(ra.result.change, rb.result.change);
            case StandardsColumn::Status:
                return three_way(bp::verdict_severity(ra.result.verdict), bp::verdict_severity(rb.result.verdict));
            case StandardsColumn::Method: return three_way(int(a.measurement.method), int(b.measurement.method));
            case StandardsColumn::Frequency:
                return three_way(int(a.measurement.frequency), int(b.measurement.frequency));
            case StandardsColumn::Owner: return text(*ia.owner, *ib.owner);
            case StandardsColumn::Visible: return three_way(a.customer_visible, b.customer_visible);
            case StandardsColumn::ReviewBy: return text(a.review_by, b.review_by);
            case StandardsColumn::Lint: {
                int by_worst = three_way(ra.lint.worst(), rb.lint.worst());
                return by_worst ? by_worst : three_way(ra.lint.total(), rb.lint.total());
            }
            case StandardsColumn::Count: break;
        }
        return 0;
    };
    std::stable_sort(items.begin(), items.end(), [&](const Item& a, const Item& b) {
        for (const SortKey& key : sort) {
            int c = compare(a, b, key.column);
            if (c != 0) return key.ascending ? c < 0 : c > 0;
        }
        return false;
    });
    std::vector<StandardRow> sorted;
    sorted.reserve(rows.size());
    for (const Item& i : items) sorted.push_back(std::move(*i.row));
    rows = std::move(sorted);
}
}  // namespace

std::vector<StandardRow> build_standard_rows(const bp::Blueprint& doc, const std::vector<bp::Finding>& findings,
                                             const StandardsFilter& filter, const std::vector<SortKey>& sort,
                                             bp::Lang lang, const ResultsFocus& results) {
    const auto status = lint_status_by_element(findings);
    const RowRules rules(doc, filter, results, &status);
    std::vector<StandardRow> rows;
    for (int c = 0; c < (int)doc.circles.size(); ++c) circle_rows(rules, c, rows);
    sort_rows(doc, rows, sort, lang);
    return rows;
}

// ------------------------------------------------------------------------------------ kept rows
const std::vector<StandardRow>& StandardRowsCache::build(bp::Document& document, const std::vector<bp::Finding>& findings,
                                                         const StandardsFilter& filter, const std::vector<SortKey>& sort,
                                                         bp::Lang lang, const ResultsFocus& results) {
    const bp::Blueprint& doc = document.model();
    // Standings and lint decide which rows there are only with results or a lint filter: then everything.
    if (doc.results || filter.lint != LintStatusFilter::Any) {
        in_order_ = build_standard_rows(doc, findings, filter, {}, lang, results);
        blocks_.clear();
        document_ = nullptr;
        filter_ = filter;
        ++full_builds_;
    } else {
        std::vector<bp::CircleId> changed;
        const bool reuse = document_ == &document && filter_ == filter &&
                           document.circles_changed_since(elements_revision_, changed);
        const RowRules rules(doc, filter, results, nullptr);
        std::unordered_map<std::string_view, std::pair<size_t, size_t>> kept;  // circle id → its rows' first, count
        if (reuse) {
            kept.reserve(blocks_.size());
            size_t at = 0;
            for (const Block& b : blocks_) {
                kept.emplace(b.circle.value, std::make_pair(at, b.rows));
                at += b.rows;
            }
            for (const bp::CircleId& id : changed) kept.erase(id.value);
        } else {
            ++full_builds_;
        }
        std::vector<StandardRow> rows;
        rows.reserve(in_order_.size() + 16);
        std::vector<Block> blocks;
        blocks.reserve(doc.circles.size());
        std::unordered_set<std::string_view> seen;  // a circle id twice (a document no loader made): walked each time
        seen.reserve(doc.circles.size());
        for (int c = 0; c < (int)doc.circles.size(); ++c) {
            const bp::Circle& circle = doc.circles[c];
            const size_t first = rows.size();
            auto it = seen.insert(circle.id.value).second ? kept.find(circle.id.value) : kept.end();
            if (it != kept.end()) {
                for (size_t i = it->second.first; i < it->second.first + it->second.second; ++i) {
                    rows.push_back(std::move(in_order_[i]));
                    rows.back().path.circle = c;
                }
            } else {
                circle_rows(rules, c, rows);
            }
            blocks.push_back(Block{circle.id, rows.size() - first});
        }
        in_order_ = std::move(rows);
        blocks_ = std::move(blocks);
        document_ = &document;
        filter_ = filter;
        elements_revision_ = document.elements_revision();
        fill_lint(document, findings);
    }
    sorted_.clear();
    if (!sort.empty()) {
        sorted_ = in_order_;
        sort_rows(doc, sorted_, sort, lang);
    }
    sorted_by_ = sort;
    return rows();
}

// Each finding located once: a standard's counts go to its row, found by its path among its circle's rows
// (in document order). The findings' cost, not the rows'.
void StandardRowsCache::fill_lint(bp::Document& document, const std::vector<bp::Finding>& findings) {
    for (StandardRow& r : in_order_) r.lint = {};
    if (findings.empty()) return;
    std::vector<size_t> first(blocks_.size() + 1, 0);
    for (size_t c = 0; c < blocks_.size(); ++c) first[c + 1] = first[c] + blocks_[c].rows;
    auto key = [](const bp::Path& p) { return std::make_tuple(p.touchpoint, p.key_factor, p.standard); };
    for (const bp::Finding& f : findings) {
        if (f.element.kind() != bp::ElementKind::Standard) continue;
        const std::optional<bp::Location> at = document.locator().find(f.element);
        if (!at || at->path.circle < 0 || size_t(at->path.circle) >= blocks_.size()) continue;
        const auto begin = in_order_.begin() + (ptrdiff_t)first[size_t(at->path.circle)];
        const auto end = in_order_.begin() + (ptrdiff_t)first[size_t(at->path.circle) + 1];
        auto row = std::lower_bound(begin, end, key(at->path),
                                    [&](const StandardRow& r, const auto& k) { return key(r.path) < k; });
        if (row != end && key(row->path) == key(at->path)) row->lint.add(f.severity);  // else filtered out
    }
}

}  // namespace ui
