// Acknowledging intended findings and fixing repeated ones in one step (lint_actions.h), on the clean
// fixture: each test breaks something, acts on the finding through the document, and undoes.
#include <catch2/catch.hpp>

#include "blueprint/edit.h"
#include "blueprint/json_io.h"
#include "blueprint/lint_actions.h"
#include "lint_convert_fixtures.h"

using namespace bp;
using namespace fixture;

namespace {
const Finding& only(const std::vector<Finding>& f, const std::string& rule) {
    const Finding* found = nullptr;
    for (const Finding& x : f)
        if (x.rule == rule) {
            REQUIRE(found == nullptr);
            found = &x;
        }
    REQUIRE(found != nullptr);
    return *found;
}
}  // namespace

TEST_CASE("an acknowledged finding is still reported, marked with its note, and counted apart") {
    Blueprint b = clean_blueprint();
    tp(b, 2).fail_point = true;  // no mitigation: intended, the installer calls the shop
    Document doc(b);
    const auto before = lint(doc.model(), options());
    const Finding& f = only(before, "process.fail-point-without-mitigation");
    CHECK_FALSE(f.acknowledged);
    CHECK(tally_findings(before).open[int(Severity::Warning)] == 1);

    REQUIRE(doc.apply(acknowledge(doc.model(), f, "迟到由门店经理当场处理")));
    const auto after = lint(doc.model(), options());
    const Finding& g = only(after, "process.fail-point-without-mitigation");
    CHECK(g.acknowledged);
    CHECK(g.acknowledgement_note == "迟到由门店经理当场处理");
    const FindingTally t = tally_findings(after);
    CHECK(t.open[int(Severity::Warning)] == 0);
    CHECK(t.acknowledged == 1);
    CHECK(stale_acknowledgements(doc.model(), after).empty());

    // The same note again is no edit; a new note is one.
    CHECK_FALSE(acknowledge(doc.model(), g, "迟到由门店经理当场处理"));
    REQUIRE(doc.apply(acknowledge(doc.model(), g, "门店经理处理")));
    REQUIRE(doc.model().acknowledgements.size() == 1);
    CHECK(doc.model().acknowledgements[0].note == "门店经理处理");

    // Withdraw it: it nags again. Undo brings the acknowledgement back.
    REQUIRE(doc.apply(unacknowledge(doc.model(), g.rule, g.element.str())));
    CHECK_FALSE(only(lint(doc.model(), options()), g.rule).acknowledged);
    CHECK_FALSE(unacknowledge(doc.model(), g.rule, g.element.str()));
    REQUIRE(doc.undo());
    CHECK(only(lint(doc.model(), options()), g.rule).acknowledged);
    REQUIRE(doc.undo());
    REQUIRE(doc.undo());
    CHECK(doc.model().acknowledgements.empty());
}

TEST_CASE("an acknowledgement survives edits that keep rule and element, and goes stale when either goes") {
    Blueprint b = clean_blueprint();
    tp(b, 2).fail_point = true;
    Document doc(b);
    REQUIRE(doc.apply(acknowledge(doc.model(), only(lint(doc.model(), options()), "process.fail-point-without-mitigation"),
                                  "intended")));
    // Renaming the touchpoint and moving it keep its id: still acknowledged.
    Touchpoint renamed = doc.model().circles[0].touchpoints[2];
    renamed.key_factors.clear();
    Touchpoint before = renamed;
    renamed.name = "送货到家";
    REQUIRE(doc.apply(set_touchpoint(before, renamed)));
    REQUIRE(doc.apply(move_touchpoint(CircleId("c-1"), 2, 0)));
    auto f = lint(doc.model(), options());
    CHECK(only(f, "process.fail-point-without-mitigation").acknowledged);
    CHECK(stale_acknowledgements(doc.model(), f).empty());

    // Writing a mitigation after all: the finding no longer arises, the acknowledgement is stale.
    before = renamed;
    renamed.mitigation = "迟到 30 分钟以上免收安装费";
    REQUIRE(doc.apply(set_touchpoint(before, renamed)));
    f = lint(doc.model(), options());
    auto stale = stale_acknowledgements(doc.model(), f);
    REQUIRE(stale.size() == 1);
    CHECK_FALSE(stale[0].element_gone);
    REQUIRE(doc.undo());

    // Removing the touchpoint: stale, its element gone; dropping stale ones is one undoable step.
    REQUIRE(doc.apply(remove_touchpoint(doc.model(), TouchpointId("tp-3"))));
    f = lint(doc.model(), options());
    stale = stale_acknowledgements(doc.model(), f);
    REQUIRE(stale.size() == 1);
    CHECK(stale[0].element_gone);
    CHECK(stale[0].acknowledgement.element == "tp-3");
    REQUIRE(doc.apply(drop_stale_acknowledgements(doc.model(), f)));
    CHECK(doc.model().acknowledgements.empty());
    CHECK_FALSE(drop_stale_acknowledgements(doc.model(), lint(doc.model(), options())));
    REQUIRE(doc.undo());
    CHECK(doc.model().acknowledgements.size() == 1);
}

