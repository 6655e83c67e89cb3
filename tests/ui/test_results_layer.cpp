// The results layer through the frame loop: File › Import results on the water heater (format 4 with
// October and November measured), the layer's colour and label per moment, the period and site
// pickers, a refused file's message, undo, and File › Remove results.
#include <catch2/catch.hpp>


#include "app/designer/results_layer.h"
#include "blueprint/compliance.h"
#include "harness.h"
#include "source_files.h"
#include "widget_locator.h"

namespace {

std::string read(const std::string& path) { return ui_test::read_source_file(path); }

struct WaterHeaterResults {
    ui_test::Harness h;
    ui::Designer& d = h.d;
    ui::ResultsLayer& layer = h.d.canvas.results;
    ui::ResultsChoice& choice = h.d.options.results;
    WaterHeaterResults() {
        d.options.lang = ui::Lang::En;
        REQUIRE(d.open_text(read("tests/fixtures/water_heater.v4-results.blueprint.json"), "water-heater.blueprint.json"));
        h.frames(2);
    }
    bool import(const std::string& bytes) {
        const bool ok = ui::results_layer::import_bytes(d.context(), choice, bytes);
        h.frames(2);  // the notice is shown by the shell, the canvas draws the layer
        return ok;
    }
    const ui::MomentResult* moment(const char* id) {
        return ui::results_layer::moment(d.context(), layer, bp::TouchpointId(id));
    }
};

// 约定送装时间 has two standards: the slot (measured in the fixture) and the handover, measured here for
// November at both sites, all within their 30 minutes.
const char* kHandoverNovember =
    "标准编号,期间,网点,结果,备注\n"
    "st-wh-handover,2026-11,北京朝阳店,12,\n"
    "st-wh-handover,2026-11,北京朝阳店,25,\n"
    "st-wh-handover,2026-11,上海徐汇店,5,\n";

}  // namespace

TEST_CASE_METHOD(WaterHeaterResults, "results layer: importing the filled-in sheet colours its moment below target in its period",
                 "[results]") {
    CHECK(choice.shown == false);
    CHECK(moment("tp-wh-schedule") == nullptr);  // the layer is off

    REQUIRE(import(read("tests/fixtures/water_heater.results-filled.csv")));
    CHECK(d.notice == "Imported 2 observations. Undo removes them.");
    CHECK_FALSE(d.notice_is_error);
    CHECK(choice.shown);  // importing shows what was imported
    REQUIRE(d.session.model().results->periods.back() == "2026-12");
    CHECK(ui::results_layer::current_period(d.session.model(), choice) == "2026-12");

    // The sheet: one slot within 10 minutes, one 15 minutes late: 50 % against 98 %.
    const ui::MomentResult* schedule = moment("tp-wh-schedule");
    REQUIRE(schedule);
    CHECK(schedule->status == bp::Status::Below);
    CHECK(schedule->label == "50 % / target 98 %");
    // Nothing else was measured in December.
    REQUIRE(moment("tp-wh-purchase"));
    CHECK(moment("tp-wh-purchase")->status == bp::Status::NoData);
    CHECK(moment("tp-wh-purchase")->label.rfind("no data / target ", 0) == 0);

    // In Chinese the label is the page's "50 % / 目标 98 %".
    d.options.lang = ui::Lang::Zh;
    CHECK(moment("tp-wh-schedule")->label == "50 % / 目标 98 %");
    d.options.lang = ui::Lang::En;

    // Both views draw the layer through the frame loop.
    d.options.view = ui::View::Blueprint;
    h.frames(2);
    d.options.view = ui::View::Circles;
    h.frames(2);

    // Undo takes the import back: December is gone and the layer shows the latest period left.
    h.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    REQUIRE(d.session.model().results);
    CHECK(d.session.model().results->periods.back() == "2026-11");
    CHECK(ui::results_layer::current_period(d.session.model(), choice) == "2026-11");
    CHECK(moment("tp-wh-schedule")->status == bp::Status::NoData);  // the handover was never measured
}

