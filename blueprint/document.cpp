// The open document (declared in edit.h): its history, the change log views follow, fresh ids and role usage.
#include "edit.h"

#include <algorithm>
#include <unordered_set>

#include "roles.h"

namespace bp {

namespace {
// The N of an id spelled "prefix-N" (N decimal digits only), 0 for any other id.
uint64_t serial_of(const std::string& id, const std::string& prefix) {
    if (id.size() <= prefix.size() + 1 || id.compare(0, prefix.size(), prefix) != 0 || id[prefix.size()] != '-')
        return 0;
    uint64_t n = 0;
    for (size_t i = prefix.size() + 1; i < id.size(); ++i) {
        if (id[i] < '0' || id[i] > '9') return 0;
        const uint64_t digit = uint64_t(id[i] - '0');
        if (n > (UINT64_MAX - digit) / 10) return 0;  // beyond 2^64: no serial we issue can reach it
        n = n * 10 + digit;
    }
    return n;
}

// The highest N of any id spelled "prefix-N" in the circle, 0 if none.
uint64_t highest_serial(const Circle& c, const std::string& prefix) {
    uint64_t highest = serial_of(c.id.value, prefix);
    auto consider = [&](const std::string& id) { highest = std::max(highest, serial_of(id, prefix)); };
    for (const Touchpoint& t : c.touchpoints) {
        consider(t.id.value);
        for (const KeyFactor& k : t.key_factors) {
            consider(k.id.value);
            for (const Standard& s : k.standards) consider(s.id.value);
        }
        for (const Activity& a : t.activities) consider(a.id.value);
    }
    for (const Handoff& h : c.handoffs) consider(h.id.value);
    return highest;
}

uint64_t highest_serial(const Blueprint& doc, const std::string& prefix) {
    uint64_t highest = serial_of(doc.id.value, prefix);
    for (const Role& r : doc.roles) highest = std::max(highest, serial_of(r.id.value, prefix));
    for (const Circle& c : doc.circles) highest = std::max(highest, highest_serial(c, prefix));
    return highest;
}
}  // namespace

// While an edit runs the document changes under the locator, so it must rebuild on every miss; between
// edits nothing changes it, so a miss rebuilds once at most (a selection holding a deleted id is free).
bool Document::apply(EditPtr edit, const std::string& merge_key) {
    const bool leaves_elements = edit && edit->leaves_elements();
    where_.unsettle();
    const Edit* pushed = edit.get();
    const bool ok = history_.push(std::move(edit), doc_, where_, merge_key);
    where_.settle();
    // A merged step is the top one, now holding this edit too; otherwise the edit is the top.
    if (ok) changed(history_.next_undo() ? history_.next_undo() : pushed, leaves_elements);
    return ok;
}

void Document::changed(const Edit* edit, bool leaves_elements) {
    ++revision_;
    if (leaves_elements) return;
    elements_revision_ = revision_;
    ElementsChange change{elements_revision_, {}, false};
    CircleChanges circles;
    if (edit && edit->circles_changed(doc_, where_, circles)) {
        circles.drop_repeats();
        // Only the circles the edit changed or moved are indexed again, when they are few.
        if (!circles.list) where_.changed_within(circles.circles);
        else where_.changed_list(circles.circles);
        change.circles = std::move(circles.circles);
        change.known = true;
    } else {
        where_.changed_elsewhere();
    }
    if (change_log_.size() == kChangeLog) {
        log_since_ = change_log_.front().revision;
        change_log_.erase(change_log_.begin());
    }
    change_log_.push_back(std::move(change));
}

bool Document::circles_changed_since(uint64_t since, std::vector<CircleId>& out) const {
    out.clear();
    if (since < log_since_ || since > elements_revision_) return false;
    CircleChanges named;
    for (const ElementsChange& change : change_log_) {
        if (change.revision <= since) continue;
        if (!change.known) return false;
        named.circles.insert(named.circles.end(), change.circles.begin(), change.circles.end());
    }
    named.drop_repeats();
    out = std::move(named.circles);
    if (out.empty()) return true;
    // Circles an edit named that a later one removed are gone: only those in the document are told. A few
    // named (one edit's) are looked for in the list; many, through a set of the document's circle ids.
    if (out.size() <= 8) {
        auto gone = [&](const CircleId& id) {
            return std::none_of(doc_.circles.begin(), doc_.circles.end(), [&](const Circle& c) { return c.id == id; });
        };
        out.erase(std::remove_if(out.begin(), out.end(), gone), out.end());
        return true;
    }
    std::unordered_set<std::string_view> present;
    present.reserve(doc_.circles.size());
    for (const Circle& c : doc_.circles) present.insert(c.id.value);
    out.erase(std::remove_if(out.begin(), out.end(), [&](const CircleId& id) { return !present.count(id.value); }),
              out.end());
    return true;
}

bool Document::undo() {
    const Edit* edit = history_.next_undo();
    where_.unsettle();
    const bool ok = history_.undo(doc_, where_);
    where_.settle();
    if (ok) changed(edit, edit->leaves_elements());  // the edit is still alive: undo moved it to the redo list
    return ok;
}

bool Document::redo() {
    const Edit* edit = history_.next_redo();
    where_.unsettle();
    const bool ok = history_.redo(doc_, where_);
    where_.settle();
    if (ok) changed(edit, edit->leaves_elements());
    return ok;
}

void Document::replace(Blueprint doc) {
    doc_ = std::move(doc);
    history_.clear();
    changed(nullptr, false);
    where_.reset(doc_);  // after changed(): the index is whole
    where_.settle();
    change_log_.clear();
    log_since_ = elements_revision_;  // nothing before the replacement can be told
    highest_serial_.clear();          // serials are counted afresh in the new document
}

std::string Document::new_id(const std::string& prefix) {
    // Ids may have come since the last call: the circles the change log names are looked at again (undo
    // brings back only ids already counted), the whole document when it cannot tell. A serial is never
    // handed out twice in a session, even after the element that had it was removed.
    if (serials_revision_ != elements_revision_) {
        std::vector<CircleId> changed;
        if (circles_changed_since(serials_revision_, changed)) {
            for (const CircleId& id : changed) {
                const auto at = where_.find(id);
                if (!at) continue;
                for (auto& [known, highest] : highest_serial_)
                    highest = std::max(highest, highest_serial(doc_.circles[at->circle], known));
            }
        } else {
            for (auto& [known, highest] : highest_serial_) highest = std::max(highest, highest_serial(doc_, known));
        }
        serials_revision_ = elements_revision_;
    }
    auto [it, fresh] = highest_serial_.try_emplace(prefix, 0);
    if (fresh) it->second = highest_serial(doc_, prefix);
    if (it->second < UINT64_MAX) return prefix + "-" + std::to_string(++it->second);
    // Serials are used up: a second serial after the last one, checked against every id in use (and
    // against those handed out since the last edit, which the document does not hold yet).
    const std::string base = prefix + "-" + std::to_string(UINT64_MAX) + "-";
    const auto used = collect_ids(doc_);
    for (uint64_t k = ++overflow_serial_[prefix];; k = ++overflow_serial_[prefix]) {
        std::string id = base + std::to_string(k);
        if (!used.count(id)) return id;
    }
}

const RoleUsage& Document::role_usage() {
    if (role_usage_ && role_usage_revision_ == revision_) return *role_usage_;
    // Edits within circles: those counted again (a count of the whole document is milliseconds at
    // ten thousand touchpoints, after every edit).
    std::vector<CircleId> changed;
    if (role_usage_ && circles_changed_since(role_usage_elements_revision_, changed)) role_usage_->recount(doc_, changed);
    else role_usage_ = std::make_unique<RoleUsage>(doc_);
    role_usage_revision_ = revision_;
    role_usage_elements_revision_ = elements_revision_;
    return *role_usage_;
}

Document::Document() : where_(doc_) { where_.settle(); }
Document::Document(Blueprint doc) : doc_(std::move(doc)), where_(doc_) { where_.settle(); }
Document::~Document() = default;

}  // namespace bp
