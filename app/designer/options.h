// The user's preferences: which view, which language, which panels are shown (STYLE.md §4). Saved apart
// from the document, as a small JSON object (preferences.cpp). No ImGui.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "blueprint/chain.h"
#include "blueprint/model.h"
#include "lang.h"

namespace ui {

enum class View { Circles, Blueprint, Chain };  // Chain: the blueprint's activities in one lane per role

// The results layer's choices (results_layer.h): on or off, the period and the site whose results the
// canvas, the standards table and the results panel show. Kept in the preferences; a period or site the
// document's results do not have falls back to the latest period and all sites.
struct ResultsChoice {
    bool shown = false;
    std::string period;  // "YYYY-MM"; empty: the latest
    std::string site;    // as the results name it; empty: all sites pooled
};

struct ViewOptions {
    View view = View::Circles;
    Lang lang = Lang::Zh;
    // One flag per panel of the panel table (panels.h), which names them for the View menu and the file.
    bool show_inspector = true;
    bool show_standards = true;
    bool show_lint = true;
    bool show_history = false;
    bool show_help = false;
    // The first-run guide: shown until the user dismisses it (the page shows it on a first visit).
    bool show_guide = false;
    bool show_results = false;  // the results panel: league table and trend chart
    ResultsChoice results;
    // Dock sizes the user dragged (pixels; 0 = the default for the window) and panel shares of a dock
    // by panel id (docks.h); kept in the preferences.
    float right_width = 0;
    float bottom_height = 0;
    std::map<std::string, float> panel_shares;
};

// The selected elements (circles, touchpoints, key factors, standards), in the order selected. Typed ids,
// not locations: an edit that moves or removes an element leaves the selection meaningful (a removed one
// is simply not found; actions::prune_selection drops it).
struct Selection {
    std::vector<bp::ElementId> ids;
    bool contains(const bp::ElementId& id) const;
    void set(const bp::ElementId& id);       // select only this; an empty id clears
    void toggle(const bp::ElementId& id);    // ctrl/shift click
    void clear() { ids.clear(); }
    const bp::ElementId* primary() const { return ids.empty() ? nullptr : &ids.back(); }
    // "Break this link": a handoff shown late or missing with what it breaks. A way of looking at the
    // design, never a change of it: not saved, not in the history; Esc or the button again restores.
    std::optional<bp::LinkBreak> broken_link;
};

}  // namespace ui
