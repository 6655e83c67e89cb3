// File › Export standards › the standards the table shows: with the standards table filtered (to a role,
// say), its standards are one click from a file of their own, in every format the full export has.
#include <catch2/catch.hpp>

#include "app/designer/panel_state.h"
#include "app/designer/standards_rows.h"
#include "blueprint/export.h"
#include "harness.h"
#include "source_files.h"
#include "widget_locator.h"

using panels_test::rect_of;

namespace {
// Opens the File menu, then `path` menu by menu (##Menu_01, ##Menu_02, …), and clicks the last item.
void choose(ui_test::Harness& h, const std::vector<std::string>& path) {
    const ImGuiWindow* bar = ImGui::FindWindowByName("##MainMenuBar");
    REQUIRE(bar);
    h.click(ImVec2(bar->Pos.x + 16, bar->Pos.y + bar->Size.y / 2));
    for (size_t i = 0; i < path.size(); ++i) {
        const std::string menu = "##Menu_0" + std::to_string(i);
        const ImRect item = rect_of(h, menu.c_str(), {path[i]});
        INFO(menu << " › " << path[i]);
        REQUIRE(item.GetWidth() > 0);
        if (i + 1 < path.size()) {
            h.move(item.GetCenter());
            h.frames(3);
        } else {
            h.click(item.GetCenter());
        }
    }
}
}  // namespace

TEST_CASE("File › Export standards offers the standards the table's filter shows, as their own files", "[export]") {
    ui_test::Harness h;
    h.d.options.lang = ui::Lang::En;
    REQUIRE(h.d.open_text(ui_test::read_source_file("assets/samples/water-heater-installation.blueprint.json"),
                          "water-heater.blueprint.json"));
    h.frames(2);
    // Unfiltered: only the whole document's files.
    choose(h, {"Export standards", ".standards.json"});
    REQUIRE(h.platform.downloads.size() == 1);
    CHECK(h.platform.downloads[0].filename == "water-heater.standards.json");
    CHECK(h.platform.downloads[0].bytes == bp::export_standards_json(h.d.session.model()));

    // Filtered to the installer: the installer's standards, nobody else's.
    h.d.panels.standards.filter.owner = std::string("r-installer");
    std::vector<bp::StandardId> shown;
    for (const ui::StandardRow& row :
         ui::build_standard_rows(h.d.session.model(), h.d.findings(), h.d.panels.standards.filter, {}, ui::Lang::En))
        shown.push_back(row.id);
    REQUIRE(shown.size() >= 2);
    const std::string label = "The " + std::to_string(shown.size()) + " standards the table shows";
    choose(h, {"Export standards", label, ".standards.json"});
    REQUIRE(h.platform.downloads.size() == 2);
    CHECK(h.platform.downloads[1].filename == "water-heater-filtered.standards.json");
    const bp::Blueprint kept = bp::keeping_standards(h.d.session.model(), shown);
    CHECK(h.platform.downloads[1].bytes == bp::export_standards_json(kept));
    choose(h, {"Export standards", label, ".md (handbook)"});
    REQUIRE(h.platform.downloads.size() == 3);
    CHECK(h.platform.downloads[2].filename == "water-heater-filtered.standards.md");
    CHECK(h.platform.downloads[2].bytes == bp::export_standards_markdown(kept, ui::Lang::En));
}
