// The designer's colours, in one place: the canvas and the panels colour a feeling, a lint severity and
// the accent the same way.
#pragma once

#include <algorithm>

#include "blueprint/lint.h"
#include "imgui.h"

namespace ui::palette {

// Expected customer feeling, -2 (red) … 0 (grey) … +2 (green).
inline ImU32 feeling(int feeling, int alpha = 255) {
    static const int rgb[5][3] = {{214, 69, 65}, {236, 142, 62}, {150, 160, 175}, {122, 190, 110}, {44, 160, 82}};
    const int i = std::clamp(feeling, -2, 2) + 2;
    return IM_COL32(rgb[i][0], rgb[i][1], rgb[i][2], alpha);
}

// Lint findings: errors red, warnings amber, infos blue, in the lint panel and on canvas badges alike.
inline ImU32 severity(bp::Severity s) {
    switch (s) {
        case bp::Severity::Error: return IM_COL32(210, 55, 55, 255);
        case bp::Severity::Warning: return IM_COL32(228, 150, 25, 255);
        case bp::Severity::Info: return IM_COL32(70, 140, 220, 255);
    }
    return IM_COL32(128, 128, 128, 255);
}

inline ImU32 accent() { return IM_COL32(40, 110, 230, 255); }
inline ImU32 focus_frame() { return IM_COL32(40, 110, 230, 230); }  // round the canvas while it has the keyboard
inline ImU32 standards_badge() { return IM_COL32(60, 120, 200, 255); }

}  // namespace ui::palette
