#include "docks.h"

#include <algorithm>
#include <cmath>
#include <string>

#include <imgui.h>
#include <imgui_internal.h>

namespace ui {

namespace {

constexpr float kMinCanvas = 200;  // the canvas never shrinks below this, whatever the docks ask
constexpr float kMinPanel = 80;    // nor a panel's side
constexpr float kMinShare = 0.1f;  // nor a panel's share of its dock, against the others

float right_width(float width, const ViewOptions& o) {
    const float wanted = o.right_width > 0 ? o.right_width : std::clamp(width * 0.28f, 260.0f, 460.0f);
    return std::clamp(wanted, std::min(kMinPanel * 2, width * 0.5f), std::max(width - kMinCanvas, kMinPanel));
}

float bottom_height(float height, const ViewOptions& o) {
    const float wanted = o.bottom_height > 0 ? o.bottom_height : std::clamp(height * 0.32f, 150.0f, 380.0f);
    return std::clamp(wanted, std::min(kMinPanel, height * 0.5f), std::max(height - kMinCanvas, kMinPanel));
}

}  // namespace

float panel_share(const Panel& panel, const ViewOptions& options) {
    auto it = options.panel_shares.find(panel.id);
    return it != options.panel_shares.end() ? it->second : panel.share;
}

DockLayout layout_docks(float width, float height, float top, const ViewOptions& o) {
    std::vector<const Panel*> right, bottom;
    for (const Panel& p : panel_table()) {
        if (!(o.*p.shown)) continue;
        (p.dock == Dock::Right ? right : bottom).push_back(&p);
    }
    const float below = std::max(height - top, 0.0f);
    const float right_w = right.empty() ? 0 : right_width(width, o);
    const float main_w = std::max(width - right_w, 100.0f);
    const float bottom_h = bottom.empty() ? 0 : bottom_height(below, o);
    const float canvas_h = std::max(below - bottom_h, 100.0f);

    DockLayout out;
    out.canvas = {0, top, main_w, canvas_h};
    auto total = [&](const std::vector<const Panel*>& ps) {
        float sum = 0;
        for (const Panel* p : ps) sum += panel_share(*p, o);
        return sum;
    };
    float x = 0, sum = total(bottom);
    for (const Panel* p : bottom) {
        // Whole pixels: ImGui truncates a window's position and size, and fractions would open gaps.
        const float w = p == bottom.back() ? main_w - x : std::round(main_w * panel_share(*p, o) / sum);
        out.bottom.push_back({p, {x, top + canvas_h, w, bottom_h}});
        x += w;
    }
    float y = top;
    sum = total(right);
    for (const Panel* p : right) {
        const float h = p == right.back() ? top + below - y : std::round(below * panel_share(*p, o) / sum);
        out.right.push_back({p, {main_w, y, right_w, h}});
        y += h;
    }
    return out;
}

namespace {

// A thin handle over a border; returns how far it was dragged this frame along its axis.
float splitter(const char* id, Rect r, bool vertical) {
    ImGui::SetNextWindowPos(ImVec2(r.x, r.y));
    ImGui::SetNextWindowSize(ImVec2(r.w, r.h));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowMinSize, ImVec2(1, 1));
    ImGui::Begin(id, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav);
    ImGui::PopStyleVar(2);
    // Above the panels it overlaps, whichever of them was clicked last.
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
    ImGui::InvisibleButton("##handle", ImVec2(r.w, r.h));
    const bool hot = ImGui::IsItemHovered() || ImGui::IsItemActive();
    if (hot) {
        ImGui::SetMouseCursor(vertical ? ImGuiMouseCursor_ResizeEW : ImGuiMouseCursor_ResizeNS);
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(r.x, r.y), ImVec2(r.x + r.w, r.y + r.h),
                                                  ImGui::GetColorU32(ImGuiCol_SeparatorHovered));
    }
    float moved = 0;
    if (ImGui::IsItemActive()) moved = vertical ? ImGui::GetIO().MouseDelta.x : ImGui::GetIO().MouseDelta.y;
    ImGui::End();
    return moved;
}

// Moves `delta` of share from the second panel to the first (in pixels of a dock `length` long).
void move_share(ViewOptions& o, const Panel& first, const Panel& second, float delta, float length, float sum) {
    if (length <= 0 || delta == 0) return;
    float a = panel_share(first, o), b = panel_share(second, o);
    const float d = std::clamp(delta * sum / length, kMinShare * sum - a, b - kMinShare * sum);
    o.panel_shares[first.id] = a + d;
    o.panel_shares[second.id] = b - d;
}

}  // namespace

void draw_splitters(const DockLayout& l, ViewOptions& o) {
    const float grip = std::max(4.0f, ImGui::GetFontSize() * 0.3f);
    const Rect& c = l.canvas;
    if (!l.right.empty()) {
        const float total = l.right.front().rect.w;
        const float dx = splitter("##split-right", {c.x + c.w - grip / 2, c.y, grip, l.right.back().rect.y + l.right.back().rect.h - c.y}, true);
        if (dx != 0) o.right_width = total - dx;
    }
    if (!l.bottom.empty()) {
        const float total = l.bottom.front().rect.h;
        const float dy = splitter("##split-bottom", {c.x, c.y + c.h - grip / 2, c.w, grip}, false);
        if (dy != 0) o.bottom_height = total - dy;
    }
    auto sum_of = [&](const std::vector<DockLayout::Placed>& ps) {
        float s = 0;
        for (const auto& p : ps) s += panel_share(*p.panel, o);
        return s;
    };
    for (size_t i = 0; i + 1 < l.bottom.size(); ++i) {
        const Rect& a = l.bottom[i].rect;
        const std::string id = std::string("##split-") + l.bottom[i].panel->id;
        const float dx = splitter(id.c_str(), {a.x + a.w - grip / 2, a.y + grip, grip, a.h - grip}, true);
        move_share(o, *l.bottom[i].panel, *l.bottom[i + 1].panel, dx, c.w, sum_of(l.bottom));
    }
    for (size_t i = 0; i + 1 < l.right.size(); ++i) {
        const Rect& a = l.right[i].rect;
        const std::string id = std::string("##split-") + l.right[i].panel->id;
        const float height = l.right.back().rect.y + l.right.back().rect.h - l.right.front().rect.y;
        const float dy = splitter(id.c_str(), {a.x + grip, a.y + a.h - grip / 2, a.w - grip, grip}, false);
        move_share(o, *l.right[i].panel, *l.right[i + 1].panel, dy, height, sum_of(l.right));
    }
}

}  // namespace ui
