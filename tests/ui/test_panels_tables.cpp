// The standards table, the lint panel and the history panel driven through the real ImGui frame loop.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "app/designer/panel_state.h"
#include "app/designer/panels.h"
#include "panels_driver.h"
#include "panels_sample.h"
#include "panels_snapshot.h"

using panels_test::Driver;

namespace {

struct PanelFixture {
    ui::NullPlatform platform;
    ui::Designer d;
    Driver drv;
    explicit PanelFixture(void (*panel)(ui::Designer&)) {
        d.platform = &platform;
        d.options.lang = ui::Lang::En;
        d.doc.replace(panels_test::sample_blueprint());
        drv.draw = [this, panel] {
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            panel(d);
        };
        drv.frame(2);
    }
    std::vector<std::string> shown_standards() {
        std::vector<std::string> out;
        for (const auto& r : ui::panel_state(d).standards.rows) out.push_back(r.id.value);
        return out;
    }
    ImRect in_table(const char* window, const char* table, std::initializer_list<Driver::Part> path) {
        std::vector<Driver::Part> parts = {std::string(table)};
        parts.insert(parts.end(), path.begin(), path.end());
        const ImGuiID id = Driver::id_of(window, parts);
        return drv.rect_of(Driver::table_window(window, table), id);
    }
};

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("standards table: clicking a row selects the standard and asks the canvas to centre it") {
    PanelFixture f(ui::draw_standards_table);
    CHECK(f.shown_standards() == V{"st-call", "st-arrive", "st-courtesy", "st-apology"});
    ImRect row = f.in_table("###standards", "##standards", {std::string("st-courtesy"), std::string("###row")});
    REQUIRE(row.GetWidth() > 0);
    f.drv.click(ImVec2(row.Min.x + 4, row.GetCenter().y));  // the circle cell, which holds no editor
    CHECK(f.d.selection.ids == V{"st-courtesy"});
    CHECK(f.d.focus_request == "st-courtesy");
}

TEST_CASE("standards table: clicking a header sorts, clicking again reverses") {
    PanelFixture f(ui::draw_standards_table);
    ImRect header = f.in_table("###standards", "##standards", {int(ui::StandardsColumn::Compliance), std::string("Compliance")});
    REQUIRE(header.GetWidth() > 0);
    f.drv.click(header.GetCenter());
    REQUIRE(ui::panel_state(f.d).standards.sort.size() == 1);
    CHECK(ui::panel_state(f.d).standards.sort[0].column == ui::StandardsColumn::Compliance);
    CHECK(f.shown_standards() == V{"st-courtesy", "st-arrive", "st-call", "st-apology"});
    f.drv.click(header.GetCenter());
    CHECK(f.shown_standards() == V{"st-apology", "st-call", "st-arrive", "st-courtesy"});
}

TEST_CASE("standards table: the type filter keeps only soft standards") {
    PanelFixture f(ui::draw_standards_table);
    ImRect combo = f.drv.rect_of("###standards", Driver::id_of("###standards", {std::string("##type_filter")}));
    REQUIRE(combo.GetWidth() > 0);
    f.drv.click(combo.GetCenter());
    ImRect soft = f.drv.rect_of("##Combo_00", Driver::id_of("##Combo_00", {2, std::string("Soft")}));
    REQUIRE(soft.GetWidth() > 0);
    f.drv.click(soft.GetCenter());
    CHECK(f.shown_standards() == V{"st-courtesy"});
}

TEST_CASE("standards table: editing a statement in place is one undo step and keeps the row still") {
    PanelFixture f(ui::draw_standards_table);
    auto statement = [&] { return f.d.doc.model().circles[0].touchpoints[0].key_factors[0].standards[0].statement; };
    ImRect cell = f.in_table("###standards", "##standards", {std::string("st-call"), std::string("##statement")});
    REQUIRE(cell.GetWidth() > 0);
    const size_t depth = f.d.doc.history().undo_depth();
    f.drv.click(cell.GetCenter());
    f.drv.key(ImGuiKey_Home);
    f.drv.type("Z");
    f.drv.type("z ");
    CHECK(statement() == "Zz Call back the customer");
    f.drv.key(ImGuiKey_Enter);
    CHECK(f.d.doc.history().undo_depth() == depth + 1);
    REQUIRE(f.d.doc.undo());
    CHECK(statement() == "Call back the customer");
}

TEST_CASE("standards table: 20,000 standards draw only the visible rows") {
    PanelFixture f(ui::draw_standards_table);
    bp::Blueprint doc = panels_test::sample_blueprint();
    bp::Circle big;
    big.id = bp::CircleId("c-big");
    for (int t = 0; t < 5000; ++t) {
        bp::Touchpoint tp;
        tp.id = bp::TouchpointId("tp-" + std::to_string(t));
        tp.key_factors.emplace_back();
        tp.key_factors[0].id = bp::KeyFactorId("kf-" + std::to_string(t));
        for (int s = 0; s < 4; ++s)
            tp.key_factors[0].standards.push_back(panels_test::standard(
                ("st-" + std::to_string(t) + "-" + std::to_string(s)).c_str(), "s", bp::StandardType::Hard, s, 0.9, "", false, ""));
        big.touchpoints.push_back(std::move(tp));
    }
    doc.circles.push_back(std::move(big));
    f.d.doc.replace(std::move(doc));
    f.drv.frame(3);
    CHECK(ui::panel_state(f.d).standards.rows.size() == 20004);
    // The clipper submits only what fits in the window: far fewer widgets than rows.
    ImGuiWindow* inner = Driver::table_window("###standards", "##standards");
    REQUIRE(inner);
    CHECK(inner->DC.CursorMaxPos.y - inner->DC.CursorStartPos.y > 20000 * ImGui::GetFrameHeight() * 0.9f);
    CHECK(ImGui::GetDrawData()->TotalVtxCount < 60000);
}

TEST_CASE("lint panel: clicking a finding selects its element and sets the focus request") {
    PanelFixture f(ui::draw_lint_panel);
    const auto& findings = f.d.findings();
    const auto& rows = ui::panel_state(f.d).lint.rows;
    int row = -1;
    for (int i = 0; i < (int)rows.size(); ++i)
        if (findings[rows[i]].where.id() == "tp-deliver") row = i;  // a touchpoint with no key factor
    REQUIRE(row >= 0);
    ImRect r = f.in_table("###lint", "##findings", {row, std::string("###finding")});
    REQUIRE(r.GetWidth() > 0);
    f.drv.click(r.GetCenter());
    CHECK(f.d.selection.ids == V{"tp-deliver"});
    CHECK(f.d.focus_request == "tp-deliver");
}

TEST_CASE("lint panel: unticking a severity hides its findings") {
    PanelFixture f(ui::draw_lint_panel);
    const auto& findings = f.d.findings();
    REQUIRE(!findings.empty());
    CHECK(ui::panel_state(f.d).lint.rows.size() == findings.size());
    ImRect warnings = f.drv.rect_of("###lint", Driver::id_of("###lint", {std::string("###severity1")}));
    REQUIRE(warnings.GetWidth() > 0);
    f.drv.click(warnings.GetCenter());
    const auto& shown = ui::panel_state(f.d).lint.rows;
    for (int i : shown) CHECK(f.d.findings()[i].severity != bp::Severity::Warning);
    CHECK(shown.size() == findings.size() - (size_t)ui::count_by_severity(f.d.findings())[1]);
}

TEST_CASE("history panel: clicking a step undoes or redoes up to it") {
    PanelFixture f(ui::draw_history_panel);
    f.d.options.show_history = true;
    auto rename = [&](const char* name) {
        const bp::Touchpoint& t = f.d.doc.model().circles[0].touchpoints[0];
        bp::Touchpoint after = t;
        after.name = name;
        REQUIRE(f.d.doc.apply(bp::set_touchpoint(t, after)));
    };
    rename("one");
    rename("two");
    rename("three");
    f.drv.frame(2);
    auto step = [&](int n) {
        ImGuiWindow* steps = Driver::child_window("###history", "##steps");
        REQUIRE(steps);
        char label[32];
        std::snprintf(label, sizeof label, "###step%d", n);
        return f.drv.rect_of(steps, ImHashStr(label, 0, steps->ID));
    };
    ImRect first = step(1);
    REQUIRE(first.GetWidth() > 0);
    f.drv.click(first.GetCenter());
    CHECK(f.d.doc.history().undo_depth() == 1);
    CHECK(f.d.doc.model().circles[0].touchpoints[0].name == "one");
    ImRect last = step(3);
    REQUIRE(last.GetWidth() > 0);
    f.drv.click(last.GetCenter());
    CHECK(f.d.doc.history().undo_depth() == 3);
    CHECK(f.d.doc.model().circles[0].touchpoints[0].name == "three");
    ImRect opened = step(0);
    f.drv.click(opened.GetCenter());
    CHECK(f.d.doc.model().circles[0].touchpoints[0].name == "Buy");
    CHECK(f.d.doc.history().redo_depth() == 3);
}

// Not run by ctest: prints how long the standards table takes with 20,000 standards.
//   build/native/designer_ui_tests "[bench]"
TEST_CASE("standards table figures for 20,000 standards", "[.][bench]") {
    PanelFixture f(ui::draw_standards_table);
    bp::Blueprint doc = panels_test::sample_blueprint();
    bp::Circle big;
    big.id = bp::CircleId("c-big");
    big.name = "Big";
    for (int t = 0; t < 5000; ++t) {
        bp::Touchpoint tp;
        tp.id = bp::TouchpointId("tp-" + std::to_string(t));
        tp.name = "step " + std::to_string(t);
        tp.key_factors.emplace_back();
        tp.key_factors[0].id = bp::KeyFactorId("kf-" + std::to_string(t));
        for (int s = 0; s < 4; ++s)
            tp.key_factors[0].standards.push_back(panels_test::standard(
                ("st-" + std::to_string(t) + "-" + std::to_string(s)).c_str(), "statement", bp::StandardType::Hard,
                (t * 7 + s) % 100, 0.9, s % 2 ? "role-installer" : "role-service", false, ""));
        big.touchpoints.push_back(std::move(tp));
    }
    doc.circles.push_back(std::move(big));
    f.d.doc.replace(std::move(doc));
    f.drv.frame(2);  // lint and first build

    using clock = std::chrono::steady_clock;
    auto ms = [](clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); };
    const auto& findings = f.d.findings();
    auto t0 = clock::now();
    auto rows = ui::build_standard_rows(f.d.doc.model(), findings, {}, {}, true);
    auto t1 = clock::now();
    auto sorted = ui::build_standard_rows(f.d.doc.model(), findings, {}, {{ui::StandardsColumn::Owner, true}, {ui::StandardsColumn::Target, false}}, true);
    auto t2 = clock::now();
    ui::StandardsFilter text;
    text.text = "step 49";
    auto filtered = ui::build_standard_rows(f.d.doc.model(), findings, text, {}, true);
    auto t3 = clock::now();
    const int frames = 200;
    for (int i = 0; i < frames; ++i) f.drv.frame();
    auto t4 = clock::now();
    std::printf("standards table, %zu rows: build %.2f ms, build sorted by owner+target %.2f ms, text filter %.2f ms "
                "(%zu rows), steady frame %.3f ms\n",
                rows.size(), ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), filtered.size(), ms(t4 - t3) / frames);
    CHECK(sorted.size() == rows.size());
}

