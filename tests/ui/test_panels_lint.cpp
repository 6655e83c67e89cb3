// The lint panel's actions through the real ImGui frame loop: "Fix all (N)" for missing review dates,
// acknowledging a finding with a note and taking it back, and the convert actions' review dates.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "app/designer/actions.h"
#include "app/designer/panel_state.h"
#include "app/designer/panels.h"
#include "blueprint/dates.h"
#include "blueprint/lint_actions.h"
#include "panels_sample.h"
#include "panels_snapshot.h"
#include "widget_locator.h"

using panels_test::rect_in_table;
using panels_test::rect_of;

namespace {

struct LintFixture {
    ui_test::Harness h;
    ui::Designer& d = h.d;
    LintFixture() {
        d.options.lang = ui::Lang::En;
        h.draw = [this] {
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(ImVec2(1400, 600));
            d.draw_panel("lint");
        };
        h.load(panels_test::sample_blueprint());
    }
    const bp::Standard& standard(const std::string& id) {
        auto at = d.session.doc().locator().find(bp::StandardId(id));
        REQUIRE(at);
        return bp::standard_at(d.session.model(), *at);
    }
    int row_of(const std::string& rule, const std::string& element) {
        const auto& findings = d.findings();
        const auto& rows = d.panels.lint.rows;
        for (int i = 0; i < (int)rows.size(); ++i)
            if (findings[rows[i]].rule == rule && findings[rows[i]].element.str() == element) return i;
        return -1;
    }
};

}  // namespace

TEST_CASE("lint panel: Fix all sets every missing review date to a year from today, as one undoable step") {
    LintFixture f;
    REQUIRE(f.standard("st-arrive").review_by.empty());
    REQUIRE(f.standard("st-apology").review_by.empty());
    REQUIRE(f.d.panels.lint.fixes.size() >= 1);
    const size_t depth = f.d.session.doc().history().undo_depth();
    ImRect fix = rect_of(f.h, "###lint", {std::string("###fix_all_ownership.no-review-date")});
    REQUIRE(fix.GetWidth() > 0);
    f.h.click(fix.GetCenter());
    const std::string next_year = bp::add_years(bp::today_local(), 1);
    CHECK(f.standard("st-arrive").review_by == next_year);
    CHECK(f.standard("st-apology").review_by == next_year);
    CHECK(f.standard("st-call").review_by == "2026-01-31");  // had one: untouched
    CHECK(f.d.session.doc().history().undo_depth() == depth + 1);
    f.h.frames(2);
    CHECK(f.row_of("ownership.no-review-date", "st-arrive") < 0);
    REQUIRE(f.d.session.doc().undo());
    CHECK(f.standard("st-arrive").review_by.empty());
}

TEST_CASE("lint panel: a finding acknowledged with a note is counted apart, and can be withdrawn") {
    LintFixture f;
    const int row = f.row_of("coverage.touchpoint-without-key-factor", "tp-deliver");
    REQUIRE(row >= 0);
    const int open_warnings = ui::count_by_severity(f.d.findings())[int(bp::Severity::Warning)];
    ImRect ack = rect_in_table(f.h, "###lint", "##findings", {row, std::string("###acknowledge")});
    REQUIRE(ack.GetWidth() > 0);
    f.h.click(ack.GetCenter());
    CHECK(f.d.panels.lint.acknowledging_element == "tp-deliver");

    // The note popup: type the reason into its focused field, then confirm.
    f.h.frames(2);
    f.h.type("delivery is the carrier's, not ours");
    CHECK(f.d.panels.lint.acknowledgement_note == "delivery is the carrier's, not ours");
    ImGuiContext& g = *GImGui;
    REQUIRE_FALSE(g.OpenPopupStack.empty());
    ImGuiWindow* popup = g.OpenPopupStack.back().Window;
    REQUIRE(popup);
    ImRect ok = rect_of(f.h, popup, ImHashStr("###acknowledge_ok", 0, popup->ID));
    REQUIRE(ok.GetWidth() > 0);
    f.h.click(ok.GetCenter());
    REQUIRE(f.d.session.model().acknowledgements.size() == 1);
    CHECK(f.d.session.model().acknowledgements[0].rule == "coverage.touchpoint-without-key-factor");
    CHECK(f.d.session.model().acknowledgements[0].note == "delivery is the carrier's, not ours");
    f.h.frames(2);
    CHECK(ui::count_by_severity(f.d.findings())[int(bp::Severity::Warning)] == open_warnings - 1);
    CHECK(ui::count_acknowledged(f.d.findings()) == 1);

    // Shown as acknowledged (still listed); Withdraw brings it back among the warnings.
    const int again = f.row_of("coverage.touchpoint-without-key-factor", "tp-deliver");
    REQUIRE(again >= 0);
    ImRect withdraw = rect_in_table(f.h, "###lint", "##findings", {again, std::string("###unacknowledge")});
    REQUIRE(withdraw.GetWidth() > 0);
    f.h.click(withdraw.GetCenter());
    CHECK(f.d.session.model().acknowledgements.empty());
    f.h.frames(2);
    CHECK(ui::count_by_severity(f.d.findings())[int(bp::Severity::Warning)] == open_warnings);
}

