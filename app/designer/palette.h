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

// A role's colour in the blueprint view, by the role's place in the blueprint's list (roles are added at
// the end, so a role keeps its colour while the design grows); -1 (no role: evidence, the customer,
// a system) is grey.
inline ImU32 role(int index, int alpha = 255) {
    static const int rgb[10][3] = {{78, 121, 167},  {242, 142, 43}, {89, 161, 79},   {225, 87, 89},  {118, 183, 178},
                                   {176, 122, 161}, {237, 201, 72}, {156, 117, 95}, {255, 157, 167}, {96, 110, 170}};
    if (index < 0) return IM_COL32(150, 155, 165, alpha);
    const int* c = rgb[index % 10];
    return IM_COL32(c[0], c[1], c[2], alpha);
}

// Broken by "break this link": downstream cards, the late or missing handoff, a promise not kept.
inline ImU32 broken(int alpha = 255) { return IM_COL32(205, 45, 45, alpha); }

inline ImU32 accent() { return IM_COL32(40, 110, 230, 255); }
inline ImU32 focus_frame() { return IM_COL32(40, 110, 230, 230); }  // round the canvas while it has the keyboard
inline ImU32 standards_badge() { return IM_COL32(60, 120, 200, 255); }

// Trainer mode: a quiet page, and cards for the words to say.
inline ImU32 trainer_background() { return IM_COL32(250, 250, 247, 255); }
inline ImU32 trainer_card() { return IM_COL32(236, 242, 250, 255); }
inline ImU32 trainer_card_border() { return IM_COL32(170, 190, 220, 255); }

}  // namespace ui::palette
