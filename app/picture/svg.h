// A small SVG writer for the pictures: filled and outlined rectangles (with ImGui's per-corner
// rounding), circles, lines, dashes, curves, triangles, and text drawn as glyph outlines. Each distinct
// glyph is one <path> in <defs>, placed with <use>, so the picture shows the same Chinese wherever it is
// opened, with no font installed. Coordinates are world units of the scene (one unit, one pixel at 100 %).
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "app/designer/palette_colours.h"
#include "blueprint/model.h"
#include "font.h"

namespace picture {

using ui::colours::Colour;
using Vec2 = bp::Vec2;

enum Corners : unsigned { kTopLeft = 1, kTopRight = 2, kBottomLeft = 4, kBottomRight = 8, kTop = 3, kLeft = 5, kAll = 15 };

class Svg {
public:
    // The picture shows [min, max] on a white page.
    Svg(const Font& font, Vec2 min, Vec2 max);

    void rect(Vec2 min, Vec2 max, Colour fill, double rounding = 0, unsigned corners = kAll);
    void rect_outline(Vec2 min, Vec2 max, Colour stroke, double rounding, double width);
    void circle(Vec2 centre, double radius, Colour fill);
    void circle_outline(Vec2 centre, double radius, Colour stroke, double width);
    void line(Vec2 a, Vec2 b, Colour stroke, double width);
    void dashed_line(Vec2 a, Vec2 b, Colour stroke, double width, double dash, double gap);
    void curve(Vec2 a, Vec2 c1, Vec2 c2, Vec2 b, Colour stroke, double width);
    void triangle(Vec2 a, Vec2 b, Vec2 c, Colour fill);
    // One line of text with its top-left at `at` and pixel size `size`, as ImGui's AddText places it;
    // cut to [clip_min, clip_max] when it does not fit there.
    void text(Vec2 at, double size, Colour fill, std::string_view s);
    void text(Vec2 at, double size, Colour fill, std::string_view s, Vec2 clip_min, Vec2 clip_max);

    // What one element draws is grouped under its id (<g data-element="…">), for readers and tests.
    void begin_item(std::string_view element_id);
    void end_item();

    const Font& font() const { return font_; }
    // The finished document: header, glyph definitions, then everything drawn, in drawing order.
    std::string finish() const;
    size_t glyphs_defined() const { return glyphs_defined_; }

private:
    std::string glyph_ref(int glyph);
    const Font& font_;
    Vec2 min_, max_;
    std::string body_, defs_;
    std::map<int, std::string> glyph_ids_;  // font glyph → id in <defs>, "" for an empty glyph
    int clips_ = 0;
    size_t glyphs_defined_ = 0;
};

// A number as SVG writes it: at most two decimals, no trailing zeros.
std::string num(double v);

}  // namespace picture
