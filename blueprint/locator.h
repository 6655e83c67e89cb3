// Finding elements by id: one locator for every kind, and the one check that a remembered location
// still holds the element asked for.
// Sections: checks · locator.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model.h"

namespace bp {

// ------------------------------------------------------------------------------------------ checks
// True when `at` is in range of `doc` and the element there has exactly this id (and kind). Any
// remembered location (a view's cache, a lint row) is checked with this before it is trusted.
bool is_at(const Blueprint& doc, const Location& at, const ElementId& id);

// The id of the element at a location, none when the location is out of range.
ElementId id_at(const Blueprint& doc, const Location& at);

// The element's name as people know it: a standard's is its statement, a role's its name.
// Empty when the location is out of range.
const std::string& name_at(const Blueprint& doc, const Location& at);

// ----------------------------------------------------------------------------------------- locator
// Finds elements through an Index that repairs itself: a remembered location is trusted only when
// is_at() confirms it, otherwise the index is rebuilt. Edits that do not shift an element's siblings
// (field changes, adding standards) therefore never pay for a rebuild.
//
// An id the index does not know also rebuilds it, since the element may be new. The owner of a
// document that tells the locator when the document may change (settle/unsettle, as Document does)
// spares that: between changes a missing id costs one rebuild at most, not one per lookup.
class Locator {
public:
    explicit Locator(const Blueprint& doc) : doc_(&doc) { rebuild(); }
    void reset(const Blueprint& doc) {
        doc_ = &doc;
        rebuild();
    }

    std::optional<Location> find(const ElementId& id);
    std::optional<Location> find(std::string_view id);      // any kind, by the plain string
    std::optional<ElementId> resolve(std::string_view id);  // the typed id of the element with this id
    std::optional<Path> find(const CircleId& id);
    std::optional<Path> find(const TouchpointId& id);
    std::optional<Path> find(const KeyFactorId& id);
    std::optional<Path> find(const StandardId& id);
    std::optional<Path> find(const ActivityId& id);  // circle, touchpoint and activity set
    std::optional<Path> find(const HandoffId& id);   // circle and handoff set
    const Role* role(const RoleId& id);

    // The document will not change until unsettle(): misses may trust the index once rebuilt.
    void settle() {
        settled_ = true;
        fresh_ = false;
    }
    void unsettle() { settled_ = fresh_ = false; }
    // The document changed within these circles alone, none came, went or moved (Document tells it after
    // each edit that says so): their elements are indexed again, not the whole document, and a miss is
    // then trusted as after a rebuild (when all else was indexed where it is). Each circle named once;
    // more than a quarter of the circles, as changed_elsewhere.
    void changed_within(const std::vector<CircleId>& circles);
    // The list of circles changed too (circles came, went or moved), besides changes within the named
    // ones: the named circles and those no longer where they were indexed are indexed again, when they are
    // few (adding a circle at the end, removing the last, moving one near the end); else as
    // changed_elsewhere.
    void changed_list(const std::vector<CircleId>& circles);
    // The document changed in a way changed_within does not cover: the next miss rebuilds.
    void changed_elsewhere() { complete_ = fresh_ = false; }
    size_t rebuilds() const { return rebuilds_; }  // for tests and benchmarks

private:
    void rebuild();
    std::optional<Location> find_checked(const std::string& id, ElementKind kind);
    const Blueprint* doc_;
    Index index_;
    bool settled_ = false, fresh_ = false;
    bool complete_ = false;  // every element is indexed where it is, but in circles changed_within names
    size_t rebuilds_ = 0;
};

}  // namespace bp
