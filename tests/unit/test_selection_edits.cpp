// Edits over a selection, the clipboard format and paste planning, and own_fields/set_field: the
// library side of the designer's multi-select actions.
#include <catch2/catch.hpp>

#include "blueprint/clipboard.h"
#include "blueprint/fields.h"
#include "blueprint/json_io.h"
#include "blueprint/selection_edits.h"

using namespace bp;

namespace {
// Two circles of three touchpoints, two key factors each, one standard on each key factor.
Blueprint sample() {
    Blueprint b;
    b.id = BlueprintId("bp");
    b.name = "样例";
    b.roles = {{RoleId("role-a"), "安装工", "Installer"}, {RoleId("role-b"), "客服", "Customer service"}};
    for (int c = 1; c <= 2; ++c) {
        Circle circle;
        circle.id = CircleId("c" + std::to_string(c));
        circle.name = "服务圈 " + std::to_string(c);
        circle.position = {c * 1000.0, 0};
        for (int t = 1; t <= 3; ++t) {
            Touchpoint tp;
            tp.id = TouchpointId(circle.id.value + "-tp" + std::to_string(t));
            tp.name = "触点 " + std::to_string(t);
            tp.role = RoleId("role-a");
            for (int k = 1; k <= 2; ++k) {
                KeyFactor kf;
                kf.id = KeyFactorId(tp.id.value + "-kf" + std::to_string(k));
                kf.name = "因素 " + std::to_string(k);
                kf.card_offset = Vec2{10, 20};
                Standard s;
                s.id = StandardId(kf.id.value + "-st");
                s.statement = "三声内接听";
                s.owner = RoleId("role-b");
                kf.standards.push_back(s);
                tp.key_factors.push_back(kf);
            }
            circle.touchpoints.push_back(tp);
        }
        b.circles.push_back(circle);
    }
    return b;
}

std::vector<std::string> tp_ids(const Blueprint& b, int c) {
    std::vector<std::string> out;
    for (const auto& tp : b.circles[c].touchpoints) out.push_back(tp.id.value);
    return out;
}

ElementId T(const std::string& id) { return TouchpointId(id); }
ElementId K(const std::string& id) { return KeyFactorId(id); }
ElementId S(const std::string& id) { return StandardId(id); }
ElementId C(const std::string& id) { return CircleId(id); }
}  // namespace

TEST_CASE("own_fields copies every own field and no child — set_field changes one field") {
    Blueprint b = sample();
    Touchpoint& tp = b.circles[0].touchpoints[0];
    tp.description = "描述";
    tp.channel = Channel::Phone;
    tp.lane = Lane::Backstage;
    tp.feeling = -2;
    tp.duration_minutes = 7.5;
    tp.wait_point = tp.fail_point = true;
    tp.mitigation = "补救";
    Touchpoint expected = tp;
    expected.key_factors.clear();
    const Touchpoint own = own_fields(tp);
    CHECK(own.key_factors.empty());
    CHECK(own.id == expected.id);
    CHECK(own.description == "描述");
    CHECK(own.channel == Channel::Phone);
    CHECK(own.lane == Lane::Backstage);
    CHECK(own.feeling == -2);
    CHECK(own.duration_minutes == 7.5);
    CHECK(own.wait_point);
    CHECK(own.fail_point);
    CHECK(own.mitigation == "补救");
    CHECK(own.role == RoleId("role-a"));
    const KeyFactor kf = own_fields(b.circles[0].touchpoints[0].key_factors[0]);
    CHECK(kf.standards.empty());
    CHECK(kf.card_offset == Vec2{10, 20});
    const Circle circle = own_fields(b.circles[1]);
    CHECK(circle.touchpoints.empty());
    CHECK(circle.position == Vec2{2000, 0});
    CHECK(own_fields(b).circles.empty());
    CHECK(own_fields(b).roles.size() == 2);

    Document doc(sample());
    REQUIRE(doc.apply(set_field(doc.model().circles[0].touchpoints[0], &Touchpoint::name, std::string("新名"))));
    CHECK(doc.model().circles[0].touchpoints[0].name == "新名");
    CHECK(doc.model().circles[0].touchpoints[0].key_factors.size() == 2);  // children kept
    // A role the blueprint does not have is refused: the file would not load again.
    CHECK_FALSE(doc.apply(set_field(doc.model().circles[0].touchpoints[0], &Touchpoint::role, RoleId("nobody"))));
}

