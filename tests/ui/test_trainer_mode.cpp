// Trainer mode in the designer: F5 or the toolbar enters it at the selected moment; keys, buttons and a
// swipe step through the moments; the role filter; a self-check answered; an edit while presenting is an
// ordinary edit with undo; Esc puts back the view, its camera and the selection.
#include <catch2/catch.hpp>

#include "app/designer/trainer_view.h"
#include "blueprint/json_io.h"
#include "harness.h"
#include "sample_text.h"
#include "widget_locator.h"

using namespace ui_test;

namespace {
void open_sample(Harness& h, const std::string& name) {
    REQUIRE(h.d.open_text(sample_text(name), name + ".blueprint.json"));
    h.frames(3);
}

std::string current_moment(Harness& h) {
    const auto slides = bp::trainer_slides(h.d.session.model(), h.d.trainer.role);
    REQUIRE(h.d.trainer.slide < slides.size());
    const auto& s = slides[h.d.trainer.slide];
    return h.d.session.model().circles[size_t(s.circle)].touchpoints[size_t(s.touchpoint)].id.value;
}

ImRect in_child(Harness& h, const char* child, const std::vector<panels_test::Part>& path) {
    ImGuiWindow* w = panels_test::child_window("###trainer", child);
    REQUIRE(w);
    return panels_test::rect_of(h, w->Name, path);
}
}  // namespace

TEST_CASE("F5 presents from the selected moment — keys step through the moments — Esc puts everything back", "[trainer]") {
    Harness h(1920, 1080);
    open_sample(h, "water-heater-installation");
    h.d.options.view = ui::View::Blueprint;
    h.frames(2);
    h.d.selection.set(typed(h.d, "tp-wh-call"));
    h.frames(1);
    const ui::Camera before = h.d.camera();

    h.press(ImGuiKey_F5);
    h.frames(1);
    REQUIRE(h.d.trainer.active);
    CHECK(current_moment(h) == "tp-wh-call");
    h.press(ImGuiKey_RightArrow);
    CHECK(current_moment(h) == "tp-wh-delivery");
    h.press(ImGuiKey_Space);
    CHECK(current_moment(h) == "tp-wh-survey");
    h.press(ImGuiKey_LeftArrow);
    CHECK(current_moment(h) == "tp-wh-delivery");
    h.press(ImGuiKey_End);
    CHECK(current_moment(h) == "tp-wh-ex-close");
    h.press(ImGuiKey_Home);
    CHECK(current_moment(h) == "tp-wh-purchase");
    h.press(ImGuiKey_3);
    CHECK(current_moment(h) == "tp-wh-pickup");
    // A swipe to the left is the next slide; to the right, the one before.
    h.drag(ImVec2(1500, 800), ImVec2(900, 800));
    CHECK(current_moment(h) == "tp-wh-call");
    h.drag(ImVec2(600, 800), ImVec2(1300, 800));
    CHECK(current_moment(h) == "tp-wh-pickup");
    // Every moment, one after the other, to the last (→ stops there).
    size_t seen = 1;
    h.press(ImGuiKey_Home);
    for (int i = 0; i < 20; ++i) {
        const size_t at = h.d.trainer.slide;
        h.press(ImGuiKey_RightArrow);
        if (h.d.trainer.slide != at) ++seen;
    }
    CHECK(seen == 13);

    h.press(ImGuiKey_Escape);
    CHECK_FALSE(h.d.trainer.active);
    CHECK(h.d.options.view == ui::View::Blueprint);
    CHECK(selected(h.d) == std::vector<std::string>{"tp-wh-call"});
    CHECK(h.d.camera().offset == before.offset);
    CHECK(h.d.camera().scale == before.scale);
}

TEST_CASE("the role filter walks only the installer's moments — the toolbar enters trainer mode", "[trainer]") {
    Harness h(1920, 1080);
    open_sample(h, "water-heater-installation");
    h.d.commands.push(ui::command::StartTrainer{});
    h.frames(2);
    REQUIRE(h.d.trainer.active);
    // The role button opens the list of roles; Esc closes it and stays in trainer mode; picking one filters.
    h.click(panels_test::rect_of(h, "###trainer", {std::string("角色：全部角色##role")}).GetCenter());
    REQUIRE(ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel));
    h.press(ImGuiKey_Escape);
    CHECK(h.d.trainer.active);
    CHECK_FALSE(ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel));
    h.d.trainer.role = bp::RoleId("r-installer");
    h.d.trainer.slide = 0;
    h.frames(1);
    std::vector<std::string> walked{current_moment(h)};
    for (int i = 0; i < 8; ++i) {
        h.press(ImGuiKey_RightArrow);
        if (walked.back() != current_moment(h)) walked.push_back(current_moment(h));
    }
    CHECK(walked == std::vector<std::string>{"tp-wh-schedule", "tp-wh-pickup", "tp-wh-call", "tp-wh-survey",
                                             "tp-wh-install", "tp-wh-sign", "tp-wh-ex-reinstall"});
    // The role card of the filter in use, from the bar.
    const ImRect card = panels_test::rect_of(h, "###trainer", {std::string("导出岗位卡")});
    REQUIRE(card.GetWidth() > 0);
    h.click(card.GetCenter());
    REQUIRE(h.platform.downloads.size() == 1);
    CHECK(h.platform.downloads[0].filename.find("r-installer.role-card.html") != std::string::npos);
    CHECK(h.platform.downloads[0].bytes.find("岗位服务标准卡 · 安装工") != std::string::npos);
}

