// The designer's colours as plain values, with no ImGui: palette.h hands them to ImGui, the pictures
// (app/picture/) write them into SVG. One place for a feeling, a lint severity, a role and the accent.
// Sections: shared meanings · what the views draw.
#pragma once

#include <algorithm>
#include <cstdint>

#include "blueprint/lint.h"

namespace ui::colours {

struct Colour {
    uint8_t r = 0, g = 0, b = 0, a = 255;
};
constexpr Colour rgba(int r, int g, int b, int a = 255) { return {(uint8_t)r, (uint8_t)g, (uint8_t)b, (uint8_t)a}; }

// --------------------------------------------------------------------------------- shared meanings
// Expected customer feeling, -2 (red) … 0 (grey) … +2 (green).
inline Colour feeling(int feeling, int alpha = 255) {
    static const int rgb[5][3] = {{214, 69, 65}, {236, 142, 62}, {150, 160, 175}, {122, 190, 110}, {44, 160, 82}};
    const int i = std::clamp(feeling, -2, 2) + 2;
    return rgba(rgb[i][0], rgb[i][1], rgb[i][2], alpha);
}

// Lint findings: errors red, warnings amber, infos blue, in the lint panel and on canvas badges alike.
inline Colour severity(bp::Severity s) {
    switch (s) {
        case bp::Severity::Error: return rgba(210, 55, 55);
        case bp::Severity::Warning: return rgba(228, 150, 25);
        case bp::Severity::Info: return rgba(70, 140, 220);
    }
    return rgba(128, 128, 128);
}

// A role's colour in the blueprint view, by the role's place in the blueprint's list (roles are added at
// the end, so a role keeps its colour while the design grows); -1 (no role: evidence, the customer,
// a system) is grey.
inline Colour role(int index, int alpha = 255) {
    static const int rgb[10][3] = {{78, 121, 167},  {242, 142, 43}, {89, 161, 79},   {225, 87, 89},  {118, 183, 178},
                                   {176, 122, 161}, {237, 201, 72}, {156, 117, 95}, {255, 157, 167}, {96, 110, 170}};
    if (index < 0) return rgba(150, 155, 165, alpha);
    const int* c = rgb[index % 10];
    return rgba(c[0], c[1], c[2], alpha);
}

// Broken by "break this link": downstream cards, the late or missing handoff, a promise not kept.
inline Colour broken(int alpha = 255) { return rgba(205, 45, 45, alpha); }

inline Colour accent() { return rgba(40, 110, 230); }
inline Colour focus_frame() { return rgba(40, 110, 230, 230); }  // round the canvas while it has the keyboard
inline Colour standards_badge() { return rgba(60, 120, 200); }

// ---------------------------------------------------------------------------- what the views draw
// The colours of the circle view (circle_view.cpp) and the blueprint view (blueprint_view.cpp) in their
// resting state (nothing selected, hovered or broken), as the pictures draw them.
namespace view {
constexpr Colour kInk = rgba(25, 30, 40), kMuted = rgba(100, 105, 115), kTitle = rgba(30, 35, 45);
constexpr Colour kWhite = rgba(255, 255, 255);
// Circle view
constexpr Colour kRing = rgba(170, 178, 192), kRingArrow = rgba(120, 128, 145), kCardLink = rgba(180, 186, 198);
constexpr Colour kTitleFill = rgba(255, 255, 255, 235), kCardFill = rgba(255, 255, 255, 250), kCardEdge = rgba(200, 205, 215);
constexpr Colour kFailText = rgba(190, 60, 50), kWaitText = rgba(175, 110, 20);
constexpr Colour kBpmBasic = rgba(150, 155, 165), kBpmPerformance = rgba(60, 120, 200), kBpmMotivation = rgba(150, 80, 200);
// Blueprint view
constexpr Colour kRowOdd = rgba(243, 245, 249), kRowEven = rgba(252, 252, 254);
constexpr Colour kLines[3] = {rgba(60, 120, 200), rgba(200, 90, 60), rgba(110, 120, 135)};
constexpr Colour kLabelBackdrop = rgba(255, 255, 255, 225), kRowName = rgba(80, 88, 104);
constexpr Colour kHeaderFill = rgba(232, 238, 248), kHeaderEdge = rgba(190, 200, 215), kPromise = rgba(60, 70, 90);
constexpr Colour kMomentEdge = rgba(190, 196, 208);
constexpr Colour kChipFill = rgba(248, 246, 236), kChipEdge = rgba(215, 208, 180), kChipText = rgba(60, 55, 40);
constexpr Colour kFailTag = rgba(200, 60, 50), kWaitTag = rgba(222, 140, 30);
constexpr Colour kHandoff = rgba(95, 105, 125), kHandoffLabelFill = rgba(255, 255, 255, 235);
}  // namespace view

}  // namespace ui::colours
