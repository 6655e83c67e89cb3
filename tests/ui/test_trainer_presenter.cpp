// Trainer mode's presenter window: P or the bar's button opens it; it is sent the current slide's trainer
// notes, where the trainer is and the next moment, and follows every step (its own keys too); a blocked
// window is said in the bar, which offers the notes on the main screen; the audience's screen shows no
// notes otherwise; leaving trainer mode closes it.
#include <catch2/catch.hpp>

#include "app/designer/trainer_view.h"
#include "harness.h"
#include "sample_text.h"
#include "widget_locator.h"

using namespace ui_test;

namespace {
// The water heater in trainer mode at its first moment (whose notes ask for role play in pairs).
void present_water_heater(Harness& h) {
    REQUIRE(h.d.open_text(sample_text("water-heater-installation"), "water-heater-installation.blueprint.json"));
    h.frames(3);
    h.press(ImGuiKey_F5);
    h.frames(1);
    REQUIRE(h.d.trainer.active);
}

const ui::PresenterSlide& last_sent(const Harness& h) {
    REQUIRE_FALSE(h.platform.presenter_slides.empty());
    return h.platform.presenter_slides.back();
}

// How far down the slide's right column (what to say, do, … notes) reaches: more text, further.
float content_bottom(Harness& h) {
    h.frames(2);
    ImGuiWindow* w = panels_test::child_window("###trainer", "##content");
    REQUIRE(w);
    return w->DC.CursorMaxPos.y;
}

using Window = ui::PresenterState::Window;
using Go = ui::command::TrainerGo;

std::string moment_name(Harness& h, const char* id) {
    for (const bp::Circle& c : h.d.session.model().circles)
        for (const bp::Touchpoint& t : c.touchpoints)
            if (t.id.value == id) return t.name;
    FAIL("no moment " << id);
    return {};
}
}  // namespace

TEST_CASE("P opens the presenter window — it follows every step, its own keys too — leaving trainer mode closes it",
          "[trainer][presenter]") {
    Harness h(1920, 1080);
    present_water_heater(h);
    h.press(ImGuiKey_P);
    CHECK(h.platform.presenter_opens == 1);
    CHECK(h.d.trainer.presenter.window == Window::Opening);
    h.d.commands.push(ui::command::PresenterWindow{true});  // the page's answer: it opened
    h.frames(2);
    CHECK(h.d.trainer.presenter.window == Window::Open);
    {
        const ui::PresenterSlide& s = last_sent(h);
        CHECK(s.lang == ui::Lang::Zh);
        CHECK(s.slide == 1);
        CHECK(s.total == 13);
        CHECK(s.moment == moment_name(h, "tp-wh-purchase"));
        CHECK(s.next == moment_name(h, "tp-wh-schedule"));
        CHECK(s.notes.find("两人一组演练") != std::string::npos);
    }
    // A step sends the new slide once; frames without a change send nothing.
    const size_t sent = h.platform.presenter_slides.size();
    h.press(ImGuiKey_RightArrow);
    h.frames(3);
    CHECK(h.platform.presenter_slides.size() == sent + 1);
    CHECK(last_sent(h).slide == 2);
    CHECK(last_sent(h).notes.empty());
    // The presenter window's keys: the last slide, back, the first.
    h.d.commands.push(Go{Go::Last});
    h.frames(2);
    CHECK(h.d.trainer.slide == 12);
    CHECK(last_sent(h).slide == 13);
    CHECK(last_sent(h).next.empty());
    h.d.commands.push(Go{Go::Back});
    h.frames(2);
    CHECK(last_sent(h).slide == 12);
    h.d.commands.push(Go{Go::First});
    h.d.commands.push(Go{Go::Next});
    h.d.commands.push(Go{Go::Next});
    h.d.commands.push(Go{Go::Next});
    h.d.commands.push(Go{Go::Next});
    h.d.commands.push(Go{Go::Next});
    h.frames(2);
    CHECK(last_sent(h).slide == 6);  // the survey: the other moment with notes
    CHECK(last_sent(h).moment == moment_name(h, "tp-wh-survey"));
    CHECK(last_sent(h).notes.find("勉强安装") != std::string::npos);
    // The interface language follows.
    h.d.options.lang = ui::Lang::En;
    h.frames(2);
    CHECK(last_sent(h).lang == ui::Lang::En);

    h.press(ImGuiKey_Escape);
    REQUIRE_FALSE(h.d.trainer.active);
    CHECK(h.platform.presenter_closes == 1);
    // Keys from a window left open elsewhere do nothing outside trainer mode.
    h.d.commands.push(Go{Go::Next});
    h.frames(2);
    CHECK_FALSE(h.d.trainer.active);
}

TEST_CASE("a blocked presenter window is said in the bar, which offers the notes on the main screen — never shown there otherwise",
          "[trainer][presenter]") {
    Harness h(1920, 1080);
    present_water_heater(h);
    const float without_notes = content_bottom(h);  // slide 1 has notes: not on the audience's screen

    const ImRect button = panels_test::rect_of(h, "###trainer", {std::string("###presenter")});
    REQUIRE(button.GetWidth() > 0);
    h.click(button.GetCenter());
    CHECK(h.platform.presenter_opens == 1);
    h.d.commands.push(ui::command::PresenterWindow{false});  // the page's answer: the popup was blocked
    h.frames(2);
    CHECK(h.d.trainer.presenter.window == Window::Blocked);
    CHECK_FALSE(h.d.trainer.presenter.notes_on_screen);
    CHECK(content_bottom(h) == without_notes);

    const ImRect toggle = panels_test::rect_of(h, "###trainer", {std::string("###notes_on_screen")});
    REQUIRE(toggle.GetWidth() > 0);
    h.click(toggle.GetCenter());
    CHECK(h.d.trainer.presenter.notes_on_screen);
    CHECK(content_bottom(h) > without_notes);  // the notes are on the main screen now
    h.press(ImGuiKey_RightArrow);               // a slide without notes: nothing more to show
    const float plain = content_bottom(h);
    h.click(panels_test::rect_of(h, "###trainer", {std::string("###notes_on_screen")}).GetCenter());
    CHECK_FALSE(h.d.trainer.presenter.notes_on_screen);
    CHECK(content_bottom(h) == plain);

    SECTION("a platform without a second window: blocked at once") {
        h.platform.has_presenter = false;
        h.press(ImGuiKey_P);
        CHECK(h.d.trainer.presenter.window == Window::Blocked);
    }
    SECTION("opened, then closed by its user: not blocked, and P opens it again") {
        h.press(ImGuiKey_P);
        h.d.commands.push(ui::command::PresenterWindow{true});
        h.frames(2);
        REQUIRE(h.d.trainer.presenter.window == Window::Open);
        h.d.commands.push(ui::command::PresenterWindow{false});
        h.frames(2);
        CHECK(h.d.trainer.presenter.window == Window::Closed);
        h.press(ImGuiKey_P);
        CHECK(h.d.trainer.presenter.window == Window::Opening);
        CHECK(h.platform.presenter_opens == 3);
        // P again closes it.
        h.press(ImGuiKey_P);
        CHECK(h.d.trainer.presenter.window == Window::Closed);
        CHECK(h.platform.presenter_closes == 1);
    }
}
