// Small text helpers shared by the converter, lint and exports: keyword search (Chinese and English,
// ASCII case-insensitive), numbers in a statement, UTF-8 decoding, quoting element names, number
// formatting. Dates: dates.h.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dates.h"

namespace bp::text {

// A fixed set of keywords searched in one pass over a text. Each text position costs one lookup
// in a small hash table keyed by its first two bytes, so matching tens of thousands of names against
// a few hundred keywords stays cheap. ASCII letters match case-insensitively; everything else (UTF-8 Chinese) exactly.
class KeywordSet {
public:
    KeywordSet() = default;
    explicit KeywordSet(std::vector<std::string> keywords);

    // Calls f(keyword_index) for every occurrence of every keyword in `text`, in text order.
    template <class F>
    void for_each_match(std::string_view text, F&& f) const {
        for (size_t i = 0; i + 1 < text.size(); ++i) {
            uint32_t b = bucket(text[i], text[i + 1]);
            for (uint32_t j = start_[b]; j < start_[b + 1]; ++j)
                if (matches_at(text, i, keywords_[ids_[j]])) f(ids_[j]);
        }
        for (int k : single_byte_)  // keywords of one byte: rare, checked plainly
            if (find(text, keywords_[k]) != std::string_view::npos) f(k);
    }
    bool any_in(std::string_view text) const;
    const std::string& keyword(int k) const { return keywords_[k]; }
    size_t size() const { return keywords_.size(); }

    static size_t find(std::string_view text, std::string_view keyword);  // case-insensitive ASCII

private:
    static constexpr uint32_t kBuckets = 4096;
    static uint32_t bucket(char a, char b);
    static bool matches_at(std::string_view text, size_t at, const std::string& keyword);
    std::vector<std::string> keywords_;                                     // stored lower-case
    std::vector<uint32_t> start_ = std::vector<uint32_t>(kBuckets + 1, 0);  // bucket b: ids_[start_[b], start_[b+1])
    std::vector<int> ids_;
    std::vector<int> single_byte_;
};

// True when the text states a quantity: an ASCII or full-width digit, a Chinese numeral followed by
// a measure word (三声, 十分钟, 两天), or an English number word (three, ten …).
bool has_number(std::string_view text);

// Decodes the UTF-8 code point at byte `i` and sets `len` to its length. Lenient, for searching and
// counting: a byte that does not start a whole sequence comes back as itself with length 1, so a walk
// over any bytes never stalls or reads past the end. (Whether a file is valid UTF-8 is the loader's call.)
uint32_t decode_utf8(std::string_view s, size_t i, size_t& len);
// Strict UTF-8: shortest forms only, no surrogates, nothing above U+10FFFF (what the loader accepts).
bool valid_utf8(std::string_view s);
template <class F>
void for_each_code_point(std::string_view s, F&& f) {
    for (size_t i = 0, len = 0; i < s.size(); i += len) f(decode_utf8(s, i, len));
}

// Trims ASCII and ideographic (U+3000) white space.
std::string_view trim(std::string_view s);

// An element name for a message: at most `max_chars` code points, "…" when cut, never splitting a
// UTF-8 sequence. Empty names become the fallback (usually the element's id).
std::string shorten(std::string_view name, size_t max_chars, std::string_view fallback);
std::string quote_zh(std::string_view name, std::string_view fallback = {});  // 「name」
std::string quote_en(std::string_view name, std::string_view fallback = {});  // “name”

// A number for statements and messages: 3, 0.95, 4.5 (no trailing zeros).
std::string format_number(double v);

// An English count with its noun in the right number: "1 standard", "3 standards", "0 activities".
// `many` defaults to the noun with an s.
std::string counted(size_t n, std::string_view one, std::string_view many = {});

}  // namespace bp::text
