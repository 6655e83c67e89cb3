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

}  // namespace bp
