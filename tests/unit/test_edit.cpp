// Edits and history: every edit undoes exactly, gestures merge into one step, redo is cleared by new work.
#include <catch2/catch.hpp>

#include "blueprint/edit.h"
#include "fixtures.h"

using namespace bp;

namespace {
Blueprint small_blueprint() {
    Blueprint b;
    b.id = BlueprintId("bp-1");
    b.name = "热水器安装";
    Circle c;
    c.id = CircleId("c-1");
    c.name = "安装服务圈";
    for (int i = 0; i < 3; ++i) {
        Touchpoint t;
        t.id = TouchpointId("tp-" + std::to_string(i));
        t.name = "触点" + std::to_string(i);
        KeyFactor k;
        k.id = KeyFactorId("kf-" + std::to_string(i));
        k.name = "准时";
        t.key_factors.push_back(k);
        c.touchpoints.push_back(t);
    }
    b.circles.push_back(c);
    return b;
}

std::vector<std::string> order(const Document& d) {
    std::vector<std::string> ids;
    for (const auto& t : d.model().circles[0].touchpoints) ids.push_back(t.id.value);
    return ids;
}
}  // namespace

TEST_CASE("field edits change one element and undo restores it, children untouched") {
    Document doc(small_blueprint());
    Touchpoint before = doc.model().circles[0].touchpoints[1];
    Touchpoint after = before;
    after.name = "上门安装";
    after.feeling = 2;
    after.key_factors.clear();  // children in an edit's value are ignored
    REQUIRE(doc.apply(set_touchpoint(before, after)));
    const Touchpoint& now = doc.model().circles[0].touchpoints[1];
    CHECK(now.name == "上门安装");
    CHECK(now.feeling == 2);
    CHECK(now.key_factors.size() == 1);
    REQUIRE(doc.undo());
    CHECK(doc.model().circles[0].touchpoints[1].name == "触点1");
    REQUIRE(doc.redo());
    CHECK(doc.model().circles[0].touchpoints[1].name == "上门安装");
}

TEST_CASE("insert and remove keep the order and undo puts elements back where they were") {
    Document doc(small_blueprint());
    Touchpoint extra;
    extra.id = TouchpointId("tp-new");
    REQUIRE(doc.apply(insert_touchpoint(CircleId("c-1"), extra, 1)));
    CHECK(order(doc) == std::vector<std::string>{"tp-0", "tp-new", "tp-1", "tp-2"});
    REQUIRE(doc.apply(remove_touchpoint(doc.model(), TouchpointId("tp-0"))));
    CHECK(order(doc) == std::vector<std::string>{"tp-new", "tp-1", "tp-2"});
    REQUIRE(doc.undo());
    CHECK(order(doc) == std::vector<std::string>{"tp-0", "tp-new", "tp-1", "tp-2"});
    REQUIRE(doc.undo());
    CHECK(order(doc) == std::vector<std::string>{"tp-0", "tp-1", "tp-2"});
    CHECK_FALSE(doc.undo());
}

TEST_CASE("removing a touchpoint removes its key factors, and undo brings them back") {
    Document doc(small_blueprint());
    REQUIRE(doc.apply(remove_touchpoint(doc.model(), TouchpointId("tp-2"))));
    CHECK(count(doc.model()).key_factors == 2);
    REQUIRE(doc.undo());
    CHECK(count(doc.model()).key_factors == 3);
    CHECK(doc.model().circles[0].touchpoints[2].key_factors[0].id.value == "kf-2");
}

TEST_CASE("a drag is one history step") {
    Document doc(small_blueprint());
    Circle c = doc.model().circles[0];
    for (int i = 1; i <= 10; ++i) {
        Circle moved = doc.model().circles[0];
        moved.position = Vec2{double(i * 10), double(i)};
        REQUIRE(doc.apply(set_circle(doc.model().circles[0], moved), "drag"));
    }
    doc.seal();
    CHECK(doc.history().undo_depth() == 1);
    CHECK(doc.model().circles[0].position == Vec2{100, 10});
    REQUIRE(doc.undo());
    CHECK(doc.model().circles[0].position == c.position);
}

TEST_CASE("reordering by drag merges and undoes to the original order") {
    Document doc(small_blueprint());
    REQUIRE(doc.apply(move_touchpoint(CircleId("c-1"), 0, 1), "reorder"));
    REQUIRE(doc.apply(move_touchpoint(CircleId("c-1"), 1, 2), "reorder"));
    CHECK(order(doc) == std::vector<std::string>{"tp-1", "tp-2", "tp-0"});
    CHECK(doc.history().undo_depth() == 1);
    REQUIRE(doc.undo());
    CHECK(order(doc) == std::vector<std::string>{"tp-0", "tp-1", "tp-2"});
}

