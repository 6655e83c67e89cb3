// Line breaking for text that mixes Chinese and Latin script. ImGui wraps only at spaces, so a Chinese
// sentence without spaces runs off its window or breaks at the one space it has ("点“+" / "关键因素”").
// Here a line may break between any two Chinese characters, at spaces, and after punctuation, but never
// before closing punctuation (，。）” …) or after opening punctuation (（“ …). No ImGui: width comes from
// the caller's measure, so the rules are tested without a font.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace ui {

// The text cut into lines no wider than `width` (a unit that alone is wider is put on a line of its own);
// explicit '\n' breaks are kept; spaces at a break are dropped.
std::vector<std::string> break_lines(std::string_view text, float width,
                                     const std::function<float(std::string_view)>& measure);

}  // namespace ui
