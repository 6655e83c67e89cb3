// The Help menu's own windows: the keyboard shortcuts and the first-run guide.
#pragma once

#include <vector>

#include <imgui.h>

#include "options.h"

namespace ui {

// The shortcuts, one row each, as the shell's handle_shortcuts and the menus accept them.
struct Shortcut {
    const char* keys_zh;  // mouse words are translated: 单击 / click
    const char* keys_en;
    const char* zh;
    const char* en;
};
const std::vector<Shortcut>& shortcuts();

// A window listing the shortcuts while `open`; its close button clears `open`.
void draw_shortcuts_window(bool& open, Lang lang);

// The first-run guide is a panel (draw_guide_panel, panels.h): five steps from the first moment to the
// export, beside the canvas rather than over it. "Got it" hides it for good; "Method glossary" opens
// the glossary.

}  // namespace ui
