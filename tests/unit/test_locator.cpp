// Element identity and the locator: typed ids of every kind, one lookup, the "still there" check.
#include <catch2/catch.hpp>

#include <unordered_set>

#include "blueprint/edit.h"
#include "blueprint/locator.h"
#include "fixtures.h"

using namespace bp;

namespace {
Blueprint tree() {
    Blueprint b;
    b.id = BlueprintId("bp-1");
    b.name = "蓝图";
    b.roles.push_back({RoleId("role-1"), "安装工", "Installer"});
    for (int c = 0; c < 2; ++c) {
        Circle circle;
        circle.id = CircleId("circle-" + std::to_string(c));
        circle.name = "服务圈" + std::to_string(c);
        for (int t = 0; t < 2; ++t) {
            Touchpoint tp;
            tp.id = TouchpointId("tp-" + std::to_string(c) + std::to_string(t));
            tp.name = "触点" + std::to_string(t);
            KeyFactor kf;
            kf.id = KeyFactorId("kf-" + std::to_string(c) + std::to_string(t));
            kf.name = "准时";
            Standard s;
            s.id = StandardId("st-" + std::to_string(c) + std::to_string(t));
            s.statement = "三天内送达";
            kf.standards.push_back(s);
            tp.key_factors.push_back(kf);
            circle.touchpoints.push_back(tp);
        }
        b.circles.push_back(circle);
    }
    return b;
}
}  // namespace

TEST_CASE("an element id knows its kind and plain string — equal only for the same kind and id") {
    const ElementId tp = TouchpointId("x-1");
    CHECK(tp.kind() == ElementKind::Touchpoint);
    CHECK(tp.str() == "x-1");
    CHECK(tp.get<TouchpointId>()->value == "x-1");
    CHECK(tp.get<CircleId>() == nullptr);
    CHECK(tp != ElementId(CircleId("x-1")));
    CHECK(tp == ElementId::of(ElementKind::Touchpoint, "x-1"));
    CHECK(ElementId().empty());
    CHECK(ElementId().str().empty());
    CHECK(ElementId::of(ElementKind::None, "x").empty());
    std::unordered_set<ElementId, ElementIdHash> set{tp, ElementId(CircleId("x-1")), ElementId(TouchpointId("x-1"))};
    CHECK(set.size() == 2);
    CHECK(kind_token(ElementKind::KeyFactor) == "key_factor");
}

TEST_CASE("the locator finds every kind by typed id or plain string, and refuses the wrong kind") {
    const Blueprint b = tree();
    Locator where(b);
    auto st = where.find(ElementId(StandardId("st-11")));
    REQUIRE(st);
    CHECK(st->kind == ElementKind::Standard);
    CHECK(st->path == Path{1, 1, 0, 0});
    CHECK(name_at(b, *st) == "三天内送达");
    CHECK(where.find(ElementId(CircleId("st-11"))) == std::nullopt);  // the id exists, not as a circle
    REQUIRE(where.resolve("kf-01"));
    CHECK(*where.resolve("kf-01") == ElementId(KeyFactorId("kf-01")));
    CHECK(where.resolve("role-1")->kind() == ElementKind::Role);
    CHECK(where.resolve("bp-1")->kind() == ElementKind::Blueprint);
    CHECK(name_at(b, *where.find("role-1")) == "安装工");
    CHECK(where.role(RoleId("role-1"))->name_en == "Installer");
    CHECK(!where.resolve("nobody"));
    CHECK(!where.resolve(""));
    CHECK(where.find(TouchpointId("tp-10")) == Path{1, 0});
}

TEST_CASE("is_at confirms a remembered location only while the same element is there") {
    Blueprint b = tree();
    Locator where(b);
    const ElementId kf = KeyFactorId("kf-11");
    const Location at = *where.find(kf);
    CHECK(is_at(b, at, kf));
    CHECK(!is_at(b, at, ElementId(StandardId("kf-11"))));
    CHECK(id_at(b, at) == kf);
    b.circles[1].touchpoints.erase(b.circles[1].touchpoints.begin());  // kf-11 moves to touchpoint 0
    CHECK(!is_at(b, at, kf));
    CHECK(id_at(b, at).empty());  // out of range now
    auto moved = where.find(kf);  // the locator repairs itself
    REQUIRE(moved);
    CHECK(moved->path == Path{1, 0, 0});
}