TEST_CASE("every panel draws in both languages, with and without a selection") {
    ui::NullPlatform platform;
    ui::Designer d;
    d.platform = &platform;
    d.doc.replace(panels_test::sample_blueprint());
    Driver drv;
    drv.draw = [&] {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ui::draw_standards_table(d);
        ImGui::SetNextWindowPos(ImVec2(0, 400));
        ui::draw_lint_panel(d);
        ImGui::SetNextWindowPos(ImVec2(1000, 0));
        ui::draw_inspector(d);
        ImGui::SetNextWindowPos(ImVec2(1000, 650));
        ui::draw_history_panel(d);
    };
    for (ui::Lang lang : {ui::Lang::Zh, ui::Lang::En}) {
        d.options.lang = lang;
        for (const std::vector<std::string>& sel :
             {std::vector<std::string>{}, {"st-call"}, {"tp-buy", "tp-fit"}, {"c-install", "st-apology", "nope"}}) {
            d.selection.ids = sel;
            drv.frame(2);
            CHECK(ImGui::GetDrawData()->TotalVtxCount > 0);
        }
    }
    CHECK(d.doc.history().undo_depth() == 0);  // drawing never edits
}

// Not run by ctest: draws every panel in Chinese and in English and saves pictures to look at.
//   build/native/designer_ui_tests "[snapshot]"   → test-output/panels-zh.png, panels-en.png
TEST_CASE("panel snapshots", "[.][snapshot]") {
    const char* font = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
    ui::NullPlatform platform;
    ui::Designer d;
    d.platform = &platform;
    d.doc.replace(panels_test::sample_blueprint());
    Driver drv(std::ifstream(font).good() ? font : nullptr);
    std::string shown = "st-call";
    drv.draw = [&] {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ui::draw_standards_table(d);
        ImGui::SetNextWindowPos(ImVec2(0, 380));
        ui::draw_lint_panel(d);
        ImGui::SetNextWindowPos(ImVec2(0, 700));
        ui::draw_history_panel(d);
        ImGui::SetNextWindowPos(ImVec2(920, 0));
        ui::draw_inspector(d);
    };
    for (ui::Lang lang : {ui::Lang::Zh, ui::Lang::En}) {
        d.options.lang = lang;
        for (const char* id : {"st-call", "tp-buy", "kf-polite", ""}) {
            if (*id) d.selection.set(id); else d.selection.clear();
            drv.frame(3);
            std::filesystem::create_directories(BP_SOURCE_DIR "/test-output");
            panels_test::save_snapshot(std::string(BP_SOURCE_DIR "/test-output/panels-") +
                                       (lang == ui::Lang::Zh ? "zh-" : "en-") + (*id ? id : "blueprint") + ".png");
        }
    }
}
