// Resizable docks: the borders between canvas and docks and between panels are dragged, the sizes are
// kept in the preferences and the canvas always keeps room.
#include <catch2/catch.hpp>

#include <imgui_internal.h>

#include "app/designer/docks.h"
#include "harness.h"

using namespace ui_test;

namespace {

const ui::DockLayout::Placed* placed(const std::vector<ui::DockLayout::Placed>& dock, const char* id) {
    for (const auto& p : dock)
        if (std::string(p.panel->id) == id) return &p;
    return nullptr;
}

ImRect window_rect(const char* name) {
    ImGuiWindow* w = ImGui::FindWindowByName(name);
    return w ? w->Rect() : ImRect();
}

}  // namespace

TEST_CASE("docks: panels tile the window around the canvas, and the canvas keeps room whatever is asked",
          "[docks]") {
    ui::ViewOptions o;
    ui::DockLayout l = ui::layout_docks(1600, 900, 60, o);
    REQUIRE(l.right.size() == 1);   // the inspector
    REQUIRE(l.bottom.size() == 2);  // standards | lint
    CHECK(l.canvas.x == 0);
    CHECK(l.canvas.y == 60);
    CHECK(l.right[0].rect.x == Approx(l.canvas.w));
    CHECK(l.right[0].rect.x + l.right[0].rect.w == Approx(1600));
    CHECK(l.bottom[0].rect.y == Approx(60 + l.canvas.h));
    CHECK(l.bottom[1].rect.x == Approx(l.bottom[0].rect.w));
    CHECK(l.bottom[1].rect.x + l.bottom[1].rect.w == Approx(l.canvas.w));

    o.right_width = 5000;
    o.bottom_height = 5000;
    l = ui::layout_docks(1600, 900, 60, o);
    CHECK(l.canvas.w >= 200);
    CHECK(l.canvas.h >= 200);

    o = ui::ViewOptions{};
    o.panel_shares["standards"] = 1;
    o.panel_shares["lint"] = 3;
    l = ui::layout_docks(1600, 900, 60, o);
    CHECK(placed(l.bottom, "lint")->rect.w == Approx(3 * placed(l.bottom, "standards")->rect.w));
}

TEST_CASE("docks: dragging the inspector's border and the border between standards and lint resizes them, "
          "and the sizes are remembered", "[docks][prefs]") {
    Harness h;
    h.load(sample_blueprint(1, 5, 1));
    h.frames(2);
    const ImRect inspector = window_rect("检查器###inspector");
    const ImRect lint = window_rect("检查结果###lint");
    REQUIRE(inspector.GetWidth() > 0);
    REQUIRE(lint.GetWidth() > 0);

    // The canvas | inspector border, 200 px to the left.
    const float mid_y = (inspector.Min.y + inspector.Max.y) / 2;
    h.drag(ImVec2(inspector.Min.x, mid_y), ImVec2(inspector.Min.x - 200, mid_y));
    h.frames(2);
    CHECK(window_rect("检查器###inspector").GetWidth() == Approx(inspector.GetWidth() + 200).margin(2));

    // The standards | lint border, 150 px to the left: lint is wider by as much.
    const ImRect lint_now = window_rect("检查结果###lint");
    const float y = (lint_now.Min.y + lint_now.Max.y) / 2;
    h.drag(ImVec2(lint_now.Min.x, y), ImVec2(lint_now.Min.x - 150, y));
    h.frames(2);
    CHECK(window_rect("检查结果###lint").GetWidth() == Approx(lint_now.GetWidth() + 150).margin(2));

    // Remembered: a designer reading these preferences lays out the same.
    h.frames(1);
    Harness next;
    next.d.load_preferences(h.platform.preferences);
    CHECK(next.d.options.right_width == Approx(h.d.options.right_width).margin(0.01));
    REQUIRE(next.d.options.panel_shares.size() == h.d.options.panel_shares.size());
    for (const auto& [id, share] : h.d.options.panel_shares) CHECK(next.d.options.panel_shares[id] == Approx(share).margin(0.001));
    next.load(sample_blueprint(1, 5, 1));
    next.frames(2);
    CHECK(window_rect("检查结果###lint").GetWidth() == Approx(lint_now.GetWidth() + 150).margin(2));
}

TEST_CASE("docks: absurd sizes in the preferences are ignored", "[docks][prefs]") {
    Harness h;
    h.d.load_preferences("{\"right_width\": -5, \"bottom_height\": 1e30, \"share_lint\": \"wide\", \"share_x\": 2}");
    CHECK(h.d.options.right_width == 0);
    CHECK(h.d.options.bottom_height == 0);
    CHECK(h.d.options.panel_shares.empty());
}