TEST_CASE("top_level drops elements inside other selected ones and repeats, in document order") {
    const Blueprint b = sample();
    Locator where(b);
    auto top = top_level(b, where,
                         {K("c1-tp2-kf1"), T("c2-tp1"), S("c2-tp1-kf1-st"), C("c1"), T("c1-tp3"), T("c2-tp1"),
                          T("gone"), ElementId(RoleId("role-a"))});
    REQUIRE(top.size() == 2);
    CHECK(id_at(b, top[0]) == C("c1"));
    CHECK(id_at(b, top[1]) == T("c2-tp1"));
}

TEST_CASE("delete_elements removes the selection in one step — undo restores the order") {
    Document doc(sample());
    const std::string before = save_blueprint(doc.model());
    REQUIRE(doc.apply(delete_elements(doc, {T("c1-tp1"), T("c1-tp3"), K("c2-tp2-kf2")})));
    CHECK(tp_ids(doc.model(), 0) == std::vector<std::string>{"c1-tp2"});
    CHECK(doc.model().circles[1].touchpoints[1].key_factors.size() == 1);
    CHECK(doc.history().undo_depth() == 1);
    REQUIRE(doc.undo());
    CHECK(save_blueprint(doc.model()) == before);
    CHECK(delete_elements(doc, {T("gone")}) == nullptr);
}

TEST_CASE("duplicate_elements copies with fresh ids right after each original") {
    Document doc(sample());
    Duplicates d = duplicate_elements(doc, {T("c1-tp1"), T("c1-tp2"), K("c2-tp1-kf1")});
    REQUIRE(d.edit);
    REQUIRE(doc.apply(std::move(d.edit)));
    REQUIRE(d.copies.size() == 3);
    const auto ids = tp_ids(doc.model(), 0);
    REQUIRE(ids.size() == 5);
    CHECK(ids[0] == "c1-tp1");
    CHECK(ids[1] == d.copies[0].str());
    CHECK(ids[2] == "c1-tp2");
    CHECK(ids[3] == d.copies[1].str());
    const KeyFactor& copy = doc.model().circles[1].touchpoints[0].key_factors[1];
    CHECK(copy.id.value == d.copies[2].str());
    CHECK(copy.card_offset == Vec2{26, 36});
    const auto counts = count(doc.model());
    CHECK(collect_ids(doc.model()).size() ==
          1 + 2 + counts.circles + counts.touchpoints + counts.key_factors + counts.standards);
}

TEST_CASE("set roles, owners and visibility across a selection, ignoring other kinds") {
    Document doc(sample());
    REQUIRE(doc.apply(set_touchpoint_roles(doc, {T("c1-tp1"), T("c2-tp3"), S("c1-tp1-kf1-st")}, RoleId("role-b"))));
    CHECK(doc.model().circles[0].touchpoints[0].role == RoleId("role-b"));
    CHECK(doc.model().circles[1].touchpoints[2].role == RoleId("role-b"));
    CHECK(doc.model().circles[0].touchpoints[1].role == RoleId("role-a"));
    CHECK(set_touchpoint_roles(doc, {T("c1-tp1")}, RoleId("role-b")) == nullptr);  // nothing would change
    CHECK(set_touchpoint_roles(doc, {T("c1-tp2")}, RoleId("nobody")) == nullptr);  // not a role
    REQUIRE(doc.apply(set_standard_owners(doc, {S("c1-tp1-kf1-st"), T("c1-tp2")}, RoleId())));
    CHECK(doc.model().circles[0].touchpoints[0].key_factors[0].standards[0].owner.empty());
    REQUIRE(doc.apply(set_customer_visible(doc, {S("c1-tp1-kf1-st"), S("c1-tp1-kf2-st")}, true)));
    CHECK(doc.model().circles[0].touchpoints[0].key_factors[1].standards[0].customer_visible);
    CHECK(doc.history().undo_depth() == 3);
    REQUIRE(doc.undo());
    CHECK(!doc.model().circles[0].touchpoints[0].key_factors[1].standards[0].customer_visible);
}

TEST_CASE("convert_elements drafts a standard for selected key factors without one, and for a touchpoint's") {
    Blueprint b = sample();
    b.circles[0].touchpoints[0].key_factors[0].standards.clear();
    b.circles[0].touchpoints[1].key_factors[1].standards.clear();
    Document doc(std::move(b));
    REQUIRE(doc.apply(convert_elements(doc, {K("c1-tp1-kf1"), T("c1-tp2"), K("c1-tp1-kf2")}, Lang::Zh)));
    CHECK(doc.model().circles[0].touchpoints[0].key_factors[0].standards.size() == 1);
    CHECK(doc.model().circles[0].touchpoints[1].key_factors[1].standards.size() == 1);
    CHECK(doc.model().circles[0].touchpoints[0].key_factors[1].standards.size() == 1);  // had one: untouched
    CHECK(convert_elements(doc, {K("c1-tp1-kf1")}, Lang::Zh) == nullptr);
}

