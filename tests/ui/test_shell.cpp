// The shell: keyboard edits without the inspector, undo/redo, files, notices, autosave, preferences.
#include <catch2/catch.hpp>

#include <set>

#include <imgui_internal.h>

#include "app/designer/actions.h"
#include "harness.h"

using namespace ui_test;

namespace {

std::vector<std::string> names_of(const ui::Designer& d, int circle = 0) {
    std::vector<std::string> names;
    for (const auto& tp : d.session.model().circles[circle].touchpoints) names.push_back(tp.name);
    return names;
}

}  // namespace

TEST_CASE("Enter adds the next touchpoint after the selected one and opens its name for typing", "[shell][keys]") {
    Harness h;
    h.load(sample_blueprint(1, 3, 0));
    h.click(h.screen_of("c1-tp2"));
    h.press(ImGuiKey_Enter);
    const auto& tps = h.d.session.model().circles[0].touchpoints;
    REQUIRE(tps.size() == 4);
    const std::string added = tps[2].id.value;
    CHECK(ui_test::selected(h.d) == std::vector<std::string>{added});
    CHECK(h.d.canvas.rename_id.str() == added);
    h.type("送货上门");
    h.press(ImGuiKey_Enter);
    CHECK(h.d.session.model().circles[0].touchpoints[2].name == "送货上门");
    CHECK(h.d.canvas.rename_id.empty());
    // Enter again (the name field is closed) adds another one after it.
    h.press(ImGuiKey_Enter);
    CHECK(h.d.session.model().circles[0].touchpoints.size() == 5);
    h.press(ImGuiKey_Escape);  // leave its default name
    CHECK(h.d.session.model().circles[0].touchpoints[3].name == "触点 5");
    // Add, rename, add: three steps.
    CHECK(h.d.session.doc().history().undo_depth() == 3);
}

TEST_CASE("Enter on an empty blueprint creates a circle holding the first touchpoint", "[shell][keys]") {
    Harness h;
    bp::Blueprint empty;
    empty.id = bp::BlueprintId("bp-empty");
    empty.name = "空";
    h.load(empty);
    h.press(ImGuiKey_Enter);
    REQUIRE(h.d.session.model().circles.size() == 1);
    CHECK(h.d.session.model().circles[0].touchpoints.size() == 1);
}

TEST_CASE("F2 renames the selection — Esc cancels — double-click renames too", "[shell][keys]") {
    Harness h;
    h.load(sample_blueprint(1, 3, 1));
    h.click(h.screen_of("c1-tp1-kf1"));
    h.press(ImGuiKey_F2);
    CHECK(h.d.canvas.rename_id.str() == "c1-tp1-kf1");
    h.type("准时");
    h.press(ImGuiKey_Escape);
    CHECK(h.d.session.model().circles[0].touchpoints[0].key_factors[0].name == "关键因素 1");
    CHECK(h.d.session.doc().history().undo_depth() == 0);

    h.press(ImGuiKey_F2);
    h.type("准时到达");
    h.press(ImGuiKey_Enter);
    CHECK(h.d.session.model().circles[0].touchpoints[0].key_factors[0].name == "准时到达");

    h.double_click(h.screen_of("c1"));
    CHECK(h.d.canvas.rename_id.str() == "c1");
    h.type("安装服务圈");
    h.press(ImGuiKey_Enter);
    CHECK(h.d.session.model().circles[0].name == "安装服务圈");
    CHECK(h.d.session.doc().history().undo_depth() == 2);
}

TEST_CASE("keys typed into the rename field do not trigger shortcuts", "[shell][keys]") {
    Harness h;
    h.load(sample_blueprint(1, 3, 0));
    h.click(h.screen_of("c1-tp1"));
    h.press(ImGuiKey_F2);
    h.press(ImGuiKey_Delete);               // deletes text in the field, not the touchpoint
    h.press(ImGuiKey_A, ImGuiMod_Ctrl);     // selects the text, not every element
    CHECK(h.d.session.model().circles[0].touchpoints.size() == 3);
    CHECK(ui_test::selected(h.d) == std::vector<std::string>{"c1-tp1"});
    h.press(ImGuiKey_Escape);
}

