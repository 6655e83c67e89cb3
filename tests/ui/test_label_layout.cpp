// The circle view's text as geometry (labels.cpp): on every sample and on generated circles of 3–40
// moments, at every scale where labels are shown, no label overlaps another label, a node, a card or a
// title; labels sit outside the ring on the node's own side; cards hold all their lines.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>
#include <vector>

#include "app/designer/layout.h"
#include "blueprint/json_io.h"
#include "harness.h"

using namespace ui_test;

namespace {

const char* kSamples[] = {"water-heater-installation", "complaint-handling", "front-desk-reception",
                          "home-design", "hotel-check-in", "tcm-clinic-visit"};

bp::Blueprint load_sample(const std::string& name) {
    auto r = bp::load_blueprint_file(std::string(BP_SOURCE_DIR) + "/assets/samples/" + name + ".blueprint.json");
    REQUIRE(r.ok());
    return r.blueprint();
}

// One circle of n moments whose names, roles and wait/fail points vary from short to long, in both scripts.
bp::Blueprint generated_circle(int n, int variant) {
    static const char* names[] = {"入住", "行李送房", "核对预订信息并办理入住手续", "Pay", "Luggage taken up to the room",
                                  "Check the booking and hand over the key card", "前台", "Wake-up call"};
    static const char* factors[] = {"等候时间", "Waiting time at the front desk", "礼貌", "房卡准确无误且一次开门成功"};
    bp::Blueprint b;
    b.id = bp::BlueprintId("bp-gen");
    b.name = "generated";
    b.roles.push_back({bp::RoleId("role-a"), "前台接待员", "front-desk receptionist"});
    b.roles.push_back({bp::RoleId("role-b"), "行李员", "bellhop"});
    bp::Circle c;
    c.id = bp::CircleId("c1");
    c.name = variant % 2 ? "Hotel arrival and check-in circle" : "酒店入住服务圈";
    for (int t = 0; t < n; ++t) {
        bp::Touchpoint tp;
        tp.id = bp::TouchpointId("tp" + std::to_string(t + 1));
        tp.name = names[(t * 3 + variant) % 8];
        tp.role = bp::RoleId((t + variant) % 3 == 0 ? "role-a" : "role-b");
        tp.wait_point = (t + variant) % 4 == 1;
        tp.fail_point = (t + variant) % 3 == 2;
        for (int k = 0; k < (t + variant) % 3; ++k) {
            bp::KeyFactor kf;
            kf.id = bp::KeyFactorId(tp.id.value + "-kf" + std::to_string(k + 1));
            kf.name = factors[(t + k + variant) % 4];
            kf.importance = 1 + (t + k) % 5;
            tp.key_factors.push_back(kf);
        }
        c.touchpoints.push_back(tp);
    }
    b.circles.push_back(c);
    return b;
}

struct Rect {
    bp::Vec2 min, max;
};

bool overlap(const Rect& a, const Rect& b) {
    return a.min.x < b.max.x && a.max.x > b.min.x && a.min.y < b.max.y && a.max.y > b.min.y;
}

bool overlaps_disc(const Rect& r, bp::Vec2 c, double radius) {
    const double x = std::clamp(c.x, r.min.x, r.max.x), y = std::clamp(c.y, r.min.y, r.max.y);
    return std::hypot(x - c.x, y - c.y) < radius;
}

std::string describe(const ui::SceneItem& it) { return it.id.str(); }

// Every rule of the layout, checked on one scene.
void check_scene(const ui::Scene& s, const ui::text::Measure& measure) {
    struct Label {
        const ui::SceneItem* owner;
        Rect box;
        std::string text;
    };
    std::vector<Label> labels;
    std::vector<const ui::SceneItem*> nodes, cards, circles;
    for (const auto& it : s.items) {
        if (it.kind == ui::ItemKind::Touchpoint) {
            nodes.push_back(&it);
            for (const auto& l : it.text) labels.push_back({&it, {l.min, l.max}, l.text});
        }
        if (it.kind == ui::ItemKind::KeyFactor) cards.push_back(&it);
        if (it.kind == ui::ItemKind::Circle) circles.push_back(&it);
    }
    for (size_t i = 0; i < labels.size(); ++i) {
        const Label& a = labels[i];
        INFO("label \"" << a.text << "\" of " << describe(*a.owner) << " at scale " << s.layout_scale);
        for (size_t j = i + 1; j < labels.size(); ++j) {
            INFO("and \"" << labels[j].text << "\" of " << describe(*labels[j].owner));
            CHECK_FALSE(overlap(a.box, labels[j].box));
        }
        for (const auto* n : nodes) {
            INFO("node " << describe(*n));
            CHECK_FALSE(overlaps_disc(a.box, n->anchor, n->radius));
        }
        for (const auto* c : cards) {
            INFO("card " << describe(*c));
            CHECK_FALSE(overlap(a.box, {c->min, c->max}));
        }
        for (const auto* c : circles) {
            INFO("title of " << describe(*c));
            CHECK_FALSE(overlap(a.box, {c->text_min, c->text_max}));
        }
        // Outside the ring, on the node's own side, growing away from it.
        const ui::SceneItem& n = *a.owner;
        const double dx = std::cos(n.angle), dy = std::sin(n.angle), r = n.radius;
        if (std::abs(dx) < 0.4 && dy < 0) CHECK(a.box.max.y <= n.anchor.y - r);
        else if (std::abs(dx) < 0.4) CHECK(a.box.min.y >= n.anchor.y + r);
        else if (dx < 0) CHECK(a.box.max.x <= n.anchor.x - r);
        else CHECK(a.box.min.x >= n.anchor.x + r);
    }
    // Cards clear of titles, of nodes and of each other (none is placed by hand in these documents),
    // and tall and wide enough for all their lines.
    for (size_t i = 0; i < cards.size(); ++i) {
        const ui::SceneItem& c = *cards[i];
        INFO("card " << describe(c) << " at scale " << s.layout_scale);
        for (size_t j = i + 1; j < cards.size(); ++j) CHECK_FALSE(overlap({c.min, c.max}, {cards[j]->min, cards[j]->max}));
        for (const auto* t : circles) CHECK_FALSE(overlap({c.min, c.max}, {t->text_min, t->text_max}));
        for (const auto* n : nodes) CHECK_FALSE(overlaps_disc({c.min, c.max}, n->anchor, n->radius));
        for (const auto& l : c.text) {
            INFO("line \"" << l.text << "\"");
            CHECK(l.min.x >= c.min.x);
            CHECK(l.max.x <= c.max.x);
            CHECK(l.min.y >= c.min.y);
            CHECK(l.max.y <= c.max.y);
            CHECK(measure(l.text, l.size) <= l.max.x - l.min.x + 1e-6);  // the box holds the whole line
        }
    }
}

// The scales at which the scene is laid out from "everything hidden" up: each covers the camera
// scales from it up to the next, so together they cover every scale where labels are shown.
std::vector<double> layout_scales() {
    std::vector<double> out{1.0};
    for (double s = 1.0 / 1.15; s >= ui::text::kNamesFrom / 1.15; s /= 1.15) out.push_back(ui::text::label_layout_scale(s));
    return out;
}

std::string without_spaces(std::string s) {
    s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
    return s;
}

// The lines of one kind joined back, without the spaces wrapping breaks at.
std::string joined(const ui::SceneItem& it, ui::TextKind kind) {
    std::string out;
    for (const auto& l : it.text)
        if (l.kind == kind) out += l.text;
    return without_spaces(out);
}

}  // namespace

