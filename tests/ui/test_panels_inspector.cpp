// The inspector driven through the real ImGui frame loop: typing, sliding and picking change the
// model through edits, each field focus is one undo step, bad dates are never stored.
#include <catch2/catch.hpp>

#include "app/designer/panel_state.h"
#include "app/designer/panels.h"
#include "blueprint/fields.h"
#include "panels_sample.h"
#include "widget_locator.h"

using panels_test::Part;
using panels_test::rect_of;

namespace {

struct InspectorFixture {
    ui_test::Harness h;
    ui::Designer& d = h.d;
    InspectorFixture() {
        d.options.lang = ui::Lang::En;
        h.draw = [this] {
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(ImVec2(420, 880));
            d.draw_panel("inspector");
        };
        h.load(panels_test::sample_blueprint());
    }
    const bp::Touchpoint& touchpoint(int c, int t) const { return d.session.model().circles[c].touchpoints[t]; }
    ImRect field(const std::string& element, const char* table, const char* label) {
        return rect_of(h, "###inspector", {element, std::string(table), std::string(label)});
    }
    // The first of the scale's two numbers (InputInt2 pushes its label, then each component's index).
    ImRect scale_field(const std::string& element) {
        return rect_of(h, "###inspector", {element, std::string("##target"), std::string("##scale"), 0, std::string("")});
    }
};

}  // namespace

TEST_CASE_METHOD(InspectorFixture, "inspector: typing a touchpoint name is one undo step") {
    d.selection.set(ui_test::typed(d, "tp-buy"));
    h.frames(2);
    const size_t depth = d.session.doc().history().undo_depth();
    ImRect name = field("tp-buy", "##fields", "##name");
    REQUIRE(name.GetWidth() > 0);

    h.click(name.GetCenter());
    h.press(ImGuiKey_End);
    h.type(" n");
    h.type("o");
    h.type("w");
    CHECK(touchpoint(0, 0).name == "Buy now");
    h.press(ImGuiKey_Enter);  // leaves the field
    CHECK(touchpoint(0, 0).name == "Buy now");
    CHECK(d.session.doc().history().undo_depth() == depth + 1);

    // Coming back to the same field later is a new step.
    h.click(name.GetCenter());
    h.press(ImGuiKey_End);
    h.type("!");
    h.press(ImGuiKey_Enter);
    CHECK(touchpoint(0, 0).name == "Buy now!");
    CHECK(d.session.doc().history().undo_depth() == depth + 2);

    REQUIRE(d.session.doc().undo());
    CHECK(touchpoint(0, 0).name == "Buy now");
    REQUIRE(d.session.doc().undo());
    CHECK(touchpoint(0, 0).name == "Buy");
    CHECK(touchpoint(0, 0).key_factors.size() == 1);  // children untouched
}

TEST_CASE_METHOD(InspectorFixture, "inspector: dragging the feeling slider is one undo step") {
    d.selection.set(ui_test::typed(d, "tp-deliver"));
    h.frames(2);
    REQUIRE(touchpoint(0, 1).feeling == 0);
    const size_t depth = d.session.doc().history().undo_depth();
    ImRect slider = field("tp-deliver", "##fields", "##feeling");
    REQUIRE(slider.GetWidth() > 0);

    h.drag(slider.GetCenter(), ImVec2(slider.Max.x - 2, slider.GetCenter().y));
    CHECK(touchpoint(0, 1).feeling == 2);
    CHECK(d.session.doc().history().undo_depth() == depth + 1);

    h.drag(slider.GetCenter(), ImVec2(slider.Min.x + 2, slider.GetCenter().y));
    CHECK(touchpoint(0, 1).feeling == -2);
    CHECK(d.session.doc().history().undo_depth() == depth + 2);

    REQUIRE(d.session.doc().undo());
    CHECK(touchpoint(0, 1).feeling == 2);
    REQUIRE(d.session.doc().undo());
    CHECK(touchpoint(0, 1).feeling == 0);
}

TEST_CASE_METHOD(InspectorFixture, "inspector: picking an enum from its combo is an edit") {
    d.selection.set(ui_test::typed(d, "tp-fit"));
    h.frames(2);
    REQUIRE(touchpoint(0, 2).channel == bp::Channel::InPerson);
    const size_t depth = d.session.doc().history().undo_depth();
    ImRect combo = field("tp-fit", "##fields", "##channel");
    REQUIRE(combo.GetWidth() > 0);
    h.click(combo.GetCenter());
    // The combo's popup lists every channel with its English label; Phone is the second.
    ImRect phone = rect_of(h, "##Combo_00", {1, std::string("Phone")});
    REQUIRE(phone.GetWidth() > 0);
    h.click(phone.GetCenter());
    CHECK(touchpoint(0, 2).channel == bp::Channel::Phone);
    CHECK(d.session.doc().history().undo_depth() == depth + 1);
    REQUIRE(d.session.doc().undo());
    CHECK(touchpoint(0, 2).channel == bp::Channel::InPerson);
}