TEST_CASE("Del deletes, Ctrl+Z brings it back, Ctrl+Shift+Z and Ctrl+Y redo", "[shell][keys]") {
    Harness h;
    h.load(sample_blueprint(1, 4, 2));
    h.click(h.screen_of("c1-tp2"));
    h.click(h.screen_of("c1-tp4"), ImGuiMod_Shift);
    h.click(h.screen_of("c1-tp4-kf1"), ImGuiMod_Shift);  // inside a deleted touchpoint: goes with it
    h.press(ImGuiKey_Delete);
    CHECK(names_of(h.d) == std::vector<std::string>{"触点 1", "触点 3"});
    CHECK(h.d.selection.ids.empty());
    CHECK(h.d.session.doc().history().undo_depth() == 1);

    h.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    CHECK(names_of(h.d) == std::vector<std::string>{"触点 1", "触点 2", "触点 3", "触点 4"});
    CHECK(h.d.session.model().circles[0].touchpoints[3].key_factors.size() == 2);
    h.press(ImGuiKey_Z, ImGuiMod_Ctrl | ImGuiMod_Shift);
    CHECK(names_of(h.d).size() == 2);
    h.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    h.press(ImGuiKey_Y, ImGuiMod_Ctrl);
    CHECK(names_of(h.d).size() == 2);
}

TEST_CASE("Ctrl+D duplicates the selection right after the originals with fresh ids", "[shell][keys]") {
    Harness h;
    h.load(sample_blueprint(1, 3, 2));
    h.click(h.screen_of("c1-tp1"));
    h.click(h.screen_of("c1-tp3"), ImGuiMod_Shift);
    h.press(ImGuiKey_D, ImGuiMod_Ctrl);
    const auto& tps = h.d.session.model().circles[0].touchpoints;
    REQUIRE(tps.size() == 5);
    CHECK(names_of(h.d) == std::vector<std::string>{"触点 1", "触点 1", "触点 2", "触点 3", "触点 3"});
    const auto ids = bp::collect_ids(h.d.session.model());
    const auto counts = bp::count(h.d.session.model());
    CHECK(ids.size() == 1 + 1 + counts.circles + counts.touchpoints + counts.key_factors + counts.standards);
    CHECK(ui_test::selected(h.d) == std::vector<std::string>{tps[1].id.value, tps[4].id.value});
    CHECK(tps[1].key_factors.size() == 2);
    CHECK(tps[1].key_factors[0].id != tps[0].key_factors[0].id);
    CHECK(h.d.session.doc().history().undo_depth() == 1);
    h.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    CHECK(h.d.session.model().circles[0].touchpoints.size() == 3);
}

TEST_CASE("Ctrl+A selects everything on the canvas — Esc clears", "[shell][keys]") {
    Harness h;
    h.load(sample_blueprint(2, 3, 1));
    h.press(ImGuiKey_A, ImGuiMod_Ctrl);
    CHECK(h.d.selection.ids.size() == 2 + 6 + 6);
    h.press(ImGuiKey_Escape);
    CHECK(h.d.selection.ids.empty());
}

TEST_CASE("actions create key factors and standards under the selection", "[shell][actions]") {
    Harness h;
    h.load(sample_blueprint(1, 2, 0));
    CHECK(ui::actions::add_key_factor(h.d.context()).empty());  // nothing selected: says so
    h.frame();
    CHECK_FALSE(h.d.notice.empty());
    h.d.selection.set(ui_test::typed(h.d, "c1-tp2"));
    const bp::ElementId kf = ui::actions::add_key_factor(h.d.context());
    REQUIRE_FALSE(kf.empty());
    const bp::ElementId st = ui::actions::add_standard(h.d.context());
    REQUIRE_FALSE(st.empty());
    const auto& tp = h.d.session.model().circles[0].touchpoints[1];
    REQUIRE(tp.key_factors.size() == 1);
    REQUIRE(tp.key_factors[0].standards.size() == 1);
    CHECK(tp.key_factors[0].standards[0].owner == tp.role);  // the touchpoint's role owns it
    h.d.selection.set(st);
    h.press(ImGuiKey_Delete);
    CHECK(h.d.session.model().circles[0].touchpoints[1].key_factors[0].standards.empty());
    const bp::ElementId c = ui::actions::add_circle(h.d.context());
    REQUIRE(h.d.session.model().circles.size() == 2);
    // A new circle is placed clear of the others.
    const auto& circles = h.d.session.model().circles;
    const double gap = circles[1].position.x - circles[0].position.x;
    CHECK(gap > ui::ring::display_radius(circles[0]) + ui::ring::display_radius(circles[1]));
}