TEST_CASE("label layout scales cover every camera scale where labels are shown", "[layout][labels]") {
    using namespace ui::text;
    CHECK(label_layout_scale(1.0) == 1.0);
    CHECK(label_layout_scale(3.0) == 1.0);
    for (double s = 0.99; s > 0.05; s *= 0.93) {
        const double l = label_layout_scale(s);
        CHECK(l <= s);
        CHECK(l > s / 1.15 - 1e-12);
        CHECK(label_layout_scale(l) == Approx(l));  // a layout scale is its own bucket
    }
    // Text is held readable, then hidden.
    CHECK(world_size(kName, 1.0, kNamesFrom) == Approx(kName));
    CHECK(world_size(kName, 0.5, kNamesFrom) * 0.5 == Approx(kMinReadablePx));
    CHECK(world_size(kName, kNamesFrom * 0.99, kNamesFrom) == 0);
    CHECK(estimate_width("行李送房", 10) == Approx(40));
    CHECK(estimate_width("Pay", 10) == Approx(16.5));
}

TEST_CASE("labels of every sample are clear of each other, of nodes, cards and titles at every scale",
          "[layout][labels]") {
    for (const char* name : kSamples) {
        const bp::Blueprint doc = load_sample(name);
        for (bp::Lang lang : {bp::Lang::Zh, bp::Lang::En})
            for (double scale : layout_scales()) {
                INFO(name << (lang == bp::Lang::Zh ? " zh" : " en") << " scale " << scale);
                ui::LabelStyle style;
                style.layout_scale = scale;
                style.lang = lang;
                ui::Scene s;
                ui::build_circle_scene(doc, s, style);
                check_scene(s, style.measure);
            }
    }
}

