// An ordered list of lines edited in place — a role's duties in the inspector, a moment's steps and
// never-dos in trainer mode: each line a text field that can be moved up or down or removed, and a
// button that adds one. The caller turns what happened into an edit (through a FieldForm or a proposal).
#pragma once

#include <vector>

#include "blueprint/model.h"
#include "context.h"

namespace ui {

// Typing: a line's text changed (one undo step while its field is active; the step is sealed when the
// field is left). Changed: a line was added, removed or moved, a step of its own.
enum class LineEdit { None, Typing, Changed };

// Each line's widgets are under its index: "##line", "↑###up", "↓###down", "×###remove"; the add button is
// "###add". `marker` is drawn before each line ("×"), or its number when empty.
LineEdit line_list(const Context& ctx, std::vector<bp::Instruction>& lines, const char* add_label, const char* new_line,
                   const char* marker = "");

}  // namespace ui
