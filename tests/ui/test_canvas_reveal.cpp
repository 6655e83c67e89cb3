// What was just added comes into view: the camera pans only when it must, and only as far as needed.
#include <catch2/catch.hpp>

#include "app/designer/actions.h"
#include "app/designer/canvas.h"
#include "harness.h"

using namespace ui_test;

namespace {

// True when the world box is wholly inside the canvas on screen.
bool on_canvas(Harness& h, bp::Vec2 mn, bp::Vec2 mx) {
    const ImVec2 a = h.world_to_screen(mn), b = h.world_to_screen(mx);
    const bp::Vec2 o = h.d.camera().screen_origin, size = h.d.canvas.viewport_size;
    return a.x >= o.x && a.y >= o.y && b.x <= o.x + size.x && b.y <= o.y + size.y;
}

}  // namespace

TEST_CASE("a card added off screen is brought into view, the camera panning only as far as needed",
          "[canvas][camera]") {
    Harness h;
    h.load(sample_blueprint(1, 4, 0));
    h.wheel(h.screen_of("c1-tp2"), 4.0f);  // zoomed in on the touchpoint at 3 o'clock
    h.click(h.screen_of("c1-tp2"));
    // Its node near the canvas's right edge: a card placed outward from it is off screen.
    const bp::Vec2 o = h.d.camera().screen_origin, size = h.d.canvas.viewport_size;
    const ImVec2 tp = h.screen_of("c1-tp2");
    h.d.camera().pan({o.x + size.x - 60 - tp.x, 0});
    h.frame();
    const double scale = h.d.camera().scale;

    const bp::ElementId kf = ui::actions::add_key_factor(h.d.context());
    REQUIRE_FALSE(kf.empty());
    const ui::Scene& before = h.d.scene();
    bp::Locator& where = h.d.session.doc().locator();
    REQUIRE(before.item(kf, where));
    REQUIRE_FALSE(on_canvas(h, before.item(kf, where)->min, before.item(kf, where)->max));
    h.frame();
    const ui::SceneItem* card = h.d.scene().item(kf, where);
    REQUIRE(card);
    CHECK(on_canvas(h, card->min, card->max));
    CHECK(h.d.camera().scale == scale);  // panned, not zoomed
    // Only as far as needed: the card's far edge just inside the canvas, not centred.
    CHECK(h.world_to_screen(card->max).x == Approx(o.x + size.x - 24).margin(1));

    // A touchpoint added after it is shown too.
    h.click(h.screen_of("c1-tp2"));
    ui::actions::add_touchpoint(h.d.context());
    h.frame();
    const std::string added = ui_test::selected(h.d).front();
    const ui::SceneItem* new_tp = h.d.scene().item(ui_test::typed(h.d, added), where);
    REQUIRE(new_tp);
    CHECK(on_canvas(h, new_tp->min, new_tp->max));

    // A new circle, placed where there is room, is brought into view too.
    const bp::ElementId circle = ui::actions::add_circle(h.d.context());
    h.frame();
    const ui::SceneItem* ring = h.d.scene().item(circle, where);
    REQUIRE(ring);
    const ImVec2 centre = h.world_to_screen(ring->anchor);
    CHECK(centre.x >= o.x);
    CHECK(centre.x <= o.x + size.x);
    CHECK(centre.y >= o.y);
    CHECK(centre.y <= o.y + size.y);
}

TEST_CASE("adding something already in view leaves the camera where it was", "[canvas][camera]") {
    Harness h;
    h.load(sample_blueprint(1, 6, 0));
    h.wheel(h.screen_of("c1"), -3.0f);  // room around everything
    h.click(h.screen_of("c1-tp1"));
    const bp::Vec2 offset = h.d.camera().offset;
    const double scale = h.d.camera().scale;
    ui::actions::add_key_factor(h.d.context());
    h.frames(2);
    CHECK(h.d.camera().offset == offset);
    CHECK(h.d.camera().scale == scale);
}