TEST_CASE("labels of generated circles of 3 to 40 moments are clear at every scale", "[layout][labels]") {
    for (int n = 3; n <= 40; ++n)
        for (int variant = 0; variant < 2; ++variant) {
            const bp::Blueprint doc = generated_circle(n, variant);
            for (double scale : layout_scales()) {
                INFO(n << " moments, variant " << variant << ", scale " << scale);
                ui::LabelStyle style;
                style.layout_scale = scale;
                style.lang = variant ? bp::Lang::En : bp::Lang::Zh;
                ui::Scene s;
                ui::build_circle_scene(doc, s, style);
                check_scene(s, style.measure);
            }
        }
}

TEST_CASE("a label shows its whole name beside its node, and a card its whole name on as many lines as needed",
          "[layout][labels]") {
    const bp::Blueprint doc = generated_circle(8, 0);
    ui::Scene s;
    ui::build_circle_scene(doc, s);
    bp::Locator where(doc);
    for (const auto& tp : doc.circles[0].touchpoints) {
        const ui::SceneItem* it = s.item(tp.id, where);
        REQUIRE(it);
        CHECK(joined(*it, ui::TextKind::Name) == without_spaces(tp.name));  // "行李送房" is not "李送房"
        for (const auto& kf : tp.key_factors) {
            const ui::SceneItem* card = s.item(kf.id, where);
            REQUIRE(card);
            CHECK(joined(*card, ui::TextKind::CardName) == without_spaces(kf.name));
        }
    }
    // A touchpoint's label answers a click like its node.
    const ui::SceneItem* tp2 = s.item(doc.circles[0].touchpoints[1].id, where);
    const bp::Vec2 on_label{(tp2->text_min.x + tp2->text_max.x) / 2, (tp2->text_min.y + tp2->text_max.y) / 2};
    REQUIRE(ui::hit_test(s, on_label, 0));
    CHECK(ui::hit_test(s, on_label, 0)->id == bp::ElementId(doc.circles[0].touchpoints[1].id));
}

TEST_CASE("in the designer, every sample's labels are clear at zoom to fit and one step in, in both languages",
          "[canvas][labels]") {
    for (const char* name : kSamples) {
        for (ui::Lang lang : {ui::Lang::Zh, ui::Lang::En}) {
            INFO(name << (lang == ui::Lang::Zh ? " zh" : " en"));
            Harness h;
            h.d.options.lang = lang;
            h.load(load_sample(name));
            h.frames(2);
            const ui::text::Measure font = [](std::string_view t, double size) {
                return (double)ImGui::GetFont()->CalcTextSizeA((float)size, FLT_MAX, 0.0f, t.data(), t.data() + t.size()).x;
            };
            const ui::Scene& fitted = h.d.scene();
            CHECK(fitted.layout_scale == Approx(ui::text::label_layout_scale(h.d.camera().scale)));
            CHECK(fitted.lang == lang);
            check_scene(fitted, font);
            // Everything, text included, is inside the canvas after zoom to fit.
            const ImVec2 mn = h.world_to_screen(fitted.min), mx = h.world_to_screen(fitted.max);
            const bp::Vec2 origin = h.d.camera().screen_origin, size = h.d.canvas.viewport_size;
            CHECK(mn.x >= origin.x - 1);
            CHECK(mn.y >= origin.y - 1);
            CHECK(mx.x <= origin.x + size.x + 1);
            CHECK(mx.y <= origin.y + size.y + 1);

            h.wheel(h.screen_of(h.d.session.model().circles[0].id.value), 1.0f);
            check_scene(h.d.scene(), font);
        }
    }
}
