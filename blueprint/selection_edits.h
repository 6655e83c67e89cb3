// Edits over several elements at once (a multi-selection): delete, duplicate, set a role, owner or
// visibility, convert; and where new elements go next to a selected one. Each returns one edit (a
// batch when it touches several elements), or nullptr when there is nothing to do.
// Sections: what is selected · where new elements go · batch edits.
#pragma once

#include <optional>
#include <vector>

#include "edit.h"
#include "lang.h"
#include "model.h"

namespace bp {

// ------------------------------------------------------------------------------ what is selected
// The selected tree elements (circles, touchpoints, key factors, standards) still in the document that
// are not inside another selected one, in document order, without repeats. Roles and the blueprint
// are left out: batch edits act on tree elements.
std::vector<Location> top_level(const Blueprint& doc, Locator& where, const std::vector<ElementId>& ids);

// --------------------------------------------------------------------------- where new elements go
// A parent and the position among its children (-1: at the end).
struct Slot {
    ElementId parent;  // the circle, touchpoint or key factor receiving the element
    int index = -1;
};
// Next to the primary selected element: a touchpoint goes after a selected touchpoint (or its key
// factor's or standard's touchpoint), at the end of a selected circle, else at the end of the last
// circle; nullopt when there is no circle. A key factor needs a touchpoint (or key factor, standard)
// selected; a standard a key factor (or standard).
std::optional<Slot> touchpoint_slot(const Blueprint& doc, Locator& where, const ElementId& primary);
std::optional<Slot> key_factor_slot(const Blueprint& doc, Locator& where, const ElementId& primary);
std::optional<Slot> standard_slot(const Blueprint& doc, Locator& where, const ElementId& primary);

// ------------------------------------------------------------------------------------ batch edits
// Removes the top-level selected elements with their subtrees; undo restores each where it was.
EditPtr delete_elements(Document& doc, const std::vector<ElementId>& ids);

// Copies with fresh ids right after each original (circles and cards offset so the copy is seen).
struct Duplicates {
    EditPtr edit;
    std::vector<ElementId> copies;  // in document order: select these after applying
};
Duplicates duplicate_elements(Document& doc, const std::vector<ElementId>& ids);

// Field changes on every selected element of the kind concerned (others are ignored); nullptr when
// none is selected or none would change. `role` must be "" or a role of the blueprint.
EditPtr set_touchpoint_roles(Document& doc, const std::vector<ElementId>& ids, const RoleId& role);
EditPtr set_standard_owners(Document& doc, const std::vector<ElementId>& ids, const RoleId& owner);
EditPtr set_customer_visible(Document& doc, const std::vector<ElementId>& ids, bool visible);

// Draft standards (convert_one) for the selected key factors and the key factors of selected
// touchpoints that have none.
EditPtr convert_elements(Document& doc, const std::vector<ElementId>& ids, Lang lang, const std::string& today = {});

}  // namespace bp