TEST_CASE_METHOD(WaterHeaterResults, "results layer: a met and a below moment, the period picker and the site picker",
                 "[results]") {
    REQUIRE(import(kHandoverNovember));
    CHECK(d.notice == "Imported 3 observations. Undo removes them.");
    REQUIRE(import(read("tests/fixtures/water_heater.results-filled.csv")));

    // November: the slot 50 of 50 (100 % ≥ 98 %), the handover 3 of 3 (100 % ≥ 99 %): met; the label
    // shows the standard closest to its target, the handover.
    choice.period = "2026-11";
    const ui::MomentResult* schedule = moment("tp-wh-schedule");
    REQUIRE(schedule);
    CHECK(schedule->status == bp::Status::Met);
    CHECK(schedule->label == "100 % / target 99 %");
    // 门店选购与付款: the advice 17 of 20 (85 %) against 90 %: below, however its price standard stands.
    const ui::MomentResult* purchase = moment("tp-wh-purchase");
    REQUIRE(purchase);
    CHECK(purchase->status == bp::Status::Below);
    CHECK(purchase->label == "85 % / target 90 %");

    // December: the sheet's one slot late of two.
    choice.period = "2026-12";
    CHECK(moment("tp-wh-schedule")->status == bp::Status::Below);
    CHECK(moment("tp-wh-schedule")->label == "50 % / target 98 %");

    // October at 上海徐汇店: the slot 36 of 40 (90 %) is below; at 北京朝阳店 the slot met its target
    // (49 of 50) but the handover was not measured that month: no data, grey.
    choice.period = "2026-10";
    choice.site = "上海徐汇店";
    CHECK(moment("tp-wh-schedule")->status == bp::Status::Below);
    CHECK(moment("tp-wh-schedule")->label == "90 % / target 98 %");
    choice.site = "北京朝阳店";
    CHECK(moment("tp-wh-schedule")->status == bp::Status::NoData);
    CHECK(moment("tp-wh-schedule")->label == "no data / target 99 %");
    // A period the results do not have falls back to the latest.
    choice.period = "2031-01";
    choice.site.clear();
    CHECK(ui::results_layer::current_period(d.session.model(), choice) == "2026-12");

    // Off: nothing is shown.
    choice.shown = false;
    CHECK(moment("tp-wh-schedule") == nullptr);
}

TEST_CASE_METHOD(WaterHeaterResults, "results import: a refused file says row, column and what, and changes nothing",
                 "[results]") {
    const uint64_t revision = d.session.doc().revision();
    const std::string bad = "标准编号,期间,网点,结果,备注\nst-wh-slot,2026-12,北京朝阳店,eight,\n";
    CHECK_FALSE(import(bad));
    CHECK(d.notice_is_error);
    CHECK(d.notice.rfind("Could not import the results: ", 0) == 0);
    CHECK(d.notice.find("row 2") != std::string::npos);
    CHECK(d.session.doc().revision() == revision);
    CHECK_FALSE(choice.shown);
}

TEST_CASE_METHOD(WaterHeaterResults, "File › Remove results is undoable", "[results]") {
    ui::results_layer::remove(d.context());
    h.frames(1);
    CHECK_FALSE(d.session.model().results);
    CHECK(d.notice.rfind("Removed the measured results", 0) == 0);
    d.session.doc().undo();
    REQUIRE(d.session.model().results);
    CHECK(d.session.model().results->periods.size() == 2);
}

TEST_CASE_METHOD(WaterHeaterResults, "File › Import results… in the menu asks the platform for the file", "[results]") {
    // "File" is the first entry of the menu bar, at its top left.
    const ImGuiWindow* bar = ImGui::FindWindowByName("##MainMenuBar");
    REQUIRE(bar);
    h.click(ImVec2(bar->Pos.x + 16, bar->Pos.y + bar->Size.y / 2));
    const ImRect item = panels_test::rect_of(h, "##Menu_00", {std::string("Import results…")});
    REQUIRE(item.GetWidth() > 0);
    CHECK(h.platform.results_picker_requests == 0);
    h.click(item.GetCenter());
    CHECK(h.platform.results_picker_requests == 1);
    CHECK(d.session.model().results->periods.size() == 2);  // nothing imported until the bytes come
}