TEST_CASE("a new edit clears the redo list") {
    Document doc(small_blueprint());
    Circle c = doc.model().circles[0];
    Circle renamed = c;
    renamed.name = "A";
    REQUIRE(doc.apply(set_circle(c, renamed)));
    REQUIRE(doc.undo());
    CHECK(doc.history().can_redo());
    renamed.name = "B";
    REQUIRE(doc.apply(set_circle(c, renamed)));
    CHECK_FALSE(doc.history().can_redo());
}

TEST_CASE("a batch is all or nothing") {
    Document doc(small_blueprint());
    std::vector<EditPtr> edits;
    Standard s;
    s.id = StandardId("st-1");
    edits.push_back(insert_standard(KeyFactorId("kf-0"), s));
    edits.push_back(insert_standard(KeyFactorId("kf-missing"), s));  // fails: no such key factor
    uint64_t rev = doc.revision();
    CHECK_FALSE(doc.apply(batch(std::move(edits), {"转换", "Convert"})));
    CHECK(count(doc.model()).standards == 0);
    CHECK(doc.revision() == rev);
    CHECK_FALSE(doc.history().can_undo());
}

TEST_CASE("edits that refer to a removed element fail and change nothing") {
    Document doc(small_blueprint());
    Touchpoint t = doc.model().circles[0].touchpoints[0];
    REQUIRE(doc.apply(remove_touchpoint(doc.model(), t.id)));
    Touchpoint renamed = t;
    renamed.name = "x";
    CHECK_FALSE(doc.apply(set_touchpoint(t, renamed)));
    CHECK(order(doc) == std::vector<std::string>{"tp-1", "tp-2"});
}

TEST_CASE("new ids never collide with ids in the document") {
    Document doc(small_blueprint());
    std::string a = doc.new_id("tp");
    std::string b = doc.new_id("tp");
    CHECK(a != b);
    CHECK(a != "tp-1");
    CHECK(a != "tp-2");
    CHECK(collect_ids(doc.model()).count(a) == 0);
}

TEST_CASE("remove_at removes the element at a path, of the kind its deepest level names") {
    Document doc(small_blueprint());
    CHECK(remove_at(doc.model(), Path{0, 5}) == nullptr);  // out of range
    CHECK(remove_at(doc.model(), Path{3}) == nullptr);
    REQUIRE(doc.apply(remove_at(doc.model(), Path{0, 1, 0})));  // key factor kf-1
    CHECK(doc.model().circles[0].touchpoints[1].key_factors.empty());
    REQUIRE(doc.apply(remove_at(doc.model(), Path{0, 2})));  // touchpoint tp-2
    CHECK(order(doc) == std::vector<std::string>{"tp-0", "tp-1"});
    REQUIRE(doc.undo());
    REQUIRE(doc.undo());
    CHECK(order(doc) == std::vector<std::string>{"tp-0", "tp-1", "tp-2"});
    CHECK(doc.model().circles[0].touchpoints[1].key_factors[0].id.value == "kf-1");
}

TEST_CASE("the blueprint's own fields leave the elements' revision, its roles move it") {
    Document d(small_blueprint());
    const uint64_t elements = d.elements_revision();
    Blueprint before = d.model(), after = before;
    after.description = "安装服务的蓝图";
    REQUIRE(d.apply(set_blueprint_info(before, after)));
    CHECK(d.revision() > elements);
    CHECK(d.elements_revision() == elements);  // the canvas keeps its scene while the description is typed
    REQUIRE(d.undo());
    CHECK(d.elements_revision() == elements);

    before = d.model();
    after = before;
    after.roles.push_back(Role{RoleId("role-1"), "安装工", "installer"});
    REQUIRE(d.apply(set_blueprint_info(before, after)));
    CHECK(d.elements_revision() == d.revision());  // role names are drawn on the nodes
    before = d.model();
    after = before;
    after.roles[0].name = "安装师傅";
    REQUIRE(d.apply(set_blueprint_info(before, after)));
    CHECK(d.elements_revision() == d.revision());
}

