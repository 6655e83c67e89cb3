// Pure geometry: the camera's coordinate spaces, the ring slots, scenes and hit testing.
#include <catch2/catch.hpp>

#include <cmath>

#include "app/designer/camera.h"
#include "app/designer/blueprint_layout.h"
#include "app/designer/layout.h"
#include "harness.h"

using ui::Camera;

TEST_CASE("camera maps world to screen and back", "[camera]") {
    Camera cam;
    cam.screen_origin = {100, 50};
    cam.offset = {20, -10};
    cam.scale = 2.0;
    const bp::Vec2 s = cam.world_to_screen({5, 7});
    CHECK(s.x == Approx(100 + 20 + 10));
    CHECK(s.y == Approx(50 - 10 + 14));
    const bp::Vec2 w = cam.screen_to_world(s);
    CHECK(w.x == Approx(5));
    CHECK(w.y == Approx(7));
    CHECK(cam.world_to_screen_length(3) == Approx(6));
    CHECK(cam.screen_to_world_length(6) == Approx(3));
}

TEST_CASE("camera pans by screen deltas", "[camera]") {
    Camera cam;
    cam.scale = 0.5;
    const bp::Vec2 before = cam.world_to_screen({40, 40});
    cam.pan({30, -12});
    const bp::Vec2 after = cam.world_to_screen({40, 40});
    CHECK(after.x - before.x == Approx(30));
    CHECK(after.y - before.y == Approx(-12));
}

TEST_CASE("zooming keeps the world point under the cursor fixed", "[camera]") {
    Camera cam;
    cam.screen_origin = {10, 60};
    cam.offset = {200, 100};
    const bp::Vec2 cursor{417, 333};
    const bp::Vec2 anchor = cam.screen_to_world(cursor);
    cam.zoom_at(cursor, 1.5);
    CHECK(cam.scale == Approx(1.5));
    const bp::Vec2 again = cam.world_to_screen(anchor);
    CHECK(again.x == Approx(cursor.x));
    CHECK(again.y == Approx(cursor.y));
    cam.zoom_at(cursor, 1e9);  // clamped
    CHECK(cam.scale == Approx(Camera::kMaxScale));
    cam.zoom_at(cursor, 0.0);  // ignored
    CHECK(cam.scale == Approx(Camera::kMaxScale));
    cam.zoom_at(cursor, 1e-12);
    CHECK(cam.scale == Approx(Camera::kMinScale));
    const bp::Vec2 still = cam.world_to_screen(anchor);
    CHECK(still.x == Approx(cursor.x));
    CHECK(still.y == Approx(cursor.y));
}

TEST_CASE("fit shows a world rectangle centred inside the viewport with a margin", "[camera]") {
    Camera cam;
    cam.screen_origin = {0, 40};
    cam.fit({-100, 0}, {300, 100}, {1000, 500}, 50);
    // 400×100 world into 900×400 pixels: width limits, scale 900/400.
    CHECK(cam.scale == Approx(2.25));
    const bp::Vec2 mn = cam.world_to_screen({-100, 0}), mx = cam.world_to_screen({300, 100});
    CHECK(mn.x == Approx(50));
    CHECK(mx.x == Approx(950));
    CHECK((mn.y + mx.y) / 2 == Approx(40 + 250));
    cam.centre_on({0, 0}, {1000, 500});
    const bp::Vec2 c = cam.world_to_screen({0, 0});
    CHECK(c.x == Approx(500));
    CHECK(c.y == Approx(290));
}

TEST_CASE("ring slots run clockwise from 12 o'clock", "[layout]") {
    using namespace ui::ring;
    const bp::Vec2 centre{100, 100};
    const bp::Vec2 first = point_at(centre, 50, slot_angle(0, 4));
    CHECK(first.x == Approx(100));
    CHECK(first.y == Approx(50));   // above the centre (screen y grows downward)
    const bp::Vec2 second = point_at(centre, 50, slot_angle(1, 4));
    CHECK(second.x == Approx(150));  // 3 o'clock: clockwise on screen
    CHECK(second.y == Approx(100).margin(1e-9));
    const bp::Vec2 third = point_at(centre, 50, slot_angle(2, 4));
    CHECK(third.y == Approx(150));
}

TEST_CASE("the nearest slot of a slot's own angle is that slot, and angles snap to the closest", "[layout]") {
    using namespace ui::ring;
    for (int n : {1, 2, 3, 5, 12, 1000})
        for (int i = 0; i < n; i += std::max(1, n / 50)) CHECK(nearest_slot(slot_angle(i, n), n) == i);
    // Slightly past 12 o'clock either way is still slot 0; just before slot 1 is slot 1.
    CHECK(nearest_slot(-kPi / 2 + 0.1, 4) == 0);
    CHECK(nearest_slot(-kPi / 2 - 0.1, 4) == 0);
    CHECK(nearest_slot(-0.1, 4) == 1);
    CHECK(nearest_slot(angle_of({0, 0}, {-10, 0}), 4) == 3);  // 9 o'clock
    CHECK(nearest_slot(angle_of({0, 0}, {0, 10}), 4) == 2);   // 6 o'clock
    CHECK(nearest_slot(7 * kPi, 4) == nearest_slot(kPi, 4)); // any winding
}