TEST_CASE("slots: where new touchpoints, key factors and standards go") {
    const Blueprint b = sample();
    Locator where(b);
    auto s = touchpoint_slot(b, where, T("c1-tp2"));
    REQUIRE(s);
    CHECK(s->parent == C("c1"));
    CHECK(s->index == 2);
    CHECK(touchpoint_slot(b, where, C("c2"))->index == 3);
    CHECK(touchpoint_slot(b, where, ElementId())->parent == C("c2"));  // nothing selected: the last circle
    CHECK(!key_factor_slot(b, where, C("c1")));
    CHECK(key_factor_slot(b, where, K("c1-tp1-kf1"))->index == 1);
    CHECK(standard_slot(b, where, K("c1-tp1-kf1"))->index == 1);
    CHECK(!standard_slot(b, where, T("c1-tp1")));
}

TEST_CASE("copy then paste: the clipboard is a loadable blueprint — pasting gives fresh ids in one step") {
    Document doc(sample());
    const std::string clip = copy_elements(doc, {T("c1-tp2"), K("c2-tp1-kf2"), S("c2-tp3-kf1-st")});
    REQUIRE(load_blueprint(clip).ok());
    CHECK(load_blueprint(clip).blueprint().id.value == "clipboard");
    CHECK(copy_elements(doc, {T("gone")}).empty());

    // Key factors and standards need somewhere to go.
    PastePlan refused = plan_paste(doc, clip, PasteOptions{C("c1")});
    CHECK(!refused);
    CHECK(refused.refused.zh == "粘贴关键因素前请先选择一个触点。");
    CHECK(!plan_paste(doc, "not json", {}));
    CHECK(plan_paste(doc, "not json", {}).refused.empty());

    const std::string only_tp = copy_elements(doc, {T("c1-tp2")});
    PastePlan plan = plan_paste(doc, only_tp, PasteOptions{T("c1-tp3")});
    REQUIRE(plan);
    REQUIRE(doc.apply(std::move(plan.edit)));
    REQUIRE(plan.pasted.size() == 1);
    const auto ids = tp_ids(doc.model(), 0);
    REQUIRE(ids.size() == 4);
    CHECK(ids[3] == plan.pasted[0].str());
    const Touchpoint& pasted = doc.model().circles[0].touchpoints[3];
    CHECK(pasted.name == "触点 2");
    CHECK(pasted.key_factors[0].standards[0].id.value != "c1-tp2-kf1-st");
    CHECK(pasted.role == RoleId("role-a"));
    CHECK(doc.model().roles.size() == 2);
    CHECK(doc.history().undo_depth() == 1);
    REQUIRE(doc.undo());
    CHECK(tp_ids(doc.model(), 0).size() == 3);
}

TEST_CASE("pasting into another document maps roles by name, adds missing ones, places circles right") {
    Document from(sample());
    const std::string clip = copy_elements(from, {C("c2")});
    Blueprint other;
    other.id = BlueprintId("other");
    other.name = "另一个";
    other.roles = {{RoleId("r-1"), "客服", ""}};
    Circle c;
    c.id = CircleId("only");
    c.name = "圈";
    c.position = {0, 50};
    c.radius = 100;
    other.circles.push_back(c);
    Document to(std::move(other));
    PasteOptions o;
    o.extent = [](const Circle& circle) { return circle.radius * 2; };
    PastePlan plan = plan_paste(to, clip, o);
    REQUIRE(plan);
    REQUIRE(to.apply(std::move(plan.edit)));
    const Blueprint& m = to.model();
    REQUIRE(m.circles.size() == 2);
    CHECK(m.roles.size() == 2);  // 客服 matched by name; 安装工 added
    CHECK(m.roles[1].name == "安装工");
    CHECK(m.circles[1].touchpoints[0].role == m.roles[1].id);
    CHECK(m.circles[1].touchpoints[0].key_factors[0].standards[0].owner == RoleId("r-1"));
    CHECK(m.circles[1].position.y == 50);  // level with the first circle
    // Left edge (x - 2r) lands 160 right of the existing circle's right edge (0 + 2·100).
    CHECK(m.circles[1].position.x - 2 * m.circles[1].radius == Approx(200 + 160));
    CHECK(load_blueprint(save_blueprint(m)).ok());
}
