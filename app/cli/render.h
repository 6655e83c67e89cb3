// `blueprint render`: a picture of the circle view or the blueprint view (app/picture/) as SVG, or as
// PNG rasterised by Debian's librsvg. Apart from cli.cpp so the command line stays one file of options.
#pragma once

#include <optional>
#include <string>

#include "blueprint/lang.h"
#include "blueprint/model.h"

namespace bp::cli {

struct RenderRequest {
    bool blueprint_view = false;       // else the circle view
    Lang lang = Lang::Zh;
    bool png = false;                  // else SVG
    std::optional<std::string> font;   // else the font the designer's is derived from
};

struct RenderResult {
    std::string bytes;                 // the picture, or empty on failure
    std::string error_zh, error_en;    // what went wrong
    std::string note_zh, note_en;      // e.g. that a PNG was scaled down
    int width = 0, height = 0;         // pixels (PNG) or SVG units
};

bool pictures_available();             // built with app/picture/
bool png_available();                  // built with librsvg
RenderResult render_picture(const Blueprint& doc, const RenderRequest& request);

}  // namespace bp::cli
