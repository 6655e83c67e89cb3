// File › Export › Picture: the whole diagram of the current view (circle or blueprint) as SVG, or as PNG
// made by the platform from that SVG (the page draws it on a canvas). Drawn by app/picture/ with the
// font the canvas uses, read from ImGui's font atlas, so the picture measures and spells as the screen.
#pragma once

#include "context.h"

namespace ui::picture_export {

// Whether the current view has a picture (the chain view has none yet).
bool available(const Context& ctx);
// Downloads "<document>.circles.svg" / ".blueprint.svg" (or .png); says so, or why not, in the notice.
void export_picture(const Context& ctx, bool png);

}  // namespace ui::picture_export
