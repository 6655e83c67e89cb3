// The UI font in the browser: one CJK font, rasterised at the screen's pixel ratio, holding only the
// glyphs in use. Baking all of GB2312 at 2x would take seconds and a huge texture, so the atlas starts
// with Latin, punctuation and the UI's own characters, and is rebuilt between frames when text with
// new characters appears (opened, typed, pasted).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "imgui.h"

namespace web {

class FontAtlas {
public:
    static constexpr float kFontSize = 16.0f;  // CSS pixels

    // The font file's bytes (kept here: the atlas only borrows them).
    void set_font_data(std::string bytes);
    bool has_font() const { return !font_data_.empty(); }

    // Asks for every character of a UTF-8 text; returns true when one of them was new.
    bool want_text(std::string_view utf8);
    void want(unsigned codepoint);

    // Glyphs are rasterised at CSS size × pixel ratio and drawn at 1/ratio, so text stays sharp.
    void set_pixel_ratio(float ratio);

    bool needs_rebuild() const { return dirty_ && has_font(); }
    // Between frames only: rebuilds the ImGui atlas and the GL texture. Returns the time it took (ms).
    double rebuild();

    size_t glyph_count() const { return baked_count_; }
    int texture_width() const { return tex_w_; }
    int texture_height() const { return tex_h_; }

private:
    std::string font_data_;
    std::vector<bool> wanted_ = std::vector<bool>(0x10000, false);
    ImVector<ImWchar> ranges_;
    float pixel_ratio_ = 1.0f;
    bool dirty_ = true;
    size_t baked_count_ = 0;
    int tex_w_ = 0, tex_h_ = 0;
};

// Decodes UTF-8 leniently (invalid bytes are skipped); calls f(codepoint) for each character.
template <class F>
void for_each_codepoint(std::string_view s, F&& f) {
    size_t i = 0;
    while (i < s.size()) {
        unsigned c = static_cast<unsigned char>(s[i]);
        int extra = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
        if (extra < 0 || i + static_cast<size_t>(extra) >= s.size()) { ++i; continue; }
        unsigned cp = extra == 0 ? c : c & (0x3F >> extra);
        bool ok = true;
        for (int k = 1; k <= extra; ++k) {
            unsigned cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80) { ok = false; break; }
            cp = (cp << 6) | (cc & 0x3F);
        }
        i += ok ? extra + 1 : 1;
        if (ok) f(cp);
    }
}

}  // namespace web