TEST_CASE("the ring grows with the number of touchpoints so nodes never overlap", "[layout]") {
    bp::Circle c;
    c.radius = 200;
    CHECK(ui::ring::display_radius(c) == Approx(200));
    c.touchpoints.resize(1000);
    const double r = ui::ring::display_radius(c);
    const double spacing = 2 * ui::ring::kPi * r / 1000;
    CHECK(spacing >= 2 * ui::sizes::kTouchpointRadius);
}

TEST_CASE("circle scene: touchpoints on the ring, cards outside their node, hit testing finds the topmost",
          "[layout]") {
    bp::Blueprint doc = ui_test::sample_blueprint(2, 4, 2);
    doc.circles[0].touchpoints[1].key_factors[0].card_offset = bp::Vec2{0, 300};
    ui::Scene s;
    ui::build_circle_scene(doc, s);
    bp::Locator where(doc);
    auto item = [&](const std::string& id) { return s.item(where.resolve(id).value_or(bp::ElementId()), where); };
    REQUIRE(s.items.size() == 2 + 8 + 16);

    const ui::SceneItem* tp = item("c1-tp3");
    REQUIRE(tp);
    const double r = ui::ring::display_radius(doc.circles[0]);
    CHECK(tp->anchor.x == Approx(doc.circles[0].position.x).margin(1e-9));
    CHECK(tp->anchor.y == Approx(doc.circles[0].position.y + r));  // third of four: 6 o'clock

    const ui::SceneItem* hit = ui::hit_test(s, tp->anchor, 1.0);
    REQUIRE(hit);
    CHECK((hit)->id.str() == "c1-tp3");

    const ui::SceneItem* placed = item("c1-tp2-kf1");
    const ui::SceneItem* owner = item("c1-tp2");
    REQUIRE(placed);
    CHECK(placed->anchor.x == Approx(owner->anchor.x));
    CHECK(placed->anchor.y == Approx(owner->anchor.y + 300));  // card_offset is honoured
    CHECK((ui::hit_test(s, placed->anchor, 0))->id.str() == "c1-tp2-kf1");

    // Automatic cards do not cover their own node.
    for (int k = 0; k < 2; ++k) {
        const ui::SceneItem* card = item("c1-tp4-kf" + std::to_string(k + 1));
        const ui::SceneItem* node = item("c1-tp4");
        const bool overlaps = node->anchor.x + node->radius > card->min.x && node->anchor.x - node->radius < card->max.x &&
                              node->anchor.y + node->radius > card->min.y && node->anchor.y - node->radius < card->max.y;
        CHECK_FALSE(overlaps);
    }

    // The ring line and the title grab the circle; the empty inside of the ring does not.
    const bp::Vec2 centre = doc.circles[1].position;
    const double r1 = ui::ring::display_radius(doc.circles[1]);
    const double diag = r1 / std::sqrt(2.0);
    CHECK((ui::hit_test(s, {centre.x + diag, centre.y + diag}, 2))->id.str() == "c2");
    CHECK((ui::hit_test(s, centre, 0))->id.str() == "c2");
    CHECK(ui::hit_test(s, {centre.x + diag * 0.5, centre.y + diag * 0.5}, 2) == nullptr);
    CHECK(ui::hit_test(s, {-5000, -5000}, 2) == nullptr);
}

TEST_CASE("box selection takes items wholly inside the rectangle", "[layout]") {
    bp::Blueprint doc = ui_test::sample_blueprint(1, 4, 0);
    ui::Scene s;
    ui::build_circle_scene(doc, s);
    bp::Locator where(doc);
    auto item = [&](const std::string& id) { return s.item(where.resolve(id).value_or(bp::ElementId()), where); };
    const ui::SceneItem* top = item("c1-tp1");
    const ui::SceneItem* right = item("c1-tp2");
    auto inside = ui::items_in_rect(s, {right->max.x + 1, top->min.y - 1}, {top->min.x - 1, right->max.y + 1});
    REQUIRE(inside.size() == 2);
    CHECK((inside[0])->id.str() == "c1-tp1");
    CHECK((inside[1])->id.str() == "c1-tp2");
}

TEST_CASE("blueprint scene: touchpoints as columns in order, circle by circle, above the layers", "[layout]") {
    bp::Blueprint doc = ui_test::sample_blueprint(2, 5, 4);
    ui::Scene s;
    ui::build_blueprint_scene(doc, s);
    bp::Locator where(doc);
    auto item = [&](const std::string& id) { return s.item(where.resolve(id).value_or(bp::ElementId()), where); };
    double last_x = -1e9;
    for (int c = 0; c < 2; ++c)
        for (int t = 0; t < 5; ++t) {
            const ui::SceneItem* it = item("c" + std::to_string(c + 1) + "-tp" + std::to_string(t + 1));
            REQUIRE(it);
            CHECK(ui::layered::row_at(s, it->anchor.y) == -1);  // in the moments' row, above the layers
            CHECK(it->max.y <= ui::layered::row_top(s, 0));
            CHECK(it->anchor.x > last_x);
            last_x = it->anchor.x;
            CHECK(ui::blueprint_slot_at(s, doc, c, it->anchor.x) == t);
        }
    // Only the first few key factors get a chip under their moment; the rest are counted in the view.
    CHECK(item("c1-tp1-kf" + std::to_string(ui::sizes::kChipsPerCell - 1 + 1)) != nullptr);
    CHECK(item("c1-tp1-kf" + std::to_string(ui::sizes::kChipsPerCell + 1)) == nullptr);
    CHECK(ui::layered::row_at(s, -50) == -1);
    CHECK(ui::layered::row_at(s, 1e6) == -1);
}
