// File › Export report per scope, through the frame loop on the water heater (format 4): the whole
// blueprint, the circle of the selection, and each role from a submenu; the file name says the scope and
// the report is the CLI's for it (blueprint/report.h, whose figures tests/unit/test_report_scope.cpp checks).
// File › Export instrument: the sheets of blueprint/instruments.h, named by kind, period, site and role.
#include <catch2/catch.hpp>

#include "app/designer/results_layer.h"
#include "blueprint/dates.h"
#include "blueprint/instruments.h"
#include "blueprint/report.h"
#include "harness.h"
#include "source_files.h"
#include "widget_locator.h"

using panels_test::rect_of;

namespace {
const std::string kFixture = "tests/fixtures/water_heater.v4-results.blueprint.json";

struct Designer {
    ui_test::Harness h;
    Designer() {
        h.d.options.lang = ui::Lang::En;
        REQUIRE(h.d.open_text(ui_test::read_source_file(kFixture), "water-heater.blueprint.json"));
        h.frames(2);
    }
    // Opens File › Export report (or another entry of the File menu) and hovers the entries of `path` in turn (each a submenu, one level
    // deeper: ##Menu_01, ##Menu_02 …), then clicks `item` in the last; false when one is not there.
    bool click(const std::vector<std::string>& path, const std::string& item) { return click_in("Export report", path, item); }
    bool click_in(const std::string& file_entry, const std::vector<std::string>& path, const std::string& item) {
        const ImGuiWindow* bar = ImGui::FindWindowByName("##MainMenuBar");
        if (!bar) return false;
        h.click(ImVec2(bar->Pos.x + 16, bar->Pos.y + bar->Size.y / 2));
        const ImRect menu = rect_of(h, "##Menu_00", {file_entry});
        if (menu.GetWidth() <= 0) return false;
        h.move(menu.GetCenter());
        h.frames(3);
        int level = 1;
        for (const std::string& entry : path) {
            char window[16];
            std::snprintf(window, sizeof window, "##Menu_%02d", level++);
            const ImRect r = rect_of(h, window, {entry});
            if (r.GetWidth() <= 0) return false;
            h.move(r.GetCenter());
            h.frames(3);
        }
        char window[16];
        std::snprintf(window, sizeof window, "##Menu_%02d", level);
        const ImRect r = rect_of(h, window, {item});
        if (r.GetWidth() <= 0) return false;
        h.click(r.GetCenter());
        return true;
    }
};
}  // namespace

TEST_CASE("File › Export report › Role › Installer downloads the installer's report, named so", "[results]") {
    Designer f;
    REQUIRE(f.click({"Role", "Installer##report-r-installer"}, ".md"));
    REQUIRE(f.h.platform.downloads.size() == 1);
    CHECK(f.h.platform.downloads[0].filename == "water-heater.report-2026-11-r-installer.md");
    bp::ReportOptions o;
    o.period = "2026-11";
    o.role = bp::RoleId("r-installer");
    o.lang = bp::Lang::En;
    const bp::Blueprint& doc = f.h.d.session.model();
    CHECK(f.h.platform.downloads[0].bytes == bp::report_markdown(doc, bp::build_report(doc, o), bp::Lang::En));
    CHECK(f.h.platform.downloads[0].bytes.find(" · Role: Installer\n") != std::string::npos);
}

TEST_CASE("File › Export report offers the circle of the selected element, and its report is of that circle", "[results]") {
    Designer f;
    // Nothing selected: the circle entry is there, disabled, saying what to do.
    CHECK_FALSE(ui::results_layer::selected_circle(f.h.d.context()));
    f.h.d.selection.set(bp::TouchpointId("tp-wh-ex-close"));
    f.h.frames(2);
    const bp::Circle* c = ui::results_layer::selected_circle(f.h.d.context());
    REQUIRE(c);
    CHECK(c->id.value == "c-wh-exception");
    f.h.d.options.results = {true, "2026-11", "北京朝阳店"};
    REQUIRE(f.click({"Circle: " + c->name + "##report-circle"}, ".csv (Excel)"));
    REQUIRE(f.h.platform.downloads.size() == 1);
    CHECK(f.h.platform.downloads[0].filename == "water-heater.report-2026-11-北京朝阳店-c-wh-exception.csv");
    CHECK(f.h.platform.downloads[0].bytes.find("2026-11,北京朝阳店,Circle: 安装异常处理服务圈,") != std::string::npos);
    CHECK(f.h.platform.downloads[0].bytes.find("st-wh-advice") == std::string::npos);  // of the other circle

    // The circle itself selected, and the whole blueprint next to it.
    f.h.d.selection.set(bp::CircleId("c-wh-install"));
    REQUIRE(f.click({"Whole blueprint"}, ".html (print)"));
    REQUIRE(f.h.platform.downloads.size() == 2);
    CHECK(f.h.platform.downloads[1].filename == "water-heater.report-2026-11-北京朝阳店.html");
    CHECK(f.h.platform.downloads[1].bytes.find("<title>Monthly service-standards report · Whole blueprint</title>") != std::string::npos);
    REQUIRE(ui::results_layer::selected_circle(f.h.d.context()));
    CHECK(ui::results_layer::selected_circle(f.h.d.context())->id.value == "c-wh-install");
}

TEST_CASE("File › Export instrument downloads this month's sheet, named by kind, period, site and role", "[results]") {
    Designer f;
    f.h.d.options.results = {true, "2026-11", "上海徐汇店"};
    bp::InstrumentOptions o;
    o.kind = bp::InstrumentKind::Audit;
    o.role = bp::RoleId("r-installer");
    o.period = "2026-12";
    o.site = "上海徐汇店";
    o.lang = bp::Lang::En;
    ui::results_layer::export_instrument(f.h.d.context(), o, ui::results_layer::InstrumentFormat::Csv);
    REQUIRE(f.h.platform.downloads.size() == 1);
    CHECK(f.h.platform.downloads[0].filename == "water-heater.audit-2026-12-上海徐汇店-r-installer.csv");
    CHECK(f.h.platform.downloads[0].bytes == bp::instrument_csv(f.h.d.session.model(), o));

    // Through the menu: every role's mystery-shopper checklist, this month, at the layer's site.
    REQUIRE(f.click_in("Export instrument", {"Mystery-shopper checklist", "Every role"}, ".html (print)"));
    REQUIRE(f.h.platform.downloads.size() == 2);
    const std::string month = bp::today_local().substr(0, 7);
    CHECK(f.h.platform.downloads[1].filename == "water-heater.checklist-" + month + "-上海徐汇店.html");
    CHECK(f.h.platform.downloads[1].bytes.find("st-wh-covers") != std::string::npos);

    // A sheet no standard belongs on (the driver's standards are not for the mystery shopper) says so
    // instead of downloading an empty one.
    o.kind = bp::InstrumentKind::MysteryShopper;
    o.role = bp::RoleId("r-driver");
    REQUIRE(bp::instrument_rows(f.h.d.session.model(), o).empty());
    ui::results_layer::export_instrument(f.h.d.context(), o, ui::results_layer::InstrumentFormat::Csv);
    CHECK(f.h.platform.downloads.size() == 2);
}
