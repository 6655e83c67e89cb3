// A role's own section of the inspector, driven through the real ImGui frame loop: opened from the roles
// table; its duties added, typed, moved and removed, each an undo step; whom it reports and escalates to
// picked from the roles, the model refusing itself and a reporting cycle with its reason; and the role
// card made from the edited values.
#include <catch2/catch.hpp>

#include "app/designer/panel_state.h"
#include "blueprint/handout.h"
#include "blueprint/trainer.h"
#include "panels_sample.h"
#include "widget_locator.h"

using panels_test::rect_of;

namespace {

struct RoleFixture {
    ui_test::Harness h;
    ui::Designer& d = h.d;
    RoleFixture() {
        d.options.lang = ui::Lang::En;
        h.draw = [this] {
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(ImVec2(460, 880));
            d.draw_panel("inspector");
        };
        h.load(panels_test::sample_blueprint());
    }
    const bp::Role& role(const char* id) const {
        for (const bp::Role& r : d.session.model().roles)
            if (r.id.value == id) return r;
        FAIL("no role " << id);
        throw;
    }
    std::vector<std::string> duties(const char* id) const {
        std::vector<std::string> out;
        for (const bp::Instruction& i : role(id).duties) out.push_back(i.text);
        return out;
    }
    size_t depth() const { return d.session.doc().history().undo_depth(); }
    void open(const char* id) {
        d.selection.set(bp::RoleId(id));
        h.frames(2);
    }
    // A widget of the role's section: the role's id, then the path inside it.
    ImRect at(const char* id, std::vector<panels_test::Part> path) {
        path.insert(path.begin(), std::string(id));
        return rect_of(h, "###inspector", path);
    }
    void click(const char* id, std::vector<panels_test::Part> path) {
        const ImRect r = at(id, std::move(path));
        REQUIRE(r.GetWidth() > 0);
        h.click(r.GetCenter());
    }
    // Picks a role (or "(none)") in one of the section's role choosers.
    void pick(const char* id, const char* chooser, const char* role_id, const char* name) {
        click(id, {std::string("##fields"), std::string(chooser)});
        const ImRect item = role_id ? rect_of(h, "##Combo_00", {std::string(role_id), std::string(name)})
                                    : rect_of(h, "##Combo_00", {std::string(name)});
        REQUIRE(item.GetWidth() > 0);
        h.click(item.GetCenter());
    }
    std::string message() const { return d.panels.inspector.role_message; }
};

}  // namespace

TEST_CASE_METHOD(RoleFixture, "role inspector: opened from the roles table — duties added, typed, moved and removed, each one undo step",
                 "[roles]") {
    d.selection.clear();
    h.frames(2);
    const ImRect details =
        rect_of(h, "###inspector", {std::string("blueprint"), std::string("##roles"), std::string("role-installer"), std::string("###details")});
    REQUIRE(details.GetWidth() > 0);
    h.click(details.GetCenter());
    REQUIRE(ui_test::selected(d) == std::vector<std::string>{"role-installer"});
    h.frames(2);

    const size_t start = depth();
    click("role-installer", {std::string("##duties"), std::string("###add")});
    CHECK(duties("role-installer") == std::vector<std::string>{"(new duty)"});
    CHECK(depth() == start + 1);

    // Typing in a duty is one step until the field is left.
    click("role-installer", {std::string("##duties"), 0, std::string("##line")});
    h.press(ImGuiKey_A, ImGuiMod_Ctrl);
    h.type("Check the water pressure");
    h.type(" first");
    h.press(ImGuiKey_Enter);
    CHECK(duties("role-installer") == std::vector<std::string>{"Check the water pressure first"});
    CHECK(depth() == start + 2);

    click("role-installer", {std::string("##duties"), std::string("###add")});
    click("role-installer", {std::string("##duties"), 0, std::string("###down")});
    CHECK(duties("role-installer") == std::vector<std::string>{"(new duty)", "Check the water pressure first"});
    CHECK(depth() == start + 4);
    click("role-installer", {std::string("##duties"), 1, std::string("###up")});
    CHECK(duties("role-installer") == std::vector<std::string>{"Check the water pressure first", "(new duty)"});
    click("role-installer", {std::string("##duties"), 1, std::string("###remove")});
    CHECK(duties("role-installer") == std::vector<std::string>{"Check the water pressure first"});
    CHECK(depth() == start + 6);

    REQUIRE(d.session.doc().undo());  // the removal
    CHECK(duties("role-installer") == std::vector<std::string>{"Check the water pressure first", "(new duty)"});
    REQUIRE(d.session.doc().undo());  // the move up
    REQUIRE(d.session.doc().undo());  // the move down
    REQUIRE(d.session.doc().undo());  // the second add
    REQUIRE(d.session.doc().undo());  // the typing
    CHECK(duties("role-installer") == std::vector<std::string>{"(new duty)"});
    REQUIRE(d.session.doc().undo());
    CHECK(duties("role-installer").empty());
    CHECK(role("role-service").duties.empty());  // the other roles untouched
}

