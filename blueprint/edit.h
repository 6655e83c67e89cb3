// Edits are reversible command objects on the model; History keeps them for undo/redo.
// Views never change the model directly: they build an Edit and hand it to Document::apply.
// Sections: edit interface · concrete edits · history · document. Locator: locator.h.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "lang.h"
#include "locator.h"
#include "model.h"

namespace bp {

class RoleUsage;  // roles.h

// -------------------------------------------------------------------------------------- interface
// The circles a structural edit changed, for autosave's journal (ui::Session), which then carries those
// circles whole: their ids, and whether circles came or went (the list of circles changed).
struct CircleChanges {
    std::vector<CircleId> circles;
    bool list = false;
    // Adds the circle that holds the element with this id (any kind but a role); false when none does.
    bool add_circle_of(const Blueprint& doc, Locator& where, std::string_view id);
    // Keeps the first of each circle named more than once (a batch names a circle per element it touched).
    void drop_repeats();
};

class Edit {
public:
    virtual ~Edit() = default;
    // Both return false (and leave the document unchanged) when the element they refer to is gone.
    virtual bool apply(Blueprint& doc, Locator& where) const = 0;   // do and redo
    virtual bool revert(Blueprint& doc, Locator& where) const = 0;  // undo
    virtual std::string describe(Lang lang) const = 0;             // for the history list
    // Consecutive small steps of one gesture (a drag, typing in a field) become one history step.
    virtual bool merge(const Edit& later) { (void)later; return false; }
    // The element whose own fields this edit sets (a set_* edit, merged typing included); none for
    // structural edits and batches. Autosave journals such an edit as that element's fields.
    virtual ElementId fields_of() const { return {}; }
    // The circles whose subtrees this edit changes, looked up in `doc` as it is after the edit was applied
    // or reverted (where its elements exist, a circle it removed aside: `list` says so). False when it
    // changes more than circles (results, acknowledgements, roles) or cannot tell: autosave then writes
    // the whole document.
    virtual bool circles_changed(const Blueprint& doc, Locator& where, CircleChanges& out) const {
        (void)doc, (void)where, (void)out;
        return false;
    }
    // Leaves the circles and the roles they name as they were: it changes only the measured results, or
    // the blueprint's own fields (its name, description…). Views that draw the elements (and lay out
    // their labels, a second on a big document) need not rebuild.
    virtual bool leaves_elements() const { return false; }
};

using EditPtr = std::unique_ptr<Edit>;

// -------------------------------------------------------------------------------------- edits
// Change the fields of one element (its children are never touched). `before`/`after` carry the
// element's own fields; any children they hold are ignored.
// set_blueprint_info sets name, roles, … (not circles). It does not apply (returns false) when the new
// roles would drop a role still in use or repeat an id: see roles_change_refused() in roles.h for why.
EditPtr set_blueprint_info(const Blueprint& before, const Blueprint& after);
EditPtr set_circle(const Circle& before, const Circle& after);
EditPtr set_touchpoint(const Touchpoint& before, const Touchpoint& after);
EditPtr set_key_factor(const KeyFactor& before, const KeyFactor& after);
EditPtr set_standard(const Standard& before, const Standard& after);

// Insert an element (with its whole subtree) at `index` under its parent; index -1 appends.
EditPtr insert_circle(Circle circle, int index = -1);
EditPtr insert_touchpoint(const CircleId& parent, Touchpoint tp, int index = -1);
EditPtr insert_key_factor(const TouchpointId& parent, KeyFactor kf, int index = -1);
EditPtr insert_standard(const KeyFactorId& parent, Standard s, int index = -1);

// Remove an element and its subtree; undo puts it back where it was. Built from the current document.
EditPtr remove_circle(const Blueprint& doc, const CircleId& id);
EditPtr remove_touchpoint(const Blueprint& doc, const TouchpointId& id);
EditPtr remove_key_factor(const Blueprint& doc, const KeyFactorId& id);
EditPtr remove_standard(const Blueprint& doc, const StandardId& id);
// The same for the element at a path the caller already holds from a current index (the deepest level
// set decides the kind): removing many elements then costs no lookup each. nullptr if out of range.
EditPtr remove_at(const Blueprint& doc, const Path& path);

// Move a touchpoint to position `to` in the customer's order of its circle.
EditPtr move_touchpoint(const CircleId& circle, int from, int to);

// The whole document as `after` (its id kept), undone back to `before`: restoring autosaved work.
EditPtr replace_contents(Blueprint before, Blueprint after, Text description);

// Several edits as one step, applied in order and undone in reverse. All or nothing.
EditPtr batch(std::vector<EditPtr> edits, Text description);

// ---------------------------------------------------------------------------------------- history
class History {
public:
    // Applies the edit; on success records it and clears the redo list. A non-empty merge_key equal
    // to the previous push's key folds this edit into the previous step (until seal()).
    bool push(EditPtr edit, Blueprint& doc, Locator& where, const std::string& merge_key = {});
    bool undo(Blueprint& doc, Locator& where);
    bool redo(Blueprint& doc, Locator& where);
    void seal() { last_key_.clear(); }  // end of a gesture: the next push starts a new step
    void clear();

