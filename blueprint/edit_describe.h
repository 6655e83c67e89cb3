// What a set-fields edit changed, in words for the history list: "修改 交押金 · 目标值 15 → 10" /
// "Edit 交押金 · target value 15 → 10". The element is named by its name (a standard by its statement),
// each changed field by its glossary word, and one changed field shows its value before and after,
// shortened when long. Several changed fields are listed by name only.
#pragma once

#include <string>

#include "lang.h"
#include "model.h"

namespace bp {

// Values longer than this many characters (code points) are cut with "…". The element's name is cut
// shorter, since what changed matters more in a narrow history list (a standard's statement is long):
// to this many columns, a Chinese character taking two (12 characters, or 24 letters).
inline constexpr size_t kDescribedValueChars = 20;
inline constexpr size_t kDescribedNameColumns = 24;

std::string describe_change(const Blueprint& before, const Blueprint& after, Lang lang);
std::string describe_change(const Circle& before, const Circle& after, Lang lang);
std::string describe_change(const Touchpoint& before, const Touchpoint& after, Lang lang);
std::string describe_change(const KeyFactor& before, const KeyFactor& after, Lang lang);
std::string describe_change(const Standard& before, const Standard& after, Lang lang);

}  // namespace bp
