// The canvas driven through the real ImGui frame loop: selection, panning, zooming, dragging.
#include <catch2/catch.hpp>

#include <cmath>

#include "app/designer/blueprint_layout.h"
#include "app/designer/canvas.h"
#include "harness.h"
#include "imgui_internal.h"

using namespace ui_test;

namespace {

std::vector<std::string> order_of(const ui::Designer& d, int circle = 0) {
    std::vector<std::string> ids;
    for (const auto& tp : d.session.model().circles[circle].touchpoints) ids.push_back(tp.id.value);
    return ids;
}

// A canvas point with nothing under it: left of the circle, level with its centre.
ImVec2 empty_spot(Harness& h) {
    const ImVec2 centre = h.screen_of("c1");
    const float r = (float)(ui::ring::display_radius(h.d.session.model().circles[0]) * h.d.camera().scale);
    ImVec2 p(centre.x - r * 0.55f, centre.y);
    h.move(p);
    REQUIRE(h.d.canvas.hovered_id.empty());
    return p;
}

ImVec2 offset(ImVec2 p, float dx, float dy) { return ImVec2(p.x + dx, p.y + dy); }

}  // namespace

TEST_CASE("clicking selects — shift and ctrl add and toggle — clicking empty space clears", "[canvas][selection]") {
    Harness h;
    h.load(sample_blueprint(1, 5, 1));
    h.click(h.screen_of("c1-tp1"));
    CHECK(ui_test::selected(h.d) == std::vector<std::string>{"c1-tp1"});
    h.click(h.screen_of("c1-tp3"));
    CHECK(ui_test::selected(h.d) == std::vector<std::string>{"c1-tp3"});
    h.click(h.screen_of("c1-tp1"), ImGuiMod_Shift);
    CHECK(ui_test::selected(h.d) == std::vector<std::string>{"c1-tp3", "c1-tp1"});
    h.click(h.screen_of("c1-tp2-kf1"), ImGuiMod_Ctrl);
    CHECK(h.d.selection.ids.size() == 3);
    h.click(h.screen_of("c1-tp3"), ImGuiMod_Ctrl);  // toggles off
    CHECK(ui_test::selected(h.d) == std::vector<std::string>{"c1-tp1", "c1-tp2-kf1"});
    h.click(empty_spot(h));
    CHECK(h.d.selection.ids.empty());
    h.click(h.screen_of("c1"));  // the circle's title
    CHECK(ui_test::selected(h.d) == std::vector<std::string>{"c1"});
}

// The views ask every drawn item whether it is selected; the answer is kept per scene item and must follow
// the selection, a standard's key factor, and a scene rebuilt after an edit.
TEST_CASE("the items drawn as selected are the selection's, after clicks, edits and undo", "[canvas][selection]") {
    Harness h;
    h.load(sample_blueprint(1, 5, 6));  // more key factors than a blueprint cell shows: the views' scenes differ
    auto drawn_selected = [&] {
        std::vector<std::string> ids;
        const ui::Scene& scene = h.d.canvas.scene;
        const auto& flags = h.d.canvas.selected_items;
        REQUIRE((flags.empty() || flags.size() == scene.items.size()));
        for (size_t i = 0; i < flags.size(); ++i)
            if (flags[i]) ids.push_back(scene.items[i].id.str());
        return ids;
    };
    h.frames(1);
    CHECK(drawn_selected().empty());
    h.click(h.screen_of("c1-tp2"));
    CHECK(drawn_selected() == std::vector<std::string>{"c1-tp2"});
    h.click(h.screen_of("c1-tp4-kf1"), ImGuiMod_Shift);
    CHECK(drawn_selected() == std::vector<std::string>{"c1-tp2", "c1-tp4-kf1"});
    // A touchpoint removed before the selected one: the scene is built again, the flags move with it.
    REQUIRE(h.d.session.doc().apply(bp::remove_touchpoint(h.d.session.model(), bp::TouchpointId("c1-tp1"))));
    h.frames(1);
    CHECK(drawn_selected() == std::vector<std::string>{"c1-tp2", "c1-tp4-kf1"});
    REQUIRE(h.d.session.doc().undo());
    h.frames(1);
    CHECK(drawn_selected() == std::vector<std::string>{"c1-tp2", "c1-tp4-kf1"});
    // Another view, the same selection and revision: a scene of other items, flagged afresh.
    h.d.options.view = ui::View::Blueprint;
    h.frames(2);
    REQUIRE(h.d.canvas.scene.view == ui::SceneView::Blueprint);
    std::vector<std::string> shown;
    for (const ui::SceneItem& it : h.d.canvas.scene.items)
        if (it.id.str() == "c1-tp2" || it.id.str() == "c1-tp4-kf1") shown.push_back(it.id.str());
    REQUIRE(!shown.empty());
    CHECK(drawn_selected() == shown);
    h.d.options.view = ui::View::Circles;
    h.frames(2);
    CHECK(drawn_selected() == std::vector<std::string>{"c1-tp2", "c1-tp4-kf1"});
    h.click(empty_spot(h));
    CHECK(drawn_selected().empty());
}

