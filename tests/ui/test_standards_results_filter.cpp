// The standards table's own period and site pickers and its filter by verdict, clicked through the frame
// loop in the whole designer on the water heater (format 4, October and November measured at 北京朝阳店
// and 上海徐汇店). The pickers are the one choice the canvas's results layer also shows: picking in the
// table moves the layer's choice (leaving it off when it was off), and a choice made elsewhere moves the
// table's pickers.
#include <catch2/catch.hpp>

#include <algorithm>

#include "app/designer/panel_state.h"
#include "app/designer/panels.h"
#include "harness.h"
#include "source_files.h"
#include "widget_locator.h"

using panels_test::rect_of;

namespace {
struct TableInDesigner {
    ui_test::Harness h;
    ui::Designer& d = h.d;
    TableInDesigner() {
        d.options.lang = ui::Lang::En;
        d.options.show_standards = true;
        d.options.show_lint = false;
        d.options.show_results = false;
        REQUIRE(d.open_text(ui_test::read_source_file("tests/fixtures/water_heater.v4-results.blueprint.json"),
                            "water-heater.blueprint.json"));
        h.frames(2);
    }
    const ui::StandardRow* row(const char* id) {
        for (const ui::StandardRow& r : d.panels.standards.rows.rows())
            if (r.id.value == id) return &r;
        return nullptr;
    }
    // Opens the filter bar's combo `combo` and clicks its entry `index` (labelled `label`).
    bool pick(const char* combo, int index, const std::string& label) {
        const ImRect box = rect_of(h, "###standards", {std::string(combo)});
        if (box.GetWidth() <= 0) return false;
        h.click(box.GetCenter());
        h.frames(2);
        const ImRect item = rect_of(h, "##Combo_00", {index, label});
        if (item.GetWidth() <= 0) return false;
        h.click(item.GetCenter());
        h.frames(3);  // the shell carries out the choice; the rows follow on the next frame
        return true;
    }
};
}  // namespace

TEST_CASE("standards table: the period and site picked in its filter bar change the rows' shares", "[results]") {
    TableInDesigner f;
    CHECK_FALSE(f.d.options.results.shown);
    CHECK(f.d.panels.standards.results == ui::ResultsFocus{"2026-11", ""});
    REQUIRE(f.row("st-wh-covers"));
    CHECK(f.row("st-wh-covers")->result.now.share == Approx(7.0 / 9.0));  // 4 of 4 and 3 of 5 pooled
    CHECK(f.row("st-wh-slot")->result.now.share == Approx(1.0));          // 50 of 50 at 北京

    REQUIRE(f.pick("##site_filter", 2, "上海徐汇店"));
    CHECK(f.d.panels.standards.results == ui::ResultsFocus{"2026-11", "上海徐汇店"});
    CHECK(f.d.options.results.site == "上海徐汇店");  // the canvas's layer shows the same site…
    CHECK_FALSE(f.d.options.results.shown);           // …without being turned on
    CHECK(f.row("st-wh-covers")->result.now.share == Approx(0.6));
    CHECK(f.row("st-wh-slot")->result.now.n == 0);    // 上海 did not measure the slot in November
    CHECK(f.row("st-wh-slot")->result.verdict == bp::Verdict::NoData);

    REQUIRE(f.pick("##period_filter", 0, "2026-10"));
    CHECK(f.d.panels.standards.results == ui::ResultsFocus{"2026-10", "上海徐汇店"});
    CHECK(f.row("st-wh-slot")->result.now.share == Approx(0.9));  // 36 of 40
    CHECK(f.row("st-wh-slot")->result.verdict == bp::Verdict::Below);

    REQUIRE(f.pick("##site_filter", 1, "北京朝阳店"));
    CHECK(f.row("st-wh-slot")->result.now.share == Approx(0.98));  // 49 of 50

    // Chosen elsewhere (View › Site, the league table): the table's pickers follow.
    f.d.options.results = {true, "2026-11", ""};
    f.h.frames(2);
    CHECK(f.d.panels.standards.results == ui::ResultsFocus{"2026-11", ""});
    CHECK(f.row("st-wh-covers")->result.now.share == Approx(7.0 / 9.0));
}

TEST_CASE("standards table: only the rows below target, without data, or both", "[results]") {
    TableInDesigner f;
    auto shown = [&] {
        std::vector<std::string> ids;
        for (const ui::StandardRow& r : f.d.panels.standards.rows.rows()) ids.push_back(r.id.value);
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    CHECK(f.d.panels.standards.rows.rows().size() == 22);
    REQUIRE(f.pick("##results_filter", 2, "Below target"));
    // November, all sites: advice 85 %, on-time 90 % (critical), covers 7 of 9.
    CHECK(shown() == std::vector<std::string>{"st-wh-advice", "st-wh-covers", "st-wh-ontime"});
    REQUIRE(f.pick("##results_filter", 3, "No data"));
    CHECK(f.d.panels.standards.rows.rows().size() == 22 - 4);
    REQUIRE(f.pick("##results_filter", 1, "Below target or no data"));
    CHECK(f.d.panels.standards.rows.rows().size() == 22 - 1);  // all but the slot, met
    CHECK_FALSE(f.row("st-wh-slot"));
    // At 北京 in November the covers were met (4 of 4): the filter follows the picked site.
    REQUIRE(f.pick("##site_filter", 1, "北京朝阳店"));
    CHECK_FALSE(f.row("st-wh-covers"));
    // Clear filters shows every row again.
    const ImRect clear = rect_of(f.h, "###standards", {std::string("Clear filters")});
    REQUIRE(clear.GetWidth() > 0);
    f.h.click(clear.GetCenter());
    f.h.frames(2);
    CHECK(f.d.panels.standards.rows.rows().size() == 22);
}

// The page at 1600 px gives the table half the width beside the results panel: 800 px, 50 of its 16 px
// font; the harness's font is smaller, so the panel is as wide in font sizes.
TEST_CASE("standards table: beside the results panel (50 font sizes wide) the status column shows without scrolling", "[results]") {
    ui_test::Harness h;
    h.d.options.lang = ui::Lang::En;
    REQUIRE(h.d.open_text(ui_test::read_source_file("tests/fixtures/water_heater.v4-results.blueprint.json"),
                          "water-heater.blueprint.json"));
    h.draw = [&h] {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(50 * ImGui::GetFontSize(), 400));
        h.d.draw_panel("standards");
    };
    h.frames(3);
    ImGuiTable* t = ImGui::TableFindByID(panels_test::id_of("###standards", {std::string("##standards")}));
    REQUIRE(t);
    CHECK(t->InnerWindow->Scroll.x == 0);
    bool found = false;
    for (int i = 0; i < t->ColumnsCount; ++i) {
        if (t->Columns[i].UserID != ImGuiID(ui::StandardsColumn::Status)) continue;
        found = true;
        CHECK(t->Columns[i].IsEnabled);
        CHECK(t->Columns[i].IsVisibleX);
        CHECK(t->Columns[i].MaxX <= t->InnerClipRect.Max.x);  // the whole column, not a sliver
    }
    CHECK(found);
}