TEST_CASE_METHOD(InspectorFixture, "inspector: an invalid review date is refused, a valid one stored") {
    d.selection.set(ui_test::typed(d, "st-call"));
    h.frames(2);
    const auto& st = [&]() -> const bp::Standard& { return d.session.model().circles[0].touchpoints[0].key_factors[0].standards[0]; };
    REQUIRE(st().review_by == "2026-01-31");
    ImRect date = field("st-call", "##ownership", "##review_by");
    REQUIRE(date.GetWidth() > 0);

    h.click(date.GetCenter());
    h.press(ImGuiKey_A, ImGuiMod_Ctrl);  // select all
    h.type("2026-02-30");
    h.press(ImGuiKey_Enter);
    CHECK(st().review_by == "2026-01-31");  // 30 February does not exist: not stored
    CHECK(d.panels.inspector.date_draft_text == "2026-02-30");

    h.click(date.GetCenter());
    h.press(ImGuiKey_A, ImGuiMod_Ctrl);
    h.type("2027-03-01");
    h.press(ImGuiKey_Enter);
    CHECK(st().review_by == "2027-03-01");
    CHECK(d.panels.inspector.date_draft_text.empty());
}

TEST_CASE_METHOD(InspectorFixture, "inspector: compliance is shown in percent and stored as a share") {
    d.selection.set(ui_test::typed(d, "st-arrive"));
    h.frames(2);
    const auto& st = [&]() -> const bp::Standard& { return d.session.model().circles[0].touchpoints[0].key_factors[0].standards[1]; };
    ImRect slider = field("st-arrive", "##target", "##compliance");
    REQUIRE(slider.GetWidth() > 0);
    h.drag(slider.GetCenter(), ImVec2(slider.Max.x - 1, slider.GetCenter().y));
    CHECK(st().target.compliance == Approx(1.0));
    REQUIRE(d.session.doc().undo());
    CHECK(st().target.compliance == Approx(0.90));
}

TEST_CASE_METHOD(InspectorFixture, "inspector: a role in use is not removed, an unused one is") {
    d.selection.clear();
    h.frames(2);
    auto remove_button = [&](const char* role) {
        return rect_of(h, "###inspector", {std::string("blueprint"), std::string("##roles"), std::string(role), std::string("Remove")});
    };
    ImRect used = remove_button("role-installer");
    REQUIRE(used.GetWidth() > 0);
    h.click(used.GetCenter());
    CHECK(d.session.model().roles.size() == 3);
    // The model's reason, in the interface language, naming the role as bp::role_name shows it.
    CHECK(d.panels.inspector.role_message.find("\"Installer\" is still used by") != std::string::npos);

    ImRect unused = remove_button("role-spare");
    REQUIRE(unused.GetWidth() > 0);
    h.click(unused.GetCenter());
    REQUIRE(d.session.model().roles.size() == 2);
    CHECK(d.session.model().roles[1].id.value == "role-service");
    REQUIRE(d.session.doc().undo());
    CHECK(d.session.model().roles.size() == 3);
}

TEST_CASE_METHOD(InspectorFixture, "inspector: several selected elements are deleted as one step") {
    d.selection.ids = ui_test::typed(d, std::vector<std::string>{"tp-deliver", "st-call", "kf-on-time"});  // st-call lies inside kf-on-time
    h.frames(2);
    ImRect del = rect_of(h, "###inspector", {std::string("Delete all")});
    REQUIRE(del.GetWidth() > 0);
    const size_t depth = d.session.doc().history().undo_depth();
    h.click(del.GetCenter());
    CHECK(d.session.model().circles[0].touchpoints.size() == 2);
    CHECK(d.session.model().circles[0].touchpoints[0].key_factors.empty());
    CHECK(d.session.doc().history().undo_depth() == depth + 1);
    CHECK(d.selection.ids.empty());
    REQUIRE(d.session.doc().undo());
    CHECK(d.session.model().circles[0].touchpoints.size() == 3);
    CHECK(d.session.model().circles[0].touchpoints[1].id.value == "tp-deliver");
    CHECK(d.session.model().circles[0].touchpoints[0].key_factors[0].standards.size() == 2);
}