TEST_CASE_METHOD(RoleFixture, "role inspector: whom a role reports and escalates to — itself and a reporting cycle are refused, with the reason",
                 "[roles]") {
    open("role-installer");
    const size_t start = depth();
    pick("role-installer", "##reports_to", "role-service", "Customer service");
    CHECK(role("role-installer").reports_to.value == "role-service");
    pick("role-installer", "##escalates_to", "role-spare", "Driver");
    CHECK(role("role-installer").escalates_to.value == "role-spare");
    CHECK(depth() == start + 2);
    CHECK(message().empty());

    SECTION("to itself") {
        pick("role-installer", "##escalates_to", "role-installer", "Installer");
        CHECK(role("role-installer").escalates_to.value == "role-spare");  // unchanged
        CHECK(message() == "The role \"Installer\" cannot escalate to itself.");
        CHECK(depth() == start + 2);
        // The reason is in the interface language.
        d.options.lang = ui::Lang::Zh;
        pick("role-installer", "##reports_to", "role-installer", "安装工");
        CHECK(role("role-installer").reports_to.value == "role-service");
        CHECK(message() == "角色“安装工”不能向自己汇报。");
    }
    SECTION("a reporting cycle") {
        open("role-service");
        pick("role-service", "##reports_to", "role-installer", "Installer");
        CHECK(role("role-service").reports_to.empty());
        CHECK(message().find("\"Installer\" → \"Customer service\" → \"Installer\": each reports to the next") !=
              std::string::npos);
        CHECK(depth() == start + 2);
        // The message belongs to this role's section: another role's section does not show it.
        CHECK(d.panels.inspector.role_message_for == "role-service");
        // A choice that closes no cycle is taken, and clears the message.
        pick("role-service", "##escalates_to", "role-installer", "Installer");
        CHECK(role("role-service").escalates_to.value == "role-installer");
        CHECK(message().empty());
    }
    SECTION("back to none") {
        pick("role-installer", "##reports_to", nullptr, "(none)");
        CHECK(role("role-installer").reports_to.empty());
        REQUIRE(d.session.doc().undo());
        CHECK(role("role-installer").reports_to.value == "role-service");
    }
}

TEST_CASE_METHOD(RoleFixture, "role inspector: the role card and the self-check read the edited duties and lines", "[roles]") {
    open("role-installer");
    click("role-installer", {std::string("##duties"), std::string("###add")});
    click("role-installer", {std::string("##duties"), 0, std::string("##line")});
    h.press(ImGuiKey_A, ImGuiMod_Ctrl);
    h.type("Leave the site clean");
    h.press(ImGuiKey_Enter);
    pick("role-installer", "##reports_to", "role-service", "Customer service");
    pick("role-installer", "##escalates_to", "role-spare", "Driver");

    click("role-installer", {std::string("Role card (Markdown)")});
    REQUIRE(h.platform.downloads.size() == 1);
    const std::string& card = h.platform.downloads[0].bytes;
    CHECK(h.platform.downloads[0].filename.find("role-installer.role-card.md") != std::string::npos);
    CHECK(card.find("1. Leave the site clean") != std::string::npos);
    CHECK(card.find("- reports to: Customer service\n") != std::string::npos);
    CHECK(card.find("- escalates to: Driver\n") != std::string::npos);
    // Trainer mode's self-check asks the installer whom to escalate to, and the answer is the edited one.
    const bp::Touchpoint& fit = d.session.model().circles[0].touchpoints[2];
    bool asked = false;
    for (const bp::CheckItem& item : bp::self_check(d.session.model(), fit, bp::RoleId("role-installer"), ui::Lang::En))
        if (item.from == bp::CheckItem::From::Escalation) asked = item.answer == "Driver";
    CHECK(asked);
}