TEST_CASE("a file that cannot be read leaves the document as it was and says why", "[shell][files]") {
    Harness h;
    h.load(sample_blueprint(1, 3, 1));
    h.click(h.screen_of("c1-tp2"));
    const uint64_t revision = h.d.session.doc().revision();
    const std::vector<std::string> bad_files = {"", "{\"format\": \"service-blueprint\"", "not json",
                                                "{\"format\":\"service-blueprint\",\"format_version\":2,\"id\":\"x\"}"};
    for (const std::string& bad : bad_files) {
        CHECK_FALSE(h.d.open_text(bad, "坏文件.blueprint.json"));
        CHECK(h.d.notice_is_error);
        CHECK(h.d.notice.find("坏文件.blueprint.json") != std::string::npos);
        CHECK(h.d.session.doc().revision() == revision);
        CHECK(h.d.session.model().circles[0].touchpoints.size() == 3);
        CHECK(ui_test::selected(h.d) == std::vector<std::string>{"c1-tp2"});
        h.frame();
    }
    h.d.options.lang = ui::Lang::En;
    h.d.open_text("[]", "bad.json");
    CHECK(h.d.notice.find("Could not open bad.json") == 0);
    h.press(ImGuiKey_Escape);  // dismisses the notice
    CHECK(h.d.notice.empty());
}

TEST_CASE("save and export download files named after the document", "[shell][files]") {
    Harness h;
    h.load(sample_blueprint(1, 2, 1));
    h.d.session.open(bp::Blueprint(h.d.session.model()), "热水器安装.blueprint.json");
    h.press(ImGuiKey_Enter);  // a change
    h.press(ImGuiKey_Escape);
    CHECK(h.d.unsaved());
    CHECK(h.platform.unsaved);
    h.press(ImGuiKey_S, ImGuiMod_Ctrl);
    REQUIRE(h.platform.downloads.size() == 1);
    CHECK(h.platform.downloads[0].filename == "热水器安装.blueprint.json");
    CHECK(h.platform.downloads[0].mime == "application/json");
    CHECK_FALSE(h.d.unsaved());
    CHECK_FALSE(h.platform.unsaved);
    h.press(ImGuiKey_O, ImGuiMod_Ctrl);
    CHECK(h.platform.file_picker_requests == 1);
}

TEST_CASE("every change is autosaved once the gesture ends, not during a drag", "[shell][files]") {
    Harness h;
    h.load(sample_blueprint(1, 3, 0));
    const int before = h.platform.autosave_count;
    const ImVec2 title = h.screen_of("c1");
    h.drag(title, ImVec2(title.x + 200, title.y), 10);
    CHECK(h.platform.autosave_count == before + 1);
    CHECK(h.platform.last_autosave.find("\"c1-tp1\"") != std::string::npos);
    h.click(h.screen_of("c1-tp1"));
    h.press(ImGuiKey_Delete);
    CHECK(h.platform.autosave_count == before + 2);
    CHECK(h.platform.last_autosave.find("\"c1-tp1\"") == std::string::npos);  // the deleted touchpoint is gone
}

TEST_CASE("lint findings are computed once per revision and held during a drag", "[shell][lint]") {
    Harness h;
    h.load(sample_blueprint(1, 3, 0));
    const auto* first = &h.d.findings();
    const auto copy = *first;
    CHECK(&h.d.findings() == first);
    CHECK(h.d.findings().size() == copy.size());
}

TEST_CASE("preferences round-trip and the language switch reaches the platform", "[shell][prefs]") {
    Harness h;
    h.d.options.lang = ui::Lang::En;
    h.d.options.view = ui::View::Blueprint;
    h.d.options.show_history = true;
    h.frame();
    CHECK(h.platform.preferences == h.d.preferences_json());
    Harness other;
    other.d.load_preferences(h.platform.preferences);
    CHECK(other.d.options.lang == ui::Lang::En);
    CHECK(other.d.options.view == ui::View::Blueprint);
    CHECK(other.d.options.show_history);
    other.d.load_preferences("{not json");
    other.d.load_preferences("{\"lang\": 3, \"view\": \"sideways\"}");
    CHECK(other.d.options.lang == ui::Lang::En);
    CHECK(other.d.options.view == ui::View::Blueprint);
}

TEST_CASE("preferences keep their file format: one key per panel of the table", "[shell][prefs]") {
    Harness h;
    CHECK(h.d.preferences_json() ==
          "{\"view\":\"circles\",\"lang\":\"zh-CN\",\"show_inspector\":true,\"show_standards\":true,"
          "\"show_lint\":true,\"show_results\":false,\"show_history\":false,\"show_guide\":false,\"show_help\":false,"
          "\"results_layer\":false}");
    h.d.load_preferences("{\"show_lint\": false, \"show_history\": true, \"show_nothing\": true}");
    CHECK_FALSE(h.d.options.show_lint);
    CHECK(h.d.options.show_history);
    CHECK(h.d.options.show_inspector);
}

