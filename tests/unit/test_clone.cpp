// Subtree cloning with fresh ids, and role references carried between documents.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "blueprint/clone.h"

namespace {

// Ids "x-1", "x-2", … from a counter, as Document::new_id would hand them out.
struct Counter {
    int n = 0;
    bp::IdMaker maker() {
        return [this](const std::string& prefix) { return prefix + "-new" + std::to_string(++n); };
    }
};

bp::Touchpoint touchpoint_with_subtree() {
    bp::Touchpoint tp;
    tp.id = bp::TouchpointId("tp-1");
    tp.name = "上门安装";
    tp.role = bp::RoleId("r-installer");
    tp.feeling = 1;
    for (int k = 0; k < 2; ++k) {
        bp::KeyFactor kf;
        kf.id = bp::KeyFactorId("kf-" + std::to_string(k));
        kf.name = "准时到达";
        kf.card_offset = bp::Vec2{10.0 * k, 20};
        for (int s = 0; s < 2; ++s) {
            bp::Standard st;
            st.id = bp::StandardId("st-" + std::to_string(k) + std::to_string(s));
            st.statement = "约定时间窗内到达";
            st.owner = bp::RoleId(s == 0 ? "r-installer" : "r-service");
            kf.standards.push_back(st);
        }
        tp.key_factors.push_back(kf);
    }
    return tp;
}

std::vector<std::string> ids_of(const bp::Touchpoint& tp) {
    std::vector<std::string> ids{tp.id.value};
    for (const auto& kf : tp.key_factors) {
        ids.push_back(kf.id.value);
        for (const auto& s : kf.standards) ids.push_back(s.id.value);
    }
    return ids;
}

}  // namespace

TEST_CASE("cloning a touchpoint gives every element of the subtree a fresh id", "[clone]") {
    Counter counter;
    const bp::Touchpoint original = touchpoint_with_subtree();
    const bp::Touchpoint copy = bp::clone_touchpoint(original, counter.maker());

    const auto before = ids_of(original), after = ids_of(copy);
    REQUIRE(after.size() == before.size());
    std::set<std::string> unique(after.begin(), after.end());
    CHECK(unique.size() == after.size());
    for (const auto& id : after) CHECK(std::find(before.begin(), before.end(), id) == before.end());
    CHECK(copy.id.value.rfind("tp-", 0) == 0);
    CHECK(copy.key_factors[0].id.value.rfind("kf-", 0) == 0);
    CHECK(copy.key_factors[0].standards[0].id.value.rfind("st-", 0) == 0);

    // Everything but the ids is the same.
    CHECK(copy.name == original.name);
    CHECK(copy.feeling == original.feeling);
    CHECK(copy.role == original.role);
    REQUIRE(copy.key_factors.size() == 2);
    CHECK(copy.key_factors[1].card_offset == original.key_factors[1].card_offset);
    CHECK(copy.key_factors[1].standards[1].statement == original.key_factors[1].standards[1].statement);
    CHECK(copy.key_factors[1].standards[1].owner == original.key_factors[1].standards[1].owner);
}

TEST_CASE("cloning a circle renews the ids of circle, touchpoints, key factors and standards", "[clone]") {
    Counter counter;
    bp::Circle c;
    c.id = bp::CircleId("c-1");
    c.name = "安装服务圈";
    c.position = {100, 200};
    c.touchpoints = {touchpoint_with_subtree(), touchpoint_with_subtree()};
    c.touchpoints[1].id = bp::TouchpointId("tp-2");
    const bp::Circle copy = bp::clone_circle(c, counter.maker());
    CHECK(copy.id != c.id);
    CHECK(copy.position == c.position);
    REQUIRE(copy.touchpoints.size() == 2);
    CHECK(copy.touchpoints[0].id != copy.touchpoints[1].id);
    CHECK(copy.touchpoints[0].key_factors[0].id != copy.touchpoints[1].key_factors[0].id);
    CHECK(counter.n == 1 + 2 * (1 + 2 * (1 + 2)));  // circle + 2 × (touchpoint + 2 × (key factor + 2 standards))
}

TEST_CASE("role references are remapped by name and missing roles are added", "[clone]") {
    Counter counter;
    const std::vector<bp::Role> source = {{bp::RoleId("r-installer"), "安装工", "installer"},
                                          {bp::RoleId("r-service"), "客服", "customer service"},
                                          {bp::RoleId("r-unused"), "仓管", "storekeeper"}};
    std::vector<bp::Role> target = {{bp::RoleId("role-7"), "安装工", "fitter"}};
    bp::RoleRemapper remap(source, target, counter.maker());

    bp::Touchpoint tp = touchpoint_with_subtree();
    remap.apply(tp);

    CHECK(tp.role.value == "role-7");                                   // same name in the target
    CHECK(tp.key_factors[0].standards[0].owner.value == "role-7");
    REQUIRE(target.size() == 2);                                        // 客服 added, 仓管 (unreferenced) not
    CHECK(target[1].name == "客服");
    CHECK(target[1].name_en == "customer service");
    CHECK(target[1].id.value != "r-service");
    CHECK(tp.key_factors[0].standards[1].owner == target[1].id);
    CHECK(tp.key_factors[1].standards[1].owner == target[1].id);        // added once, reused
    CHECK(remap.added_roles());
}

TEST_CASE("role remapping matches by English name and drops unknown references", "[clone]") {
    Counter counter;
    const std::vector<bp::Role> source = {{bp::RoleId("a"), "", "driver"}};
    std::vector<bp::Role> target = {{bp::RoleId("b"), "司机", "driver"}};
    bp::RoleRemapper remap(source, target, counter.maker());
    CHECK(remap.map(bp::RoleId("a")).value == "b");
    CHECK(remap.map(bp::RoleId("ghost")).empty());
    CHECK(remap.map(bp::RoleId()).empty());
    CHECK(target.size() == 1);
    CHECK_FALSE(remap.added_roles());
}
