// The standards table, the lint panel and the history panel driven through the real ImGui frame loop.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "app/designer/panel_state.h"
#include "app/designer/panels.h"
#include "panels_sample.h"
#include "panels_snapshot.h"
#include "widget_locator.h"

using panels_test::rect_in_table;
using panels_test::rect_of;

namespace {

struct PanelFixture {
    ui_test::Harness h;
    ui::Designer& d = h.d;
    explicit PanelFixture(const char* panel) {
        d.options.lang = ui::Lang::En;
        h.draw = [this, panel] {
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(ImVec2(1200, 600));
            d.draw_panel(panel);
        };
        h.load(panels_test::sample_blueprint());
    }
    std::vector<std::string> shown_standards() {
        std::vector<std::string> out;
        for (const auto& r : d.panels.standards.rows.rows()) out.push_back(r.id.value);
        return out;
    }
};

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("standards table: clicking a row selects the standard and asks the canvas to centre it") {
    PanelFixture f("standards");
    CHECK(f.shown_standards() == V{"st-call", "st-arrive", "st-courtesy", "st-apology"});
    ImRect row = rect_in_table(f.h, "###standards", "##standards", {std::string("st-courtesy"), std::string("###row")});
    REQUIRE(row.GetWidth() > 0);
    f.h.click(ImVec2(row.Min.x + 4, row.GetCenter().y));  // the circle cell, which holds no editor
    CHECK(ui_test::selected(f.d) == V{"st-courtesy"});
    CHECK(ui_test::focus_requested(f.d) == "st-courtesy");
}

TEST_CASE("standards table: clicking a header sorts, clicking again reverses") {
    PanelFixture f("standards");
    ImRect header = rect_in_table(f.h, "###standards", "##standards", {int(ui::StandardsColumn::Compliance), std::string("Compliance")});
    REQUIRE(header.GetWidth() > 0);
    f.h.click(header.GetCenter());
    REQUIRE(f.d.panels.standards.sort.size() == 1);
    CHECK(f.d.panels.standards.sort[0].column == ui::StandardsColumn::Compliance);
    CHECK(f.shown_standards() == V{"st-courtesy", "st-arrive", "st-call", "st-apology"});
    f.h.click(header.GetCenter());
    CHECK(f.shown_standards() == V{"st-apology", "st-call", "st-arrive", "st-courtesy"});
}

TEST_CASE("standards table: the type filter keeps only soft standards") {
    PanelFixture f("standards");
    ImRect combo = rect_of(f.h, "###standards", {std::string("##type_filter")});
    REQUIRE(combo.GetWidth() > 0);
    f.h.click(combo.GetCenter());
    ImRect soft = rect_of(f.h, "##Combo_00", {2, std::string("Soft")});
    REQUIRE(soft.GetWidth() > 0);
    f.h.click(soft.GetCenter());
    CHECK(f.shown_standards() == V{"st-courtesy"});
}

TEST_CASE("standards table: a filter that matches nothing says so and offers to clear the filters") {
    PanelFixture f("standards");
    f.d.panels.standards.filter.text = "no standard says this";
    f.d.panels.standards.rows_dirty = true;
    f.h.frames(2);
    CHECK(f.shown_standards().empty());
    ImRect clear = rect_of(f.h, "###standards", {std::string("###clear-empty")});
    REQUIRE(clear.GetWidth() > 0);
    f.h.click(clear.GetCenter());
    f.h.frames(2);
    CHECK(f.d.panels.standards.filter == ui::StandardsFilter{});
    CHECK(f.shown_standards().size() == 4);
}

TEST_CASE("standards table: scrolled sideways, the circle, touchpoint and key factor columns stay in view") {
    PanelFixture f("standards");
    f.h.frames(2);
    ImGuiTable* table = ImGui::TableFindByID(panels_test::id_of("###standards", {std::string("##standards")}));
    REQUIRE(table != nullptr);
    CHECK(table->FreezeColumnsRequest == 3);
    // Scrolled all the way right, the key factor column is still drawn at the left.
    ImGui::SetScrollX(table->InnerWindow, table->InnerWindow->ScrollMax.x);
    f.h.frames(3);
    const ImGuiTableColumn& key_factor = table->Columns[int(ui::StandardsColumn::KeyFactor)];
    CHECK(key_factor.IsVisibleX);
    CHECK(key_factor.MinX < table->WorkRect.Min.x + 30 * ImGui::GetFontSize());
}

TEST_CASE("standards table: editing a statement in place is one undo step and keeps the row still") {
    PanelFixture f("standards");
    auto statement = [&] { return f.d.session.model().circles[0].touchpoints[0].key_factors[0].standards[0].statement; };
    ImRect cell = rect_in_table(f.h, "###standards", "##standards", {std::string("st-call"), std::string("##statement")});
    REQUIRE(cell.GetWidth() > 0);
    const size_t depth = f.d.session.doc().history().undo_depth();
    f.h.click(cell.GetCenter());
    f.h.press(ImGuiKey_Home);
    f.h.type("Z");
    f.h.type("z ");
    CHECK(statement() == "Zz Call back the customer");
    f.h.press(ImGuiKey_Enter);
    CHECK(f.d.session.doc().history().undo_depth() == depth + 1);
    REQUIRE(f.d.session.doc().undo());
    CHECK(statement() == "Call back the customer");
}

TEST_CASE("standards table: 20,000 standards draw only the visible rows") {
    PanelFixture f("standards");
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
    f.h.load(std::move(doc));
    f.h.frames(3);
    CHECK(f.d.panels.standards.rows.rows().size() == 20004);
    // The clipper submits only what fits in the window: far fewer widgets than rows.
    ImGuiWindow* inner = panels_test::table_window("###standards", "##standards");
    REQUIRE(inner);
    CHECK(inner->DC.CursorMaxPos.y - inner->DC.CursorStartPos.y > 20000 * ImGui::GetFrameHeight() * 0.9f);
    CHECK(ImGui::GetDrawData()->TotalVtxCount < 60000);
}

TEST_CASE("lint panel: clicking a finding selects its element and sets the focus request") {
    PanelFixture f("lint");
    const auto& findings = f.d.findings();
    const auto& rows = f.d.panels.lint.rows;
    int row = -1;
    for (int i = 0; i < (int)rows.size(); ++i)
        if (findings[rows[i]].element.str() == "tp-deliver") row = i;  // a touchpoint with no key factor
    REQUIRE(row >= 0);
    ImRect r = rect_in_table(f.h, "###lint", "##findings", {row, std::string("###finding")});
    REQUIRE(r.GetWidth() > 0);
    f.h.click(r.GetCenter());
    CHECK(ui_test::selected(f.d) == V{"tp-deliver"});
    CHECK(ui_test::focus_requested(f.d) == "tp-deliver");
}

TEST_CASE("lint panel: unticking a severity hides its findings") {
    PanelFixture f("lint");
    const auto& findings = f.d.findings();
    REQUIRE(!findings.empty());
    CHECK(f.d.panels.lint.rows.size() == findings.size());
    ImRect warnings = rect_of(f.h, "###lint", {std::string("###severity1")});
    REQUIRE(warnings.GetWidth() > 0);
    f.h.click(warnings.GetCenter());
    const auto& shown = f.d.panels.lint.rows;
    for (int i : shown) CHECK(f.d.findings()[i].severity != bp::Severity::Warning);
    CHECK(shown.size() == findings.size() - (size_t)ui::count_by_severity(f.d.findings())[1]);
}

TEST_CASE("history panel: clicking a step undoes or redoes up to it") {
    PanelFixture f("history");
    f.d.options.show_history = true;
    auto rename = [&](const char* name) {
        const bp::Touchpoint& t = f.d.session.model().circles[0].touchpoints[0];
        bp::Touchpoint after = t;
        after.name = name;
        REQUIRE(f.d.session.doc().apply(bp::set_touchpoint(t, after)));
    };
    rename("one");
    rename("two");
    rename("three");
    f.h.frames(2);
    auto step = [&](int n) {
        ImGuiWindow* steps = panels_test::child_window("###history", "##steps");
        REQUIRE(steps);
        char label[32];
        std::snprintf(label, sizeof label, "###step%d", n);
        return rect_of(f.h, steps, ImHashStr(label, 0, steps->ID));
    };
    ImRect first = step(1);
    REQUIRE(first.GetWidth() > 0);
    f.h.click(first.GetCenter());
    CHECK(f.d.session.doc().history().undo_depth() == 1);
    CHECK(f.d.session.model().circles[0].touchpoints[0].name == "one");
    ImRect last = step(3);
    REQUIRE(last.GetWidth() > 0);
    f.h.click(last.GetCenter());
    CHECK(f.d.session.doc().history().undo_depth() == 3);
    CHECK(f.d.session.model().circles[0].touchpoints[0].name == "three");
    ImRect opened = step(0);
    f.h.click(opened.GetCenter());
    CHECK(f.d.session.model().circles[0].touchpoints[0].name == "Buy");
    CHECK(f.d.session.doc().history().redo_depth() == 3);
}

// Not run by ctest: prints how long the standards table takes with 20,000 standards.
//   build/native/designer_ui_tests "[bench]"
TEST_CASE("standards table figures for 20,000 standards", "[.][bench]") {
    PanelFixture f("standards");
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
    f.h.load(std::move(doc));
    f.h.frames(2);  // lint and first build

    using clock = std::chrono::steady_clock;
    auto ms = [](clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); };
    const auto& findings = f.d.findings();
    auto t0 = clock::now();
    auto rows = ui::build_standard_rows(f.d.session.model(), findings, {}, {}, bp::Lang::Zh);
    auto t1 = clock::now();
    auto sorted = ui::build_standard_rows(f.d.session.model(), findings, {}, {{ui::StandardsColumn::Owner, true}, {ui::StandardsColumn::Target, false}}, bp::Lang::Zh);
    auto t2 = clock::now();
    ui::StandardsFilter text;
    text.text = "step 49";
    auto filtered = ui::build_standard_rows(f.d.session.model(), findings, text, {}, bp::Lang::Zh);
    auto t3 = clock::now();
    const int frames = 200;
    f.h.frames(frames);
    auto t4 = clock::now();
    std::printf("standards table, %zu rows: build %.2f ms, build sorted by owner+target %.2f ms, text filter %.2f ms "
                "(%zu rows), steady frame %.3f ms\n",
                rows.size(), ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), filtered.size(), ms(t4 - t3) / frames);
    CHECK(sorted.size() == rows.size());
}