TEST_CASE("shift-dragging on empty space box-selects what lies inside", "[canvas][selection]") {
    Harness h;
    h.load(sample_blueprint(1, 4, 0));
    const ImVec2 top = h.screen_of("c1-tp1"), right = h.screen_of("c1-tp2");
    const float pad = 40;
    h.drag(ImVec2(top.x - pad, top.y - pad), ImVec2(right.x + pad, right.y + pad), 8, ImGuiMouseButton_Left, ImGuiMod_Shift);
    CHECK(ui_test::selected(h.d) == std::vector<std::string>{"c1-tp1", "c1-tp2"});
    CHECK(std::holds_alternative<ui::gesture::Idle>(h.d.canvas.gesture));
    CHECK(h.d.session.doc().history().undo_depth() == 0);  // selecting is not an edit
}

TEST_CASE("dragging empty space, the middle button or space+drag pans the view", "[canvas][camera]") {
    Harness h;
    h.load(sample_blueprint(1, 4, 0));
    const ImVec2 start = h.screen_of("c1-tp1");
    const ImVec2 from = empty_spot(h);

    h.drag(from, offset(from, 120, -45));
    ImVec2 now = h.screen_of("c1-tp1");
    CHECK(now.x == Approx(start.x + 120).margin(0.5));
    CHECK(now.y == Approx(start.y - 45).margin(0.5));
    CHECK(h.d.selection.ids.empty());

    h.drag(h.screen_of("c1-tp3"), offset(h.screen_of("c1-tp3"), -60, 10), 6, ImGuiMouseButton_Middle);
    now = h.screen_of("c1-tp1");
    CHECK(now.x == Approx(start.x + 60).margin(0.5));
    CHECK(now.y == Approx(start.y - 35).margin(0.5));

    // Space held: even a drag that starts on a touchpoint pans instead of reordering.
    const auto order = order_of(h.d);
    h.hold(ImGuiKey_Space, true);
    h.drag(h.screen_of("c1-tp1"), offset(h.screen_of("c1-tp1"), 0, 100));
    h.hold(ImGuiKey_Space, false);
    now = h.screen_of("c1-tp1");
    CHECK(now.y == Approx(start.y + 65).margin(0.5));
    CHECK(order_of(h.d) == order);
    CHECK(h.d.session.doc().history().undo_depth() == 0);
}

TEST_CASE("the wheel zooms around the cursor, and ctrl+wheel (a pinch) does too", "[canvas][camera]") {
    Harness h;
    h.load(sample_blueprint(1, 4, 0));
    const ImVec2 near = h.screen_of("c1-tp2");
    const ImVec2 cursor(std::floor(near.x) + 7, std::floor(near.y) - 5);  // ImGui floors mouse positions
    const double scale = h.d.camera().scale;
    const bp::Vec2 anchor = h.d.camera().screen_to_world({cursor.x, cursor.y});
    h.wheel(cursor, 2.0f);
    const double zoomed = h.d.camera().scale;
    CHECK(zoomed == Approx(scale * 1.15 * 1.15));
    ImVec2 back = h.world_to_screen(anchor);
    CHECK(back.x == Approx(cursor.x).margin(0.01));
    CHECK(back.y == Approx(cursor.y).margin(0.01));

    h.wheel(cursor, -1.0f, ImGuiMod_Ctrl);
    CHECK(h.d.camera().scale == Approx(zoomed / 1.15));
    back = h.world_to_screen(anchor);
    CHECK(back.x == Approx(cursor.x).margin(0.01));
}

