// Pictures of the whole diagram, as SVG: the circle view or the blueprint view of a blueprint, drawn
// from the scene the canvas builds (app/designer/layout.h, labels.cpp, blueprint_layout.h) with the
// canvas's font, sizes and colours at 100 %, in its resting state (nothing selected, hovered or broken).
// Used by the CLI (`blueprint render`) and the designer (File › Export › Picture). No ImGui.
// Sections: what to draw · the picture.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "app/designer/layout.h"
#include "app/designer/lint_badges.h"
#include "blueprint/lint.h"
#include "font.h"

namespace picture {

// ----------------------------------------------------------------------------------- what to draw
enum class View { Circles, Blueprint };

struct Request {
    View view = View::Circles;
    bp::Lang lang = bp::Lang::Zh;
    double margin = 40;  // white space round the diagram
};

// ----------------------------------------------------------------------------------- the picture
struct Picture {
    std::string svg;
    ui::Scene scene;     // what it was drawn from
    bp::Vec2 min, max;   // the page, in the scene's world units
    size_t glyphs = 0;   // distinct glyphs defined in it
};

// The scene the picture draws: the canvas's scene for the view, its text laid out at 100 % with this
// font's measure (the canvas measures with the same font the same way).
ui::Scene scene_for(const bp::Blueprint& doc, const Font& font, const Request& request);
// The picture; `findings` (bp::lint) give the lint badges as the canvas shows them.
Picture render(const bp::Blueprint& doc, const std::vector<bp::Finding>& findings, const Font& font,
               const Request& request);

}  // namespace picture
