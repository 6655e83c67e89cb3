#include "edit.h"

#include <algorithm>
#include <type_traits>
#include <unordered_set>
#include <variant>

#include "edit_describe.h"
#include "glossary.h"
#include "layers.h"
#include "roles.h"

namespace bp {

// -------------------------------------------------------------------------------- element traits
// How each kind of element is found, what its children are, and where its siblings live.
namespace {

template <class T>
struct Kind;

template <>
struct Kind<Circle> {
    using IdT = CircleId;
    using ParentId = std::monostate;
    static void drop_children(Circle& c) {
        c.touchpoints.clear();
        c.handoffs.clear();
    }
    static void keep_children(Circle& dst, Circle& src) {
        dst.touchpoints = std::move(src.touchpoints);
        dst.handoffs = std::move(src.handoffs);
    }
    static Circle* get(Blueprint& d, Locator& w, const CircleId& id) {
        auto p = w.find(id);
        return p ? &d.circles[p->circle] : nullptr;
    }
    static std::vector<Circle>* siblings(Blueprint& d, Locator&, const ParentId&) { return &d.circles; }
    static constexpr Term term() { return glossary::circle; }
};

template <>
struct Kind<Touchpoint> {
    using IdT = TouchpointId;
    using ParentId = CircleId;
    static void drop_children(Touchpoint& t) {
        t.key_factors.clear();
        t.activities.clear();
    }
    static void keep_children(Touchpoint& dst, Touchpoint& src) {
        dst.key_factors = std::move(src.key_factors);
        dst.activities = std::move(src.activities);
    }
    static Touchpoint* get(Blueprint& d, Locator& w, const TouchpointId& id) {
        auto p = w.find(id);
        return p ? &touchpoint_at(d, *p) : nullptr;
    }
    static std::vector<Touchpoint>* siblings(Blueprint& d, Locator& w, const CircleId& parent) {
        auto c = Kind<Circle>::get(d, w, parent);
        return c ? &c->touchpoints : nullptr;
    }
    static constexpr Term term() { return glossary::touchpoint; }
};

template <>
struct Kind<KeyFactor> {
    using IdT = KeyFactorId;
    using ParentId = TouchpointId;
    static void drop_children(KeyFactor& k) { k.standards.clear(); }
    static void keep_children(KeyFactor& dst, KeyFactor& src) { dst.standards = std::move(src.standards); }
    static KeyFactor* get(Blueprint& d, Locator& w, const KeyFactorId& id) {
        auto p = w.find(id);
        return p ? &key_factor_at(d, *p) : nullptr;
    }
    static std::vector<KeyFactor>* siblings(Blueprint& d, Locator& w, const TouchpointId& parent) {
        auto t = Kind<Touchpoint>::get(d, w, parent);
        return t ? &t->key_factors : nullptr;
    }
    static constexpr Term term() { return glossary::key_factor; }
};

template <>
struct Kind<Standard> {
    using IdT = StandardId;
    using ParentId = KeyFactorId;
    static void drop_children(Standard&) {}
    static void keep_children(Standard&, Standard&) {}
    static Standard* get(Blueprint& d, Locator& w, const StandardId& id) {
        auto p = w.find(id);
        return p ? &standard_at(d, *p) : nullptr;
    }
    static std::vector<Standard>* siblings(Blueprint& d, Locator& w, const KeyFactorId& parent) {
        auto k = Kind<KeyFactor>::get(d, w, parent);
        return k ? &k->standards : nullptr;
    }
    static constexpr Term term() { return glossary::standard; }
};

// Every role the element (and its subtree) refers to is a role of the document: the loader refuses
// a document with a dangling role, so an edit that would make one does not apply. Roles are few.
bool has_role(const Blueprint& d, const RoleId& r) {
    if (r.empty()) return true;
    for (const Role& role : d.roles)
        if (role.id == r) return true;
    return false;
}
bool roles_resolve(const Blueprint&, const Circle& c, bool deep);
bool roles_resolve(const Blueprint& d, const Standard& s, bool) { return has_role(d, s.owner); }
bool roles_resolve(const Blueprint& d, const KeyFactor& k, bool deep) {
    if (deep)
        for (const Standard& s : k.standards)
            if (!roles_resolve(d, s, deep)) return false;
    return true;
}
bool roles_resolve(const Blueprint& d, const Touchpoint& t, bool deep) {
    if (!has_role(d, t.role)) return false;
    if (deep) {
        for (const KeyFactor& k : t.key_factors)
            if (!roles_resolve(d, k, deep)) return false;
        for (const Activity& a : t.activities)
            if (!has_role(d, a.role)) return false;
    }
    return true;
}

// The same for the other links an element carries (recovery circles, handoff standards; layers.h).
bool links_hold(const Blueprint& d, const Touchpoint& t, bool deep) {
    if (deep) return links_resolve(d, t);
    Touchpoint own = t;
    own.activities.clear();
    return links_resolve(d, own);
}
bool links_hold(const Blueprint& d, const Circle& c, bool deep) { return !deep || links_resolve(d, c); }
template <class T>
bool links_hold(const Blueprint&, const T&, bool) { return true; }
bool roles_resolve(const Blueprint& d, const Circle& c, bool deep) {
    if (deep)
        for (const Touchpoint& t : c.touchpoints)
            if (!roles_resolve(d, t, deep)) return false;
    return true;
}

// ------------------------------------------------------------------------------- concrete edits
template <class T>
class SetFields : public Edit {
public:
    SetFields(T before, T after) : before_(std::move(before)), after_(std::move(after)) {
        Kind<T>::drop_children(before_);
        Kind<T>::drop_children(after_);
    }
    bool apply(Blueprint& d, Locator& w) const override { return assign(d, w, after_); }
    bool revert(Blueprint& d, Locator& w) const override { return assign(d, w, before_); }
    std::string describe(Lang lang) const override { return describe_change(before_, after_, lang); }
    bool merge(const Edit& later) override {
        auto* next = dynamic_cast<const SetFields<T>*>(&later);
        if (!next || next->before_.id != after_.id) return false;
        after_ = next->after_;
        return true;
    }
    ElementId fields_of() const override { return before_.id; }
    bool circles_changed(const Blueprint& d, Locator& w, CircleChanges& out) const override {
        return out.add_circle_of(d, w, before_.id.value);
    }

private:
    bool assign(Blueprint& d, Locator& w, const T& value) const {
        if (!roles_resolve(d, value, false) || !links_hold(d, value, false)) return false;
        T* target = Kind<T>::get(d, w, before_.id);
        if (!target) return false;
        T copy = value;
        copy.id = before_.id;  // an edit never changes identity
        Kind<T>::keep_children(copy, *target);
        *target = std::move(copy);
        return true;
    }
    T before_, after_;
};

class SetBlueprintInfo : public Edit {
public:
    SetBlueprintInfo(Blueprint before, Blueprint after) : before_(std::move(before)), after_(std::move(after)) {
        before_.circles.clear();
        after_.circles.clear();
    }
    bool apply(Blueprint& d, Locator&) const override { return assign(d, after_); }
    bool revert(Blueprint& d, Locator&) const override { return assign(d, before_); }
    std::string describe(Lang lang) const override { return describe_change(before_, after_, lang); }
    bool merge(const Edit& later) override {
        auto* next = dynamic_cast<const SetBlueprintInfo*>(&later);
        if (!next) return false;
        after_ = next->after_;
        return true;
    }
    ElementId fields_of() const override { return before_.id; }
    // Typing in the description or the name: the views keep their scenes. The roles are drawn (their
    // names on the nodes, the role chain), so a change to any of them counts.
    bool leaves_elements() const override {
        const auto same = [](const Role& a, const Role& b) {
            if (a.id != b.id || a.name != b.name || a.name_en != b.name_en || a.reports_to != b.reports_to ||
                a.escalates_to != b.escalates_to || a.duties.size() != b.duties.size())
                return false;
            for (size_t i = 0; i < a.duties.size(); ++i)
                if (a.duties[i].text != b.duties[i].text) return false;
            return true;
        };
        return std::equal(before_.roles.begin(), before_.roles.end(), after_.roles.begin(), after_.roles.end(), same);
    }

private:
    static bool assign(Blueprint& d, const Blueprint& value) {
        if (!same_role_ids(d.roles, value.roles) && roles_change_refused(d, value.roles)) return false;
        auto circles = std::move(d.circles);
        auto results = std::move(d.results);  // results have their own edit (results.h)
        d = value;
        d.circles = std::move(circles);
        d.results = std::move(results);
        return true;
    }
    // Typing in a role's name keeps the ids (and whom each reports and escalates to, format 4): no need to
    // look for references then.
    static bool same_role_ids(const std::vector<Role>& a, const std::vector<Role>& b) {
        if (a.size() != b.size()) return false;
        for (size_t i = 0; i < a.size(); ++i)
            if (a[i].id != b[i].id || a[i].reports_to != b[i].reports_to || a[i].escalates_to != b[i].escalates_to)
                return false;
        return true;
    }
    Blueprint before_, after_;
};

// Insert (or, with `removing`, remove) one element with its subtree.
template <class T>
class InsertOrRemove : public Edit {
public:
    using ParentId = typename Kind<T>::ParentId;
    InsertOrRemove(ParentId parent, T element, int index, bool removing)
        : parent_(std::move(parent)), element_(std::move(element)), index_(index), removing_(removing) {}
    bool apply(Blueprint& d, Locator& w) const override { return removing_ ? take(d, w) : put(d, w); }
    bool revert(Blueprint& d, Locator& w) const override { return removing_ ? put(d, w) : take(d, w); }
    std::string describe(Lang lang) const override {
        if (is_zh(lang)) return std::string(removing_ ? "删除" : "添加") + std::string(Kind<T>::term().zh);
        return std::string(removing_ ? "Delete " : "Add ") + std::string(Kind<T>::term().en);
    }
    bool circles_changed(const Blueprint& d, Locator& w, CircleChanges& out) const override {
        if constexpr (std::is_same_v<T, Circle>) {
            out.circles.push_back(element_.id);
            out.list = true;
            return true;
        } else {
            return out.add_circle_of(d, w, parent_.value);
        }
    }

private:
    bool put(Blueprint& d, Locator& w) const {
        if (!roles_resolve(d, element_, true) || !links_hold(d, element_, true)) return false;
        auto* list = Kind<T>::siblings(d, w, parent_);
        if (!list) return false;
        int at = index_ < 0 || index_ > (int)list->size() ? (int)list->size() : index_;
        list->insert(list->begin() + at, element_);
        return true;
    }
    bool take(Blueprint& d, Locator& w) const {
        auto* list = Kind<T>::siblings(d, w, parent_);
        if (!list) return false;
        auto it = std::find_if(list->begin(), list->end(), [&](const T& e) { return e.id == element_.id; });
        if (it == list->end()) return false;
        list->erase(it);
        return true;
    }
    ParentId parent_;
    T element_;
    int index_;
    bool removing_;
};

class MoveTouchpoint : public Edit {
public:
    MoveTouchpoint(CircleId circle, int from, int to) : circle_(std::move(circle)), from_(from), to_(to) {}
    bool apply(Blueprint& d, Locator& w) const override { return move(d, w, from_, to_); }
    bool revert(Blueprint& d, Locator& w) const override { return move(d, w, to_, from_); }
    std::string describe(Lang lang) const override { return is_zh(lang) ? "调整触点顺序" : "Reorder touchpoint"; }
    bool circles_changed(const Blueprint&, Locator&, CircleChanges& out) const override {
        out.circles.push_back(circle_);
        return true;
    }
    bool merge(const Edit& later) override {
        auto* next = dynamic_cast<const MoveTouchpoint*>(&later);
        if (!next || next->circle_ != circle_ || next->from_ != to_) return false;
        to_ = next->to_;
        return true;
    }

private:
    bool move(Blueprint& d, Locator& w, int from, int to) const {
        auto* list = Kind<Touchpoint>::siblings(d, w, circle_);
        if (!list) return false;
        int n = (int)list->size();
        if (from < 0 || from >= n || to < 0 || to >= n) return false;
        if (from < to)
            std::rotate(list->begin() + from, list->begin() + from + 1, list->begin() + to + 1);
        else if (from > to)
            std::rotate(list->begin() + to, list->begin() + from, list->begin() + from + 1);
        return true;
    }
    CircleId circle_;
    int from_, to_;
};

class Batch : public Edit {
public:
    Batch(std::vector<EditPtr> edits, Text description)
        : edits_(std::move(edits)), description_(std::move(description)) {}
    bool apply(Blueprint& d, Locator& w) const override {
        for (size_t i = 0; i < edits_.size(); ++i) {
            if (!edits_[i]->apply(d, w)) {  // roll back what was done so far
                while (i-- > 0) edits_[i]->revert(d, w);
                return false;
            }
        }
        return true;
    }
    bool revert(Blueprint& d, Locator& w) const override {
        for (size_t i = edits_.size(); i-- > 0;) {
            if (!edits_[i]->revert(d, w)) {
                for (size_t j = i + 1; j < edits_.size(); ++j) edits_[j]->apply(d, w);
                return false;
            }
        }
        return true;
    }
    std::string describe(Lang lang) const override { return description_.in(lang); }
    bool circles_changed(const Blueprint& d, Locator& w, CircleChanges& out) const override {
        for (const EditPtr& e : edits_)
            if (!e->circles_changed(d, w, out)) return false;
        return true;
    }

private:
    std::vector<EditPtr> edits_;
    Text description_;
};

// A removal that takes with it what refers into the removed subtree (LinksInto, layers.h): handoffs that
// lose an end, recovery links to a removed circle, handoffs' standards. One undoable step.
class RemoveWithLinks : public Edit {
public:
    RemoveWithLinks(EditPtr removal, LinksInto links) : removal_(std::move(removal)), links_(std::move(links)) {}
    bool apply(Blueprint& d, Locator& w) const override {
        if (!unlink(d, links_)) return false;
        if (removal_->apply(d, w)) return true;
        relink(d, links_);
        return false;
    }
    bool revert(Blueprint& d, Locator& w) const override {
        if (!removal_->revert(d, w)) return false;
        if (relink(d, links_)) return true;
        removal_->apply(d, w);
        return false;
    }
    std::string describe(Lang lang) const override { return removal_->describe(lang); }
    bool circles_changed(const Blueprint& d, Locator& w, CircleChanges& out) const override {
        if (!removal_->circles_changed(d, w, out)) return false;
        for (const auto& h : links_.handoffs) out.circles.push_back(h.circle);
        for (const auto& r : links_.recoveries)
            if (!out.add_circle_of(d, w, r.holder.str())) return false;
        for (const auto& s : links_.standards)
            if (!out.add_circle_of(d, w, s.handoff.value)) return false;
        return true;
    }

private:
    EditPtr removal_;
    LinksInto links_;
};

class ReplaceContents : public Edit {
public:
    ReplaceContents(Blueprint before, Blueprint after, Text description)
        : before_(std::move(before)), after_(std::move(after)), description_(std::move(description)) {
        after_.id = before_.id;
    }
    bool apply(Blueprint& d, Locator& w) const override { return assign(d, w, after_); }
    bool revert(Blueprint& d, Locator& w) const override { return assign(d, w, before_); }
    std::string describe(Lang lang) const override { return description_.in(lang); }

private:
    static bool assign(Blueprint& d, Locator& w, const Blueprint& value) {
        d = value;
        w.reset(d);
        return true;
    }
    Blueprint before_, after_;
    Text description_;
};

template <class T>
EditPtr make_plain_remove_at(const Blueprint& d, const Path& p);

template <class T>
EditPtr make_remove_at(const Blueprint& d, const Path& p) {
    EditPtr removal = make_plain_remove_at<T>(d, p);
    LinksInto links = links_into(d, p);
    if (links.empty()) return removal;
    return std::make_unique<RemoveWithLinks>(std::move(removal), std::move(links));
}

template <class T>
EditPtr make_plain_remove_at(const Blueprint& d, const Path& p) {
    if constexpr (std::is_same_v<T, Circle>) {
        return std::make_unique<InsertOrRemove<Circle>>(std::monostate{}, d.circles[p.circle], p.circle, true);
    } else if constexpr (std::is_same_v<T, Touchpoint>) {
        return std::make_unique<InsertOrRemove<Touchpoint>>(d.circles[p.circle].id, touchpoint_at(d, p), p.touchpoint,
                                                            true);
    } else if constexpr (std::is_same_v<T, KeyFactor>) {
        return std::make_unique<InsertOrRemove<KeyFactor>>(touchpoint_at(d, p).id, key_factor_at(d, p), p.key_factor,
                                                           true);
    } else {
        return std::make_unique<InsertOrRemove<Standard>>(key_factor_at(d, p).id, standard_at(d, p), p.standard, true);
    }
}

template <class T>
EditPtr make_remove(const Blueprint& doc, const typename Kind<T>::IdT& id) {
    Locator w(doc);
    auto p = w.find(id);
    return p ? make_remove_at<T>(doc, *p) : nullptr;
}

}  // namespace

// Removal edits remember the index, so undo restores the exact order; InsertOrRemove::put uses it.

EditPtr set_blueprint_info(const Blueprint& b, const Blueprint& a) { return std::make_unique<SetBlueprintInfo>(b, a); }
EditPtr set_circle(const Circle& b, const Circle& a) { return std::make_unique<SetFields<Circle>>(b, a); }
EditPtr set_touchpoint(const Touchpoint& b, const Touchpoint& a) {
    return std::make_unique<SetFields<Touchpoint>>(b, a);
}
EditPtr set_key_factor(const KeyFactor& b, const KeyFactor& a) { return std::make_unique<SetFields<KeyFactor>>(b, a); }
EditPtr set_standard(const Standard& b, const Standard& a) { return std::make_unique<SetFields<Standard>>(b, a); }

EditPtr insert_circle(Circle c, int index) {
    return std::make_unique<InsertOrRemove<Circle>>(std::monostate{}, std::move(c), index, false);
}
EditPtr insert_touchpoint(const CircleId& parent, Touchpoint tp, int index) {
    return std::make_unique<InsertOrRemove<Touchpoint>>(parent, std::move(tp), index, false);
}
EditPtr insert_key_factor(const TouchpointId& parent, KeyFactor kf, int index) {
    return std::make_unique<InsertOrRemove<KeyFactor>>(parent, std::move(kf), index, false);
}
EditPtr insert_standard(const KeyFactorId& parent, Standard s, int index) {
    return std::make_unique<InsertOrRemove<Standard>>(parent, std::move(s), index, false);
}

EditPtr remove_circle(const Blueprint& doc, const CircleId& id) { return make_remove<Circle>(doc, id); }
EditPtr remove_touchpoint(const Blueprint& doc, const TouchpointId& id) { return make_remove<Touchpoint>(doc, id); }
EditPtr remove_key_factor(const Blueprint& doc, const KeyFactorId& id) { return make_remove<KeyFactor>(doc, id); }
EditPtr remove_standard(const Blueprint& doc, const StandardId& id) { return make_remove<Standard>(doc, id); }

EditPtr remove_at(const Blueprint& doc, const Path& p) {
    if (p.circle < 0 || p.circle >= (int)doc.circles.size()) return nullptr;
    if (p.touchpoint < 0) return make_remove_at<Circle>(doc, p);
    if (p.touchpoint >= (int)doc.circles[p.circle].touchpoints.size()) return nullptr;
    if (p.key_factor < 0) return make_remove_at<Touchpoint>(doc, p);
    if (p.key_factor >= (int)touchpoint_at(doc, p).key_factors.size()) return nullptr;
    if (p.standard < 0) return make_remove_at<KeyFactor>(doc, p);
    if (p.standard >= (int)key_factor_at(doc, p).standards.size()) return nullptr;
    return make_remove_at<Standard>(doc, p);
}

EditPtr move_touchpoint(const CircleId& circle, int from, int to) {
    return std::make_unique<MoveTouchpoint>(circle, from, to);
}

EditPtr replace_contents(Blueprint before, Blueprint after, Text description) {
    return std::make_unique<ReplaceContents>(std::move(before), std::move(after), std::move(description));
}

bool CircleChanges::add_circle_of(const Blueprint& doc, Locator& where, std::string_view id) {
    const std::optional<Location> at = where.find(id);
    if (!at || at->kind == ElementKind::Role || at->path.circle < 0 || at->path.circle >= (int)doc.circles.size())
        return false;
    const CircleId& circle = doc.circles[at->path.circle].id;
    if (circles.empty() || circles.back() != circle) circles.push_back(circle);  // a batch goes circle by circle
    return true;
}

void CircleChanges::drop_repeats() {
    if (circles.size() < 2) return;
    std::vector<CircleId> once;
    once.reserve(circles.size());
    std::unordered_set<std::string_view> seen;  // views of the ids in `circles`, which stay in place
    seen.reserve(circles.size());
    for (const CircleId& id : circles)
        if (seen.insert(id.value).second) once.push_back(id);
    circles = std::move(once);
}

EditPtr batch(std::vector<EditPtr> edits, Text description) {
    return std::make_unique<Batch>(std::move(edits), std::move(description));
}

// ---------------------------------------------------------------------------------------- history
bool History::push(EditPtr edit, Blueprint& doc, Locator& where, const std::string& merge_key) {
    if (!edit || !edit->apply(doc, where)) return false;
    undone_.clear();
    if (!merge_key.empty() && merge_key == last_key_ && !done_.empty() && done_.back()->merge(*edit)) return true;
    done_.push_back(std::move(edit));
    last_key_ = merge_key;
    return true;
}

bool History::undo(Blueprint& doc, Locator& where) {
    if (done_.empty() || !done_.back()->revert(doc, where)) return false;
    undone_.push_back(std::move(done_.back()));
    done_.pop_back();
    last_key_.clear();
    return true;
}

bool History::redo(Blueprint& doc, Locator& where) {
    if (undone_.empty() || !undone_.back()->apply(doc, where)) return false;
    done_.push_back(std::move(undone_.back()));
    undone_.pop_back();
    last_key_.clear();
    return true;
}

void History::clear() {
    done_.clear();
    undone_.clear();
    last_key_.clear();
}

// --------------------------------------------------------------------------------------- document
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
    std::unordered_set<std::string_view> named;
    for (const ElementsChange& change : change_log_) {
        if (change.revision <= since) continue;
        if (!change.known) return false;
        for (const CircleId& id : change.circles)
            if (named.insert(id.value).second) out.push_back(id);
    }
    if (out.empty()) return true;
    // Circles an edit named that a later one removed are gone: only those in the document are told.
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
