// The keyboard's way through the tree: Tab in reading order, arrows between siblings, into the first
// child and back out.
#include <catch2/catch.hpp>

#include "blueprint/element_order.h"
#include "blueprint/locator.h"

using namespace bp;

namespace {
// Two circles: c1 with t1 (k1, k2) and t2 (no key factors), c2 empty.
Blueprint two_circles() {
    Blueprint b;
    b.id = BlueprintId("bp");
    Circle c1;
    c1.id = CircleId("c1");
    Touchpoint t1;
    t1.id = TouchpointId("t1");
    for (const char* k : {"k1", "k2"}) {
        KeyFactor kf;
        kf.id = KeyFactorId(k);
        Standard s;
        s.id = StandardId(std::string("s-") + k);
        kf.standards.push_back(s);
        t1.key_factors.push_back(kf);
    }
    Touchpoint t2;
    t2.id = TouchpointId("t2");
    c1.touchpoints = {t1, t2};
    Circle c2;
    c2.id = CircleId("c2");
    b.circles = {c1, c2};
    return b;
}

std::string step(const Blueprint& b, const std::string& from, Step s) {
    std::optional<Location> at;
    if (!from.empty()) at = Locator(b).find(std::string_view(from));
    const auto to = step_from(b, at, s);
    return to ? id_at(b, *to).str() : "-";
}
}  // namespace

TEST_CASE("Tab goes through circles, touchpoints and key factors in reading order, and wraps") {
    const Blueprint b = two_circles();
    std::vector<std::string> seen;
    std::string at = "";
    for (int i = 0; i < 7; ++i) seen.push_back(at = step(b, at, Step::Next));
    CHECK(seen == std::vector<std::string>{"c1", "t1", "k1", "k2", "t2", "c2", "c1"});
    CHECK(step(b, "c1", Step::Previous) == "c2");
    CHECK(step(b, "t2", Step::Previous) == "k2");
    CHECK(step(b, "", Step::Previous) == "c2");
}

TEST_CASE("arrows: siblings in the customer's order, into key factors and back out") {
    const Blueprint b = two_circles();
    CHECK(step(b, "t1", Step::NextSibling) == "t2");
    CHECK(step(b, "t2", Step::NextSibling) == "t1");  // round the ring
    CHECK(step(b, "t1", Step::PreviousSibling) == "t2");
    CHECK(step(b, "t1", Step::Child) == "k1");
    CHECK(step(b, "k1", Step::NextSibling) == "k2");
    CHECK(step(b, "k2", Step::Parent) == "t1");
    CHECK(step(b, "t1", Step::Parent) == "c1");
    CHECK(step(b, "c1", Step::Child) == "t1");
    CHECK(step(b, "c1", Step::NextSibling) == "c2");
    CHECK(step(b, "t2", Step::Child) == "-");  // no key factors
    CHECK(step(b, "c2", Step::Child) == "-");
    CHECK(step(b, "c1", Step::Parent) == "-");
    CHECK(step(b, "k1", Step::Child) == "-");
}

TEST_CASE("a standard steps as its key factor — an empty document goes nowhere") {
    const Blueprint b = two_circles();
    CHECK(step(b, "s-k1", Step::NextSibling) == "k2");
    CHECK(step(b, "s-k2", Step::Parent) == "t1");
    CHECK(step(b, "bp", Step::Next) == "c1");  // the blueprint itself is not on the canvas: start at the first
    Blueprint empty;
    CHECK(step(empty, "", Step::Next) == "-");
}