TEST_CASE("a document's locator rebuilds at most once for an id that is not there, until the next edit") {
    Document doc(tree());
    Locator& where = doc.locator();
    const size_t before = where.rebuilds();
    for (int i = 0; i < 100; ++i) CHECK(!where.find(ElementId(TouchpointId("gone"))));
    CHECK(where.rebuilds() - before == 1);
    Touchpoint tp;
    tp.id = TouchpointId("gone");
    REQUIRE(doc.apply(insert_touchpoint(CircleId("circle-0"), tp)));
    CHECK(where.find(ElementId(TouchpointId("gone"))));  // after the edit it is looked for again, and found
    KeyFactor kf;
    kf.id = KeyFactorId("kf-new");
    // Inside a batch the locator must see elements the batch itself inserted.
    std::vector<EditPtr> steps;
    Touchpoint tp2;
    tp2.id = TouchpointId("tp-new");
    steps.push_back(insert_touchpoint(CircleId("circle-1"), tp2));
    steps.push_back(insert_key_factor(TouchpointId("tp-new"), kf));
    REQUIRE(doc.apply(batch(std::move(steps), {"添加", "Add"})));
    CHECK(where.find(ElementId(KeyFactorId("kf-new"))));
}

namespace {
// Every element of the document, by id, with its location; checked against the document's locator.
void check_every_element_found(Document& doc) {
    const Blueprint& b = doc.model();
    Locator& where = doc.locator();
    for (int c = 0; c < (int)b.circles.size(); ++c) {
        const Circle& circle = b.circles[c];
        REQUIRE(where.find(circle.id) == std::optional<Path>(Path{c}));
        for (int t = 0; t < (int)circle.touchpoints.size(); ++t) {
            const Touchpoint& tp = circle.touchpoints[t];
            INFO(tp.id.value);
            REQUIRE(where.find(tp.id) == std::optional<Path>(Path{c, t}));
            for (int k = 0; k < (int)tp.key_factors.size(); ++k) {
                REQUIRE(where.find(tp.key_factors[k].id) == std::optional<Path>(Path{c, t, k}));
                for (int s = 0; s < (int)tp.key_factors[k].standards.size(); ++s)
                    REQUIRE(where.find(tp.key_factors[k].standards[s].id) == std::optional<Path>(Path{c, t, k, s}));
            }
        }
    }
}
}  // namespace

namespace {
// Random edits within circles `circles[round % n]`: an insert at the front (every later touchpoint moves),
// a removal of the first, an undo; the locator checked against the document after each.
std::vector<std::string> edit_within_circles(Document& doc, int rounds) {
    std::vector<std::string> removed;
    for (int round = 0; round < rounds; ++round) {
        const Blueprint& b = doc.model();
        const Circle& circle = b.circles[round % b.circles.size()];
        if (round % 5 == 4 && circle.touchpoints.size() > 1) {
            removed.push_back(circle.touchpoints[0].id.value);
            REQUIRE(doc.apply(remove_touchpoint(b, circle.touchpoints[0].id)));
        } else if (round % 7 == 6) {
            REQUIRE(doc.undo());
        } else {
            Touchpoint tp;
            tp.id = TouchpointId(doc.new_id("tp"));
            KeyFactor kf;
            kf.id = KeyFactorId(doc.new_id("kf"));
            tp.key_factors.push_back(kf);
            REQUIRE(doc.apply(insert_touchpoint(circle.id, tp, 0)));
        }
        check_every_element_found(doc);
    }
    return removed;
}
}  // namespace

TEST_CASE("after edits within one circle the locator indexes that circle again, not the document") {
    // Two circles edited 200 times: every element is always found where it is.
    {
        Document doc(tree());
        edit_within_circles(doc, 200);
    }
    // A document of a hundred circles: edits to a few never rebuild the index; gone ids are not found.
    Document doc(copies_of_first_circle(tree(), 100));
    Locator& where = doc.locator();
    const size_t before = where.rebuilds();
    const std::vector<std::string> removed = edit_within_circles(doc, 30);
    REQUIRE(!removed.empty());
    const auto ids = collect_ids(doc.model());
    size_t gone = 0;
    for (const std::string& id : removed) {
        CHECK(where.find(id).has_value() == (ids.count(id) > 0));  // an undo may have brought it back
        gone += ids.count(id) == 0;
    }
    CHECK(gone > 0);
    CHECK(where.rebuilds() == before);

    // A circle that comes moves every circle after it: the locator rebuilds on the next lookup that
    // misses (not trusting a miss), and finds everything, the new circle's elements too.
    Circle fresh;
    fresh.id = CircleId("circle-new");
    Touchpoint tp;
    tp.id = TouchpointId("tp-in-new");
    fresh.touchpoints.push_back(tp);
    REQUIRE(doc.apply(insert_circle(fresh, 0)));
    const Touchpoint first_before = doc.model().circles[1].touchpoints[0];
    Touchpoint first_after = first_before;
    first_after.name = "改名";
    REQUIRE(doc.apply(set_touchpoint(first_before, first_after)));  // an edit within a circle that moved
    CHECK(where.find(ElementId(TouchpointId("tp-in-new"))));
    check_every_element_found(doc);
}

