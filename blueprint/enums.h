// File tokens and zh/en labels for the model's enums, in one table per enum.
// Tokens are the stable spelling in files and exports; labels are for people.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "lang.h"
#include "model.h"

namespace bp {

template <class E>
struct EnumInfo {
    E value;
    std::string_view token;  // file spelling, e.g. "in_person"
    std::string_view zh;
    std::string_view en;
};

// All values of an enum with their token and labels, in declaration order.
template <class E>
const std::vector<EnumInfo<E>>& enum_table();

template <class E>
std::string_view to_token(E v) {
    for (const auto& i : enum_table<E>())
        if (i.value == v) return i.token;
    return "";
}

template <class E>
std::optional<E> from_token(std::string_view token) {
    for (const auto& i : enum_table<E>())
        if (i.token == token) return i.value;
    return std::nullopt;
}

template <class E>
std::string_view label(E v, Lang lang) {
    for (const auto& i : enum_table<E>())
        if (i.value == v) return is_zh(lang) ? i.zh : i.en;
    return "";
}

// "a", "b" or "c": the accepted tokens, for error messages.
template <class E>
std::string token_list() {
    std::string out;
    const auto& t = enum_table<E>();
    for (size_t i = 0; i < t.size(); ++i) {
        if (i) out += i + 1 == t.size() ? " or " : ", ";
        out += '"';
        out += t[i].token;
        out += '"';
    }
    return out;
}

// Comparator as a symbol for statements and tables: "≤", "<", "≥", ">", "=".
std::string_view comparator_symbol(Comparator c);

}  // namespace bp
