// The designer's colours, in one place: the canvas and the panels colour a feeling, a lint severity and
// the accent the same way. The values are in palette_colours.h (no ImGui, shared with the pictures).
#pragma once

#include "imgui.h"
#include "blueprint/trends.h"
#include "palette_colours.h"

namespace ui::palette {

inline ImU32 im(colours::Colour c) { return IM_COL32(c.r, c.g, c.b, c.a); }

// Expected customer feeling, -2 (red) … 0 (grey) … +2 (green).
inline ImU32 feeling(int feeling, int alpha = 255) { return im(colours::feeling(feeling, alpha)); }
// Lint findings: errors red, warnings amber, infos blue, in the lint panel and on canvas badges alike.
inline ImU32 severity(bp::Severity s) { return im(colours::severity(s)); }
// A role's colour in the blueprint view by its place in the blueprint's list; -1 (no role) is grey.
inline ImU32 role(int index, int alpha = 255) { return im(colours::role(index, alpha)); }
// Broken by "break this link": downstream cards, the late or missing handoff, a promise not kept.
inline ImU32 broken(int alpha = 255) { return im(colours::broken(alpha)); }

// A result (the results layer, the standards table, the league table): met green, below red, a critical
// standard below (the audit fails) a deeper red, no data and not yet due grey.
inline ImU32 verdict(bp::Verdict v, int alpha = 255) {
    switch (v) {
        case bp::Verdict::Met: return feeling(2, alpha);
        case bp::Verdict::Below: return severity(bp::Severity::Error) & IM_COL32(255, 255, 255, alpha);
        case bp::Verdict::CriticalFailed: return IM_COL32(140, 20, 35, alpha);
        case bp::Verdict::NoData:
        case bp::Verdict::NotDue: break;
    }
    return feeling(0, alpha);
}

inline ImU32 accent() { return im(colours::accent()); }
inline ImU32 focus_frame() { return im(colours::focus_frame()); }  // round the canvas while it has the keyboard
inline ImU32 standards_badge() { return im(colours::standards_badge()); }

// Trainer mode: a quiet page, and cards for the words to say.
inline ImU32 trainer_background() { return IM_COL32(250, 250, 247, 255); }
inline ImU32 trainer_card() { return IM_COL32(236, 242, 250, 255); }
inline ImU32 trainer_card_border() { return IM_COL32(170, 190, 220, 255); }

}  // namespace ui::palette