// All four panels as the shell would show them.
void draw_all_panels(ui::Designer& d) {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(900, 360));
    d.draw_panel("standards");
    ImGui::SetNextWindowPos(ImVec2(0, 380));
    ImGui::SetNextWindowSize(ImVec2(620, 300));
    d.draw_panel("lint");
    ImGui::SetNextWindowPos(ImVec2(0, 700));
    ImGui::SetNextWindowSize(ImVec2(300, 190));
    d.draw_panel("history");
    ImGui::SetNextWindowPos(ImVec2(920, 0));
    ImGui::SetNextWindowSize(ImVec2(400, 880));
    d.draw_panel("inspector");
}

TEST_CASE("every panel draws in both languages, with and without a selection") {
    ui_test::Harness h;
    h.draw = [&] { draw_all_panels(h.d); };
    h.load(panels_test::sample_blueprint());
    for (ui::Lang lang : {ui::Lang::Zh, ui::Lang::En}) {
        h.d.options.lang = lang;
        for (const std::vector<std::string>& sel :
             {std::vector<std::string>{}, {"st-call"}, {"tp-buy", "tp-fit"}, {"c-install", "st-apology", "nope"}}) {
            h.d.selection.ids = ui_test::typed(h.d, sel);
            h.frames(2);
            CHECK(ImGui::GetDrawData()->TotalVtxCount > 0);
        }
    }
    CHECK(h.d.session.doc().history().undo_depth() == 0);  // drawing never edits
}

