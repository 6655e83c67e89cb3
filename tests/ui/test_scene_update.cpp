// The circle scene after an edit: laying out only the circles the edit changed (update_circle_scene) gives
// exactly the scene a full build gives, item by item and line by line, after any sequence of edits, undos
// and redos, with circles apart and crowded.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "app/designer/layout.h"
#include "blueprint/edit.h"
#include "grown_sample.h"

namespace {

size_t groups(const ui::Scene& s) {
    std::vector<int> g = s.circle_group;
    std::sort(g.begin(), g.end());
    return size_t(std::unique(g.begin(), g.end()) - g.begin());
}

void same_scene(const ui::Scene& a, const ui::Scene& b) {
    REQUIRE(a.items.size() == b.items.size());
    CHECK(a.first_touchpoint == b.first_touchpoint);
    CHECK(a.first_key_factor == b.first_key_factor);
    CHECK(a.shown_key_factors == b.shown_key_factors);
    for (size_t i = 0; i < a.items.size(); ++i) {
        const ui::SceneItem &x = a.items[i], &y = b.items[i];
        INFO("item " << i << " " << y.id.str());
        REQUIRE(x.id == y.id);
        CHECK(x.path == y.path);
        CHECK(x.kind == y.kind);
        CHECK((x.min.x == y.min.x && x.min.y == y.min.y && x.max.x == y.max.x && x.max.y == y.max.y));
        CHECK((x.anchor.x == y.anchor.x && x.anchor.y == y.anchor.y && x.angle == y.angle && x.radius == y.radius));
        CHECK((x.text_min.x == y.text_min.x && x.text_min.y == y.text_min.y && x.text_max.x == y.text_max.x &&
               x.text_max.y == y.text_max.y));
        REQUIRE(x.text.size() == y.text.size());
        for (size_t l = 0; l < x.text.size(); ++l) {
            CHECK(x.text[l].text == y.text[l].text);
            CHECK((x.text[l].min.x == y.text[l].min.x && x.text[l].min.y == y.text[l].min.y &&
                   x.text[l].max.x == y.text[l].max.x && x.text[l].max.y == y.text[l].max.y));
        }
    }
    CHECK((a.min.x == b.min.x && a.min.y == b.min.y && a.max.x == b.max.x && a.max.y == b.max.y));
    CHECK(a.circle_group == b.circle_group);
}

// One random edit of the kinds a designer makes on the canvas; false when the one drawn did not apply.
bool random_edit(bp::Document& d, std::mt19937& rng) {
    const bp::Blueprint& m = d.model();
    auto pick = [&](size_t n) { return (size_t)std::uniform_int_distribution<size_t>(0, n - 1)(rng); };
    const size_t c = pick(m.circles.size());
    const bp::Circle& circle = m.circles[c];
    switch (pick(9)) {
        case 0: {  // rename a moment, long enough to wrap
            if (circle.touchpoints.empty()) return false;
            const bp::Touchpoint& before = circle.touchpoints[pick(circle.touchpoints.size())];
            bp::Touchpoint after = before;
            after.name = pick(2) ? "客户来电预约上门安装并确认地址和时间" : "Call";
            return d.apply(bp::set_touchpoint(before, after));
        }
        case 1: {  // a new moment
            bp::Touchpoint t;
            t.id = bp::TouchpointId(d.new_id("tp"));
            t.name = "新触点";
            return d.apply(bp::insert_touchpoint(circle.id, t, (int)pick(circle.touchpoints.size() + 1)));
        }
        case 2:
            if (circle.touchpoints.size() < 2) return false;
            return d.apply(bp::remove_touchpoint(m, circle.touchpoints[pick(circle.touchpoints.size())].id));
        case 3: {  // a key factor, whose card is placed automatically
            if (circle.touchpoints.empty()) return false;
            bp::KeyFactor k;
            k.id = bp::KeyFactorId(d.new_id("kf"));
            k.name = "准时到达";
            return d.apply(bp::insert_key_factor(circle.touchpoints[pick(circle.touchpoints.size())].id, k));
        }
        case 4: {  // the circle dragged a little
            bp::Circle after = circle;
            after.touchpoints.clear();
            bp::Circle before = after;
            after.position = {after.position.x + 40, after.position.y - 25};
            return d.apply(bp::set_circle(before, after));
        }
        case 5: {  // a new circle beside the others
            bp::Circle n;
            n.id = bp::CircleId(d.new_id("circle"));
            n.name = "新服务圈";
            n.position = {circle.position.x + 3000, circle.position.y + 3000};
            bp::Touchpoint t;
            t.id = bp::TouchpointId(d.new_id("tp"));
            t.name = "到达";
            n.touchpoints.push_back(t);
            return d.apply(bp::insert_circle(n));
        }
        case 6:
            if (m.circles.size() < 3) return false;
            return d.apply(bp::remove_circle(m, circle.id));
        case 7: return d.undo();
        default: return d.redo();
    }
}

}  // namespace

