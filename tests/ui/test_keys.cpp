// Keyboard and focus: keys edit the canvas only while it has the keyboard (and it shows so); a click on
// a numeric field gives a caret, so Enter stays in the field; Esc closes any popup without eating the
// next click; Tab and the arrows move the selection on the canvas.
#include <catch2/catch.hpp>

#include "app/designer/canvas.h"
#include "widget_locator.h"

using namespace ui_test;
using panels_test::rect_of;

namespace {

const std::vector<bp::Touchpoint>& touchpoints(const Harness& h) { return h.d.session.model().circles[0].touchpoints; }

bool any_popup_open() { return ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel); }

ImRect inspector_field(Harness& h, const std::string& element, const char* form, const char* id) {
    return rect_of(h, "###inspector", {element, std::string(form), std::string(id)});
}

}  // namespace

TEST_CASE("a click on a numeric field gives a caret: Enter commits the value and adds no touchpoint", "[keys]") {
    Harness h;
    h.load(sample_blueprint(1, 3, 1));
    h.click(h.screen_of("c1-tp2"));
    h.frames(2);
    const ImRect duration = inspector_field(h, "c1-tp2", "##fields", "##duration");
    REQUIRE(duration.GetWidth() > 0);

    h.click(duration.GetCenter());
    CHECK(ImGui::GetIO().WantTextInput);  // one click, and the field takes typing
    h.press(ImGuiKey_A, ImGuiMod_Ctrl);
    h.type("12");
    h.press(ImGuiKey_Enter);
    CHECK(touchpoints(h)[1].duration_minutes == 12);
    CHECK(touchpoints(h).size() == 3);
    CHECK(h.d.canvas.rename_id.empty());
    // Enter again, the field left: the inspector still has the keyboard, the canvas adds nothing.
    h.press(ImGuiKey_Enter);
    CHECK(touchpoints(h).size() == 3);
    CHECK(h.d.session.doc().history().undo_depth() == 1);
}

TEST_CASE("keys pressed while a panel has the keyboard do not edit the canvas — a click on it gives them back",
          "[keys]") {
    Harness h;
    h.load(sample_blueprint(1, 3, 1));
    h.click(h.screen_of("c1-tp2"));
    CHECK(h.d.canvas.focused);  // the frame round the canvas shows it has the keyboard
    const ImRect wait = inspector_field(h, "c1-tp2", "##fields", "##wait_point");
    REQUIRE(wait.GetWidth() > 0);
    h.click(wait.GetCenter());  // a checkbox: no text field takes the keys
    CHECK(touchpoints(h)[1].wait_point);
    CHECK_FALSE(ImGui::GetIO().WantTextInput);
    CHECK_FALSE(h.d.canvas.focused);

    h.press(ImGuiKey_Delete);
    h.press(ImGuiKey_Enter);
    h.press(ImGuiKey_F2);
    h.press(ImGuiKey_D, ImGuiMod_Ctrl);
    h.press(ImGuiKey_A, ImGuiMod_Ctrl);
    h.press(ImGuiKey_RightArrow);
    CHECK(touchpoints(h).size() == 3);
    CHECK(selected(h.d) == std::vector<std::string>{"c1-tp2"});
    CHECK(h.d.canvas.rename_id.empty());

    // Undo is the document's, not the canvas's: it works from the panel too.
    h.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    CHECK_FALSE(touchpoints(h)[1].wait_point);
    // Tab in a panel goes to its next field, not to the next element.
    h.press(ImGuiKey_Tab);
    CHECK(selected(h.d) == std::vector<std::string>{"c1-tp2"});
    h.press(ImGuiKey_Escape);

    h.click(h.screen_of("c1-tp2"));
    CHECK(h.d.canvas.focused);
    h.press(ImGuiKey_Delete);
    CHECK(touchpoints(h).size() == 2);
}

TEST_CASE("after the toolbar's + Touchpoint and its name, Enter adds the next one", "[keys]") {
    Harness h;
    h.load(sample_blueprint(1, 2, 0));
    h.click(h.screen_of("c1-tp2"));
    const ImRect add = rect_of(h, "##toolbar", {std::string("+ 触点")});
    REQUIRE(add.GetWidth() > 0);
    h.click(add.GetCenter());
    REQUIRE(touchpoints(h).size() == 3);
    h.type("送货");
    h.press(ImGuiKey_Enter);
    CHECK(touchpoints(h)[2].name == "送货");
    h.frames(2);
    CHECK(h.d.canvas.focused);
    h.press(ImGuiKey_Enter);
    CHECK(touchpoints(h).size() == 4);
    h.press(ImGuiKey_Escape);
}

TEST_CASE("Esc closes the canvas's context menu and the next click lands where it is aimed", "[keys]") {
    Harness h;
    h.load(sample_blueprint(1, 3, 0));
    h.click(h.screen_of("c1-tp1"), 0, ImGuiMouseButton_Right);
    h.frames(2);
    REQUIRE(any_popup_open());
    h.press(ImGuiKey_Escape);
    CHECK_FALSE(any_popup_open());
    h.idle(0.5);
    h.click(h.screen_of("c1-tp3"));
    CHECK(selected(h.d) == std::vector<std::string>{"c1-tp3"});
}

TEST_CASE("Esc closes an inspector drop-down without changing it — the next click lands", "[keys]") {
    Harness h;
    h.load(sample_blueprint(1, 3, 1));
    h.click(h.screen_of("c1-tp1"));
    const bp::Channel channel = touchpoints(h)[0].channel;
    const ImRect combo = inspector_field(h, "c1-tp1", "##fields", "##channel");
    REQUIRE(combo.GetWidth() > 0);
    h.click(combo.GetCenter());
    h.frames(2);
    REQUIRE(any_popup_open());
    h.press(ImGuiKey_Escape);
    CHECK_FALSE(any_popup_open());
    CHECK(touchpoints(h)[0].channel == channel);
    CHECK_FALSE(h.d.selection.ids.empty());  // Esc closed the list; it did not also clear the selection
    h.idle(0.5);
    h.click(h.screen_of("c1-tp3"));
    CHECK(selected(h.d) == std::vector<std::string>{"c1-tp3"});
}

TEST_CASE("Tab and the arrows move the selection on the canvas", "[keys]") {
    Harness h;
    h.load(sample_blueprint(1, 3, 1));
    h.click(h.screen_of("c1-tp1"));
    auto now = [&] { return selected(h.d); };
    using Ids = std::vector<std::string>;
    h.press(ImGuiKey_RightArrow);
    CHECK(now() == Ids{"c1-tp2"});
    h.press(ImGuiKey_LeftArrow);
    h.press(ImGuiKey_LeftArrow);  // round the ring: before the first is the last
    CHECK(now() == Ids{"c1-tp3"});
    h.press(ImGuiKey_DownArrow);
    CHECK(now() == Ids{"c1-tp3-kf1"});
    h.press(ImGuiKey_UpArrow);
    CHECK(now() == Ids{"c1-tp3"});
    h.press(ImGuiKey_UpArrow);
    CHECK(now() == Ids{"c1"});
    h.press(ImGuiKey_Tab);
    CHECK(now() == Ids{"c1-tp1"});
    h.press(ImGuiKey_Tab);
    CHECK(now() == Ids{"c1-tp1-kf1"});
    h.press(ImGuiKey_Tab, ImGuiMod_Shift);
    CHECK(now() == Ids{"c1-tp1"});
    CHECK(h.d.canvas.focused);
    CHECK(h.d.session.doc().history().undo_depth() == 0);  // moving is not an edit
}
