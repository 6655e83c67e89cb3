// Help for a new user: the Help menu's shortcuts window (F1), the first-run guide and the method glossary.
#include <catch2/catch.hpp>

#include <imgui_internal.h>

#include "app/designer/guide.h"
#include "harness.h"
#include "widget_locator.h"

using namespace ui_test;
using panels_test::rect_of;

namespace {

ImGuiWindow* drawn_window(const char* name) {
    ImGuiWindow* w = ImGui::FindWindowByName(name);
    return w && w->WasActive ? w : nullptr;
}

}  // namespace

TEST_CASE("F1 opens the keyboard shortcuts and F1 or Esc closes them", "[help]") {
    Harness h;
    h.load(sample_blueprint(1, 3, 0));
    h.frame();
    CHECK(drawn_window("键盘快捷键###shortcuts") == nullptr);
    h.press(ImGuiKey_F1);
    h.frames(2);
    ImGuiWindow* w = drawn_window("键盘快捷键###shortcuts");
    REQUIRE(w != nullptr);
    // On screen, whole.
    CHECK(w->Rect().Min.x >= 0);
    CHECK(w->Rect().Min.y >= 0);
    CHECK(w->Rect().Max.x <= 1600);
    CHECK(w->Rect().Max.y <= 900);
    h.press(ImGuiKey_F1);
    h.frames(2);
    CHECK(drawn_window("键盘快捷键###shortcuts") == nullptr);
    h.press(ImGuiKey_F1);
    h.frames(2);
    ImGui::FocusWindow(ImGui::FindWindowByName("键盘快捷键###shortcuts"));
    h.press(ImGuiKey_Escape);
    h.frames(2);
    CHECK_FALSE(h.d.show_shortcuts);
}

TEST_CASE("every shortcut the table lists has words in both languages", "[help]") {
    for (const ui::Shortcut& s : ui::shortcuts()) {
        CHECK(std::string(s.keys_zh).size() > 0);
        CHECK(std::string(s.keys_en).find_first_of("\xe4\xe5\xe6\xe7\xe8\xe9") == std::string::npos);  // no CJK
        CHECK(std::string(s.zh).size() > 0);
        CHECK(std::string(s.en).size() > 0);
    }
}

TEST_CASE("the first-run guide sits beside the canvas, opens the glossary and once dismissed stays away",
          "[help][prefs]") {
    Harness h;
    h.load(sample_blueprint(1, 5, 1));
    h.d.options.show_guide = true;
    h.frames(2);
    ImGuiWindow* guide = drawn_window("入门指南###guide");
    REQUIRE(guide != nullptr);
    // In the right dock, clear of the canvas and its circle.
    CHECK(guide->Rect().Min.x >= 1600 * 0.5f);
    CHECK(guide->Rect().Max.x <= 1600.5f);
    CHECK(guide->Rect().Max.y <= 900.5f);

    const ImRect glossary = rect_of(h, "入门指南###guide", {std::string("方法词汇")});
    REQUIRE(glossary.GetWidth() > 0);
    h.click(glossary.GetCenter());
    h.frames(2);
    CHECK(h.d.options.show_help);
    CHECK(drawn_window("方法词汇###help") != nullptr);

    const ImRect got_it = rect_of(h, "入门指南###guide", {std::string("知道了")});
    REQUIRE(got_it.GetWidth() > 0);
    h.click(got_it.GetCenter());
    h.frames(2);
    CHECK_FALSE(h.d.options.show_guide);
    CHECK(drawn_window("入门指南###guide") == nullptr);
    CHECK(h.platform.preferences.find("\"show_guide\":false") != std::string::npos);

    // The next visit reads the preferences: no guide.
    Harness next;
    next.d.options.show_guide = true;  // what the page sets before reading stored preferences
    next.d.load_preferences(h.platform.preferences);
    CHECK_FALSE(next.d.options.show_guide);
    CHECK(next.d.options.show_help);
}

TEST_CASE("preferences saved before the guide existed mean a returning user: no guide", "[help][prefs]") {
    Harness h;
    h.d.options.show_guide = true;
    h.d.load_preferences("{\"view\":\"circles\",\"lang\":\"zh-CN\",\"show_inspector\":true}");
    CHECK_FALSE(h.d.options.show_guide);
}

TEST_CASE("the method glossary draws every topic in both languages and its filter finds a word", "[help]") {
    for (ui::Lang lang : {ui::Lang::Zh, ui::Lang::En}) {
        Harness h;
        h.d.options.lang = lang;
        h.d.options.show_help = true;
        h.load(sample_blueprint(1, 3, 1));
        h.frames(2);
        const char* title = lang == ui::Lang::Zh ? "方法词汇###help" : "Method glossary###help";
        ImGuiWindow* w = drawn_window(title);
        REQUIRE(w != nullptr);
        const ImRect filter = rect_of(h, title, {std::string("##filter")});
        REQUIRE(filter.GetWidth() > 0);
        h.click(filter.GetCenter());
        h.type(lang == ui::Lang::Zh ? "误区3" : "average");
        h.frames(2);
        CHECK(h.d.panels.help.filter == (lang == ui::Lang::Zh ? "误区3" : "average"));
    }
}
