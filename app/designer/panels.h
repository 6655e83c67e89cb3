// The dockable panels around the canvas, one file each, and the one table that lists them: the View
// menu, the layout and the preferences all walk it. Adding a panel is its file and one line in
// panels.cpp (plus its flag in ViewOptions and, if it remembers anything, its state in PanelState).
#pragma once

#include <string>
#include <vector>

#include "context.h"
#include "options.h"

namespace ui {

struct PanelState;

enum class Dock { Right, Bottom };  // right of the canvas, stacked; below it, side by side

struct Panel {
    const char* id;                   // window identity ("###id") and preferences key ("show_" + id)
    const char* title_zh;             // window title
    const char* title_en;
    const char* menu_zh;              // entry in the View menu
    const char* menu_en;
    bool ViewOptions::*shown;         // the visibility flag the window's close button and the menu toggle
    Dock dock;
    float share;                      // its part of the dock when other panels share it
    // The window's contents; the shell begins and ends the window.
    void (*draw)(const Context& ctx, PanelState& state);
};

// Every panel, in View menu order.
const std::vector<Panel>& panel_table();
const Panel* find_panel(const std::string& id);

void draw_inspector(const Context& ctx, PanelState& state);        // inspector.cpp: every field of the selection
void draw_standards_table(const Context& ctx, PanelState& state);  // standards_table.cpp: all standards, editable
void draw_lint_panel(const Context& ctx, PanelState& state);       // lint_panel.cpp: live findings
void draw_results_panel(const Context& ctx, PanelState& state);    // results_panel.cpp: league table, trend chart
void draw_history_panel(const Context& ctx, PanelState& state);    // history_panel.cpp: the undo list
void draw_help_panel(const Context& ctx, PanelState& state);       // help_panel.cpp: the method glossary
void draw_guide_panel(const Context& ctx, PanelState& state);      // guide.cpp: the first-run guide

}  // namespace ui
