// Calendar dates as the model stores them ("YYYY-MM-DD"): validation and arithmetic for the
// review-date fields. Pure C++, no ImGui.
#pragma once

#include <string>
#include <string_view>

namespace ui {

// True for a real calendar date written exactly as YYYY-MM-DD (leap years included).
bool valid_date(std::string_view text);

// The same day `years` later; 29 February becomes 28 February in a common year.
// Returns "" when `date` is not valid.
std::string add_years(std::string_view date, int years);

// The local date today as YYYY-MM-DD.
std::string today();

}  // namespace ui
