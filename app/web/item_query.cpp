#include "item_query.h"

#include <vector>

#include "imgui.h"
#include "imgui_internal.h"

namespace web {

namespace {
struct Item {
    std::string label;
    ImRect rect;  // the visible part
};
std::vector<Item> current, previous;
bool enabled = false;

std::string visible_label(const std::string& label) {
    size_t hashes = label.find("##");
    return hashes == std::string::npos ? label : label.substr(0, hashes);
}
}  // namespace

void item_query_enable() {
    enabled = true;
    ImGui::GetCurrentContext()->TestEngineHookItems = true;
}

bool item_query_enabled() { return enabled; }

void item_query_new_frame() {
    if (!enabled) return;
    previous.swap(current);
    current.clear();
}

bool item_query_find(const std::string& label, int index, float* rect_out) {
    for (const Item& item : previous) {
        if (item.label != label && visible_label(item.label) != label) continue;
        if (index-- > 0) continue;
        rect_out[0] = item.rect.Min.x;
        rect_out[1] = item.rect.Min.y;
        rect_out[2] = item.rect.GetWidth();
        rect_out[3] = item.rect.GetHeight();
        return true;
    }
    return false;
}

std::string item_query_labels() {
    std::string out;
    for (const Item& item : previous) out += item.label + "\n";
    return out;
}

}  // namespace web

// ImGui's test-engine hooks (declared in imgui_internal.h when IMGUI_ENABLE_TEST_ENGINE is defined).
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID, const ImRect&, const ImGuiLastItemData*) {}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags) {
    if (!label || ctx->LastItemData.ID != id || !ctx->CurrentWindow) return;
    ImRect visible = ctx->LastItemData.Rect;
    visible.ClipWithFull(ctx->CurrentWindow->ClipRect);
    if (visible.GetWidth() <= 0 || visible.GetHeight() <= 0) return;
    web::current.push_back({label, visible});
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
