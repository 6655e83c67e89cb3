// The bundled samples in the designer: they open, draw in both views, and the canvas badges count the
// same lint findings the lint panel lists.
#include <catch2/catch.hpp>

#include <cstdio>
#include <map>

#include "app/designer/actions.h"
#include "harness.h"

using namespace ui_test;

namespace {

std::string read_file(const std::string& path) {
    std::string text;
    if (FILE* f = std::fopen(path.c_str(), "rb")) {
        char buf[4096];
        size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) text.append(buf, n);
        std::fclose(f);
    }
    return text;
}

}  // namespace

TEST_CASE("each bundled sample opens, draws in both views and its badges match lint", "[samples]") {
    const char* names[] = {"water-heater-installation", "complaint-handling", "front-desk-reception"};
    for (const char* name : names) {
        SECTION(name) {
            const std::string json = read_file(std::string(BP_SOURCE_DIR) + "/assets/samples/" + name + ".blueprint.json");
            REQUIRE_FALSE(json.empty());
            Harness h;
            h.d.samples.push_back({name, json});
            REQUIRE(h.d.open_text(json, std::string(name) + ".blueprint.json"));
            h.frames(3);
            const bp::Blueprint& m = h.d.session.model();
            REQUIRE_FALSE(m.circles.empty());

            // Expected badge counts, computed from the findings independently of the canvas.
            std::map<std::string, int> expected;
            for (const auto& f : h.d.findings()) {
                for (const auto& c : m.circles) {
                    if (f.element == bp::ElementId(c.id)) ++expected[c.id.value];
                    for (const auto& tp : c.touchpoints) {
                        bool in_tp = f.element == bp::ElementId(tp.id);
                        for (const auto& kf : tp.key_factors) {
                            bool in_kf = f.element == bp::ElementId(kf.id);
                            for (const auto& s : kf.standards) in_kf |= f.element == bp::ElementId(s.id);
                            if (in_kf) ++expected[kf.id.value];
                            in_tp |= in_kf;
                        }
                        if (in_tp) ++expected[tp.id.value];
                    }
                }
            }
            for (const auto& [id, count] : expected) {
                INFO(id);
                auto it = h.d.canvas.lint_badges.find(ui_test::typed(h.d, id));
                REQUIRE(it != h.d.canvas.lint_badges.end());
                CHECK(it->second.count == count);
            }
            int badge_total = 0;
            for (const auto& [id, badge] : h.d.canvas.lint_badges) badge_total += badge.count;
            int expected_total = 0;
            for (const auto& [id, count] : expected) expected_total += count;
            CHECK(badge_total == expected_total);

            // Every touchpoint is on screen after zoom to fit, and can be clicked.
            const std::string& first = m.circles[0].touchpoints[0].id.value;
            h.click(h.screen_of(first));
            CHECK(ui_test::selected(h.d) == std::vector<std::string>{first});
            h.d.options.view = ui::View::Blueprint;
            h.frames(3);
            CHECK_NOTHROW(h.screen_of(first));
            CHECK(ui_test::selected(h.d) == std::vector<std::string>{first});

            // Convert all from the Tools action fills every key factor without a standard, as one step.
            const size_t depth = h.d.session.doc().history().undo_depth();
            bool any_missing = false;
            for (const auto& c : h.d.session.model().circles)
                for (const auto& tp : c.touchpoints)
                    for (const auto& kf : tp.key_factors) any_missing |= kf.standards.empty();
            ui::actions::convert_all(h.d.context());
            for (const auto& c : h.d.session.model().circles)
                for (const auto& tp : c.touchpoints)
                    for (const auto& kf : tp.key_factors) CHECK_FALSE(kf.standards.empty());
            CHECK(h.d.session.doc().history().undo_depth() == depth + (any_missing ? 1 : 0));
            h.frames(2);
        }
    }
}