TEST_CASE("after edits, laying out only the changed circles gives the scene a full build gives", "[layout][labels]") {
    for (const double spacing : {4000.0, 600.0}) {  // apart; crowded, so that labels push across circles
        for (const double scale : {1.0, 0.45}) {
            INFO("circles " << spacing << " apart, laid out at scale " << scale);
            bp::Document d(ui_test::grown(8, spacing));
            ui::LabelStyle style;
            style.layout_scale = scale;
            ui::Scene s;
            ui::build_circle_scene(d.model(), s, style);
            uint64_t built = d.elements_revision();
            if (spacing > 1000) CHECK(groups(s) >= 8);  // at least one per copy of the sample
            std::mt19937 rng(7);
            int updated = 0, edits = 0;
            for (int step = 0; step < 60; ++step) {
                if (!random_edit(d, rng)) continue;
                ++edits;
                std::vector<bp::CircleId> changed;
                const bool told = d.circles_changed_since(built, changed);
                REQUIRE(told);  // every edit drawn here says which circles it changed
                const bool took = ui::update_circle_scene(d.model(), s, changed, style);
                if (took) ++updated;
                else ui::build_circle_scene(d.model(), s, style);
                built = d.elements_revision();
                ui::Scene full;
                ui::build_circle_scene(d.model(), full, style);
                INFO("after edit " << edits << (took ? ", updated" : ", built again"));
                same_scene(s, full);
            }
            INFO(updated << " of " << edits << " edits updated the scene");
            if (spacing > 1000) CHECK(updated >= edits * 3 / 4);  // apart: nearly every edit is an update
        }
    }
}

TEST_CASE("a change the document does not tell, or a scene in another style, is never taken as an update", "[layout][labels]") {
    bp::Document d(ui_test::grown(4, 4000));
    ui::Scene s;
    ui::build_circle_scene(d.model(), s);
    REQUIRE(groups(s) >= 4);
    // A touchpoint added behind the scene's back to a circle not named as changed: the guard sees it.
    bp::Blueprint changed = d.model();
    bp::Touchpoint t;
    t.id = bp::TouchpointId("tp-untold");
    t.name = "未告知";
    changed.circles[2].touchpoints.push_back(t);
    CHECK(ui::update_circle_scene(changed, s, {}, {}));  // rebuilt that circle: it no longer matches
    ui::Scene full;
    ui::build_circle_scene(changed, full);
    same_scene(s, full);

    ui::LabelStyle other;
    other.layout_scale = 0.5;
    CHECK_FALSE(ui::update_circle_scene(changed, s, {}, other));
    ui::Scene blueprint;
    ui::build_blueprint_scene(changed, blueprint);
    CHECK_FALSE(ui::update_circle_scene(changed, blueprint, {}, {}));
}
