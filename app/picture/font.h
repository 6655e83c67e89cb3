// The font a picture is written with: the designer's own (the UI font the page derives from
// fonts-wqy-microhei, or that font itself for the command line), read with stb_truetype from Debian's
// imgui sources. It measures text exactly as the canvas does (Dear ImGui bakes the font at
// kBakedSize with advances snapped to whole pixels and scales them linearly), so a scene laid out with
// this measure is the scene the canvas shows, and it gives each glyph's outline for the SVG. No ImGui.
// Fonts are trusted input (built or installed by us): stb_truetype does not guard against hostile ones.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "app/designer/layout.h"

namespace picture {

class Font {
public:
    static constexpr double kBakedSize = 16.0;  // web::FontAtlas::kFontSize: the size ImGui bakes at

    // A TrueType font or the first face of a collection; nullopt (and why) when the bytes are none.
    static std::optional<Font> from_bytes(std::string bytes, std::string* error = nullptr);
    static std::optional<Font> from_file(const std::string& path, std::string* error = nullptr);

    // Width of one line of UTF-8 text at pixel size `size`, as ImGui's CalcTextSizeA measures it.
    double measure(std::string_view text, double size) const;
    ui::text::Measure measure_fn() const;  // the same, for ui::LabelStyle
    // Distance from a line's top to its baseline at `size`, where ImGui puts it.
    double baseline(double size) const;

    // The glyph for a codepoint (the fallback glyph when the font has none), its advance in font units
    // as snapped by ImGui, and its outline as SVG path data in font units with y pointing down ("" for
    // an empty glyph such as a space).
    int glyph(unsigned codepoint) const;
    double advance_units(int glyph) const;
    std::string outline(int glyph) const;
    // Pixels per font unit at `size` (ImGui scales so that ascent − descent is `size`).
    double scale(double size) const;

    Font(Font&&) noexcept;
    Font& operator=(Font&&) noexcept;
    ~Font();

private:
    struct Impl;
    explicit Font(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace picture