// 20,000 levels overflowed the page's stack; natively a recursive parse needs ten times that to crash.
TEST_CASE("preferences nested 200,000 deep are ignored instead of overflowing the stack", "[shell][prefs]") {
    Harness h;
    h.d.options.lang = ui::Lang::En;
    for (const char* open : {"[", "{\"a\":"}) {
        std::string deep = "{\"lang\": \"zh-CN\", \"x\": ";
        for (int i = 0; i < 200000; ++i) deep += open;
        h.d.load_preferences(deep);  // cut off: not even valid JSON
        for (int i = 0; i < 200000; ++i) deep += open[0] == '[' ? "]" : "}";
        deep += "}";
        h.d.load_preferences(deep);
        CHECK(h.d.options.lang == ui::Lang::En);
    }
    // Brackets inside strings are text, not nesting.
    h.d.load_preferences("{\"lang\": \"zh-CN\", \"note\": \"" + std::string(100, '[') + "\"}");
    CHECK(h.d.options.lang == ui::Lang::Zh);
    h.frame();  // the designer still runs
}

TEST_CASE("the whole designer draws a big blueprint in both views without trouble", "[shell][big]") {
    Harness h;
    h.load(sample_blueprint(4, 600, 3));
    h.frames(3);
    h.d.options.view = ui::View::Blueprint;
    h.frames(3);
    h.press(ImGuiKey_A, ImGuiMod_Ctrl);
    CHECK(h.d.selection.ids.size() == 4 + 2400 + 7200);
    h.d.options.view = ui::View::Circles;
    h.d.commands.push(ui::command::ZoomToFit{});
    h.frames(3);
    // 32-bit indices: one draw list may exceed 64K vertices.
    CHECK(sizeof(ImDrawIdx) == 4);
}

TEST_CASE("background work is pending after a change until a frame has done it", "[shell][files]") {
    Harness h;
    h.load(sample_blueprint(1, 2, 0));
    h.frame();
    CHECK_FALSE(h.d.background_work_pending());
    h.d.selection.set(ui_test::typed(h.d, "c1-tp1"));
    ui::actions::add_key_factor(h.d.context());
    CHECK(h.d.background_work_pending());
    h.frame();
    CHECK_FALSE(h.d.background_work_pending());
}

TEST_CASE("the layout shows exactly the panels of the table whose flag is on, side by side in their dock", "[shell][panels]") {
    Harness h;
    h.load(sample_blueprint(1, 2, 1));
    for (int hidden = -1; hidden < (int)ui::panel_table().size(); ++hidden) {
        for (int i = 0; i < (int)ui::panel_table().size(); ++i)
            h.d.options.*ui::panel_table()[i].shown = i != hidden;
        h.frames(2);
        float bottom_x = 0;
        for (int i = 0; i < (int)ui::panel_table().size(); ++i) {
            const ui::Panel& p = ui::panel_table()[i];
            ImGuiWindow* w = ImGui::FindWindowByName((std::string("###") + p.id).c_str());
            const bool drawn = w && w->WasActive;
            CHECK(drawn == (i != hidden));
            if (!drawn || p.dock != ui::Dock::Bottom) continue;
            CHECK(w->Pos.x == Approx(bottom_x));  // the bottom dock's panels follow each other
            bottom_x += w->Size.x;
        }
    }
}

TEST_CASE("requests between views wait in the queue and are carried out on the next frame", "[shell][commands]") {
    Harness h;
    h.load(sample_blueprint(2, 6, 1));
    const ui::Context ctx = h.d.context();
    ctx.tell("消息", "A message", true);
    ctx.focus(ui_test::typed(h.d, "c2-tp3"));
    CHECK(h.d.notice.empty());
    CHECK(h.d.selection.ids.empty());
    h.frame();
    CHECK(h.d.commands.empty());
    CHECK(h.d.notice == "消息");
    CHECK(h.d.notice_is_error);
    REQUIRE(ui_test::selected(h.d) == std::vector<std::string>{"c2-tp3"});
    const auto at = h.d.screen_position(ui_test::typed(h.d, "c2-tp3"));
    REQUIRE(at);
    CHECK(at->x == Approx(h.d.canvas.viewport_size.x / 2).margin(1));  // centred in the canvas

    h.d.commands.push(ui::command::SwitchView{ui::View::Blueprint});
    h.frame();
    CHECK(h.d.options.view == ui::View::Blueprint);
    CHECK(ui_test::selected(h.d) == std::vector<std::string>{"c2-tp3"});  // the selection carries over
    CHECK(h.d.screen_position(ui_test::typed(h.d, "c2-tp3")));
}
