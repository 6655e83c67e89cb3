// Acknowledging findings and fixing repeated ones (lint_actions.h).
// Sections: acknowledgements · counts · fixes.
#include "lint_actions.h"

#include <optional>
#include <unordered_set>

#include "dates.h"
#include "lint_internal.h"

namespace bp {

using lint_detail::info;
using lint_detail::Rule;

// ---------------------------------------------------------------------------------- acknowledgements
namespace {

// Replaces the document's acknowledgements; undo puts the earlier list back.
class SetAcknowledgements : public Edit {
public:
    SetAcknowledgements(std::vector<Acknowledgement> before, std::vector<Acknowledgement> after, Text what)
        : before_(std::move(before)), after_(std::move(after)), what_(std::move(what)) {}
    bool apply(Blueprint& d, Locator&) const override {
        d.acknowledgements = after_;
        return true;
    }
    bool revert(Blueprint& d, Locator&) const override {
        d.acknowledgements = before_;
        return true;
    }
    std::string describe(Lang lang) const override { return what_.in(lang); }

private:
    std::vector<Acknowledgement> before_, after_;
    Text what_;
};

int index_of(const Blueprint& doc, std::string_view rule, std::string_view element) {
    for (size_t i = 0; i < doc.acknowledgements.size(); ++i)
        if (doc.acknowledgements[i].rule == rule && doc.acknowledgements[i].element == element) return int(i);
    return -1;
}

}  // namespace

const Acknowledgement* find_acknowledgement(const Blueprint& doc, std::string_view rule, std::string_view element) {
    const int i = index_of(doc, rule, element);
    return i < 0 ? nullptr : &doc.acknowledgements[size_t(i)];
}

EditPtr acknowledge(const Blueprint& doc, const Finding& finding, std::string note) {
    const std::string& element = finding.element.str();
    std::vector<Acknowledgement> after = doc.acknowledgements;
    const int i = index_of(doc, finding.rule, element);
    if (i >= 0) {
        if (after[size_t(i)].note == note) return nullptr;
        after[size_t(i)].note = std::move(note);
        return std::make_unique<SetAcknowledgements>(doc.acknowledgements, std::move(after),
                                                     Text{"修改确认说明", "Edit acknowledgement note"});
    }
    after.push_back(Acknowledgement{finding.rule, element, std::move(note)});
    return std::make_unique<SetAcknowledgements>(doc.acknowledgements, std::move(after),
                                                 Text{"确认检查结果", "Acknowledge finding"});
}

EditPtr unacknowledge(const Blueprint& doc, std::string_view rule, std::string_view element) {
    const int i = index_of(doc, rule, element);
    if (i < 0) return nullptr;
    std::vector<Acknowledgement> after = doc.acknowledgements;
    after.erase(after.begin() + i);
    return std::make_unique<SetAcknowledgements>(doc.acknowledgements, std::move(after),
                                                 Text{"取消确认", "Withdraw acknowledgement"});
}

std::vector<StaleAcknowledgement> stale_acknowledgements(const Blueprint& doc, const std::vector<Finding>& findings) {
    std::vector<StaleAcknowledgement> out;
    if (doc.acknowledgements.empty()) return out;
    std::unordered_set<std::string> raised;  // rule + '\n' + element of every current finding
    for (const Finding& f : findings) raised.insert(f.rule + '\n' + f.element.str());
    const std::unordered_set<std::string> ids = collect_ids(doc);
    for (const Acknowledgement& a : doc.acknowledgements)
        if (!raised.count(a.rule + '\n' + a.element)) out.push_back({a, !ids.count(a.element)});
    return out;
}

EditPtr drop_stale_acknowledgements(const Blueprint& doc, const std::vector<Finding>& findings) {
    const std::vector<StaleAcknowledgement> stale = stale_acknowledgements(doc, findings);
    if (stale.empty()) return nullptr;
    std::unordered_set<std::string> gone;
    for (const StaleAcknowledgement& s : stale) gone.insert(s.acknowledgement.rule + '\n' + s.acknowledgement.element);
    std::vector<Acknowledgement> after;
    for (const Acknowledgement& a : doc.acknowledgements)
        if (!gone.count(a.rule + '\n' + a.element)) after.push_back(a);
    const std::string n = std::to_string(doc.acknowledgements.size() - after.size());
    return std::make_unique<SetAcknowledgements>(doc.acknowledgements, std::move(after),
                                                 Text{"清除失效的确认（" + n + " 条）",
                                                      "Drop stale acknowledgements (" + n + ")"});
}

// -------------------------------------------------------------------------------------------- counts
FindingTally tally_findings(const std::vector<Finding>& findings) {
    FindingTally t;
    for (const Finding& f : findings) {
        if (f.acknowledged) {
            ++t.acknowledged;
            continue;
        }
        const int s = int(f.severity);
        if (s >= 0 && s < 3) ++t.open[size_t(s)];
    }
    return t;
}

// --------------------------------------------------------------------------------------------- fixes
namespace {

// The standard the finding points at with its fix applied, or nothing when this finding has no fix.
std::optional<Standard> fixed(const Blueprint& doc, Locator& where, const Finding& f, Rule rule,
                              const std::string& review_by) {
    if (f.acknowledged) return std::nullopt;
    const StandardId* id = f.element.get<StandardId>();
    if (!id) return std::nullopt;
    const std::optional<Path> at = where.find(*id);
    if (!at) return std::nullopt;
    Standard s = standard_at(doc, *at);
    if (rule == Rule::NoReviewDate) {
        if (review_by.empty() || !s.review_by.empty()) return std::nullopt;
        s.review_by = review_by;
    } else if (rule == Rule::NoOwner) {
        const RoleId& role = touchpoint_at(doc, *at).role;
        if (role.empty() || !s.owner.empty()) return std::nullopt;
        s.owner = role;
    } else {
        return std::nullopt;
    }
    return s;
}

std::optional<Rule> fixable_rule(std::string_view rule) {
    for (Rule r : {Rule::NoReviewDate, Rule::NoOwner})
        if (info(r).id == rule) return r;
    return std::nullopt;
}

std::string review_date_from(const std::string& today) { return valid_date(today) ? add_years(today, 1) : std::string(); }

}  // namespace

bool has_fix_all(std::string_view rule) { return fixable_rule(rule).has_value(); }

size_t fixable_count(Document& doc, const std::vector<Finding>& findings, std::string_view rule,
                     const std::string& today) {
    const std::optional<Rule> r = fixable_rule(rule);
    if (!r) return 0;
    // The document's own locator: building one for each rule took 0.6 s a keystroke on a big document.
    const std::string review_by = review_date_from(today);
    size_t n = 0;
    for (const Finding& f : findings)
        if (f.rule == rule && fixed(doc.model(), doc.locator(), f, *r, review_by)) ++n;
    return n;
}

EditPtr fix_all(Document& doc, const std::vector<Finding>& findings, std::string_view rule, const std::string& today) {
    const std::optional<Rule> r = fixable_rule(rule);
    if (!r) return nullptr;
    const Blueprint& b = doc.model();
    const std::string review_by = review_date_from(today);
    std::vector<EditPtr> edits;
    std::unordered_set<std::string> done;  // a standard is fixed once, whatever the findings list repeats
    for (const Finding& f : findings) {
        if (f.rule != rule || done.count(f.element.str())) continue;
        std::optional<Standard> after = fixed(b, doc.locator(), f, *r, review_by);
        if (!after) continue;
        const Standard& before = standard_at(b, *doc.locator().find(after->id));
        done.insert(f.element.str());
        edits.push_back(set_standard(before, *after));
    }
    if (edits.empty()) return nullptr;
    const std::string n = std::to_string(edits.size());
    const RuleInfo& i = info(*r);
    return batch(std::move(edits), Text{"修复全部：" + i.title_zh + "（" + n + " 条）",
                                        "Fix all: " + i.title_en + " (" + n + ")"});
}

}  // namespace bp
