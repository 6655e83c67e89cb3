#include "text.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace bp::text {

namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }
bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool chinese_numeral(uint32_t cp) {
    static const char32_t numerals[] = U"〇零一二两三四五六七八九十百千万半";
    return std::find(std::begin(numerals), std::end(numerals) - 1, cp) != std::end(numerals) - 1;
}

// Measure words that make a preceding Chinese numeral a quantity: 三声, 十分钟, 两天, 一次 …
bool measure_word(uint32_t cp) {
    static const char32_t words[] = U"分秒小时天日周个次声刻点年月步位项遍句米元倍成%％";
    return std::find(std::begin(words), std::end(words) - 1, cp) != std::end(words) - 1;
}

bool english_number_word(std::string_view word) {
    static const char* words[] = {"one",   "two",   "three",   "four",   "five",    "six",    "seven",  "eight",
                                  "nine",  "ten",   "eleven",  "twelve", "fifteen", "twenty", "thirty", "forty",
                                  "fifty", "sixty", "hundred", "half",   "once",    "twice"};
    for (const char* w : words) {
        std::string_view v(w);
        if (v.size() != word.size()) continue;
        bool same = true;
        for (size_t i = 0; i < v.size() && same; ++i) same = lower(word[i]) == v[i];
        if (same) return true;
    }
    return false;
}

}  // namespace

uint32_t decode_utf8(std::string_view s, size_t i, size_t& len) {
    auto b = (unsigned char)s[i];
    size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) {
        len = 1;
        return b;
    }
    uint32_t cp = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
    for (size_t k = 1; k < n; ++k) {
        auto c = (unsigned char)s[i + k];
        if ((c >> 6) != 0x2) {
            len = 1;
            return b;
        }
        cp = (cp << 6) | (c & 0x3F);
    }
    len = n;
    return cp;
}

// ------------------------------------------------------------------------------------ keyword set
uint32_t KeywordSet::bucket(char a, char b) {
    return (uint32_t((unsigned char)lower(a)) * 131u + uint32_t((unsigned char)lower(b))) % kBuckets;
}

KeywordSet::KeywordSet(std::vector<std::string> keywords) : keywords_(std::move(keywords)) {
    std::vector<uint32_t> counts(kBuckets, 0);
    for (auto& k : keywords_) std::transform(k.begin(), k.end(), k.begin(), lower);
    for (size_t k = 0; k < keywords_.size(); ++k) {
        const std::string& w = keywords_[k];
        if (w.size() >= 2)
            ++counts[bucket(w[0], w[1])];
        else if (w.size() == 1)
            single_byte_.push_back(int(k));
    }
    for (uint32_t b = 0; b < kBuckets; ++b) start_[b + 1] = start_[b] + counts[b];
    ids_.resize(start_[kBuckets]);
    std::vector<uint32_t> fill(start_.begin(), start_.end() - 1);
    for (size_t k = 0; k < keywords_.size(); ++k) {
        const std::string& w = keywords_[k];
        if (w.size() >= 2) ids_[fill[bucket(w[0], w[1])]++] = int(k);
    }
}

bool KeywordSet::matches_at(std::string_view text, size_t at, const std::string& keyword) {
    if (text.size() - at < keyword.size()) return false;
    for (size_t i = 0; i < keyword.size(); ++i)
        if (lower(text[at + i]) != keyword[i]) return false;
    return true;
}

size_t KeywordSet::find(std::string_view text, std::string_view keyword) {
    if (keyword.empty()) return 0;
    for (size_t i = 0; i + keyword.size() <= text.size(); ++i) {
        size_t j = 0;
        while (j < keyword.size() && lower(text[i + j]) == lower(keyword[j])) ++j;
        if (j == keyword.size()) return i;
    }
    return std::string_view::npos;
}

