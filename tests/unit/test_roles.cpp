// Roles as rules the model keeps: usage, display names, and edits that refuse to drop a role in use
// (the loader refuses a document that refers to a missing role, so the library must never make one).
#include <catch2/catch.hpp>

#include "blueprint/edit.h"
#include "blueprint/fields.h"
#include "blueprint/json_io.h"
#include "blueprint/roles.h"

using namespace bp;

namespace {
Blueprint with_roles() {
    Blueprint b;
    b.id = BlueprintId("bp-1");
    b.name = "热水器安装";
    b.roles = {{RoleId("role-1"), "安装工", "Installer"}, {RoleId("role-2"), "库管", ""}, {RoleId("role-3"), "", ""}};
    Circle c;
    c.id = CircleId("circle-1");
    c.name = "安装";
    Touchpoint t;
    t.id = TouchpointId("tp-1");
    t.name = "上门安装";
    t.role = RoleId("role-1");
    KeyFactor k;
    k.id = KeyFactorId("kf-1");
    k.name = "准时";
    Standard s;
    s.id = StandardId("st-1");
    s.statement = "约定时间前后 30 分钟内到达";
    s.owner = RoleId("role-1");
    k.standards.push_back(s);
    s.id = StandardId("st-2");
    s.owner = RoleId("role-2");
    k.standards.push_back(s);
    t.key_factors.push_back(k);
    c.touchpoints.push_back(t);
    b.circles.push_back(c);
    return b;
}
}  // namespace

TEST_CASE("role_uses lists the touchpoints and standards that refer to a role") {
    const Blueprint b = with_roles();
    RoleUse use = role_uses(b, RoleId("role-1"));
    CHECK(use.touchpoints == std::vector<TouchpointId>{TouchpointId("tp-1")});
    CHECK(use.standards == std::vector<StandardId>{StandardId("st-1")});
    CHECK(role_uses(b, RoleId("role-2")).standards.size() == 1);
    CHECK(!role_uses(b, RoleId("role-3")).any());
    CHECK(!role_uses(b, RoleId()).any());
    const RoleUsage usage(b);
    CHECK(usage.of(RoleId("role-1")).touchpoints == 1);
    CHECK(usage.of(RoleId("role-1")).standards == 1);
    CHECK(!usage.of(RoleId("role-3")).any());
}

TEST_CASE("the document counts role usage once per revision") {
    Document doc(with_roles());
    const RoleUsage* first = &doc.role_usage();
    CHECK(&doc.role_usage() == first);  // same revision: the same table
    CHECK(doc.role_usage().of(RoleId("role-2")).standards == 1);
    const Standard& st2 = doc.model().circles[0].touchpoints[0].key_factors[0].standards[1];
    REQUIRE(doc.apply(set_field(st2, &Standard::owner, RoleId("role-3"))));
    CHECK(doc.role_usage().of(RoleId("role-2")).standards == 0);
    CHECK(doc.role_usage().of(RoleId("role-3")).standards == 1);
}

TEST_CASE("after edits the document's role usage, counted again only for the circles changed, is a fresh count") {
    Blueprint b = with_roles();
    for (int c = 2; c <= 4; ++c) {
        Circle more = b.circles[0];
        more.id = CircleId("circle-" + std::to_string(c));
        more.touchpoints[0].id = TouchpointId("tp-" + std::to_string(c));
        more.touchpoints[0].key_factors[0].id = KeyFactorId("kf-" + std::to_string(c));
        more.touchpoints[0].key_factors[0].standards[0].id = StandardId("st-a" + std::to_string(c));
        more.touchpoints[0].key_factors[0].standards[1].id = StandardId("st-b" + std::to_string(c));
        b.circles.push_back(more);
    }
    Document doc(b);
    const RoleId roles[] = {RoleId("role-1"), RoleId("role-2"), RoleId("role-3")};
    auto check_counts = [&](int step) {
        const RoleUsage fresh(doc.model());
        for (const RoleId& r : roles) {
            INFO("step " << step << ", " << r.value);
            CHECK(doc.role_usage().of(r).touchpoints == fresh.of(r).touchpoints);
            CHECK(doc.role_usage().of(r).standards == fresh.of(r).standards);
        }
    };
    check_counts(0);
    for (int step = 1; step <= 40; ++step) {
        const Blueprint& m = doc.model();
        const Circle& circle = m.circles[step % m.circles.size()];
        switch (step % 6) {
            case 0: REQUIRE(doc.undo()); break;
            case 1: {  // another role for a touchpoint
                const Touchpoint& tp = circle.touchpoints.front();
                REQUIRE(doc.apply(set_field(tp, &Touchpoint::role, roles[step % 3])));
                break;
            }
            case 2: {  // a touchpoint more, with the role
                Touchpoint tp = circle.touchpoints.front();
                tp.id = TouchpointId(doc.new_id("tp"));
                tp.key_factors.clear();
                REQUIRE(doc.apply(insert_touchpoint(circle.id, tp)));
                break;
            }
            case 3:  // a circle gone, and its counts with it
                if (m.circles.size() > 2) REQUIRE(doc.apply(remove_circle(m, circle.id)));
                break;
            case 4: {  // a circle that comes
                Circle c = circle;
                c.id = CircleId(doc.new_id("circle"));
                for (auto& t : c.touchpoints) {
                    t.id = TouchpointId(doc.new_id("tp"));
                    t.key_factors.clear();
                }
                REQUIRE(doc.apply(insert_circle(c)));
                break;
            }
            default: REQUIRE(doc.redo() | doc.undo());
        }
        check_counts(step);
    }
}

