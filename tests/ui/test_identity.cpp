// One element identity end to end: the selection holds typed ids, the scene's items carry them, and
// every lookup goes through the document's one bp::Locator, so no edit can leave a view with a stale
// location.
#include <catch2/catch.hpp>

#include "app/designer/actions.h"
#include "app/designer/layout.h"
#include "blueprint/edit.h"
#include "harness.h"

using ui_test::Harness;
using ui_test::sample_blueprint;

TEST_CASE("the selection holds typed ids: an edit that removes the selected element, then undo", "[identity]") {
    Harness h;
    h.load(sample_blueprint(1, 4, 1));
    h.click(h.screen_of("c1-tp3"));
    REQUIRE(h.d.selection.ids == std::vector<bp::ElementId>{bp::TouchpointId("c1-tp3")});

    // Removing an earlier touchpoint shifts the selected one's index: the selection still names it, and
    // the canvas draws the selection where that touchpoint now is.
    const ui::Context ctx = h.d.context();
    REQUIRE(ctx.doc().apply(bp::remove_at(ctx.model(), *ctx.doc().locator().find(bp::TouchpointId("c1-tp1")))));
    h.frames(2);
    REQUIRE(h.d.selection.ids == std::vector<bp::ElementId>{bp::TouchpointId("c1-tp3")});
    const auto at = ctx.locate(bp::TouchpointId("c1-tp3"));
    REQUIRE(at);
    CHECK(at->path.touchpoint == 1);
    CHECK(h.d.canvas.selected.count(bp::TouchpointId("c1-tp3")) == 1);
    CHECK(h.d.canvas.selected.count(bp::TouchpointId("c1-tp2")) == 0);  // now at the old index of c1-tp3

    // Deleting the selected element clears the selection; undo brings the element back, and a selection
    // made of it again is valid.
    h.press(ImGuiKey_Delete);
    CHECK(h.d.selection.ids.empty());
    CHECK_FALSE(ctx.locate(bp::TouchpointId("c1-tp3")));
    h.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    REQUIRE(ctx.locate(bp::TouchpointId("c1-tp3")));
    h.click(h.screen_of("c1-tp3"));
    CHECK(ui_test::selected(h.d) == std::vector<std::string>{"c1-tp3"});

    // A selection that outlives its element (removed behind the selection's back) is dropped on undo,
    // and the inspector and canvas draw meanwhile without it.
    REQUIRE(ctx.doc().apply(bp::remove_at(ctx.model(), ctx.locate(bp::TouchpointId("c1-tp3"))->path)));
    CHECK_NOTHROW(h.frames(2));
    CHECK_FALSE(h.d.screen_position(bp::TouchpointId("c1-tp3")));
    REQUIRE(ui::actions::undo(ctx));
    CHECK(ui_test::selected(h.d) == std::vector<std::string>{"c1-tp3"});
    CHECK(h.d.screen_position(bp::TouchpointId("c1-tp3")));
}

TEST_CASE("a scene of an older revision never answers for a location of the current one", "[identity]") {
    // What crashed before: a location found for one revision used with tables (a scene, a cache)
    // built for another, indexing vectors that had since shrunk or moved. A scene item is now found by
    // the element's id through the locator and returned only when it shows exactly that element.
    bp::Document doc(sample_blueprint(2, 4, 2));
    ui::Scene old_scene;
    ui::build_circle_scene(doc.model(), old_scene);
    bp::Locator& where = doc.locator();
    const ui::SceneItem* before = old_scene.item(bp::TouchpointId("c1-tp4"), where);
    REQUIRE(before);
    CHECK(before->id == bp::ElementId(bp::TouchpointId("c1-tp4")));

    // The first circle loses a touchpoint and the second circle goes: every later index moves.
    REQUIRE(doc.apply(bp::remove_at(doc.model(), *where.find(bp::TouchpointId("c1-tp1")))));
    REQUIRE(doc.apply(bp::remove_at(doc.model(), *where.find(bp::CircleId("c2")))));
    CHECK(old_scene.item(bp::TouchpointId("c1-tp4"), where) == nullptr);     // its old slot shows another
    CHECK(old_scene.item(bp::KeyFactorId("c1-tp4-kf2"), where) == nullptr);
    CHECK(old_scene.item(bp::TouchpointId("c2-tp1"), where) == nullptr);     // gone
    CHECK(old_scene.item(bp::StandardId("nope"), where) == nullptr);

    // Rebuilt for the current revision, the scene answers again, with the element's new place.
    ui::Scene scene;
    ui::build_circle_scene(doc.model(), scene);
    const ui::SceneItem* now = scene.item(bp::TouchpointId("c1-tp4"), where);
    REQUIRE(now);
    CHECK(now->path.touchpoint == 2);
    const ui::SceneItem* card = scene.item(bp::KeyFactorId("c1-tp4-kf2"), where);
    REQUIRE(card);
    CHECK(scene.owner(*card) == now);
}

TEST_CASE("positions asked for right after an edit come from the scene of that edit", "[identity]") {
    Harness h;
    h.load(sample_blueprint(2, 5, 1));
    h.frames(2);
    const ui::Context ctx = h.d.context();
    // Between frames: remove a circle, then ask where elements are before the canvas draws again.
    REQUIRE(ctx.doc().apply(bp::remove_at(ctx.model(), ctx.locate(bp::CircleId("c1"))->path)));
    CHECK_FALSE(h.d.screen_position(bp::TouchpointId("c1-tp5")));
    const auto moved = h.d.screen_position(bp::TouchpointId("c2-tp5"));
    REQUIRE(moved);
    const auto& scene = h.d.scene();
    const ui::SceneItem* item = scene.item(bp::TouchpointId("c2-tp5"), ctx.doc().locator());
    REQUIRE(item);
    const bp::Vec2 expected = h.d.camera().world_to_screen(item->anchor);
    CHECK(moved->x == Approx(expected.x));
    CHECK(moved->y == Approx(expected.y));
    REQUIRE(ctx.doc().undo());
    CHECK(h.d.screen_position(bp::TouchpointId("c1-tp5")));
}
