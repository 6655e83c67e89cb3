// Where the canvas and the panels of the panel table go in the window, and the splitters that resize
// them. The right dock stacks its panels, the bottom dock puts them side by side; the user drags the
// borders between canvas and docks and between panels, and the sizes are kept in ViewOptions (and so
// in the preferences).
#pragma once

#include <vector>

#include "options.h"
#include "panels.h"

namespace ui {

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
};

struct DockLayout {
    Rect canvas;
    struct Placed {
        const Panel* panel;
        Rect rect;
    };
    std::vector<Placed> right, bottom;  // in the panel table's order
};

// The layout for a window of `width` × `height` whose docks start `top` pixels down (below menu and
// toolbar). Sizes from the options are clamped so that the canvas always keeps room.
DockLayout layout_docks(float width, float height, float top, const ViewOptions& options);

// A panel's share of its dock: the user's, else the table's.
float panel_share(const Panel& panel, const ViewOptions& options);

// The splitters along the canvas's borders and between neighbouring panels, drawn over the panels;
// dragging one changes `options`. Call after the panels are drawn.
void draw_splitters(const DockLayout& layout, ViewOptions& options);

}  // namespace ui
