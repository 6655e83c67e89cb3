// The measurement loop in the designer through the frame loop, on the water heater (format 4, October
// and November measured at 北京朝阳店 and 上海徐汇店): the standards table's results columns, the
// results panel's league table and trend chart, File › Export report, and the results layer's choices
// kept in the preferences. The figures themselves are tested against hand-computed values in
// tests/unit/test_trends.cpp; these tests check that the views show those figures and act on clicks.
#include <catch2/catch.hpp>

#include <algorithm>

#include "app/designer/panel_state.h"
#include "app/designer/panels.h"
#include "app/designer/results_layer.h"
#include "blueprint/report.h"
#include "harness.h"
#include "source_files.h"
#include "widget_locator.h"

using panels_test::rect_in_table;
using panels_test::rect_of;

namespace {

std::string read(const std::string& path) { return ui_test::read_source_file(path); }

const std::string kFixture = "tests/fixtures/water_heater.v4-results.blueprint.json";

// The standards panel alone in a 1200 × 600 window, on the fixture.
struct TableOnResults {
    ui_test::Harness h;
    ui::Designer& d = h.d;
    TableOnResults() {
        d.options.lang = ui::Lang::En;
        REQUIRE(d.open_text(read(kFixture), "water-heater.blueprint.json"));
        h.draw = [this] {
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(ImVec2(1200, 600));
            d.draw_panel("standards");
        };
        h.frames(2);
    }
    const ui::StandardRow* row(const char* id) {
        for (const ui::StandardRow& r : d.panels.standards.rows.rows())
            if (r.id.value == id) return &r;
        return nullptr;
    }
    std::vector<std::string> shown_standards() {
        std::vector<std::string> out;
        for (const auto& r : d.panels.standards.rows.rows()) out.push_back(r.id.value);
        return out;
    }
    ImGuiTable* standards_table() { return ImGui::TableFindByID(panels_test::id_of("###standards", {std::string("##standards")})); }
};

// The whole designer with the results panel alone in the bottom dock (the shell carries out its clicks).
struct DesignerOnResults {
    ui_test::Harness h;
    ui::Designer& d = h.d;
    DesignerOnResults() {
        d.options.lang = ui::Lang::En;
        d.options.show_results = true;
        d.options.show_standards = false;
        d.options.show_lint = false;
        REQUIRE(d.open_text(read(kFixture), "water-heater.blueprint.json"));
        h.frames(2);
    }
    // A cell of the league table: the site's row, the period's column.
    ImRect league_cell(const char* site, const char* period) {
        ImGuiWindow* area = panels_test::child_window("###results", "##league_area");
        if (!area) return ImRect();
        ImGuiTable* t = ImGui::TableFindByID(ImHashStr("##league", 0, area->ID));
        if (!t) return ImRect();
        const ImGuiID row = ImHashStr(site, 0, t->ID);
        return panels_test::rect_of(h, t->InnerWindow, ImHashStr((std::string("###") + period).c_str(), 0, row));
    }
};

bool column_enabled(ImGuiTable* t, ui::StandardsColumn c) {
    for (int i = 0; i < t->ColumnsCount; ++i)
        if (t->Columns[i].UserID == ImGuiID(c)) return t->Columns[i].IsEnabled;
    return false;
}

}  // namespace