// Not run by ctest: draws every panel in Chinese and in English and saves pictures to look at.
//   build/native/designer_ui_tests "[snapshot]"   → build/native/test-output/panels-*.png
TEST_CASE("panel snapshots", "[.][snapshot]") {
    ui_test::Harness h;
    const char* font = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
    if (std::ifstream(font).good()) {  // Chinese glyphs for the pictures
        ImGuiIO& io = ImGui::GetIO();
        io.Fonts->Clear();
        io.Fonts->AddFontFromFileTTF(font, 16.0f, nullptr, io.Fonts->GetGlyphRangesChineseFull());
        unsigned char* pixels = nullptr;
        int w = 0, hgt = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &hgt);
        io.Fonts->SetTexID((ImTextureID)(intptr_t)1);
    }
    h.draw = [&] { draw_all_panels(h.d); };
    h.load(panels_test::sample_blueprint());
    std::filesystem::create_directories(BP_BINARY_DIR "/test-output");
    for (ui::Lang lang : {ui::Lang::Zh, ui::Lang::En}) {
        h.d.options.lang = lang;
        for (const char* id : {"st-call", "tp-buy", "kf-polite", ""}) {
            if (*id) h.d.selection.set(ui_test::typed(h.d, id)); else h.d.selection.clear();
            h.frames(3);
            panels_test::save_snapshot(std::string(BP_BINARY_DIR "/test-output/panels-") +
                                       (lang == ui::Lang::Zh ? "zh-" : "en-") + (*id ? id : "blueprint") + ".png");
        }
    }
    // The panels where the shell places them, around the canvas.
    h.d.options.show_history = true;
    h.draw = [&] { h.d.frame(); };
    h.d.selection.set(ui_test::typed(h.d, "tp-fit"));
    h.frames(3);
    panels_test::save_snapshot(BP_BINARY_DIR "/test-output/panels-shell.png");
}
