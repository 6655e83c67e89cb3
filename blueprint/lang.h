// The two languages of the product and a text in both, Chinese first. Every zh/en pair in the
// library's API is a Text; every language choice is a Lang, never a bool.
#pragma once

#include <string>
#include <string_view>

namespace bp {

enum class Lang { Zh, En };

inline constexpr bool is_zh(Lang lang) { return lang == Lang::Zh; }

// The language a content tag names: "zh", "zh-CN", "zh-Hant" … are Chinese, anything else English.
inline Lang lang_of_tag(std::string_view tag) { return tag.substr(0, 2) == "zh" ? Lang::Zh : Lang::En; }

// A text in both languages.
struct Text {
    std::string zh, en;
    const std::string& in(Lang lang) const { return lang == Lang::Zh ? zh : en; }
    bool empty() const { return zh.empty() && en.empty(); }
    friend bool operator==(const Text& a, const Text& b) { return a.zh == b.zh && a.en == b.en; }
    friend bool operator!=(const Text& a, const Text& b) { return !(a == b); }
};

// A fixed word or phrase in both languages (the glossary, tables of labels): no allocation.
struct Term {
    std::string_view zh, en;
    constexpr std::string_view in(Lang lang) const { return lang == Lang::Zh ? zh : en; }
    Text text() const { return {std::string(zh), std::string(en)}; }
};

}  // namespace bp