TEST_CASE("zoom to fit brings every element into the canvas", "[canvas][camera]") {
    Harness h;
    h.load(sample_blueprint(3, 6, 2));
    h.wheel(h.screen_of("c1"), 10.0f);  // far in
    h.d.commands.push(ui::command::ZoomToFit{});
    h.frame();
    const ui::Scene& s = h.d.scene();
    const ImVec2 mn = h.world_to_screen(s.min), mx = h.world_to_screen(s.max);
    const bp::Vec2 size = h.d.canvas.viewport_size;
    const ImVec2 canvas_min = h.world_to_screen(h.d.camera().screen_to_world(h.d.camera().screen_origin));
    CHECK(mn.x >= canvas_min.x);
    CHECK(mn.y >= canvas_min.y);
    CHECK(mx.x <= canvas_min.x + size.x);
    CHECK(mx.y <= canvas_min.y + size.y);
}

TEST_CASE("dragging a touchpoint along the ring reorders it in one undoable step", "[canvas][drag]") {
    Harness h;
    h.load(sample_blueprint(1, 5, 1));
    const bp::Circle& circle = h.d.session.model().circles[0];  // between the third and the fourth
    h.drag(h.screen_of("c1-tp1"),
           h.world_to_screen(ui::ring::point_at(circle.position, ui::ring::display_radius(circle),
                                                ui::ring::slot_angle(2, 5) + ui::ring::kPi / 5)), 10);
    CHECK(order_of(h.d) == std::vector<std::string>{"c1-tp2", "c1-tp3", "c1-tp1", "c1-tp4", "c1-tp5"});
    CHECK(h.d.session.doc().history().undo_depth() == 1);
    CHECK(ui_test::selected(h.d) == std::vector<std::string>{"c1-tp1"});
    // The moved touchpoint now sits in the third slot.
    const ImVec2 p = h.screen_of("c1-tp1");
    const bp::Vec2 w = h.d.camera().screen_to_world({p.x, p.y});
    const bp::Circle& c = h.d.session.model().circles[0];
    CHECK(ui::ring::nearest_slot(ui::ring::angle_of(c.position, w), 5) == 2);

    h.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    CHECK(order_of(h.d) == std::vector<std::string>{"c1-tp1", "c1-tp2", "c1-tp3", "c1-tp4", "c1-tp5"});
    CHECK(h.d.session.doc().history().undo_depth() == 0);
    h.press(ImGuiKey_Y, ImGuiMod_Ctrl);
    CHECK(order_of(h.d)[2] == "c1-tp1");
}

TEST_CASE("dragging a touchpoint back to its own slot changes nothing", "[canvas][drag]") {
    Harness h;
    h.load(sample_blueprint(1, 5, 0));
    const ImVec2 p = h.screen_of("c1-tp2");
    h.drag(p, offset(p, 30, 30), 4);
    CHECK(order_of(h.d)[1] == "c1-tp2");
    CHECK(h.d.session.doc().history().undo_depth() == 0);
}

TEST_CASE("dragging a circle moves it, one history step however many frames", "[canvas][drag]") {
    Harness h;
    h.load(sample_blueprint(1, 4, 1));
    const bp::Vec2 before = h.d.session.model().circles[0].position;
    const double scale = h.d.camera().scale;
    const ImVec2 title = h.screen_of("c1");
    h.drag(title, offset(title, 150, 60), 12);
    const bp::Vec2 after = h.d.session.model().circles[0].position;
    CHECK(after.x == Approx(before.x + 150 / scale).margin(0.01));
    CHECK(after.y == Approx(before.y + 60 / scale).margin(0.01));
    CHECK(h.d.session.doc().history().undo_depth() == 1);
    // Its touchpoints went with it on screen.
    CHECK(h.screen_of("c1").x == Approx(title.x + 150).margin(0.5));
    h.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    CHECK(h.d.session.model().circles[0].position == before);
}

