// The inspector's sections for an activity and a handoff of the blueprint's layers (inspector_layers.cpp);
// inspector.cpp calls them for a selected element of those kinds.
#pragma once

#include "blueprint/model.h"
#include "context.h"

namespace ui {

void draw_activity_inspector(const Context& ctx, const bp::Path& p);
void draw_handoff_inspector(const Context& ctx, const bp::Path& p);

}  // namespace ui