// ------------------------------------------------------------------------------------ standards table
TEST_CASE("standards table: the results columns show this period's share, n, trend and status", "[results]") {
    TableOnResults f;
    ImGuiTable* t = f.standards_table();
    REQUIRE(t);
    for (auto c : {ui::StandardsColumn::Share, ui::StandardsColumn::Observations, ui::StandardsColumn::Trend,
                   ui::StandardsColumn::Status})
        CHECK(column_enabled(t, c));

    // The layer's period by default: the latest, November, all sites pooled.
    CHECK(f.d.panels.standards.results.period == "2026-11");
    CHECK(f.d.panels.standards.results.site.empty());
    const ui::StandardRow* slot = f.row("st-wh-slot");
    REQUIRE(slot);
    CHECK(slot->result.now.n == 50);
    CHECK(slot->result.verdict == bp::Verdict::Met);
    REQUIRE(slot->result.change);
    CHECK(*slot->result.change == Approx(100.0 - 8500.0 / 90.0));
    CHECK(f.row("st-wh-ontime")->result.verdict == bp::Verdict::CriticalFailed);
    CHECK(f.row("st-wh-advice")->result.verdict == bp::Verdict::Below);
    CHECK(f.row("st-wh-price")->result.verdict == bp::Verdict::NoData);

    // The status header sorts by how much a standard needs attention: most first when clicked.
    const ImRect header = rect_in_table(f.h, "###standards", "##standards", {int(ui::StandardsColumn::Status), std::string("Status")});
    REQUIRE(header.GetWidth() > 0);
    f.h.click(header.GetCenter());
    REQUIRE(f.d.panels.standards.sort.size() == 1);
    CHECK(f.d.panels.standards.sort[0].column == ui::StandardsColumn::Status);
    std::vector<std::string> order = f.shown_standards();
    CHECK(order[0] == "st-wh-ontime");                   // critical failed
    CHECK((order[1] == "st-wh-advice" || order[1] == "st-wh-covers"));  // below
    CHECK((order[2] == "st-wh-advice" || order[2] == "st-wh-covers"));
    CHECK(order.back() == "st-wh-slot");                 // the one met

    // Another period and site (the layer's choice): the rows follow.
    f.d.options.results.period = "2026-10";
    f.d.options.results.site = "上海徐汇店";
    f.h.frames(2);
    CHECK(f.d.panels.standards.results.period == "2026-10");
    CHECK(f.row("st-wh-slot")->result.now.share == Approx(0.9));
    CHECK(f.row("st-wh-slot")->result.verdict == bp::Verdict::Below);
    CHECK_FALSE(f.row("st-wh-slot")->result.change);  // October is the first period
}

TEST_CASE("standards table: without results there are no results columns", "[results]") {
    TableOnResults f;
    ui::results_layer::remove(f.d.context());
    f.h.frames(2);
    REQUIRE_FALSE(f.d.session.model().results);
    ImGuiTable* t = f.standards_table();
    REQUIRE(t);
    CHECK_FALSE(column_enabled(t, ui::StandardsColumn::Share));
    CHECK_FALSE(column_enabled(t, ui::StandardsColumn::Status));
    CHECK(column_enabled(t, ui::StandardsColumn::Compliance));
    CHECK(f.d.panels.standards.results.period.empty());
    CHECK(f.row("st-wh-slot")->result.now.n == 0);
}

// ------------------------------------------------------------------------------------- results panel
TEST_CASE("results panel: the league table ranks the sites, and a click chooses its period and site", "[results]") {
    DesignerOnResults f;
    const bp::League& league = f.d.panels.results.league;
    CHECK(f.d.panels.results.league_period == "2026-11");
    CHECK(league.sites == std::vector<std::string>{"上海徐汇店", "北京朝阳店"});  // 60 % against a critical failure
    CHECK(league.rank == std::vector<int>{1, 2});

    CHECK_FALSE(f.d.options.results.shown);
    const ImRect cell = f.league_cell("北京朝阳店", "2026-10");
    REQUIRE(cell.GetWidth() > 0);
    f.h.click(cell.GetCenter());
    f.h.frames(1);
    CHECK(f.d.options.results.shown);  // choosing shows the layer
    CHECK(f.d.options.results.period == "2026-10");
    CHECK(f.d.options.results.site == "北京朝阳店");
    // The league now ranks October: 北京 98 % first; the canvas shows October at 北京.
    CHECK(f.d.panels.results.league_period == "2026-10");
    CHECK(f.d.panels.results.league.sites.front() == "北京朝阳店");
    const ui::MomentResult* schedule = ui::results_layer::moment(f.d.context(), f.d.canvas.results, bp::TouchpointId("tp-wh-schedule"));
    REQUIRE(schedule);
    CHECK(schedule->label == "no data / target 99 %");  // the slot met, the handover unmeasured at 北京 in October

    // The trend chart's periods choose too: a click at its left end is October, at its right November.
    f.d.selection.set(f.d.context().resolve("st-wh-slot"));
    f.h.frames(2);
    ImGuiWindow* trend_area = panels_test::child_window("###results", "##trend_area");
    REQUIRE(trend_area);
    const ImRect chart = rect_of(f.h, trend_area, ImHashStr("##trend_chart", 0, trend_area->ID));
    REQUIRE(chart.GetWidth() > 0);
    f.h.idle(1);
    f.h.click(ImVec2(chart.Max.x - 4, chart.GetCenter().y));
    f.h.frames(1);
    CHECK(f.d.options.results.period == "2026-11");
    CHECK(f.d.options.results.site == "北京朝阳店");
}

