// What the user can do to the document from the menu, toolbar, context menu and keyboard. Each action is
// one undoable edit (a batch when it touches several elements) and keeps the selection sensible.
// Sections: lookup · create · change · remove · clipboard · whole document.
#pragma once

#include <optional>
#include <string>

#include "designer.h"

namespace ui::actions {

// ------------------------------------------------------------------------------------------ lookup
using Kind = ElementKind;
inline std::optional<Located> locate(Designer& d, const std::string& id) { return d.locate(id); }
std::string name_of(Designer& d, const std::string& id);  // a standard's name is its statement

// ------------------------------------------------------------------------------------------ create
// Each returns the new element's id (selected), or "" when there is nowhere to put it.
std::string add_circle(Designer& d, std::optional<bp::Vec2> at = std::nullopt);
// After the selected touchpoint, else at the end of the selected (or the last) circle; makes a circle
// when there is none.
std::string add_touchpoint(Designer& d);
std::string add_key_factor(Designer& d);   // to the selected touchpoint (or a selected key factor's)
std::string add_standard(Designer& d);     // to the selected key factor (or a selected standard's)

// ------------------------------------------------------------------------------------------ change
bool rename(Designer& d, const std::string& id, const std::string& name);
bool convert_all(Designer& d);        // draft standards for every key factor without one
bool convert_selection(Designer& d);  // for the selected key factors and the key factors of selected touchpoints

// ------------------------------------------------------------------------------------------ remove
bool delete_selection(Designer& d);
bool duplicate_selection(Designer& d);  // copies with fresh ids, right after each original

// --------------------------------------------------------------------------------------- clipboard
// The selection as JSON text: a blueprint document holding the copied elements (see actions.cpp).
std::string copy_selection(Designer& d);
bool copy_to_clipboard(Designer& d);
bool cut_to_clipboard(Designer& d);
bool paste(Designer& d, const std::string& text);

// --------------------------------------------------------------------------------- whole document
void select_all(Designer& d);
void prune_selection(Designer& d);  // drops ids that no longer exist (after undo, delete)
bool undo(Designer& d);
bool redo(Designer& d);

}  // namespace ui::actions
