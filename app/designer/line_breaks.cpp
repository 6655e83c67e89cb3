#include "line_breaks.h"

namespace ui {

namespace {

size_t utf8_length(unsigned char lead) { return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }

char32_t decode(std::string_view s, size_t i, size_t n) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (n == 1) return c;
    char32_t cp = c & (0x7F >> n);
    for (size_t k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    return cp;
}

// Characters after which a line may end on its own: Chinese, kana, Hangul, full-width forms.
bool is_wide(char32_t c) {
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFFEF) || c == 0x2014 || c == 0x2026 ||
           (c >= 0x2018 && c <= 0x201F);
}

// Never at the start of a line.
bool is_closing(char32_t c) {
    switch (c) {
        case U'，': case U'。': case U'、': case U'；': case U'：': case U'！': case U'？': case U'）': case U'】':
        case U'》': case U'」': case U'』': case U'”': case U'’': case U'…': case U'·': case U'％':
        case ',': case '.': case ';': case ':': case '!': case '?': case ')': case ']': case '%':
            return true;
        default:
            return false;
    }
}

// Never at the end of a line.
bool is_opening(char32_t c) {
    switch (c) {
        case U'（': case U'【': case U'《': case U'「': case U'『': case U'“': case U'‘': case '(': case '[':
            return true;
        default:
            return false;
    }
}

// The text as units that are never cut: a Chinese character with the punctuation glued to it, a Latin
// word, a run of spaces.
struct Unit {
    std::string_view text;
    bool space;
};

std::vector<Unit> units_of(std::string_view s) {
    std::vector<Unit> out;
    size_t i = 0;
    while (i < s.size()) {
        const size_t start = i;
        size_t n = utf8_length(static_cast<unsigned char>(s[i]));
        char32_t c = decode(s, i, n);
        if (c == ' ') {
            while (i < s.size() && s[i] == ' ') ++i;
            out.push_back({s.substr(start, i - start), true});
            continue;
        }
        // Opening punctuation joins what follows it.
        while (is_opening(c) && i + n < s.size()) {
            i += n;
            n = utf8_length(static_cast<unsigned char>(s[i]));
            c = decode(s, i, n);
        }
        i += n;
        if (!is_wide(c)) {  // a Latin word runs to the next space or wide character
            while (i < s.size()) {
                const size_t m = utf8_length(static_cast<unsigned char>(s[i]));
                const char32_t d = decode(s, i, m);
                if (d == ' ' || (is_wide(d) && !is_closing(d))) break;
                i += m;
            }
        }
        while (i < s.size()) {  // closing punctuation joins what precedes it
            const size_t m = utf8_length(static_cast<unsigned char>(s[i]));
            if (!is_closing(decode(s, i, m))) break;
            i += m;
        }
        out.push_back({s.substr(start, i - start), false});
    }
    return out;
}

void break_paragraph(std::string_view para, float width, const std::function<float(std::string_view)>& measure,
                     std::vector<std::string>& lines) {
    // Widths add up (the UI font has no kerning), so each unit is measured once.
    std::string line;
    float line_w = 0;
    std::string_view space;
    for (const Unit& u : units_of(para)) {
        if (u.space) {
            if (!line.empty()) space = u.text;
            continue;
        }
        const float unit_w = measure(u.text);
        const float space_w = space.empty() ? 0 : measure(space);
        if (!line.empty() && line_w + space_w + unit_w > width) {
            lines.push_back(line);
            line = std::string(u.text);
            line_w = unit_w;
        } else {
            line += std::string(space);
            line += std::string(u.text);
            line_w += space_w + unit_w;
        }
        space = {};
    }
    lines.push_back(line);
}

}  // namespace

std::vector<std::string> break_lines(std::string_view text, float width,
                                     const std::function<float(std::string_view)>& measure) {
    std::vector<std::string> lines;
    size_t start = 0;
    while (true) {
        const size_t nl = text.find('\n', start);
        break_paragraph(text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start), width,
                        measure, lines);
        if (nl == std::string_view::npos) break;
        start = nl + 1;
    }
    return lines;
}

}  // namespace ui