TEST_CASE("results panel: the trend chart follows the selected standard or moment", "[results]") {
    DesignerOnResults f;
    CHECK(f.d.panels.results.trend_standard.empty());  // nothing selected: the chart asks for a selection

    f.d.selection.set(f.d.context().resolve("st-wh-slot"));
    f.h.frames(2);
    CHECK(f.d.panels.results.trend_standard == "st-wh-slot");
    REQUIRE(f.d.panels.results.trend.size() == 2);
    CHECK(f.d.panels.results.trend[0].result.share == Approx(85.0 / 90.0));
    CHECK(f.d.panels.results.trend[1].result.share == Approx(1.0));

    // A moment: its worst standard this period. 送货上门: on-time delivery 9 of 10 (critical, below) and
    // the intact goods due without data, which the roll-up counts as worse; the panel's combo chooses.
    f.d.selection.set(f.d.context().resolve("tp-wh-delivery"));
    f.h.frames(2);
    CHECK(f.d.panels.results.trend_standard == "st-wh-intact");  // due, nothing measured: the worst
    f.d.panels.results.moment_standard = "st-wh-ontime";         // chosen in the panel's combo
    f.h.frames(2);
    CHECK(f.d.panels.results.trend_standard == "st-wh-ontime");
    CHECK(f.d.panels.results.trend[1].result.share == Approx(0.9));

    // At one site the series is that site's.
    f.d.options.results.site = "上海徐汇店";
    f.d.selection.set(f.d.context().resolve("st-wh-slot"));
    f.h.frames(2);
    CHECK(f.d.panels.results.trend_site == "上海徐汇店");
    CHECK(f.d.panels.results.trend[0].result.share == Approx(0.9));
    CHECK(f.d.panels.results.trend[1].result.n == 0);
}

// ------------------------------------------------------------------------------------- export report
TEST_CASE("File › Export report downloads the CLI's report for the layer's period and site", "[results]") {
    TableOnResults f;
    f.d.options.results = {true, "2026-10", "上海徐汇店"};
    ui::results_layer::export_report(f.d.context(), ui::results_layer::ReportFormat::Html);
    ui::results_layer::export_report(f.d.context(), ui::results_layer::ReportFormat::Markdown);
    ui::results_layer::export_report(f.d.context(), ui::results_layer::ReportFormat::Csv);
    REQUIRE(f.h.platform.downloads.size() == 3);

    bp::ReportOptions o;
    o.period = "2026-10";
    o.site = "上海徐汇店";
    o.lang = bp::Lang::En;
    const bp::Blueprint& doc = f.d.session.model();
    const bp::Report r = bp::build_report(doc, o);
    CHECK(f.h.platform.downloads[0].filename == "water-heater.report-2026-10-上海徐汇店.html");
    CHECK(f.h.platform.downloads[0].mime == "text/html");
    CHECK(f.h.platform.downloads[0].bytes == bp::report_html(doc, r, bp::Lang::En));
    CHECK(f.h.platform.downloads[1].filename == "water-heater.report-2026-10-上海徐汇店.md");
    CHECK(f.h.platform.downloads[1].bytes == bp::report_markdown(doc, r, bp::Lang::En));
    CHECK(f.h.platform.downloads[1].bytes.find("上海徐汇店") != std::string::npos);
    CHECK(f.h.platform.downloads[2].bytes == bp::report_csv(r, bp::Lang::En));

    // A period the results do not have: the report is of the latest, all sites.
    f.d.options.results = {true, "2031-01", "广州天河店"};
    ui::results_layer::export_report(f.d.context(), ui::results_layer::ReportFormat::Markdown);
    CHECK(f.h.platform.downloads[3].filename == "water-heater.report-2026-11.md");
}

