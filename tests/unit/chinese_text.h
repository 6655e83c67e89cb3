// Checks on the product's Chinese text shared by the tests.
#pragma once

#include <string>
#include <string_view>

namespace chinese_text {

// The code point at s[i] (well-formed UTF-8 assumed), advancing i.
inline char32_t next_code_point(std::string_view s, size_t& i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = n == 1 ? c : c & (0x3F >> (n - 1));
    for (int k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += n;
    return cp;
}

inline bool is_cjk(char32_t cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
}

// An ASCII , : ; ( ) ! ? next to a Chinese character: Chinese text wants the full-width form
// (核对，差错; （满分 5 分）).
inline bool has_half_width_punctuation(std::string_view s) {
    std::u32string cps;
    for (size_t i = 0; i < s.size();) cps += next_code_point(s, i);
    for (size_t i = 0; i < cps.size(); ++i) {
        char32_t c = cps[i];
        if (c != ',' && c != ':' && c != ';' && c != '(' && c != ')' && c != '!' && c != '?') continue;
        bool before = i > 0 && is_cjk(cps[i - 1]);
        bool after = i + 1 < cps.size() && is_cjk(cps[i + 1]);
        if (before || after) return true;
    }
    return false;
}

}  // namespace chinese_text
