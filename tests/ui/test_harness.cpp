// The harness itself: frames run, input reaches ImGui, elements can be found on screen.
#include <catch2/catch.hpp>

#include "harness.h"

using namespace ui_test;

TEST_CASE("harness draws the designer and finds elements on screen", "[harness]") {
    Harness h;
    h.load(sample_blueprint(1, 4, 1));
    const ImVec2 p = h.screen_of("c1-tp1");
    CHECK(p.x > 0);
    CHECK(p.x < 1600);
    CHECK(p.y > 0);
    CHECK(p.y < 900);
    CHECK_THROWS(h.screen_of("no-such-id"));
}

TEST_CASE("harness mouse input reaches ImGui", "[harness]") {
    Harness h;
    h.move(ImVec2(321, 456));
    CHECK(ImGui::GetIO().MousePos.x == 321);
    CHECK(ImGui::GetIO().MousePos.y == 456);
}
