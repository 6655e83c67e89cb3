// Frame times of the whole designer on a 10,000-touchpoint blueprint (4 key factors, 1–2 standards each).
// Hidden from ctest: run `designer_ui_tests "[.bench]"` on a Release build; it prints figures, asserts none.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>

#include "app/designer/canvas.h"
#include "blueprint/json_io.h"
#include "blueprint/lint.h"
#include "harness.h"

using namespace ui_test;

namespace {

bp::Blueprint big_blueprint(int circles, int touchpoints_each) {
    bp::Blueprint b = sample_blueprint(circles, touchpoints_each, 4);
    int n = 0;
    for (auto& c : b.circles) {
        c.position.x = 0;
        for (auto& tp : c.touchpoints)
            for (auto& kf : tp.key_factors)
                for (int s = 0; s < 1 + (n++ % 2); ++s) {
                    bp::Standard st;
                    st.id = bp::StandardId(kf.id.value + "-st" + std::to_string(s));
                    st.statement = "标准";
                    kf.standards.push_back(st);
                }
    }
    // Side by side, clear of each other.
    double x = 0;
    for (auto& c : b.circles) {
        const double r = ui::ring::display_radius(c) + 600;
        c.position = {x + r, 0};
        x += 2 * r;
    }
    return b;
}

double average_frame_ms(Harness& h, int frames) {
    const auto t0 = std::chrono::steady_clock::now();
    h.frames(frames);
    const auto t1 = std::chrono::steady_clock::now();
    return std::chrono::duration<double, std::milli>(t1 - t0).count() / frames;
}

}  // namespace

TEST_CASE("frame times on 10,000 touchpoints", "[.bench]") {
    Harness h(1920, 1080);
    const auto t0 = std::chrono::steady_clock::now();
    h.load(big_blueprint(4, 2500));
    const auto t1 = std::chrono::steady_clock::now();
    std::printf("load into the designer + 2 frames (with one autosave): %.1f ms\n",
                std::chrono::duration<double, std::milli>(t1 - t0).count());
    const auto j0 = std::chrono::steady_clock::now();
    const size_t bytes = bp::save_blueprint(h.d.session.model()).size();
    const auto j1 = std::chrono::steady_clock::now();
    std::printf("bp::save_blueprint alone (what autosave serialises): %.1f ms, %zu bytes\n",
                std::chrono::duration<double, std::milli>(j1 - j0).count(), bytes);
    const auto l0 = std::chrono::steady_clock::now();
    const size_t findings = bp::lint(h.d.session.model()).size();
    const auto l1 = std::chrono::steady_clock::now();
    std::printf("bp::lint alone: %.1f ms, %zu findings\n", std::chrono::duration<double, std::milli>(l1 - l0).count(),
                findings);
    const ImDrawData* dd = ImGui::GetDrawData();
    std::printf("circle view, zoomed to fit (all visible): %.2f ms/frame, %d vertices\n", average_frame_ms(h, 30),
                dd ? dd->TotalVtxCount : 0);
    h.d.commands.push(ui::command::Focus{ui_test::typed(h.d, "c2-tp1200")});
    h.frame();
    std::printf("circle view, one touchpoint centred: %.2f ms/frame, %d vertices\n", average_frame_ms(h, 30),
                ImGui::GetDrawData()->TotalVtxCount);
    h.d.options.view = ui::View::Blueprint;
    h.frame();
    std::printf("blueprint view: %.2f ms/frame, %d vertices\n", average_frame_ms(h, 30), ImGui::GetDrawData()->TotalVtxCount);
    h.d.commands.push(ui::command::ZoomToFit{});
    h.frame();
    std::printf("blueprint view, zoomed to fit: %.2f ms/frame, %d vertices\n", average_frame_ms(h, 30),
                ImGui::GetDrawData()->TotalVtxCount);
    h.d.options.view = ui::View::Circles;
    h.d.commands.push(ui::command::Focus{ui_test::typed(h.d, "c1")});
    h.frames(2);
    const ImVec2 title = h.screen_of("c1");
    ImGuiIO& io = ImGui::GetIO();
    h.move(title);
    io.AddMouseButtonEvent(0, true);
    h.frame();
    const auto d0 = std::chrono::steady_clock::now();
    for (int i = 1; i <= 30; ++i) h.move(ImVec2(title.x + 10.0f * i, title.y + 3.0f * i));
    const auto d1 = std::chrono::steady_clock::now();
    io.AddMouseButtonEvent(0, false);
    h.frame();
    const auto d2 = std::chrono::steady_clock::now();
    std::printf("dragging a circle: %.2f ms/frame (an edit each frame); the release frame (lint, autosave): %.1f ms\n",
                std::chrono::duration<double, std::milli>(d1 - d0).count() / 30,
                std::chrono::duration<double, std::milli>(d2 - d1).count());
    const auto s0 = std::chrono::steady_clock::now();
    h.press(ImGuiKey_A, ImGuiMod_Ctrl);
    const auto s1 = std::chrono::steady_clock::now();
    std::printf("select all (%zu elements), 3 frames: %.1f ms; then %.2f ms/frame with all selected\n",
                h.d.selection.ids.size(), std::chrono::duration<double, std::milli>(s1 - s0).count(), average_frame_ms(h, 20));
}

// The page's open of a big layered blueprint, phase by phase, natively: the file's text opened as the
// page opens it (bp_open_text: Designer::open_text, then File › Recent), then the first frames of the
// blueprint view. BP_LAYERS_FILE names the file (blueprint_bench --layers --touchpoints 10000 --write F).
TEST_CASE("opening a big layered blueprint, phase by phase", "[.bench]") {
    const char* path = std::getenv("BP_LAYERS_FILE");
    if (!path) {
        std::printf("set BP_LAYERS_FILE (blueprint_bench --layers --touchpoints 10000 --write FILE)\n");
        return;
    }
    std::ifstream in(path, std::ios::binary);
    const std::string json((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    Harness h(1600, 900);
    h.d.options.view = ui::View::Blueprint;
    h.frames(2);
    using clock = std::chrono::steady_clock;
    auto ms = [](clock::time_point a, clock::time_point b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
    const auto t0 = clock::now();
    const bool ok = h.d.open_text(json, "layers.blueprint.json");
    const auto t1 = clock::now();
    h.d.remember_current(&json);
    // The page hands the opened bytes over as the tab's snapshot (Session::snapshot_as_opened with its
    // journal); the harness keeps no journal, so the same state is set directly: no save follows.
    h.d.session.mark_autosaved();
    const auto t2 = clock::now();
    h.frame();
    const auto t3 = clock::now();
    h.frame();
    const auto t4 = clock::now();
    h.frames(10);
    const auto t5 = clock::now();
    std::printf("%s: %.1f MB; open_text %.1f ms, File › Recent %.1f ms, first frame %.1f ms, second %.1f ms, "
                "then %.2f ms/frame\n", ok ? "opened" : "REFUSED", json.size() / 1048576.0, ms(t0, t1), ms(t1, t2),
                ms(t2, t3), ms(t3, t4), ms(t4, t5) / 10);
    const auto b0 = clock::now();
    const bp::LoadResult loaded = bp::load_blueprint(json);
    const auto b1 = clock::now();
    std::printf("of which bp::load_blueprint alone: %.1f ms\n", ms(b0, b1));
}
