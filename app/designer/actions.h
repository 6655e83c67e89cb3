// What the user can do to the document from the menu, toolbar, context menu and keyboard. Each action is
// one undoable edit (a batch when it touches several elements) and keeps the selection sensible.
// Sections: lookup · create · change · remove · clipboard · whole document.
#pragma once

#include <optional>
#include <string>

#include "context.h"

namespace ui::actions {

// ------------------------------------------------------------------------------------------ lookup
std::string name_of(const Context& ctx, const bp::ElementId& id);  // a standard's name is its statement

// ------------------------------------------------------------------------------------------ create
// Each returns the new element's id (selected), or an empty id when there is nowhere to put it.
bp::ElementId add_circle(const Context& ctx, std::optional<bp::Vec2> at = std::nullopt);
// After the selected touchpoint, else at the end of the selected (or the last) circle; makes a circle
// when there is none.
bp::ElementId add_touchpoint(const Context& ctx);
bp::ElementId add_key_factor(const Context& ctx);   // to the selected touchpoint (or a selected key factor's)
bp::ElementId add_standard(const Context& ctx);     // to the selected key factor (or a selected standard's)

// ------------------------------------------------------------------------------------------ change
bool rename(const Context& ctx, const bp::ElementId& id, const std::string& name);
bool convert_all(const Context& ctx);        // draft standards for every key factor without one
bool convert_selection(const Context& ctx);  // for the selected key factors and the key factors of selected touchpoints

// ------------------------------------------------------------------------------------------ remove
bool delete_selection(const Context& ctx);
bool duplicate_selection(const Context& ctx);  // copies with fresh ids, right after each original

// --------------------------------------------------------------------------------------- clipboard
// The selection as JSON text: a blueprint document holding the copied elements (see actions.cpp).
std::string copy_selection(const Context& ctx);
bool copy_to_clipboard(const Context& ctx);
bool cut_to_clipboard(const Context& ctx);
bool paste(const Context& ctx, const std::string& text);

// --------------------------------------------------------------------------------- whole document
void select_all(const Context& ctx);
void prune_selection(const Context& ctx);  // drops ids that no longer exist (after undo, delete)
bool undo(const Context& ctx);
bool redo(const Context& ctx);

}  // namespace ui::actions