bool valid_utf8(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        // Runs of ASCII (most of a results file or a document) eight bytes at a time.
        uint64_t word = 0;
        while (i + 8 <= s.size() && (std::memcpy(&word, s.data() + i, 8), (word & 0x8080808080808080ULL) == 0)) i += 8;
        if (i >= s.size()) break;
        const auto b = (unsigned char)s[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        const size_t n = (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
        if (n == 0 || i + n > s.size()) return false;
        size_t len = 0;
        const uint32_t cp = decode_utf8(s, i, len);
        if (len != n) return false;  // a continuation byte missing
        static const uint32_t shortest[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < shortest[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += n;
    }
    return true;
}

bool KeywordSet::any_in(std::string_view text) const {
    bool found = false;
    for_each_match(text, [&](int) { found = true; });
    return found;
}

// ---------------------------------------------------------------------------------------- numbers
bool has_number(std::string_view s) {
    size_t len = 0;
    for (size_t i = 0; i < s.size(); i += len) {
        uint32_t cp = decode_utf8(s, i, len);
        if ((cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19)) return true;
        if (chinese_numeral(cp)) {
            size_t j = i + len, l2 = 0;
            uint32_t after = 0;
            while (j < s.size()) {  // skip the rest of the numeral: 二十四小时
                after = decode_utf8(s, j, l2);
                if (!chinese_numeral(after)) break;
                j += l2;
            }
            if (j < s.size() && measure_word(after)) return true;
        }
        if (ascii_letter(char(cp)) && cp < 0x80 && (i == 0 || !ascii_letter(s[i - 1]))) {
            size_t j = i;
            while (j < s.size() && ascii_letter(s[j])) ++j;
            if (english_number_word(s.substr(i, j - i))) return true;
            len = j - i;
        }
    }
    return false;
}

// ---------------------------------------------------------------------------------------- names
std::string_view trim(std::string_view s) {
    // Most fields have nothing to trim: a first byte that starts no space and a last byte that ends none.
    if (!s.empty()) {
        const auto first = (unsigned char)s.front(), last = (unsigned char)s.back();
        if (first > ' ' && first != 0xE3 && last > ' ' && last != 0x80) return s;
    }
    auto space_at_front = [&](size_t& n) {
        if (s.empty()) return false;
        if (s[0] == ' ' || s[0] == '\t' || s[0] == '\n' || s[0] == '\r') return (n = 1), true;
        if (s.substr(0, 3) == "\xE3\x80\x80") return (n = 3), true;  // U+3000
        return false;
    };
    auto space_at_back = [&](size_t& n) {
        if (s.empty()) return false;
        char c = s.back();
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return (n = 1), true;
        if (s.size() >= 3 && s.substr(s.size() - 3) == "\xE3\x80\x80") return (n = 3), true;
        return false;
    };
    size_t n = 0;
    while (space_at_front(n)) s.remove_prefix(n);
    while (space_at_back(n)) s.remove_suffix(n);
    return s;
}

std::string shorten(std::string_view name, size_t max_chars, std::string_view fallback) {
    name = trim(name);
    if (name.empty()) return std::string(fallback);
    size_t i = 0, chars = 0, len = 0;
    while (i < name.size() && chars < max_chars) {
        decode_utf8(name, i, len);
        i += len;
        ++chars;
    }
    if (i >= name.size()) return std::string(name);
    return std::string(name.substr(0, i)) + "…";
}

std::string quote_zh(std::string_view name, std::string_view fallback) {
    return "「" + shorten(name, 30, fallback) + "」";
}

std::string quote_en(std::string_view name, std::string_view fallback) {
    return "“" + shorten(name, 30, fallback) + "”";
}

std::string counted(size_t n, std::string_view one, std::string_view many) {
    std::string out = std::to_string(n) + " ";
    if (n == 1) out += one;
    else if (!many.empty()) out += many;
    else out += std::string(one) + "s";
    return out;
}

std::string format_number(double v) {
    char out[32];
    std::snprintf(out, sizeof out, "%.10g", v);
    return out;
}

}  // namespace bp::text