TEST_CASE("while a circle is dragged its items are shifted, not laid out again — the release builds the scene afresh",
          "[canvas][drag]") {
    Harness h;
    h.load(sample_blueprint(2, 4, 2));
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 title = h.screen_of("c1");
    const ui::Scene before = h.d.scene();
    h.move(title);
    io.AddMouseButtonEvent(0, true);
    h.frame();
    for (int i = 1; i <= 6; ++i) h.move(offset(title, 20.0f * i, 10.0f * i));
    REQUIRE(std::holds_alternative<ui::gesture::DraggingCircle>(h.d.canvas.gesture));
    const ui::Scene& during = h.d.scene();
    CHECK(during.provisional);
    // Everything of the dragged circle moved by as much as the circle, the other circle's stayed.
    const bp::Vec2 start = before.items[0].anchor, now = h.d.session.model().circles[0].position;
    REQUIRE(during.items.size() == before.items.size());
    int shifted = 0;
    for (size_t i = 0; i < during.items.size(); ++i) {
        INFO(during.items[i].id.str());
        const bool mine = during.items[i].path.circle == 0;
        CHECK(during.items[i].anchor.x == Approx(before.items[i].anchor.x + (mine ? now.x - start.x : 0)).margin(1e-6));
        CHECK(during.items[i].anchor.y == Approx(before.items[i].anchor.y + (mine ? now.y - start.y : 0)).margin(1e-6));
        shifted += mine;
    }
    CHECK(shifted == 1 + 4 + 4 * 2);
    CHECK(now.x != Approx(start.x));
    io.AddMouseButtonEvent(0, false);
    h.frames(2);
    CHECK_FALSE(h.d.scene().provisional);
}

TEST_CASE("Esc during a circle drag puts it back", "[canvas][drag]") {
    Harness h;
    h.load(sample_blueprint(1, 3, 0));
    const bp::Vec2 before = h.d.session.model().circles[0].position;
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 title = h.screen_of("c1");
    h.move(title);
    io.AddMouseButtonEvent(0, true);
    h.frame();
    for (int i = 1; i <= 5; ++i) h.move(offset(title, 20.0f * i, 0));
    CHECK(std::holds_alternative<ui::gesture::DraggingCircle>(h.d.canvas.gesture));
    CHECK(h.d.session.model().circles[0].position != before);
    h.press(ImGuiKey_Escape);
    CHECK(h.d.session.model().circles[0].position == before);
    CHECK(std::holds_alternative<ui::gesture::Idle>(h.d.canvas.gesture));
    io.AddMouseButtonEvent(0, false);
    h.frames(2);
    CHECK(h.d.session.model().circles[0].position == before);
}

TEST_CASE("dragging a key-factor card saves its offset in the document", "[canvas][drag]") {
    Harness h;
    h.load(sample_blueprint(1, 4, 1));
    REQUIRE_FALSE(h.d.session.model().circles[0].touchpoints[1].key_factors[0].card_offset);
    const ImVec2 card = h.screen_of("c1-tp2-kf1");
    h.drag(card, offset(card, 40, 80), 8);
    const auto& kf = h.d.session.model().circles[0].touchpoints[1].key_factors[0];
    REQUIRE(kf.card_offset);
    const ImVec2 moved = h.screen_of("c1-tp2-kf1");
    CHECK(moved.x == Approx(card.x + 40).margin(0.5));
    CHECK(moved.y == Approx(card.y + 80).margin(0.5));
    CHECK(h.d.session.doc().history().undo_depth() == 1);
    h.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    CHECK_FALSE(h.d.session.model().circles[0].touchpoints[1].key_factors[0].card_offset);
}

TEST_CASE("switching views keeps the selection — the blueprint view reorders by column", "[canvas][views]") {
    Harness h;
    h.load(sample_blueprint(1, 5, 1));
    h.click(h.screen_of("c1-tp2"));
    h.click(h.screen_of("c1-tp4"), ImGuiMod_Shift);
    const auto selected = h.d.selection.ids;
    h.d.options.view = ui::View::Blueprint;
    h.frames(2);
    CHECK(h.d.selection.ids == selected);

    // Touchpoint 2 dragged onto column 4, low down over the layers: its order changes, not its lane
    // (the moments are columns; their activities sit in the layers).
    const ImVec2 tp2 = h.screen_of("c1-tp2");
    const ImVec2 tp4 = h.screen_of("c1-tp4");
    const ImVec2 backstage = h.world_to_screen({0, ui::layered::row_top(h.d.scene(), (int)bp::Lane::Backstage) + 30});
    h.drag(tp2, ImVec2(tp4.x, backstage.y), 10);
    const auto& tps = h.d.session.model().circles[0].touchpoints;
    CHECK(tps[3].id.value == "c1-tp2");
    CHECK(tps[3].lane == bp::Lane::CustomerAction);
    CHECK(h.d.session.doc().history().undo_depth() == 1);
    h.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    CHECK(h.d.session.model().circles[0].touchpoints[1].id.value == "c1-tp2");

    // A click selects here too, and the selection survives going back.
    h.click(h.screen_of("c1-tp5-kf1"));
    h.d.options.view = ui::View::Circles;
    h.frames(2);
    CHECK(ui_test::selected(h.d) == std::vector<std::string>{"c1-tp5-kf1"});
}

