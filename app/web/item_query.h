// Where ImGui drew each labelled item in the last frame, for the browser tests: they find a button or
// menu item by its label and then click it with real mouse events. Built on ImGui's test-engine hooks
// (IMGUI_ENABLE_TEST_ENGINE, web build only), which stay off until a test asks.
#pragma once

#include <string>

namespace web {

void item_query_enable();
bool item_query_enabled();
void item_query_new_frame();  // before ImGui::NewFrame
// The index-th visible item whose label (the part before "##") or whole label equals `label`;
// writes x, y, width, height of its visible part (CSS pixels).
bool item_query_find(const std::string& label, int index, float* rect_out);
// Every visible label of the last frame, one per line (for a test's failure message).
std::string item_query_labels();

}  // namespace web
