// Element identity and the locator: typed ids of every kind, one lookup, the "still there" check.
#include <catch2/catch.hpp>

#include <unordered_set>

#include "blueprint/edit.h"
#include "blueprint/locator.h"

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
