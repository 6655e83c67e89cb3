// Editing the blueprint's layers in place, through the real frame loop on the water-heater sample: a
// double-click in an empty cell adds an activity there, a drag from card to card adds a handoff (or
// tells why not), Delete removes with undo, and "break this link" shows what the stock handoff breaks
// without changing the design.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "app/designer/blueprint_layout.h"
#include "app/designer/layer_actions.h"
#include "blueprint/layer_edits.h"
#include "blueprint/text.h"
#include "harness.h"
#include "widget_locator.h"

namespace {

std::string sample_json(const std::string& name) {
    std::ifstream in(std::string(BP_SOURCE_DIR) + "/assets/samples/" + name + ".blueprint.json", std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

struct WaterHeater {
    ui_test::Harness h;
    ui::Designer& d = h.d;
    WaterHeater() {
        d.options.lang = ui::Lang::En;
        REQUIRE(d.open_text(sample_json("water-heater-installation"), "water-heater.blueprint.json"));
        d.options.view = ui::View::Blueprint;
        h.frames(3);
    }
    const bp::Circle& install() const { return d.session.model().circles[0]; }
    const bp::Touchpoint& moment(int t) const { return install().touchpoints[t]; }
    ImVec2 cell_centre(int t, bp::Layer layer) {
        const auto r = ui::layered::cell_rect(d.scene(), 0, t, layer);
        return h.world_to_screen({(r.min.x + r.max.x) / 2, r.max.y - 6});
    }
    bool has_handoff(const std::string& from, const std::string& to) const {
        for (const auto& x : install().handoffs)
            if (x.from.value == from && x.to.value == to) return true;
        return false;
    }
};

}  // namespace

TEST_CASE_METHOD(WaterHeater, "blueprint layers: a double-click in an empty cell adds an activity there, named at once",
                 "[canvas][layers]") {
    // 门店选购与付款 has no backstage activity.
    const size_t before = moment(0).activities.size();
    h.double_click(cell_centre(0, bp::Layer::Backstage));
    h.frames(2);
    REQUIRE(moment(0).activities.size() == before + 1);
    const bp::Activity added = moment(0).activities.back();
    CHECK(added.layer == bp::Layer::Backstage);
    CHECK(added.role == moment(0).role);  // acting for the moment's owner until told otherwise
    CHECK(ui_test::selected(d) == std::vector<std::string>{added.id.value});
    // The name popup is open on it.
    h.type("核对库存");
    h.press(ImGuiKey_Enter);
    CHECK(moment(0).activities.back().name == "核对库存");
    h.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    CHECK(moment(0).activities.back().name == added.name);
    h.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    CHECK(moment(0).activities.size() == before);
    // A double-click on a card is no new activity.
    h.idle(1);
    h.double_click(h.screen_of("a-wh-bill"));
    h.press(ImGuiKey_Escape);
    CHECK(moment(0).activities.size() == before);
}

TEST_CASE_METHOD(WaterHeater, "blueprint layers: dragging from one card to another adds a handoff, undone in one step",
                 "[canvas][layers]") {
    const size_t before = install().handoffs.size();
    const size_t depth = d.session.doc().history().undo_depth();
    h.drag(h.screen_of("a-wh-till"), h.screen_of("a-wh-dispatch"), 10);
    REQUIRE(install().handoffs.size() == before + 1);
    CHECK(has_handoff("a-wh-till", "a-wh-dispatch"));
    CHECK(ui_test::selected(d) == std::vector<std::string>{install().handoffs.back().id.value});
    CHECK(d.session.doc().history().undo_depth() == depth + 1);
    // The arrow is drawn from card to card and picks by its label.
    h.frames(1);
    h.click(h.screen_of(install().handoffs.back().id.value));
    CHECK(ui_test::selected(d) == std::vector<std::string>{install().handoffs.back().id.value});
    h.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    CHECK(install().handoffs.size() == before);
    CHECK_FALSE(has_handoff("a-wh-till", "a-wh-dispatch"));
}

TEST_CASE_METHOD(WaterHeater, "blueprint layers: a refused handoff adds nothing and shows the model's reason",
                 "[canvas][layers]") {
    // 录入订单 already hands to 接收安装工单; back again would close a cycle.
    bp::Handoff back;
    back.from = bp::ActivityId("a-wh-accept");
    back.to = bp::ActivityId("a-wh-order");
    const auto reason = bp::handoff_refused(d.session.model(), back);
    REQUIRE(reason);
    const size_t before = install().handoffs.size();
    const size_t depth = d.session.doc().history().undo_depth();
    h.drag(h.screen_of("a-wh-accept"), h.screen_of("a-wh-order"), 10);
    h.frames(2);
    CHECK(install().handoffs.size() == before);
    CHECK(d.session.doc().history().undo_depth() == depth);
    CHECK(d.notice == reason->en);
    CHECK(d.notice_is_error);
    // Let go over no cell and no card (the circle's header): nothing is proposed, nothing is told.
    d.notice.clear();
    const uint64_t revision = d.session.doc().revision();
    h.drag(h.screen_of("a-wh-accept"), h.screen_of("c-wh-install"), 10);
    h.frames(2);
    CHECK(d.session.doc().revision() == revision);
    CHECK(d.notice.empty());
}

TEST_CASE_METHOD(WaterHeater, "blueprint layers: dragging a card into another cell moves it there, its handoffs follow, undone in one step",
                 "[canvas][layers]") {
    // 接收安装工单 (backstage of 预约安装时间) into the backstage of the purchase, which is empty.
    const size_t handoffs = install().handoffs.size();
    const size_t depth = d.session.doc().history().undo_depth();
    h.drag(h.screen_of("a-wh-accept"), cell_centre(0, bp::Layer::Backstage), 10);
    h.frames(2);
    REQUIRE(moment(0).activities.back().id.value == "a-wh-accept");
    CHECK(moment(0).activities.back().layer == bp::Layer::Backstage);
    for (const auto& a : moment(1).activities) CHECK(a.id.value != "a-wh-accept");
    CHECK(install().handoffs.size() == handoffs);
    CHECK(has_handoff("a-wh-order", "a-wh-accept"));
    CHECK(ui_test::selected(d) == std::vector<std::string>{"a-wh-accept"});
    CHECK(d.session.doc().history().undo_depth() == depth + 1);
    // The card is drawn in its new cell.
    const auto cell = ui::layered::cell_rect(d.scene(), 0, 0, bp::Layer::Backstage);
    const ImVec2 at = h.screen_of("a-wh-accept");
    const ImVec2 mn = h.world_to_screen(cell.min), mx = h.world_to_screen(cell.max);
    CHECK((at.x > mn.x && at.x < mx.x && at.y > mn.y && at.y < mx.y));
    h.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    CHECK(moment(1).activities[3].id.value == "a-wh-accept");
    CHECK(moment(1).activities[3].layer == bp::Layer::Backstage);
}

TEST_CASE_METHOD(WaterHeater, "blueprint layers: a card let go on another card's top edge goes before it — the middle hands off",
                 "[canvas][layers]") {
    // 库房备货 is above 安装工领货 in the backstage of 领货; drop 领货 on the top edge of 备货.
    REQUIRE(moment(2).activities[0].id.value == "a-wh-stock");
    REQUIRE(moment(2).activities[1].id.value == "a-wh-collect");
    const auto* stock = d.scene().item(bp::ElementId(bp::ActivityId("a-wh-stock")), d.session.doc().locator());
    REQUIRE(stock);
    const ImVec2 edge = h.world_to_screen({stock->anchor.x, stock->min.y + 3});
    const size_t handoffs = install().handoffs.size();
    h.drag(h.screen_of("a-wh-collect"), edge, 10);
    h.frames(2);
    CHECK(moment(2).activities[0].id.value == "a-wh-collect");
    CHECK(moment(2).activities[1].id.value == "a-wh-stock");
    CHECK(install().handoffs.size() == handoffs);
    // Let go just below itself: it stays where it is, and no step is recorded.
    const size_t depth = d.session.doc().history().undo_depth();
    const auto* collect = d.scene().item(bp::ElementId(bp::ActivityId("a-wh-collect")), d.session.doc().locator());
    REQUIRE(collect);
    h.drag(h.screen_of("a-wh-collect"), h.world_to_screen({collect->anchor.x, collect->max.y + 2}), 10);
    h.frames(2);
    CHECK(d.session.doc().history().undo_depth() == depth);
    CHECK(moment(2).activities[0].id.value == "a-wh-collect");
}

TEST_CASE_METHOD(WaterHeater, "blueprint layers: a card with handoffs cannot move to another circle, and the model says why",
                 "[canvas][layers]") {
    const bp::Circle& exception = d.session.model().circles[1];
    REQUIRE_FALSE(exception.touchpoints.empty());
    const auto r = ui::layered::cell_rect(d.scene(), 1, 0, bp::Layer::Backstage);
    const ImVec2 target = h.world_to_screen({(r.min.x + r.max.x) / 2, r.max.y - 6});
    const uint64_t revision = d.session.doc().revision();
    h.drag(h.screen_of("a-wh-stock"), target, 10);
    h.frames(2);
    CHECK(d.session.doc().revision() == revision);
    CHECK(d.notice_is_error);
    CHECK(d.notice.find("another circle") != std::string::npos);
    // One without handoffs may: the purchase's bill.
    d.notice.clear();
    h.drag(h.screen_of("a-wh-bill"), target, 10);
    h.frames(2);
    INFO(d.notice);
    CHECK(d.session.model().circles[1].touchpoints[0].activities.back().id.value == "a-wh-bill");
}

TEST_CASE_METHOD(WaterHeater, "blueprint layers: Delete removes an activity with its handoffs, undo brings all back",
                 "[canvas][layers]") {
    h.click(h.screen_of("a-wh-stock"));
    CHECK(ui_test::selected(d) == std::vector<std::string>{"a-wh-stock"});
    const size_t handoffs = install().handoffs.size();
    const size_t depth = d.session.doc().history().undo_depth();
    h.press(ImGuiKey_Delete);
    CHECK_FALSE(d.session.doc().locator().resolve("a-wh-stock"));
    CHECK_FALSE(has_handoff("a-wh-order", "a-wh-stock"));
    CHECK_FALSE(has_handoff("a-wh-stock", "a-wh-collect"));
    CHECK(install().handoffs.size() == handoffs - 2);
    CHECK(d.session.doc().history().undo_depth() == depth + 1);
    h.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    CHECK(d.session.doc().locator().resolve("a-wh-stock"));
    CHECK(has_handoff("a-wh-stock", "a-wh-collect"));
    CHECK(install().handoffs.size() == handoffs);

    // A handoff alone, selected by its arrow's label.
    h.click(h.screen_of("h-wh-stock"));
    CHECK(ui_test::selected(d) == std::vector<std::string>{"h-wh-stock"});
    h.press(ImGuiKey_Delete);
    CHECK_FALSE(has_handoff("a-wh-stock", "a-wh-collect"));
    CHECK(d.session.doc().locator().resolve("a-wh-stock"));
    h.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    CHECK(has_handoff("a-wh-stock", "a-wh-collect"));
}

TEST_CASE_METHOD(WaterHeater, "blueprint layers: breaking the stock handoff fails the next-day promise, and Esc restores",
                 "[canvas][layers][break]") {
    h.click(h.screen_of("h-wh-stock"));
    REQUIRE(ui_test::selected(d) == std::vector<std::string>{"h-wh-stock"});
    const uint64_t revision = d.session.doc().revision();
    const size_t depth = d.session.doc().history().undo_depth();
    const ImRect button = panels_test::rect_of(h, "###inspector", {std::string("h-wh-stock"), std::string("Break this link")});
    REQUIRE(button.GetWidth() > 0);
    h.click(button.GetCenter());
    REQUIRE(d.selection.broken_link);
    CHECK(d.selection.broken_link->handoff.value == "h-wh-stock");

    const auto broken = ui::layer_actions::broken_link(d.context());
    REQUIRE(broken);
    CHECK(broken->effect.promise_fails);
    CHECK(broken->effect.circle.value == "c-wh-install");
    // Downstream: collecting the goods, the delivery and the installation after it.
    for (const char* id : {"a-wh-collect", "a-wh-deliver", "a-wh-install", "tp-wh-delivery", "tp-wh-install"})
        CHECK(broken->downstream.count(id) == 1);
    CHECK(broken->downstream.count("a-wh-order") == 0);  // upstream stays whole
    CHECK(broken->effect.recovery.value == "c-wh-exception");
    // Not a change of the design.
    CHECK(d.session.doc().revision() == revision);
    CHECK(d.session.doc().history().undo_depth() == depth);
    CHECK_FALSE(d.unsaved());

    // The recovery circle is offered and one click away.
    const ImRect go = panels_test::rect_of(h, "###inspector", {std::string("h-wh-stock"),
                                                                std::string("Go to the recovery circle: 安装异常处理服务圈")});
    REQUIRE(go.GetWidth() > 0);
    h.click(go.GetCenter());
    CHECK(ui_test::selected(d) == std::vector<std::string>{"c-wh-exception"});
    CHECK(d.selection.broken_link);  // still shown while looking at the recovery

    h.press(ImGuiKey_Escape);
    CHECK_FALSE(d.selection.broken_link);
    CHECK_FALSE(ui::layer_actions::broken_link(d.context()));
}

TEST_CASE_METHOD(WaterHeater, "blueprint layers: a late stock handoff says by how much the promise is missed",
                 "[canvas][layers][break]") {
    ui::layer_actions::toggle_break(d.context(), bp::HandoffId("h-wh-stock"), bp::Break::Late, 24 * 60);
    h.frames(2);
    const auto broken = ui::layer_actions::broken_link(d.context());
    REQUIRE(broken);
    CHECK(broken->effect.promise_fails);
    REQUIRE(broken->overrun);
    CHECK(*broken->overrun > 0);
    CHECK(*broken->overrun <= 24 * 60);
    // The same action again restores.
    ui::layer_actions::toggle_break(d.context(), bp::HandoffId("h-wh-stock"), bp::Break::Late, 24 * 60);
    CHECK_FALSE(d.selection.broken_link);
    // A late handoff with room to spare breaks nothing: the reply call may come a minute later.
    ui::layer_actions::toggle_break(d.context(), bp::HandoffId("h-wh-visit"), bp::Break::Late, 1);
    const auto harmless = ui::layer_actions::broken_link(d.context());
    REQUIRE(harmless);
    CHECK_FALSE(harmless->effect.promise_fails);
    CHECK_FALSE(harmless->overrun);
}

TEST_CASE_METHOD(WaterHeater, "blueprint layers: an activity's inspector links the handoffs it sends and receives",
                 "[canvas][layers]") {
    h.click(h.screen_of("a-wh-stock"));
    REQUIRE(ui_test::selected(d) == std::vector<std::string>{"a-wh-stock"});
    const ImRect link = panels_test::rect_of(
        h, "###inspector", {std::string("a-wh-stock"), std::string("h-wh-stock"), std::string("→ 安装工领货 · 18:00 the day before")});
    REQUIRE(link.GetWidth() > 0);
    h.click(link.GetCenter());
    CHECK(ui_test::selected(d) == std::vector<std::string>{"h-wh-stock"});
}

TEST_CASE_METHOD(WaterHeater, "blueprint layers: the handoff's context menu breaks the link and restores it",
                 "[canvas][layers][break]") {
    auto menu_item = [&](const char* label) {
        ImGuiWindow* canvas = ImGui::FindWindowByName("##canvas");
        REQUIRE(canvas);
        char popup[32];
        ImFormatString(popup, sizeof popup, "##Popup_%08x", ImHashStr("##canvas-context", 0, canvas->ID));
        return panels_test::rect_of(h, popup, {std::string(label)});
    };
    h.click(h.screen_of("h-wh-stock"), 0, ImGuiMouseButton_Right);
    CHECK(ui_test::selected(d) == std::vector<std::string>{"h-wh-stock"});
    const ImRect brk = menu_item("Break this link");
    REQUIRE(brk.GetWidth() > 0);
    h.click(brk.GetCenter());
    REQUIRE(d.selection.broken_link);
    CHECK(d.selection.broken_link->how == bp::Break::Missing);
    h.click(h.screen_of("h-wh-stock"), 0, ImGuiMouseButton_Right);
    const ImRect restore = menu_item("Restore this link");
    REQUIRE(restore.GetWidth() > 0);
    h.click(restore.GetCenter());
    CHECK_FALSE(d.selection.broken_link);
}

TEST_CASE_METHOD(WaterHeater, "chain view by role: same selection, clicks select, a broken link shows there too",
                 "[canvas][layers][chain]") {
    h.click(h.screen_of("a-wh-stock"));
    d.options.view = ui::View::Chain;
    h.frames(3);
    CHECK(d.scene().view == ui::SceneView::Chain);
    CHECK(ui_test::selected(d) == std::vector<std::string>{"a-wh-stock"});
    h.click(h.screen_of("h-wh-stock"));
    CHECK(ui_test::selected(d) == std::vector<std::string>{"h-wh-stock"});
    ui::layer_actions::toggle_break(d.context(), bp::HandoffId("h-wh-stock"), bp::Break::Missing);
    h.frames(2);
    REQUIRE(ui::layer_actions::broken_link(d.context()));
    // Dragging card to card adds a handoff here as well.
    const size_t before = install().handoffs.size();
    h.drag(h.screen_of("a-wh-till"), h.screen_of("a-wh-dispatch"), 10);
    CHECK(install().handoffs.size() == before + 1);
}

TEST_CASE_METHOD(WaterHeater, "blueprint layers: the handoff's inspector chooses the standard that covers it, with undo",
                 "[canvas][layers]") {
    // 派工确认 to the customer call has no standard yet; st-wh-confirm is the one written for it.
    auto confirm = [&]() -> const bp::Handoff& {
        for (const auto& x : install().handoffs)
            if (x.id.value == "h-wh-confirm") return x;
        FAIL("no h-wh-confirm");
        return install().handoffs.front();
    };
    REQUIRE(confirm().standard.empty());
    auto statement = [&](const std::string& id) {
        auto at = d.session.doc().locator().find(bp::StandardId(id));
        REQUIRE(at);
        return bp::standard_at(d.session.model(), *at).statement;
    };
    h.click(h.screen_of("h-wh-confirm"));
    REQUIRE(ui_test::selected(d) == std::vector<std::string>{"h-wh-confirm"});
    const ImRect combo = panels_test::rect_of(h, "###inspector", {std::string("h-wh-confirm"), std::string("##handoff"), std::string("##standard")});
    REQUIRE(combo.GetWidth() > 0);
    h.click(combo.GetCenter());
    // The circle's standards, grouped by moment; choose the confirmation call's.
    const ImRect item = panels_test::rect_of(h, "##Combo_00", {std::string("st-wh-confirm"), bp::text::shorten(statement("st-wh-confirm"), 64, "st-wh-confirm")});
    REQUIRE(item.GetWidth() > 0);
    h.click(item.GetCenter());
    h.frames(2);
    CHECK(confirm().standard.value == "st-wh-confirm");
    // The arrow beside it goes to the standard.
    const ImRect go = panels_test::rect_of(h, "###inspector", {std::string("h-wh-confirm"), std::string("##handoff"), std::string("##go-standard")});
    REQUIRE(go.GetWidth() > 0);
    h.click(go.GetCenter());
    CHECK(ui_test::selected(d) == std::vector<std::string>{"st-wh-confirm"});
    h.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    CHECK(confirm().standard.empty());
}

TEST_CASE_METHOD(WaterHeater, "blueprint layers: Ctrl+C and Ctrl+V copy selected cards into the selected moment, with their handoff",
                 "[canvas][layers][clipboard]") {
    h.click(h.screen_of("a-wh-stock"));
    h.click(h.screen_of("a-wh-collect"), ImGuiMod_Shift);
    REQUIRE(ui_test::selected(d).size() == 2);
    h.press(ImGuiKey_C, ImGuiMod_Ctrl);
    REQUIRE_FALSE(h.platform.clipboard.empty());
    const size_t handoffs = install().handoffs.size();
    const size_t before = moment(6).activities.size();  // 上门安装
    h.click(h.screen_of("tp-wh-install"));
    REQUIRE(d.paste_text(h.platform.clipboard));
    h.frames(2);
    REQUIRE(moment(6).activities.size() == before + 2);
    CHECK(install().handoffs.size() == handoffs + 1);  // stock → collection, between the copies
    const auto sel = ui_test::selected(d);
    REQUIRE(sel.size() == 2);
    CHECK(sel[0] == moment(6).activities[before].id.value);
    // The copies are drawn in their cells of the installation's column.
    for (size_t i = before; i < moment(6).activities.size(); ++i) {
        const auto cell = ui::layered::cell_rect(d.scene(), 0, 6, moment(6).activities[i].layer);
        const ImVec2 at = h.screen_of(moment(6).activities[i].id.value);
        const ImVec2 mn = h.world_to_screen(cell.min), mx = h.world_to_screen(cell.max);
        CHECK((at.x > mn.x && at.x < mx.x && at.y > mn.y && at.y < mx.y));
    }
    h.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    CHECK(moment(6).activities.size() == before);
    CHECK(install().handoffs.size() == handoffs);
}
