// The dockable panels around the canvas, one file each. Each draws its own window and reads/edits
// through the Designer; the shell (designer.cpp) decides when they are shown.
#pragma once

#include "designer.h"

namespace ui {

void draw_inspector(Designer& d);        // inspector.cpp: every field of the selected element
void draw_standards_table(Designer& d);  // standards_table.cpp: all standards, sortable, filterable, editable
void draw_lint_panel(Designer& d);       // lint_panel.cpp: live findings; click selects and centres
void draw_history_panel(Designer& d);    // history_panel.cpp: the undo list

}  // namespace ui
