// IncrementalLint: after each edit, linting only the circles the edit says it changed gives exactly what a
// full lint gives, in the same order; and it lints only those circles.
#include <catch2/catch.hpp>
#include <functional>

#include "blueprint/edit.h"
#include "blueprint/fields.h"
#include "blueprint/lint.h"
#include "fixtures.h"

using namespace bp;

namespace {
std::vector<std::string> lines(const std::vector<Finding>& findings) {
    std::vector<std::string> out;
    for (const Finding& f : findings)
        out.push_back(f.rule + "@" + f.element.str() + " " + f.message_zh + " | " + f.message_en +
                      (f.acknowledged ? " ack " + f.acknowledgement_note : ""));
    return out;
}

// Two copies of the fixture's circles (ids suffixed), so an edit leaves circles untouched.
Blueprint two_copies() {
    Blueprint b = load_fixture("water_heater.v4-results.blueprint.json");
    const std::string text = save_blueprint(b);
    Blueprint copy = b;
    for (Circle& c : copy.circles) {
        c.id.value += "-b";
        for (Touchpoint& t : c.touchpoints) {
            t.id.value += "-b";
            t.recovery = {};
            for (Activity& a : t.activities) {
                a.id.value += "-b";
                a.recovery = {};
            }
            for (KeyFactor& k : t.key_factors) {
                k.id.value += "-b";
                for (Standard& s : k.standards) s.id.value += "-b";
            }
        }
        for (Handoff& h : c.handoffs) {
            h.id.value += "-b";
            h.from.value += "-b";
            h.to.value += "-b";
            if (!h.standard.empty()) h.standard.value += "-b";
        }
        b.circles.push_back(c);
    }
    LoadResult checked = load_blueprint(save_blueprint(b));
    INFO((checked.ok() ? std::string() : checked.error().message_en));
    REQUIRE(checked.ok());
    return checked.blueprint();
}
}  // namespace

TEST_CASE("incremental lint equals a full lint after every kind of edit, and relints only the changed circles", "[lint]") {
    Document doc(two_copies());
    LintOptions options;
    options.today = "2026-12-01";
    IncrementalLint incremental;
    REQUIRE(lines(incremental.run(doc.model(), options, nullptr)) == lines(lint(doc.model(), options)));
    REQUIRE_FALSE(lint(doc.model(), options).empty());

    const Circle& first = doc.model().circles[0];
    const std::string tp0 = first.touchpoints[0].id.value, kf0 = first.touchpoints[0].key_factors[0].id.value;
    auto with_standard = [&](const std::function<void(Standard&)>& change) {
        const Path p = *doc.locator().find(KeyFactorId(kf0));
        Standard before = key_factor_at(doc.model(), p).standards.at(0);
        Standard after = before;
        change(after);
        return set_standard(before, after);
    };
    std::vector<std::pair<const char*, std::function<EditPtr()>>> steps = {
        {"a vague statement", [&] { return with_standard([](Standard& s) { s.statement = "服务要热情周到"; }); }},
        {"no owner", [&] { return with_standard([](Standard& s) { s.owner = {}; }); }},
        {"a touchpoint without key factors",
         [&] {
             Touchpoint t;
             t.id = TouchpointId("tp-new");
             t.name = "回访";
             return insert_touchpoint(doc.model().circles[0].id, t, 1);
         }},
        {"delete a key factor", [&] { return remove_key_factor(doc.model(), KeyFactorId(kf0)); }},
        {"delete a touchpoint", [&] { return remove_touchpoint(doc.model(), TouchpointId(tp0)); }},
        {"delete the second copy's first circle", [&] { return remove_circle(doc.model(), doc.model().circles[1].id); }},
        {"rename a role", [&] {
             Blueprint before = own_fields(doc.model());
             Blueprint after = before;
             REQUIRE_FALSE(after.roles.empty());
             after.roles[0].name += "（改）";
             return set_blueprint_info(before, after);
         }},
    };
    for (auto& [what, make] : steps) {
        INFO(what);
        EditPtr edit = make();
        REQUIRE(edit);
        const Edit* e = edit.get();
        REQUIRE(doc.apply(std::move(edit)));
        CircleChanges changes;
        const bool known = e->circles_changed(doc.model(), doc.locator(), changes);
        std::unordered_set<std::string> changed;
        for (const CircleId& id : changes.circles) changed.insert(id.value);
        CHECK(lines(incremental.run(doc.model(), options, known ? &changed : nullptr)) == lines(lint(doc.model(), options)));
        // And back: the undone edit changed the same circles.
        REQUIRE(doc.undo());
        CircleChanges undone;
        const bool known_undone = doc.history().next_redo()->circles_changed(doc.model(), doc.locator(), undone);
        std::unordered_set<std::string> changed_back;
        for (const CircleId& id : undone.circles) changed_back.insert(id.value);
        CHECK(lines(incremental.run(doc.model(), options, known_undone ? &changed_back : nullptr)) ==
              lines(lint(doc.model(), options)));
        REQUIRE(doc.redo());
        CHECK(lines(incremental.run(doc.model(), options, known ? &changed : nullptr)) == lines(lint(doc.model(), options)));
    }
    // Other options relint everything by themselves.
    options.max_standards_per_touchpoint = 1;
    const std::unordered_set<std::string> nothing;
    CHECK(lines(incremental.run(doc.model(), options, &nothing)) == lines(lint(doc.model(), options)));
}

TEST_CASE("incremental lint keeps what it was told did not change", "[lint]") {
    // The contract: a circle not named is not linted again. Changing one behind its back shows it.
    Blueprint b = two_copies();
    LintOptions options;
    IncrementalLint incremental;
    const std::vector<std::string> before = lines(incremental.run(b, options, nullptr));
    Touchpoint t;  // a touchpoint without key factors on circle 0: a finding of that circle's walk
    t.id = TouchpointId("tp-new");
    t.name = "回访";
    b.circles[0].touchpoints.push_back(t);
    REQUIRE(lines(lint(b, options)) != before);
    const std::unordered_set<std::string> nothing;
    CHECK(lines(incremental.run(b, options, &nothing)) == before);
    const std::unordered_set<std::string> first{b.circles[0].id.value};
    CHECK(lines(incremental.run(b, options, &first)) == lines(lint(b, options)));
}
