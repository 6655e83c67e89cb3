// The clipboard format and paste planning. What is copied is a blueprint document ("id": "clipboard"):
// copied circles are its circles; loose touchpoints, key factors and standards travel in carrier
// elements with fixed ids. Pasting any other blueprint adds its circles. Pasted elements get fresh ids;
// their roles are matched to the target's by name, and roles it lacks are added.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "edit.h"
#include "lang.h"
#include "model.h"

namespace bp {

inline constexpr std::string_view kClipboardId = "clipboard";
inline constexpr std::string_view kTouchpointCarrier = "clipboard-touchpoints";
inline constexpr std::string_view kKeyFactorCarrier = "clipboard-key-factors";
inline constexpr std::string_view kStandardCarrier = "clipboard-standards";
// Loose activities travel in one carrier moment, with the handoffs among them (those to or from an
// activity left behind are dropped: a handoff needs both its ends).
inline constexpr std::string_view kActivityCarrier = "clipboard-activities";

// The top-level selected elements as clipboard JSON text (save_blueprint bytes); "" when none is left.
std::string copy_elements(Document& doc, const std::vector<ElementId>& ids);

struct PasteOptions {
    ElementId target;   // the primary selected element: where touchpoints, key factors, standards, activities go
    Lang lang = Lang::Zh;  // for the name of a circle made to hold pasted touchpoints
    // How far a circle reaches on the canvas (the view's radius, which may exceed Circle::radius):
    // pasted circles land right of the document's. Unset: Circle::radius.
    std::function<double(const Circle&)> extent;
};

struct PastePlan {
    EditPtr edit;                   // one step ("粘贴" / "Paste"); null when refused
    std::vector<ElementId> pasted;  // the new elements (select them after applying)
    Text refused;                   // why not, when edit is null ("" for text that is no blueprint)
    explicit operator bool() const { return edit != nullptr; }
};

// Plans pasting `text` into the document. Text that is not a blueprint is refused with an empty
// reason (it belongs to whatever else reads the clipboard); key factors need a touchpoint selected,
// standards a key factor, activities a touchpoint or an activity (they go after it, in their own layers).
PastePlan plan_paste(Document& doc, std::string_view text, const PasteOptions& options);

}  // namespace bp