TEST_CASE_METHOD(InspectorFixture, "inspector: every kind of element draws in both languages") {
    const char* ids[] = {"", "c-install", "tp-buy", "tp-deliver", "kf-polite", "st-courtesy", "role-installer", "gone"};
    for (ui::Lang lang : {ui::Lang::Zh, ui::Lang::En}) {
        d.options.lang = lang;
        for (const char* id : ids) {
            if (*id)
                d.selection.set(ui_test::typed(d, id));
            else
                d.selection.clear();
            h.frames(2);
            ImGuiWindow* w = ImGui::FindWindowByName("###inspector");
            REQUIRE(w);
            CHECK(w->IDStack.Size == 1);  // every PushID popped
        }
    }
    // The model is only read by drawing.
    CHECK(d.session.doc().history().undo_depth() == 0);
}

TEST_CASE_METHOD(InspectorFixture, "inspector: a common owner for several standards is one step") {
    d.selection.ids = ui_test::typed(d, std::vector<std::string>{"st-call", "st-apology"});
    h.frames(2);
    ImRect combo = rect_of(h, "###inspector", {std::string("Set owner##all_owners")});
    REQUIRE(combo.GetWidth() > 0);
    h.click(combo.GetCenter());
    // "(none)" first, then the roles in order: Installer is item 0 under its role id.
    ImRect installer = rect_of(h, "##Combo_00", {std::string("role-installer"), std::string("Installer")});
    REQUIRE(installer.GetWidth() > 0);
    const size_t depth = d.session.doc().history().undo_depth();
    h.click(installer.GetCenter());
    const auto& circles = d.session.model().circles;
    CHECK(circles[0].touchpoints[0].key_factors[0].standards[0].owner.value == "role-installer");
    CHECK(circles[1].touchpoints[0].key_factors[0].standards[0].owner.value == "role-installer");
    CHECK(circles[0].touchpoints[0].key_factors[0].standards[1].owner.value == "role-installer");  // unchanged, was so
    CHECK(d.session.doc().history().undo_depth() == depth + 1);
    REQUIRE(d.session.doc().undo());
    CHECK(circles[0].touchpoints[0].key_factors[0].standards[0].owner.value == "role-service");
    CHECK(circles[1].touchpoints[0].key_factors[0].standards[0].owner.value.empty());
}

TEST_CASE_METHOD(InspectorFixture, "inspector: converting a key factor adds a measurable draft standard") {
    bp::Blueprint b = panels_test::sample_blueprint();
    b.circles[0].touchpoints[2].key_factors[0].standards.clear();  // kf-polite, courtesy, at the installer's step
    h.load(b);
    d.selection.set(ui_test::typed(d, "kf-polite"));
    h.frames(2);
    ImRect convert = rect_of(h, "###inspector", {std::string("kf-polite"), std::string("Convert to standard")});
    REQUIRE(convert.GetWidth() > 0);
    h.click(convert.GetCenter());
    const auto& kf = [&]() -> const bp::KeyFactor& { return d.session.model().circles[0].touchpoints[2].key_factors[0]; };
    REQUIRE(kf().standards.size() == 1);
    const bp::Standard& s = kf().standards[0];
    CHECK(!s.id.empty());
    CHECK(!s.statement.empty());
    CHECK(s.type == bp::StandardType::Soft);          // courtesy is measured by asking customers
    CHECK(s.owner.value == "role-installer");         // the touchpoint's role
    CHECK(d.session.doc().history().undo_depth() == 1);
    h.frames(2);  // the new standard is listed under the key factor and can be selected from there
    ImRect link = rect_of(h, "###inspector", {std::string("kf-polite"), s.id.value, s.statement});
    REQUIRE(link.GetWidth() > 0);
    h.click(link.GetCenter());
    CHECK(ui_test::selected(d) == std::vector<std::string>{s.id.value});
    CHECK(ui_test::focus_requested(d) == s.id.value);
    REQUIRE(d.session.doc().undo());
    CHECK(kf().standards.empty());
}