TEST_CASE("a self-check round: questions from the model, answers hidden until shown, a score", "[trainer]") {
    Harness h(1920, 1080);
    open_sample(h, "front-desk-reception");
    h.d.selection.set(typed(h.d, "tp-fd-greet"));
    h.press(ImGuiKey_F5);
    h.frames(1);
    REQUIRE(current_moment(h) == "tp-fd-greet");
    h.press(ImGuiKey_Q);
    REQUIRE(h.d.trainer.checking);
    h.frames(2);
    REQUIRE(h.d.trainer.revealed.size() >= 5);
    CHECK_FALSE(h.d.trainer.revealed[0]);
    h.click(in_child(h, "##check", {0, std::string("显示答案")}).GetCenter());
    CHECK(h.d.trainer.revealed[0]);
    h.click(in_child(h, "##check", {0, std::string("答对")}).GetCenter());
    CHECK(h.d.trainer.round.right() == 1);
    CHECK(h.d.trainer.round.answered() == 1);
    // Esc first leaves the self-check, then trainer mode.
    h.press(ImGuiKey_Escape);
    CHECK_FALSE(h.d.trainer.checking);
    CHECK(h.d.trainer.active);
    h.press(ImGuiKey_Escape);
    CHECK_FALSE(h.d.trainer.active);
}

TEST_CASE("a question the trainer adds is stored with the moment — Ctrl+Z while presenting takes it back", "[trainer]") {
    Harness h(1920, 1080);
    open_sample(h, "water-heater-installation");
    h.d.selection.set(typed(h.d, "tp-wh-survey"));
    h.press(ImGuiKey_F5);
    h.press(ImGuiKey_Q);
    h.frames(2);
    const size_t before = h.d.session.model().circles[0].touchpoints[5].questions.size();
    h.d.trainer.new_question = "勘察不通过时先做什么？";
    h.d.trainer.new_answer = "当场说明原因并登记";
    h.frames(1);
    h.click(in_child(h, "##check", {std::string("添加")}).GetCenter());
    const auto& questions = h.d.session.model().circles[0].touchpoints[5].questions;
    REQUIRE(questions.size() == before + 1);
    CHECK(questions.back().question == "勘察不通过时先做什么？");
    CHECK(h.d.trainer.new_question.empty());
    CHECK(h.d.trainer.round.size() == bp::self_check(h.d.session.model(), h.d.session.model().circles[0].touchpoints[5],
                                                     {}, bp::Lang::Zh).size());
    h.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    CHECK(h.d.session.model().circles[0].touchpoints[5].questions.size() == before);
    CHECK(h.d.trainer.active);
}

TEST_CASE("every sample presents every moment in both languages without a slide left empty", "[trainer]") {
    for (const char* name : {"water-heater-installation", "complaint-handling", "front-desk-reception", "home-design",
                             "tcm-clinic-visit", "hotel-check-in"}) {
        INFO(name);
        Harness h(1920, 1080);
        open_sample(h, name);
        for (ui::Lang lang : {ui::Lang::Zh, ui::Lang::En}) {
            h.d.options.lang = lang;
            h.press(ImGuiKey_F5);
            REQUIRE(h.d.trainer.active);
            h.press(ImGuiKey_Home);
            const size_t count = bp::trainer_slides(h.d.session.model()).size();
            for (size_t i = 1; i < count; ++i) h.press(ImGuiKey_RightArrow);
            CHECK(h.d.trainer.slide + 1 == count);
            // Each role's walk too, and its self-check.
            for (const bp::Role& r : h.d.session.model().roles) {
                h.d.trainer.role = r.id;
                h.d.trainer.slide = 0;
                h.press(ImGuiKey_Q);
                CHECK(h.d.trainer.checking);
                h.press(ImGuiKey_Q);
            }
            h.d.trainer.role = {};
            h.press(ImGuiKey_Escape);
            REQUIRE_FALSE(h.d.trainer.active);
        }
    }
}