TEST_CASE("a role's display name: the language's name, then the other, then the id") {
    const Blueprint b = with_roles();
    CHECK(role_name(b, RoleId("role-1"), Lang::Zh) == "安装工");
    CHECK(role_name(b, RoleId("role-1"), Lang::En) == "Installer");
    CHECK(role_name(b, RoleId("role-2"), Lang::En) == "库管");  // no English name: the Chinese one
    CHECK(role_name(b, RoleId("role-3"), Lang::Zh) == "role-3");  // no name at all
    CHECK(role_name(b, RoleId("gone"), Lang::Zh) == "gone");      // a dangling reference shows its id
    CHECK(role_name(b, RoleId(), Lang::Zh).empty());
}

// The bug: set_blueprint_info accepted roles without one still in use, and the saved file did not load.
TEST_CASE("set_blueprint_info refuses to drop a role in use, so every saved document loads again") {
    Document doc(with_roles());
    Blueprint after = own_fields(doc.model());
    after.roles.erase(after.roles.begin());  // role-1: used by tp-1 and st-1
    CHECK_FALSE(doc.apply(set_blueprint_info(own_fields(doc.model()), after)));
    CHECK(doc.model().roles.size() == 3);
    CHECK(load_blueprint(save_blueprint(doc.model())).ok());
    REQUIRE(roles_change_refused(doc.model(), after.roles));
    CHECK(roles_change_refused(doc.model(), after.roles)->zh.find("安装工") != std::string::npos);

    // Dropping an unused role is fine, and undo brings it back.
    after = own_fields(doc.model());
    after.roles.pop_back();
    REQUIRE(doc.apply(set_blueprint_info(own_fields(doc.model()), after)));
    CHECK(doc.model().roles.size() == 2);
    REQUIRE(doc.undo());
    CHECK(doc.model().roles.size() == 3);
}

TEST_CASE("set_blueprint_info refuses repeated, empty or taken role ids") {
    Document doc(with_roles());
    Blueprint after = own_fields(doc.model());
    after.roles.push_back({RoleId("role-1"), "重复", ""});
    CHECK_FALSE(doc.apply(set_blueprint_info(own_fields(doc.model()), after)));
    after.roles.back().id = RoleId();
    CHECK_FALSE(doc.apply(set_blueprint_info(own_fields(doc.model()), after)));
    after.roles.back().id = RoleId("tp-1");  // a touchpoint's id
    CHECK_FALSE(doc.apply(set_blueprint_info(own_fields(doc.model()), after)));
    after.roles.back().id = RoleId("role-9");
    CHECK(doc.apply(set_blueprint_info(own_fields(doc.model()), after)));
    CHECK(doc.model().roles.size() == 4);
}

TEST_CASE("remove_role refuses a role in use with a reason in both languages") {
    Document doc(with_roles());
    Proposal p = remove_role(doc.model(), RoleId("role-1"));
    CHECK(!p);
    CHECK(p.refused.zh == "“安装工”仍被 1 个触点和 1 条标准使用，不能删除。请先把它们改为其他角色。");
    CHECK(p.refused.en ==
          "\"Installer\" is still used by 1 touchpoints and 1 standards, so it cannot be removed. Give them another "
          "role first.");
    CHECK(!remove_role(doc.model(), RoleId("nobody")));
    Proposal ok = remove_role(doc.model(), RoleId("role-3"));
    REQUIRE(ok);
    REQUIRE(doc.apply(std::move(ok.edit)));
    CHECK(doc.model().roles.size() == 2);
}

TEST_CASE("add_role gives a fresh id and needs a name") {
    Document doc(with_roles());
    CHECK(!add_role(doc, Role{}));
    Proposal p = add_role(doc, Role{RoleId(), "司机", "Driver"});
    REQUIRE(p);
    REQUIRE(doc.apply(std::move(p.edit)));
    CHECK(doc.model().roles.back().id.value == "role-4");
    CHECK(doc.model().roles.back().name == "司机");
}

TEST_CASE("new_id never reissues an id, even when serials near 2^64 are in use") {
    Blueprint b = with_roles();
    b.circles[0].touchpoints[0].id = TouchpointId("tp-18446744073709551614");
    Document doc(std::move(b));
    CHECK(doc.new_id("tp") == "tp-18446744073709551615");
    const std::string next = doc.new_id("tp");
    CHECK(next != "tp-0");
    CHECK(next != "tp-18446744073709551615");
    CHECK(next != doc.new_id("tp"));

    // An id that is exactly the last serial, and a serial just under an overflow check boundary.
    Blueprint c = with_roles();
    c.circles[0].touchpoints[0].id = TouchpointId("tp-18446744073709551615");
    c.circles[0].touchpoints[0].key_factors[0].id = KeyFactorId("kf-18446744073709551610");
    c.circles[0].touchpoints[0].key_factors[0].standards[0].id = StandardId("kf-18446744073709551609");
    Document d2(std::move(c));
    const auto ids = collect_ids(d2.model());
    for (int i = 0; i < 3; ++i) {
        CHECK(!ids.count(d2.new_id("tp")));
    }
    CHECK(d2.new_id("kf") == "kf-18446744073709551611");
    Touchpoint tp;
    tp.id = TouchpointId(d2.new_id("tp"));
    const std::string issued = tp.id.value;
    REQUIRE(d2.apply(insert_touchpoint(CircleId("circle-1"), tp)));
    CHECK(d2.new_id("tp") != issued);
}