TEST_CASE_METHOD(InspectorFixture, "inspector: a hard standard shows no survey fields, a soft one does") {
    d.selection.set(ui_test::typed(d, "st-arrive"));  // hard
    h.frames(2);
    CHECK(field("st-arrive", "##target", "##metric").GetWidth() > 0);
    CHECK(field("st-arrive", "##target", "##survey_question").GetWidth() == 0);
    CHECK(scale_field("st-arrive").GetWidth() == 0);

    d.selection.set(ui_test::typed(d, "st-courtesy"));  // soft
    h.frames(2);
    CHECK(field("st-courtesy", "##target", "##survey_question").GetWidth() > 0);
    CHECK(scale_field("st-courtesy").GetWidth() > 0);

    // Made hard while it still holds a survey question: shown until cleared, so nothing is hidden unseen.
    auto courtesy = [&]() -> const bp::Standard& { return d.session.model().circles[0].touchpoints[2].key_factors[0].standards[0]; };
    REQUIRE(courtesy().id.value == "st-courtesy");
    bp::Standard hard = bp::own_fields(courtesy());
    hard.type = bp::StandardType::Hard;
    hard.target.survey_question = "How polite were we?";
    REQUIRE(d.session.doc().apply(bp::set_fields(bp::own_fields(courtesy()), hard)));
    h.frames(2);
    CHECK(field("st-courtesy", "##target", "##survey_question").GetWidth() > 0);
    hard.target.survey_question.clear();
    hard.target.scale_min = 1;
    hard.target.scale_max = 5;
    REQUIRE(d.session.doc().apply(bp::set_fields(bp::own_fields(courtesy()), hard)));
    h.frames(2);
    CHECK(field("st-courtesy", "##target", "##survey_question").GetWidth() == 0);
}

TEST_CASE_METHOD(InspectorFixture, "inspector: a long Chinese description wraps in its field — a click edits it at the end") {
    const std::string long_text = "顾客到店后由前台核对预约信息并办理入住登记，同时说明早餐时间、停车位置和退房流程，全程不超过十分钟；"
                                  "遇到预约信息不符时由值班经理当场处理，不让顾客在前台等候，并在系统中记下原因以便复盘。";
    bp::Touchpoint t = bp::own_fields(touchpoint(0, 1));
    t.description = long_text;
    REQUIRE(d.session.doc().apply(bp::set_fields(bp::own_fields(touchpoint(0, 1)), t)));
    d.selection.set(ui_test::typed(d, "tp-deliver"));
    h.frames(2);
    const ImRect box = field("tp-deliver", "##fields", "##description");
    REQUIRE(box.GetWidth() > 0);
    // Wrapped within the panel (420 px), so the box grows taller than its three lines instead of wider.
    CHECK(box.Max.x <= 420);
    CHECK(box.GetHeight() > ImGui::GetTextLineHeight() * 3 + ImGui::GetStyle().FramePadding.y * 2 + 1);

    h.click(box.GetCenter());
    h.frames(3);
    CHECK(ImGui::GetIO().WantTextInput);
    h.type("X");
    CHECK(touchpoint(0, 1).description == long_text + "X");  // the caret was at the end, nothing replaced
}

TEST_CASE_METHOD(InspectorFixture, "inspector: the method's words have hover help (三大要素, BPM, 质量维度, 硬/软标准, 等待点, 失误点)") {
    for (ui::Lang lang : {ui::Lang::Zh, ui::Lang::En}) {
        d.options.lang = lang;
        auto explained = [&](const std::string& element, const char* key) {
            INFO(element << " " << key);
            d.selection.set(ui_test::typed(d, element));
            h.frames(2);
            const ImRect marker = field(element, "##fields", (std::string("(?)##help.") + key).c_str());
            REQUIRE(marker.GetWidth() > 0);
            CHECK(marker.Max.x <= 420);  // inside the panel, not cut off
            h.move(marker.GetCenter());
            h.idle(0.5);  // past the hover delay
            h.frames(2);
            ImGuiWindow* tip = ImGui::FindWindowByName("##Tooltip_00");
            REQUIRE(tip != nullptr);
            CHECK(tip->WasActive);
            CHECK(tip->Size.x <= ImGui::GetIO().DisplaySize.x);  // wrapped to stay on screen
        };
        explained("kf-on-time", "pillar");
        explained("kf-on-time", "bpm");
        explained("kf-on-time", "dimension");
        explained("st-call", "hard_standard");
        explained("st-courtesy", "soft_standard");
        explained("tp-buy", "wait_point");
        explained("tp-buy", "fail_point");
    }
}

TEST_CASE_METHOD(InspectorFixture, "inspector: the label column fits its longest label, in both languages") {
    for (ui::Lang lang : {ui::Lang::En, ui::Lang::Zh}) {
        d.options.lang = lang;
        d.selection.set(ui_test::typed(d, "kf-on-time"));
        h.frames(3);
        ImGuiTable* table = ImGui::TableFindByID(panels_test::id_of("###inspector", {std::string("kf-on-time"), std::string("##fields")}));
        REQUIRE(table != nullptr);
        const char* longest = lang == ui::Lang::En ? "Quality dimension" : "质量维度";
        CHECK(table->Columns[0].WidthGiven >= ImGui::CalcTextSize(longest).x);
    }
}