TEST_CASE("the document tells which circles changed since an elements revision, or that it cannot") {
    Blueprint two = small_blueprint();
    Circle second = two.circles[0];
    second.id = CircleId("c-2");
    for (auto& t : second.touchpoints) {
        t.id.value += "-b";
        for (auto& k : t.key_factors) k.id.value += "-b";
    }
    two.circles.push_back(second);
    Document d(two);
    std::vector<CircleId> changed{CircleId("stale")};
    const uint64_t opened = d.elements_revision();
    REQUIRE(d.circles_changed_since(opened, changed));
    CHECK(changed.empty());  // nothing since

    Touchpoint before = d.model().circles[1].touchpoints[0], after = before;
    after.name = "上门";
    REQUIRE(d.apply(set_touchpoint(before, after)));
    REQUIRE(d.circles_changed_since(opened, changed));
    CHECK(changed == std::vector<CircleId>{CircleId("c-2")});
    const uint64_t renamed = d.elements_revision();
    REQUIRE(d.circles_changed_since(renamed, changed));
    CHECK(changed.empty());

    // Undo and redo tell the same circle; a structural edit its circle; a removed circle is not told.
    REQUIRE(d.undo());
    REQUIRE(d.circles_changed_since(renamed, changed));
    CHECK(changed == std::vector<CircleId>{CircleId("c-2")});
    REQUIRE(d.apply(remove_touchpoint(d.model(), TouchpointId("tp-0"))));
    REQUIRE(d.circles_changed_since(opened, changed));
    CHECK(changed == std::vector<CircleId>{CircleId("c-2"), CircleId("c-1")});
    const uint64_t removed = d.elements_revision();
    REQUIRE(d.apply(remove_circle(d.model(), CircleId("c-1"))));
    REQUIRE(d.circles_changed_since(removed, changed));
    CHECK(changed.empty());
    REQUIRE(d.undo());
    REQUIRE(d.circles_changed_since(removed, changed));
    CHECK(changed == std::vector<CircleId>{CircleId("c-1")});

    // The blueprint's own fields do not move the elements revision: nothing to tell.
    const uint64_t restored = d.elements_revision();
    Blueprint info_before = d.model(), info_after = info_before;
    info_after.description = "说明";
    REQUIRE(d.apply(set_blueprint_info(info_before, info_after)));
    REQUIRE(d.circles_changed_since(restored, changed));
    CHECK(changed.empty());
    // Roles change what every circle shows: it cannot say which.
    info_before = d.model();
    info_after = info_before;
    info_after.roles.push_back(Role{RoleId("role-1"), "安装工", "installer"});
    REQUIRE(d.apply(set_blueprint_info(info_before, info_after)));
    CHECK_FALSE(d.circles_changed_since(restored, changed));
    const uint64_t roles = d.elements_revision();
    REQUIRE(d.circles_changed_since(roles, changed));

    // A revision older than the log, or one before the document was replaced, cannot be told.
    for (size_t i = 0; i <= Document::kChangeLog; ++i) {
        before = d.model().circles[0].touchpoints[0];
        after = before;
        after.name = "触点 " + std::to_string(i);
        REQUIRE(d.apply(set_touchpoint(before, after)));
    }
    CHECK_FALSE(d.circles_changed_since(roles, changed));
    const uint64_t recent = d.elements_revision();
    REQUIRE(d.circles_changed_since(recent, changed));
    d.replace(small_blueprint());
    CHECK_FALSE(d.circles_changed_since(recent, changed));
    REQUIRE(d.circles_changed_since(d.elements_revision(), changed));
    CHECK(changed.empty());
}

TEST_CASE("many circles changed, some removed since: only those still in the document are told, in order") {
    // More than a few: the set of the document's circle ids decides.
    const Blueprint many = copies_of_first_circle(small_blueprint(), 12);
    const Circle first = small_blueprint().circles[0];
    Document d(many);
    const uint64_t opened = d.elements_revision();
    std::vector<CircleId> expected;
    for (int i = 0; i < 12; ++i) {
        Circle before = d.model().circles[size_t(i)], after = before;
        before.touchpoints.clear();
        after.touchpoints.clear();
        after.name = "圈 " + std::to_string(i);
        REQUIRE(d.apply(set_circle(before, after)));
        if (i != 3 && i != 10) expected.push_back(before.id);
    }
    REQUIRE(d.apply(remove_circle(d.model(), CircleId(first.id.value + "-3"))));
    REQUIRE(d.apply(remove_circle(d.model(), CircleId(first.id.value + "-10"))));
    std::vector<CircleId> changed;
    REQUIRE(d.circles_changed_since(opened, changed));
    CHECK(changed == expected);
}

TEST_CASE("new ids count the ids that edits, undo and a replaced document bring, and none is handed out twice") {
    Document doc(small_blueprint());
    const std::string first = doc.new_id("tp");
    // A touchpoint whose id comes from elsewhere (pasted, imported), with a serial far past ours.
    Touchpoint pasted;
    pasted.id = TouchpointId("tp-40");
    REQUIRE(doc.apply(insert_touchpoint(doc.model().circles[0].id, pasted)));
    CHECK(doc.new_id("tp") == "tp-41");
    // Removed, then the removal undone: its serial still counts.
    REQUIRE(doc.apply(remove_touchpoint(doc.model(), TouchpointId("tp-40"))));
    const std::string after_removal = doc.new_id("tp");
    CHECK(after_removal == "tp-42");  // never tp-40 or tp-41 again in this session
    REQUIRE(doc.undo());
    CHECK(doc.new_id("tp") == "tp-43");
    // A document replaced (opened, restored) is counted afresh, roles and all.
    Blueprint with_role = doc.model();
    with_role.roles.push_back({RoleId("role-9"), "质检", "Inspector"});
    doc.replace(with_role);
    CHECK(doc.new_id("role") == "role-10");
    CHECK(doc.new_id("tp") == "tp-41");  // tp-40 is in it
    CHECK(first == "tp-3");
}
