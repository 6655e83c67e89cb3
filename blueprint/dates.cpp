#include "dates.h"

#include <cstdio>
#include <ctime>

namespace bp {

namespace {
bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int days_in_month(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[m - 1];
}
}  // namespace

std::optional<Date> parse_date(std::string_view t) {
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (t[i] < '0' || t[i] > '9') return std::nullopt;
    auto num = [&](size_t at, size_t n) {
        int v = 0;
        for (size_t i = 0; i < n; ++i) v = v * 10 + (t[at + i] - '0');
        return v;
    };
    Date d{num(0, 4), num(5, 2), num(8, 2)};
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > days_in_month(d.year, d.month)) return std::nullopt;
    return d;
}

bool valid_date(std::string_view text) { return parse_date(text).has_value(); }

std::string format_date(const Date& d) {
    char out[40];
    std::snprintf(out, sizeof out, "%04d-%02d-%02d", d.year, d.month, d.day);
    return out;
}

std::string add_years(std::string_view date, int years) {
    auto d = parse_date(date);
    if (!d || years > 9999 || years < -9999) return {};
    d->year += years;
    if (d->year < 0 || d->year > 9999) return {};
    if (d->day > days_in_month(d->year, d->month)) d->day = days_in_month(d->year, d->month);
    return format_date(*d);
}

std::string today_local() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
#ifdef _WIN32
    localtime_s(&local, &now);
#else
    localtime_r(&now, &local);
#endif
    return format_date(Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday});
}

}  // namespace bp
