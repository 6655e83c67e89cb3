// Calendar dates as the model stores them ("YYYY-MM-DD", e.g. review dates): the one owner of
// parsing, validation, arithmetic and "today". The rule is RFC 3339's full-date (the standards
// file's schema says "format": "date"): years 0000 to 9999, real calendar days, leap years included.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace bp {

struct Date {
    int year = 0, month = 0, day = 0;
    friend bool operator==(const Date& a, const Date& b) {
        return a.year == b.year && a.month == b.month && a.day == b.day;
    }
};

// Exactly "YYYY-MM-DD" naming a real day; nullopt for anything else (no spaces, no other forms).
std::optional<Date> parse_date(std::string_view text);
bool valid_date(std::string_view text);
std::string format_date(const Date& date);  // "2026-03-01"

// The same day `years` later (or earlier); 29 February becomes 28 February in a common year.
// "" when `date` is not valid or the result leaves 0000–9999.
std::string add_years(std::string_view date, int years);

// Today on the machine's local calendar (the UI and the CLI agree on it). The library never calls
// it for results (lint and convert take `today` from the caller, so they stay reproducible).
std::string today_local();

}  // namespace bp