TEST_CASE("convert actions date every draft a year from today's local date") {
    LintFixture f;
    bp::Blueprint b = panels_test::sample_blueprint();
    b.circles[0].touchpoints[0].key_factors[0].standards.clear();  // kf-on-time has no standard now
    f.h.load(b);
    REQUIRE(ui::actions::convert_all(f.d.context()));
    const auto& drafts = f.d.session.model().circles[0].touchpoints[0].key_factors[0].standards;
    REQUIRE(drafts.size() == 1);
    CHECK(drafts[0].review_by == bp::add_years(bp::today_local(), 1));
    CHECK(drafts[0].number_source != bp::NumberSource::Unset);

    b.circles[0].touchpoints[2].key_factors[0].standards.clear();
    f.h.load(b);
    f.d.selection.ids = {bp::KeyFactorId("kf-polite")};
    REQUIRE(ui::actions::convert_selection(f.d.context()));
    const auto& selected = f.d.session.model().circles[0].touchpoints[2].key_factors[0].standards;
    REQUIRE(selected.size() == 1);
    CHECK(selected[0].review_by == bp::add_years(bp::today_local(), 1));
}

// Not run by ctest: the lint panel with a fix and an acknowledged finding, and the inspector of a draft
// (where its number came from, its review date as a draft value), in Chinese and English.
//   build/native/designer_ui_tests "[lint-snapshot]"   → build/native/test-output/lint-*.png
TEST_CASE("lint panel and draft snapshots", "[.][lint-snapshot]") {
    ui_test::Harness h;
    const char* font = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
    if (std::ifstream(font).good()) {
        ImGuiIO& io = ImGui::GetIO();
        io.Fonts->Clear();
        io.Fonts->AddFontFromFileTTF(font, 16.0f, nullptr, io.Fonts->GetGlyphRangesChineseFull());
        unsigned char* pixels = nullptr;
        int w = 0, hgt = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &hgt);
        io.Fonts->SetTexID((ImTextureID)(intptr_t)1);
    }
    h.draw = [&] {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(900, 520));
        h.d.draw_panel("lint");
        ImGui::SetNextWindowPos(ImVec2(920, 0));
        ImGui::SetNextWindowSize(ImVec2(420, 880));
        h.d.draw_panel("inspector");
    };
    bp::Blueprint b = panels_test::sample_blueprint();
    b.circles[0].touchpoints[0].key_factors[0].name = "受理后十分钟内回电";
    b.circles[0].touchpoints[0].key_factors[0].standards.clear();
    h.load(b);
    REQUIRE(ui::actions::convert_all(h.d.context()));
    for (const bp::Finding& f : h.d.findings())
        if (f.rule == "coverage.touchpoint-without-key-factor")
            REQUIRE(h.d.session.doc().apply(bp::acknowledge(h.d.session.model(), f, "送货由物流公司负责")));
    const std::string draft = h.d.session.model().circles[0].touchpoints[0].key_factors[0].standards[0].id.value;
    std::filesystem::create_directories(BP_BINARY_DIR "/test-output");
    for (ui::Lang lang : {ui::Lang::Zh, ui::Lang::En}) {
        h.d.options.lang = lang;
        h.d.selection.set(bp::StandardId(draft));
        h.frames(3);
        panels_test::save_snapshot(std::string(BP_BINARY_DIR "/test-output/lint-") +
                                   (lang == ui::Lang::Zh ? "zh" : "en") + ".png");
    }
}

TEST_CASE("lint panel: at a typical window size the message column has most of the panel's width", "[lint][layout]") {
    ui_test::Harness h(1600, 900);
    h.d.options.show_lint = true;
    h.load(panels_test::sample_blueprint());
    h.frames(4);
    REQUIRE_FALSE(h.d.session.findings().empty());
    ImGuiWindow* panel = ImGui::FindWindowByName("###lint");
    REQUIRE(panel != nullptr);
    ImGuiTable* table = ImGui::TableFindByID(panels_test::id_of("###lint", {std::string("##findings")}));
    REQUIRE(table != nullptr);
    const float message = table->Columns[int(ui::LintColumn::Message)].WidthGiven;
    const float panel_w = panel->Size.x;
    INFO("message column " << message << " px of a " << panel_w << " px panel");
    CHECK(message >= 0.45f * panel_w);
    CHECK(message >= ImGui::GetFontSize() * 15);  // room for a sentence, not ten characters
    // Every other column is narrower than the message; in a panel this narrow the rule's title heads the
    // message rather than taking a column of its own.
    for (int c = 0; c < table->ColumnsCount; ++c)
        if (c != int(ui::LintColumn::Message)) CHECK(table->Columns[c].WidthGiven < message);
    CHECK_FALSE(table->Columns[int(ui::LintColumn::Rule)].IsEnabled);
}

TEST_CASE("lint panel: a wide panel gives the rule a column of its own", "[lint][layout]") {
    LintFixture f;  // 1400 px wide
    f.h.frames(4);
    ImGuiTable* table = ImGui::TableFindByID(panels_test::id_of("###lint", {std::string("##findings")}));
    REQUIRE(table != nullptr);
    CHECK(table->Columns[int(ui::LintColumn::Rule)].IsEnabled);
    CHECK(table->Columns[int(ui::LintColumn::Message)].WidthGiven >= 0.45f * 1400);
}