TEST_CASE("File › Export report › Whole blueprint › .md in the menu bar downloads the report", "[results]") {
    ui_test::Harness h;
    h.d.options.lang = ui::Lang::En;
    REQUIRE(h.d.open_text(read(kFixture), "water-heater.blueprint.json"));
    h.frames(2);
    const ImGuiWindow* bar = ImGui::FindWindowByName("##MainMenuBar");
    REQUIRE(bar);
    h.click(ImVec2(bar->Pos.x + 16, bar->Pos.y + bar->Size.y / 2));
    const ImRect menu = rect_of(h, "##Menu_00", {std::string("Export report")});
    REQUIRE(menu.GetWidth() > 0);
    h.move(menu.GetCenter());
    h.frames(3);
    const ImRect whole = rect_of(h, "##Menu_01", {std::string("Whole blueprint")});
    REQUIRE(whole.GetWidth() > 0);
    h.move(whole.GetCenter());
    h.frames(3);
    const ImRect md = rect_of(h, "##Menu_02", {std::string(".md")});
    REQUIRE(md.GetWidth() > 0);
    h.click(md.GetCenter());
    REQUIRE(h.platform.downloads.size() == 1);
    CHECK(h.platform.downloads[0].filename == "water-heater.report-2026-11.md");
    CHECK(h.platform.downloads[0].bytes.rfind("# Monthly service-standards report", 0) == 0);
}

// -------------------------------------------------------------------------------------- preferences
TEST_CASE("preferences keep the results layer's on/off, period and site, and unknown ones fall back", "[results][prefs]") {
    ui_test::Harness h;
    h.d.options.results = {true, "2026-10", "上海徐汇店"};
    h.frame();
    const std::string saved = h.platform.preferences;
    CHECK(saved.find("\"results_layer\":true") != std::string::npos);
    CHECK(saved.find("\"results_period\":\"2026-10\"") != std::string::npos);
    CHECK(saved.find("\"results_site\":\"上海徐汇店\"") != std::string::npos);

    ui_test::Harness next;
    next.d.load_preferences(saved);
    CHECK(next.d.options.results.shown);
    CHECK(next.d.options.results.period == "2026-10");
    CHECK(next.d.options.results.site == "上海徐汇店");
    REQUIRE(next.d.open_text(read(kFixture), "water-heater.blueprint.json"));
    CHECK(ui::results_layer::current_period(next.d.session.model(), next.d.options.results) == "2026-10");
    CHECK(ui::results_layer::current_site(next.d.session.model(), next.d.options.results) == "上海徐汇店");

    // A period and site this document does not have: the latest period, all sites; nothing is lost.
    ui_test::Harness other;
    other.d.load_preferences("{\"results_layer\":true,\"results_period\":\"2031-01\",\"results_site\":\"广州天河店\"}");
    REQUIRE(other.d.open_text(read(kFixture), "water-heater.blueprint.json"));
    other.frames(2);
    CHECK(ui::results_layer::current_period(other.d.session.model(), other.d.options.results) == "2026-11");
    CHECK(ui::results_layer::current_site(other.d.session.model(), other.d.options.results).empty());
    CHECK(ui::results_layer::moment(other.d.context(), other.d.canvas.results, bp::TouchpointId("tp-wh-purchase")));
    CHECK(other.d.options.results.period == "2031-01");  // kept for a document that has it

    // Not a period, or not a string: ignored.
    ui_test::Harness odd;
    odd.d.load_preferences("{\"results_layer\":\"yes\",\"results_period\":\"November\",\"results_site\":7}");
    CHECK_FALSE(odd.d.options.results.shown);
    CHECK(odd.d.options.results.period.empty());
    CHECK(odd.d.options.results.site.empty());
}