TEST_CASE("after a circle is added at the end or the last one removed, the locator indexes only that circle") {
    Document doc(copies_of_first_circle(tree(), 40));
    Locator& where = doc.locator();
    check_every_element_found(doc);
    const size_t before = where.rebuilds();
    const ElementId added_tp{TouchpointId("tp-in-added")};
    const ElementId last_tp{TouchpointId(doc.model().circles.back().touchpoints[0].id.value)};

    Circle added;
    added.id = CircleId("circle-added");
    Touchpoint tp;
    tp.id = TouchpointId("tp-in-added");
    added.touchpoints.push_back(tp);
    REQUIRE(doc.apply(insert_circle(added)));  // at the end
    CHECK(where.find(TouchpointId("tp-in-added")) == std::optional<Path>(Path{40, 0}));
    check_every_element_found(doc);
    REQUIRE(doc.undo());
    CHECK(!where.find(added_tp));  // a miss trusted: gone
    check_every_element_found(doc);
    REQUIRE(doc.redo());
    CHECK(where.find(added_tp));
    REQUIRE(doc.apply(remove_circle(doc.model(), CircleId("circle-added"))));
    REQUIRE(doc.apply(remove_circle(doc.model(), doc.model().circles.back().id)));
    CHECK(!where.find(added_tp));
    CHECK(!where.find(last_tp));
    check_every_element_found(doc);
    // One step that adds a circle at the end and a touchpoint at the front of a circle that stays.
    std::vector<EditPtr> steps;
    added.id = CircleId("circle-batch");
    added.touchpoints[0].id = TouchpointId("tp-in-batch");
    steps.push_back(insert_circle(added));
    Touchpoint front;
    front.id = TouchpointId("tp-front-5");
    steps.push_back(insert_touchpoint(doc.model().circles[5].id, front, 0));
    REQUIRE(doc.apply(batch(std::move(steps), {"添加", "Add"})));
    CHECK(where.find(TouchpointId("tp-front-5")) == std::optional<Path>(Path{5, 0}));
    check_every_element_found(doc);
    CHECK(where.rebuilds() == before);

    // A circle inserted first moves every other: the next miss rebuilds, and all is found where it is.
    added.id = CircleId("circle-first");
    added.touchpoints[0].id = TouchpointId("tp-in-first");
    REQUIRE(doc.apply(insert_circle(added, 0)));
    check_every_element_found(doc);
    CHECK(where.find(ElementId(TouchpointId("tp-in-first"))));
    CHECK(where.rebuilds() > before);
}

TEST_CASE("one step that edits elements all over the document names each circle once and rebuilds the index once") {
    Document doc(copies_of_first_circle(tree(), 40));
    Locator& where = doc.locator();
    check_every_element_found(doc);
    const size_t before = where.rebuilds();
    const uint64_t opened = doc.elements_revision();
    // Every touchpoint renamed, circles visited back and forth (0, 39, 1, 38, …) and each twice.
    std::vector<EditPtr> steps;
    Blueprint renamed = doc.model();
    for (int pass = 0; pass < 2; ++pass)
        for (int i = 0; i < 40; ++i) {
            const int c = i % 2 ? 39 - i / 2 : i / 2;
            for (Touchpoint& t : renamed.circles[c].touchpoints) {
                Touchpoint after = t;
                after.name += "·";
                steps.push_back(set_touchpoint(t, after));
                t = after;
            }
        }
    REQUIRE(doc.apply(batch(std::move(steps), {"改名", "Rename"})));
    std::vector<CircleId> changed;
    REQUIRE(doc.circles_changed_since(opened, changed));
    CHECK(changed.size() == 40);
    std::unordered_set<std::string> once;
    for (const CircleId& id : changed) once.insert(id.value);
    CHECK(once.size() == 40);
    // Past a quarter of the circles, indexing them one by one would cost more than a rebuild: a miss rebuilds.
    CHECK(!where.find(TouchpointId("tp-nowhere")));
    CHECK(where.rebuilds() == before + 1);
    check_every_element_found(doc);
    CHECK(where.rebuilds() == before + 1);

    // Two circles named back and forth twenty times are two circles: indexed again, no rebuild.
    steps.clear();
    for (int i = 0; i < 20; ++i) {
        Touchpoint& t = renamed.circles[i % 2 ? 7 : 3].touchpoints[0];
        Touchpoint after = t;
        after.name += "+";
        steps.push_back(set_touchpoint(t, after));
        t = after;
    }
    REQUIRE(doc.apply(batch(std::move(steps), {"改名", "Rename"})));
    CHECK(!where.find(TouchpointId("tp-nowhere")));
    CHECK(where.rebuilds() == before + 1);
    check_every_element_found(doc);
    CHECK(where.rebuilds() == before + 1);
}
