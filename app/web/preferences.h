// The user's view options (language, panels, view) as a small JSON text, kept by the page in localStorage.
#pragma once

#include <string>

#include "app/designer/designer.h"

namespace web {

std::string preferences_to_json(const ui::ViewOptions& options);
// Applies what the text holds to `options`; unknown or malformed parts are ignored. Returns false when
// the text is not a JSON object (then `options` is unchanged).
bool preferences_from_json(const std::string& json, ui::ViewOptions& options);

// True when both would be stored as the same text.
bool same_preferences(const ui::ViewOptions& a, const ui::ViewOptions& b);

}  // namespace web