TEST_CASE("a focus request selects the element and centres it", "[canvas]") {
    Harness h;
    h.load(sample_blueprint(2, 6, 1));
    h.d.commands.push(ui::command::Focus{ui_test::typed(h.d, "c2-tp4-kf1")});
    h.frames(2);
    CHECK(ui_test::selected(h.d) == std::vector<std::string>{"c2-tp4-kf1"});
    const ImVec2 p = h.screen_of("c2-tp4-kf1");
    const bp::Vec2 origin = h.d.camera().screen_origin;
    const bp::Vec2 size = h.d.canvas.viewport_size;
    CHECK(p.x == Approx(origin.x + size.x / 2).margin(1));
    CHECK(p.y == Approx(origin.y + size.y / 2).margin(1));
    CHECK(h.d.commands.empty());
}

TEST_CASE("the context menu acts on the element under the mouse", "[canvas][menu]") {
    Harness h;
    h.load(sample_blueprint(1, 3, 0));
    const ImVec2 tp2 = h.screen_of("c1-tp2");
    h.click(tp2, 0, ImGuiMouseButton_Right);
    CHECK(h.d.canvas.context_id.str() == "c1-tp2");
    CHECK(ui_test::selected(h.d) == std::vector<std::string>{"c1-tp2"});
    // The first entry, "add touchpoint after", sits just inside the popup's top-left corner (at the mouse).
    const ImGuiStyle& style = ImGui::GetStyle();
    h.click(ImVec2(tp2.x + 40, tp2.y + style.WindowPadding.y + ImGui::GetTextLineHeight() / 2));
    const auto& tps = h.d.session.model().circles[0].touchpoints;
    REQUIRE(tps.size() == 4);
    CHECK(tps[1].id.value == "c1-tp2");
    CHECK(h.d.canvas.rename_id.str() == tps[2].id.value);
    h.press(ImGuiKey_Escape);

    // On empty space: the first entry adds a circle where the menu was opened.
    const ImVec2 far = empty_spot(h);
    h.click(far, 0, ImGuiMouseButton_Right);
    CHECK(h.d.canvas.context_id.empty());
    const bp::Vec2 at = h.d.camera().screen_to_world({std::floor(far.x), std::floor(far.y)});
    h.click(ImVec2(far.x + 40, far.y + style.WindowPadding.y + ImGui::GetTextLineHeight() / 2));
    REQUIRE(h.d.session.model().circles.size() == 2);
    CHECK(h.d.session.model().circles[1].position.x == Approx(at.x).margin(1));
    CHECK(h.d.session.model().circles[1].position.y == Approx(at.y).margin(1));
}

namespace {
// The vertices the canvas window drew in the last frame, with circle c1 in view at `scale`.
int canvas_vertices(bp::Blueprint doc, double scale) {
    Harness h;
    h.load(std::move(doc));
    h.frame();
    ui::Camera& camera = h.d.canvas.circle_camera;
    camera.scale = scale;
    camera.offset = {500, 350};  // c1's centre (the world's origin) well inside the canvas
    h.frames(3);
    REQUIRE(camera.scale == scale);
    const ImGuiWindow* canvas = ImGui::FindWindowByName("##canvas");
    REQUIRE(canvas);
    return canvas->DrawList->VtxBuffer.Size;
}
}  // namespace

TEST_CASE("zoomed far out a circle is its ring and nodes: cards too small to see are not drawn, readable ones are",
          "[canvas][detail]") {
    const bp::Blueprint with_cards = sample_blueprint(3, 12, 3);
    bp::Blueprint without_cards = with_cards;
    for (bp::Circle& c : without_cards.circles)
        for (bp::Touchpoint& t : c.touchpoints) t.key_factors.clear();
    // At 3 % a card (170 wide in the world) is 5 px wide: nothing of the 108 cards is drawn.
    CHECK(canvas_vertices(with_cards, 0.03) == canvas_vertices(without_cards, 0.03));
    // At 10 % (17 px) each is one flat box of its method's colour: 4 vertices, and its link line 4.
    CHECK(canvas_vertices(with_cards, 0.1) == canvas_vertices(without_cards, 0.1) + 108 * 8);
    // At reading size every card of the circle in view is drawn, with its text.
    CHECK(canvas_vertices(with_cards, 1.0) > canvas_vertices(without_cards, 1.0) + 36 * 20);
}
