// The blueprint view's geometry (app/designer/blueprint_layout.h) on the bundled samples and on a
// generated blueprint with crowded cells: columns in the customer's order, cards inside their cell and
// apart from each other, rows that grow with their fullest cell, arrows from card to card.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "app/designer/blueprint_layout.h"
#include "blueprint/json_io.h"
#include "blueprint/locator.h"

namespace {

bp::Blueprint load_sample(const std::string& name) {
    std::ifstream in(std::string(BP_SOURCE_DIR) + "/assets/samples/" + name + ".blueprint.json", std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    bp::LoadResult r = bp::load_blueprint(s.str());
    REQUIRE(r.ok());
    return r.blueprint();
}

// Two circles; the first moment's backstage cell holds `crowd` cards, the others one per layer, and
// handoffs run along each circle's frontstage and down from the crowded cell.
bp::Blueprint crowded(int crowd) {
    bp::Blueprint doc;
    doc.roles = {{bp::RoleId("r1"), "甲", "A"}, {bp::RoleId("r2"), "乙", "B"}};
    for (int c = 0; c < 2; ++c) {
        bp::Circle circle;
        circle.id = bp::CircleId("c" + std::to_string(c));
        for (int t = 0; t < 4; ++t) {
            bp::Touchpoint tp;
            tp.id = bp::TouchpointId(circle.id.value + "-tp" + std::to_string(t));
            tp.name = "moment";
            for (int l = 0; l < 5; ++l) {
                const int n = (c == 0 && t == 0 && l == (int)bp::Layer::Backstage) ? crowd : 1;
                for (int k = 0; k < n; ++k) {
                    bp::Activity a;
                    a.id = bp::ActivityId(tp.id.value + "-l" + std::to_string(l) + "-" + std::to_string(k));
                    a.layer = (bp::Layer)l;
                    a.name = "act";
                    a.role = bp::RoleId(k % 2 ? "r2" : "r1");
                    tp.activities.push_back(a);
                }
            }
            circle.touchpoints.push_back(tp);
        }
        for (int t = 0; t + 1 < 4; ++t) {
            bp::Handoff h;
            h.id = bp::HandoffId(circle.id.value + "-h" + std::to_string(t));
            h.from = bp::ActivityId(circle.id.value + "-tp" + std::to_string(t) + "-l2-0");
            h.to = bp::ActivityId(circle.id.value + "-tp" + std::to_string(t + 1) + "-l2-0");
            circle.handoffs.push_back(h);
        }
        if (c == 0) {  // within one cell, and from the crowded cell down to support
            bp::Handoff h;
            h.id = bp::HandoffId("c0-down");
            h.from = bp::ActivityId("c0-tp0-l3-0");
            h.to = bp::ActivityId("c0-tp0-l3-" + std::to_string(crowd - 1));
            circle.handoffs.push_back(h);
            h.id = bp::HandoffId("c0-support");
            h.from = bp::ActivityId("c0-tp0-l3-1");
            h.to = bp::ActivityId("c0-tp1-l4-0");
            circle.handoffs.push_back(h);
        }
        doc.circles.push_back(circle);
    }
    return doc;
}

bool inside(bp::Vec2 mn, bp::Vec2 mx, const ui::layered::Rect& r) {
    return mn.x >= r.min.x && mx.x <= r.max.x && mn.y >= r.min.y && mx.y <= r.max.y;
}

bool overlap(const ui::SceneItem& a, const ui::SceneItem& b) {
    return a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y;
}

// On the border of the card: within its box and on one of its edges.
bool on_border(bp::Vec2 p, const ui::SceneItem& card) {
    const double e = 1e-9;
    const bool in = p.x >= card.min.x - e && p.x <= card.max.x + e && p.y >= card.min.y - e && p.y <= card.max.y + e;
    const bool edge = std::abs(p.x - card.min.x) < e || std::abs(p.x - card.max.x) < e || std::abs(p.y - card.min.y) < e ||
                      std::abs(p.y - card.max.y) < e;
    return in && edge;
}

// Every geometric promise of the view, for any document.
void check_geometry(const bp::Blueprint& doc) {
    ui::Scene s;
    ui::build_blueprint_scene(doc, s);
    bp::Locator where(doc);
    auto item = [&](const bp::ElementId& id) { return s.item(id, where); };
    std::vector<const ui::SceneItem*> cards, labels;
    double last_x = -1e18;
    for (int c = 0; c < (int)doc.circles.size(); ++c) {
        const bp::Circle& circle = doc.circles[c];
        const ui::SceneItem* header = item(circle.id);
        REQUIRE(header);
        for (int t = 0; t < (int)circle.touchpoints.size(); ++t) {
            const bp::Touchpoint& tp = circle.touchpoints[t];
            const ui::SceneItem* moment = item(tp.id);
            REQUIRE(moment);
            CHECK(moment->anchor.x > last_x);  // columns in the customer's order, circle after circle
            last_x = moment->anchor.x;
            CHECK(moment->min.x >= header->min.x - 10);
            CHECK(moment->max.x <= header->max.x + 10);
            CHECK(moment->min.y >= header->max.y);
            for (const bp::Activity& a : tp.activities) {
                const ui::SceneItem* card = item(a.id);
                REQUIRE(card);  // no card dropped, however full the cell
                CHECK(card->kind == ui::ItemKind::Activity);
                CHECK(inside(card->min, card->max, ui::layered::cell_rect(s, c, t, a.layer)));
                CHECK(ui::layered::row_at(s, card->anchor.y) == (int)a.layer);
                const auto cell = ui::layered::cell_at(s, doc, card->anchor);
                REQUIRE(cell);
                CHECK(cell->circle == c);
                CHECK(cell->touchpoint == t);
                CHECK(ui::blueprint_slot_at(s, doc, c, card->anchor.x) == t);
                CHECK(card->min.y > moment->max.y);  // below the moments
                cards.push_back(card);
            }
        }
        for (const bp::Handoff& h : circle.handoffs) {
            const ui::SceneItem* arrow = item(h.id);
            REQUIRE(arrow);
            CHECK(arrow->shape == ui::Shape::Arrow);
            const ui::SceneItem* from = item(h.from);
            const ui::SceneItem* to = item(h.to);
            REQUIRE(from);
            REQUIRE(to);
            CHECK(on_border(arrow->tail, *from));
            CHECK(on_border(arrow->head, *to));
            const ui::SceneItem* picked = ui::hit_test(s, arrow->anchor, 0);
            INFO(h.id.value << " picked " << (picked ? picked->id.str() : "nothing") << " at " << arrow->anchor.x << ","
                 << arrow->anchor.y << " tail " << arrow->tail.x << "," << arrow->tail.y << " head " << arrow->head.x << ","
                 << arrow->head.y);
            CHECK(picked == arrow);  // its label picks it
            labels.push_back(arrow);
        }
    }
    for (size_t i = 0; i < cards.size(); ++i)
        for (size_t j = i + 1; j < cards.size(); ++j) CHECK_FALSE(overlap(*cards[i], *cards[j]));
    // No deadline label covers a card, a moment or a chip.
    for (const ui::SceneItem* arrow : labels) {
        const bp::Vec2 mn{arrow->anchor.x - ui::layered::kArrowLabelW / 2, arrow->anchor.y - ui::layered::kArrowLabelH / 2};
        const bp::Vec2 mx{arrow->anchor.x + ui::layered::kArrowLabelW / 2, arrow->anchor.y + ui::layered::kArrowLabelH / 2};
        for (const ui::SceneItem& it : s.items) {
            if (it.kind != ui::ItemKind::Activity && it.kind != ui::ItemKind::Touchpoint && it.kind != ui::ItemKind::KeyFactor) continue;
            INFO(arrow->id.str() << "'s label covers " << it.id.str());
            CHECK_FALSE((mn.x < it.max.x && mx.x > it.min.x && mn.y < it.max.y && mx.y > it.min.y));
        }
    }
    // The three lines sit between the rows they separate, in order.
    CHECK(ui::layered::row_top(s, (int)bp::Layer::Frontstage) > ui::layered::row_top(s, (int)bp::Layer::CustomerAction));
    CHECK(ui::layered::row_at(s, ui::layered::kHeaderTop + 1) == -1);
}

}  // namespace

TEST_CASE("blueprint layers: the samples' cards sit in their cells, apart, with arrows from card to card", "[layout][layers]") {
    for (const char* name : {"water-heater-installation", "complaint-handling", "tcm-clinic-visit", "home-design"}) {
        SECTION(name) { check_geometry(load_sample(name)); }
    }
}

TEST_CASE("blueprint layers: a crowded cell makes its row taller and keeps every card", "[layout][layers]") {
    ui::Scene few, many;
    ui::build_blueprint_scene(crowded(2), few);
    ui::build_blueprint_scene(crowded(9), many);
    const int back = (int)bp::Layer::Backstage;
    const double few_h = ui::layered::row_top(few, back + 1) - ui::layered::row_top(few, back);
    const double many_h = ui::layered::row_top(many, back + 1) - ui::layered::row_top(many, back);
    CHECK(many_h >= few_h + 7 * ui::layered::kCardH);
    // Only that row grows.
    CHECK(ui::layered::row_top(many, back) == Approx(ui::layered::row_top(few, back)));
    check_geometry(crowded(9));
}

TEST_CASE("blueprint layers: an empty cell is found by a point in it, headers are no cell", "[layout][layers]") {
    bp::Blueprint doc = crowded(2);
    doc.circles[1].touchpoints[2].activities.clear();
    ui::Scene s;
    ui::build_blueprint_scene(doc, s);
    const auto r = ui::layered::cell_rect(s, 1, 2, bp::Layer::Support);
    const bp::Vec2 centre{(r.min.x + r.max.x) / 2, (r.min.y + r.max.y) / 2};
    const auto cell = ui::layered::cell_at(s, doc, centre);
    REQUIRE(cell);
    CHECK(cell->circle == 1);
    CHECK(cell->touchpoint == 2);
    CHECK(cell->layer == bp::Layer::Support);
    CHECK(ui::hit_test(s, centre, 0) == nullptr);
    CHECK_FALSE(ui::layered::cell_at(s, doc, {centre.x, ui::layered::kHeaderTop + 10}));
    // The gap between the two circles' blocks is no cell either.
    CHECK_FALSE(ui::layered::cell_at(s, doc, {s.circle_left[1] - ui::layered::kCircleGap / 2, centre.y}));
}

TEST_CASE("chain view by role: one lane per role, the same columns, arrows from card to card", "[layout][layers][chain]") {
    const bp::Blueprint doc = load_sample("water-heater-installation");
    ui::Scene chain, layers;
    ui::build_chain_scene(doc, chain);
    ui::build_blueprint_scene(doc, layers);
    CHECK(chain.view == ui::SceneView::Chain);
    REQUIRE(ui::layered::row_count(chain) == (int)doc.roles.size() + 1);
    bp::Locator where(doc);
    std::vector<const ui::SceneItem*> cards;
    for (int c = 0; c < (int)doc.circles.size(); ++c)
        for (int t = 0; t < (int)doc.circles[c].touchpoints.size(); ++t)
            for (const bp::Activity& a : doc.circles[c].touchpoints[t].activities) {
                const ui::SceneItem* card = chain.item(a.id, where);
                REQUIRE(card);
                int lane = (int)doc.roles.size();  // no role: the last lane
                for (int r = 0; r < (int)doc.roles.size(); ++r)
                    if (doc.roles[r].id == a.role) lane = r;
                CHECK(ui::layered::row_at(chain, card->anchor.y) == lane);
                CHECK(inside(card->min, card->max, ui::layered::cell_rect(chain, c, t, lane)));
                // Same column as in the blueprint view.
                CHECK(card->anchor.x == Approx(layers.item(a.id, where)->anchor.x));
                cards.push_back(card);
            }
    for (size_t i = 0; i < cards.size(); ++i)
        for (size_t j = i + 1; j < cards.size(); ++j) CHECK_FALSE(overlap(*cards[i], *cards[j]));
    for (const auto& circle : doc.circles)
        for (const bp::Handoff& h : circle.handoffs) {
            const ui::SceneItem* arrow = chain.item(h.id, where);
            REQUIRE(arrow);
            CHECK(on_border(arrow->tail, *chain.item(h.from, where)));
            CHECK(on_border(arrow->head, *chain.item(h.to, where)));
        }
    // No cell to add into by double-click: a lane is a role, not a layer.
    CHECK_FALSE(ui::layered::cell_at(chain, doc, cards.front()->anchor));
}
