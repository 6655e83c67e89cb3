#include "dates.h"

#include <cstdio>
#include <ctime>

namespace ui {

namespace {
bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[m - 1];
}

bool parse(std::string_view t, int& y, int& m, int& d) {
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') return false;
    auto digits = [&](size_t from, size_t n, int& out) {
        out = 0;
        for (size_t i = from; i < from + n; ++i) {
            if (t[i] < '0' || t[i] > '9') return false;
            out = out * 10 + (t[i] - '0');
        }
        return true;
    };
    if (!digits(0, 4, y) || !digits(5, 2, m) || !digits(8, 2, d)) return false;
    return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

std::string format(int y, int m, int d) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}
}  // namespace

bool valid_date(std::string_view text) {
    int y, m, d;
    return parse(text, y, m, d);
}

std::string add_years(std::string_view date, int years) {
    int y, m, d;
    if (!parse(date, y, m, d)) return "";
    y += years;
    if (y < 1 || y > 9999) return "";
    if (d > days_in_month(y, m)) d = days_in_month(y, m);
    return format(y, m, d);
}

std::string today() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
#ifdef _WIN32
    localtime_s(&local, &now);
#else
    localtime_r(&now, &local);
#endif
    return format(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

}  // namespace ui