    bool can_undo() const { return !done_.empty(); }
    bool can_redo() const { return !undone_.empty(); }
    const Edit* next_undo() const { return done_.empty() ? nullptr : done_.back().get(); }
    const Edit* next_redo() const { return undone_.empty() ? nullptr : undone_.back().get(); }
    size_t undo_depth() const { return done_.size(); }
    size_t redo_depth() const { return undone_.size(); }
    // For a history list: undo_entry(0) is the oldest step done, redo_entry(0) the next step to redo.
    const Edit& undo_entry(size_t i) const { return *done_[i]; }
    const Edit& redo_entry(size_t i) const { return *undone_[undone_.size() - 1 - i]; }

private:
    std::vector<EditPtr> done_, undone_;
    std::string last_key_;
};

// --------------------------------------------------------------------------------------- document
// (document.cpp) The open blueprint with its history. Every change goes through here and bumps revision(), which
// views, lint caches and autosave watch.
class Document {
public:
    Document();
    explicit Document(Blueprint doc);
    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;

    const Blueprint& model() const { return doc_; }
    Locator& locator() { return where_; }

    bool apply(EditPtr edit, const std::string& merge_key = {});
    bool undo();
    bool redo();
    void seal() { history_.seal(); }
    const History& history() const { return history_; }

    // Replaces the whole document (open, new); history starts afresh.
    void replace(Blueprint doc);

    // A fresh id such as "tp-12" that no element in the document uses yet: one more than the highest
    // "tp-N" in use, so no set of every id is needed (converting 40,000 key factors asks 40,000 times).
    // When serials run out (an id "tp-18446744073709551615" is in use) the id gets a second serial
    // ("tp-18446744073709551615-1"), checked against every id: never an id in use.
    std::string new_id(const std::string& prefix);

    uint64_t revision() const { return revision_; }
    // The revision of the last change to the circles or the roles (Edit::leaves_elements): what a view
    // that draws the elements keys on.
    uint64_t elements_revision() const { return elements_revision_; }

    // The circles whose subtrees changed after elements revision `since`, as the edits applied, undone
    // and redone since then tell (Edit::circles_changed): ids of circles that are in the document now.
    // False when that cannot be told: the document was replaced, an edit could not say (roles), or
    // `since` is older than the last kChangeLog changes. A view that draws circles rebuilds only those.
    bool circles_changed_since(uint64_t since, std::vector<CircleId>& out) const;
    static constexpr size_t kChangeLog = 32;

    // How many touchpoints and standards use each role, recounted only when the revision moved.
    const RoleUsage& role_usage();
    ~Document();

private:
    Blueprint doc_;
    Locator where_;
    History history_;
    uint64_t revision_ = 1;
    uint64_t elements_revision_ = 1;
    void changed(const Edit* edit, bool leaves_elements);
    // Per change to the elements, newest last: the elements revision it made and the circles it
    // changed (`known` false: it could not tell). At most kChangeLog; older ones are forgotten.
    struct ElementsChange {
        uint64_t revision = 0;
        std::vector<CircleId> circles;
        bool known = false;
    };
    std::vector<ElementsChange> change_log_;
    uint64_t log_since_ = 1;  // the log tells every change after this elements revision
    // Per prefix, the highest N among ids "prefix-N" in the document or handed out; raised after edits
    // by looking at the circles they changed (new_id), never lowered.
    std::unordered_map<std::string, uint64_t> highest_serial_;
    uint64_t serials_revision_ = 0;  // the elements revision highest_serial_ has seen
    std::unordered_map<std::string, uint64_t> overflow_serial_;  // see new_id; never reset, never reused
    std::unique_ptr<RoleUsage> role_usage_;
    uint64_t role_usage_revision_ = 0, role_usage_elements_revision_ = 0;
};

}  // namespace bp
