// Reordering on the ring drops exactly between the two neighbours the mouse is between, where the
// insertion marker shows it.
#include <catch2/catch.hpp>

#include <cmath>

#include "app/designer/canvas.h"
#include "harness.h"

using namespace ui_test;
using namespace ui::ring;

namespace {

std::vector<std::string> order_of(const ui::Designer& d) {
    std::vector<std::string> ids;
    for (const auto& tp : d.session.model().circles[0].touchpoints) ids.push_back(tp.id.value);
    return ids;
}

}  // namespace

TEST_CASE("the insertion gap follows the angle between neighbours, wrapping at 12 o'clock", "[layout][drag]") {
    CHECK(insertion_gap(-kPi / 2, 1) == 1);
    for (int n = 1; n <= 40; ++n) {
        const double step = 2 * kPi / n, eps = step * 0.01;
        INFO(n << " touchpoints");
        for (int k = 0; k < n; ++k) {
            const double a = slot_angle(k, n);
            CHECK(insertion_gap(a + eps, n) == k + 1);             // just after touchpoint k
            if (k > 0) CHECK(insertion_gap(a - eps, n) == k);      // just before it
            if (k < n - 1) CHECK(insertion_gap(a + step / 2, n) == k + 1);  // half way to the next
            CHECK(insertion_gap(a + eps + 2 * kPi * 3, n) == k + 1);         // any winding
            CHECK(insertion_gap(a + eps - 2 * kPi, n) == k + 1);
        }
        // The last gap: its first half ends the order, its second half (just before 12) starts it.
        CHECK(insertion_gap(slot_angle(n - 1, n) + step * 0.49, n) == n);
        CHECK(insertion_gap(slot_angle(n - 1, n) + step * 0.51, n) == 0);
        CHECK(insertion_gap(-kPi / 2 - eps, n) == 0);
        // Each gap's marker lies in that gap.
        for (int g = 0; g <= n; ++g) CHECK(insertion_gap(insertion_marker_angle(g, n), n) == g);
    }
    // Dropped in the gaps around itself, a touchpoint stays; elsewhere it lands between the neighbours.
    CHECK(insertion_index(1, 1) == 1);
    CHECK(insertion_index(2, 1) == 1);
    CHECK(insertion_index(3, 1) == 2);  // second touchpoint between the third and the fourth
    CHECK(insertion_index(2, 4) == 2);  // fifth between the second and the third
    CHECK(insertion_index(0, 4) == 0);
    CHECK(insertion_index(5, 0) == 4);
}

TEST_CASE("dragging a touchpoint between the second and the third drops it exactly there", "[canvas][drag]") {
    Harness h;
    h.load(sample_blueprint(1, 5, 0));
    const bp::Circle& c = h.d.session.model().circles[0];
    const double r = display_radius(c), step = 2 * kPi / 5;
    // Nearer the second than the third, but between them: the nearest slot would be the second's.
    const ImVec2 between = h.world_to_screen(point_at(c.position, r, slot_angle(1, 5) + step * 0.4));
    REQUIRE(nearest_slot(slot_angle(1, 5) + step * 0.4, 5) == 1);
    const ImVec2 from = h.screen_of("c1-tp5");
    ImGuiIO& io = ImGui::GetIO();
    h.move(from);
    io.AddMouseButtonEvent(0, true);
    h.frame();
    for (int i = 1; i <= 8; ++i) h.move(ImVec2(from.x + (between.x - from.x) * i / 8, from.y + (between.y - from.y) * i / 8));
    const auto* drag = std::get_if<ui::gesture::DraggingTouchpoint>(&h.d.canvas.gesture);
    REQUIRE(drag);
    CHECK(drag->drop_gap == 2);   // the marker is drawn between the second and the third
    CHECK(drag->drop_slot == 2);
    io.AddMouseButtonEvent(0, false);
    h.frames(2);
    CHECK(order_of(h.d) == std::vector<std::string>{"c1-tp1", "c1-tp2", "c1-tp5", "c1-tp3", "c1-tp4"});
    CHECK(h.d.session.doc().history().undo_depth() == 1);

    // And forward: the first between the third and the fourth.
    h.drag(h.screen_of("c1-tp1"), h.world_to_screen(point_at(c.position, r, slot_angle(3, 5) + step * 0.45)), 10);
    CHECK(order_of(h.d) == std::vector<std::string>{"c1-tp2", "c1-tp5", "c1-tp3", "c1-tp1", "c1-tp4"});
}
