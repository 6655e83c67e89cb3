#include "result_cells.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace bp {

namespace {
// By hand: printf's machinery costs more than the digits for a year of cells.
void append_int(std::string& out, int64_t v) {
    char buf[24];
    char* end = buf + sizeof buf;
    char* p = end;
    uint64_t u = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
    do *--p = char('0' + u % 10);
    while (u /= 10);
    if (v < 0) *--p = '-';
    out.append(p, size_t(end - p));
}

void append_number(std::string& out, double v) {
    if (!std::isfinite(v)) v = 0;
    if (std::abs(v) < 9007199254740992.0 && v == std::trunc(v)) return append_int(out, static_cast<int64_t>(v));
    char buf[32];
    int len = std::snprintf(buf, sizeof buf, "%.17g", v);
    out.append(buf, static_cast<size_t>(len));
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
}  // namespace

std::string encode_cells(const std::vector<ResultCell>& cells) {
    std::string out;
    out.reserve(cells.size() * 16);
    for (size_t i = 0; i < cells.size(); ++i) {
        const ResultCell& c = cells[i];
        if (i) out += ';';
        append_int(out, c.period);
        out += ' ';
        append_int(out, c.site);
        out += ' ';
        append_int(out, std::max<int64_t>(c.n, 0));
        out += ' ';
        append_int(out, std::clamp<int64_t>(c.met, 0, std::max<int64_t>(c.n, 0)));
        out += ' ';
        append_int(out, std::max<int64_t>(c.na, 0));
        out += ' ';
        append_number(out, c.sum);
    }
    return out;
}

bool decode_cells(std::string_view text, std::vector<ResultCell>& out, std::string& error_en, std::string& error_zh) {
    out.clear();
    size_t i = 0, cell_no = 0;
    auto bad = [&](const std::string& en, const std::string& zh) {
        const std::string n = std::to_string(cell_no);
        error_en = "cell " + n + ": " + en + " (a cell is \"period site n met na sum\", cells separated by \";\")";
        error_zh = "第 " + n + " 个单元：" + zh + "（单元格式为 \"period site n met na sum\"，以 \";\" 分隔）";
        out.clear();
        return false;
    };
    auto skip_spaces = [&] {
        while (i < text.size() && is_space(text[i])) ++i;
    };
    auto whole = [&](int64_t& v, int64_t high) {
        skip_spaces();
        size_t start = i;
        v = 0;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9' && i - start < 15) v = v * 10 + (text[i++] - '0');
        return i > start && (i == text.size() || !(text[i] >= '0' && text[i] <= '9')) && v <= high;
    };
    static const char* kNames[] = {"period", "site", "n", "met", "na"};
    while (true) {
        skip_spaces();
        while (i < text.size() && text[i] == ';') {
            ++i;
            skip_spaces();
        }
        if (i >= text.size()) break;
        ++cell_no;
        int64_t v[5];
        for (int k = 0; k < 5; ++k)
            if (!whole(v[k], k < 2 ? 1000000 : int64_t(1) << 50))
                return bad(std::string("expected a whole number that is not negative for ") + kNames[k],
                           std::string(kNames[k]) + " 应为非负整数");
        if (v[3] > v[2]) return bad("met is more than n", "met 大于 n");
        skip_spaces();
        size_t start = i;
        while (i < text.size() && text[i] != ';' && !is_space(text[i])) ++i;
        std::string number(text.substr(start, i - start));
        char* end = nullptr;
        double sum = number.empty() ? NAN : std::strtod(number.c_str(), &end);
        if (number.empty() || end != number.c_str() + number.size() || !std::isfinite(sum))
            return bad("expected a number for sum", "sum 应为数字");
        skip_spaces();
        if (i < text.size() && text[i] != ';') return bad("expected \";\" after six numbers", "六个数之后应为 \";\"");
        out.push_back(ResultCell{int(v[0]), int(v[1]), v[2], v[3], v[4], sum});
    }
    return true;
}

}  // namespace bp