TEST_CASE("acknowledgements are saved in the document and read back") {
    Blueprint b = clean_blueprint();
    tp(b, 2).fail_point = true;
    Document doc(b);
    REQUIRE(doc.apply(acknowledge(doc.model(), only(lint(doc.model(), options()), "process.fail-point-without-mitigation"),
                                  "见门店处理流程")));
    LoadResult back = load_blueprint(save_blueprint(doc.model()));
    REQUIRE(back.ok());
    CHECK(only(lint(back.blueprint(), options()), "process.fail-point-without-mitigation").acknowledged);
    CHECK(only(lint(back.blueprint(), options()), "process.fail-point-without-mitigation").acknowledgement_note ==
          "见门店处理流程");
}

TEST_CASE("fix all: every missing review date becomes today + 1 year in one undoable step") {
    Blueprint b = clean_blueprint();
    for (int i : {0, 2, 4}) st(b, i).review_by.clear();
    Document doc(b);
    auto f = lint(doc.model(), options());
    CHECK(findings(doc.model(), "ownership.no-review-date").size() == 3);
    CHECK(has_fix_all("ownership.no-review-date"));
    CHECK_FALSE(has_fix_all("process.fail-point-without-mitigation"));
    CHECK(fixable_count(doc, f, "ownership.no-review-date", "2026-01-15") == 3);
    CHECK(fixable_count(doc, f, "ownership.no-review-date", "not a date") == 0);
    CHECK_FALSE(fix_all(doc, f, "ownership.no-review-date", ""));

    // An acknowledged one is left alone.
    const Finding* fifth = nullptr;
    for (const Finding& x : f)
        if (x.rule == "ownership.no-review-date" && x.element.str() == "st-5") fifth = &x;
    REQUIRE(fifth);
    REQUIRE(doc.apply(acknowledge(doc.model(), *fifth, "reviewed with the next contract")));
    f = lint(doc.model(), options());
    CHECK(fixable_count(doc, f, "ownership.no-review-date", "2026-01-15") == 2);
    EditPtr fix = fix_all(doc, f, "ownership.no-review-date", "2026-01-15");
    REQUIRE(fix);
    CHECK(fix->describe(Lang::En) == "Fix all: Standard without a review date (2)");
    REQUIRE(doc.apply(std::move(fix)));
    const Blueprint& m = doc.model();
    CHECK(m.circles[0].touchpoints[0].key_factors[0].standards[0].review_by == "2027-01-15");
    CHECK(m.circles[0].touchpoints[2].key_factors[0].standards[0].review_by == "2027-01-15");
    CHECK(m.circles[0].touchpoints[4].key_factors[0].standards[0].review_by.empty());  // acknowledged
    CHECK(m.circles[0].touchpoints[1].key_factors[0].standards[0].review_by == st(b, 1).review_by);  // untouched
    REQUIRE(doc.undo());
    CHECK(doc.model().circles[0].touchpoints[0].key_factors[0].standards[0].review_by.empty());
    CHECK(doc.model().circles[0].touchpoints[2].key_factors[0].standards[0].review_by.empty());
}

TEST_CASE("fix all: standards without an owner get the role of their touchpoint, where it has one") {
    Blueprint b = clean_blueprint();
    st(b, 0).owner = RoleId();
    st(b, 3).owner = RoleId();
    st(b, 5).owner = RoleId();
    tp(b, 5).role = RoleId();  // no role serves it: no obvious owner
    Document doc(b);
    const auto f = lint(doc.model(), options());
    CHECK(fixable_count(doc, f, "ownership.no-owner", "") == 2);
    REQUIRE(doc.apply(fix_all(doc, f, "ownership.no-owner", "")));
    CHECK(doc.model().circles[0].touchpoints[0].key_factors[0].standards[0].owner.value == "r-promoter");
    CHECK(doc.model().circles[0].touchpoints[3].key_factors[0].standards[0].owner.value == "r-installer");
    CHECK(doc.model().circles[0].touchpoints[5].key_factors[0].standards[0].owner.empty());
    CHECK(findings(doc.model(), "ownership.no-owner") == std::vector<std::string>{"ownership.no-owner@st-6"});
    CHECK_FALSE(fix_all(doc, lint(doc.model(), options()), "ownership.no-owner", ""));
}
