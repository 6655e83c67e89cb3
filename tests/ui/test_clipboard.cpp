// Copy, cut and paste of touchpoints and key factors as JSON text, within and between documents.
#include <catch2/catch.hpp>

#include "blueprint/json_io.h"
#include "app/designer/actions.h"
#include "harness.h"

using namespace ui_test;

namespace {

bp::Blueprint with_standards() {
    bp::Blueprint b = sample_blueprint(1, 3, 2);
    b.roles.push_back({bp::RoleId("role-service"), "客服", "customer service"});
    auto& kf = b.circles[0].touchpoints[1].key_factors[0];
    bp::Standard s;
    s.id = bp::StandardId("st-a");
    s.statement = "电话铃响三声内接通";
    s.owner = bp::RoleId("role-service");
    kf.standards.push_back(s);
    return b;
}

}  // namespace

TEST_CASE("copy and paste a touchpoint within a document: after the selection, fresh ids, one step", "[clipboard]") {
    Harness h;
    h.load(with_standards());
    h.click(h.screen_of("c1-tp2"));
    h.press(ImGuiKey_C, ImGuiMod_Ctrl);
    REQUIRE_FALSE(h.platform.clipboard.empty());
    CHECK(h.platform.clipboard.find("c1-tp2") != std::string::npos);
    CHECK(h.d.session.doc().history().undo_depth() == 0);  // copying changes nothing

    h.click(h.screen_of("c1-tp3"));
    REQUIRE(h.d.paste_text(h.platform.clipboard));
    h.frame();
    const auto& tps = h.d.session.model().circles[0].touchpoints;
    REQUIRE(tps.size() == 4);
    const bp::Touchpoint& pasted = tps[3];
    CHECK(pasted.name == "触点 2");
    CHECK(pasted.id.value != "c1-tp2");
    REQUIRE(pasted.key_factors.size() == 2);
    CHECK(pasted.key_factors[0].id.value != "c1-tp2-kf1");
    REQUIRE(pasted.key_factors[0].standards.size() == 1);
    CHECK(pasted.key_factors[0].standards[0].id.value != "st-a");
    CHECK(pasted.key_factors[0].standards[0].owner.value == "role-service");  // same document: same role
    CHECK(pasted.role.value == "role-installer");
    CHECK(h.d.session.model().roles.size() == 2);
    CHECK(ui_test::selected(h.d) == std::vector<std::string>{pasted.id.value});
    const auto counts = bp::count(h.d.session.model());
    CHECK(bp::collect_ids(h.d.session.model()).size() ==
          1 + 2 + counts.circles + counts.touchpoints + counts.key_factors + counts.standards);
    CHECK(h.d.session.doc().history().undo_depth() == 1);
    h.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    CHECK(h.d.session.model().circles[0].touchpoints.size() == 3);
}

TEST_CASE("pasting into another document maps roles by name and adds the missing ones", "[clipboard]") {
    Harness from;
    from.load(with_standards());
    from.click(from.screen_of("c1-tp2"));
    from.press(ImGuiKey_C, ImGuiMod_Ctrl);
    const std::string text = from.platform.clipboard;

    Harness to;
    bp::Blueprint other = sample_blueprint(1, 1, 0);
    other.roles = {{bp::RoleId("r9"), "客服", "service desk"}};
    other.circles[0].touchpoints[0].role = bp::RoleId("r9");
    to.load(other);
    to.click(to.screen_of("c1-tp1"));
    REQUIRE(to.d.paste_text(text));
    to.frame();
    const bp::Blueprint& m = to.d.session.model();
    REQUIRE(m.circles[0].touchpoints.size() == 2);
    const bp::Touchpoint& pasted = m.circles[0].touchpoints[1];
    REQUIRE(m.roles.size() == 2);                      // 安装工 added
    CHECK(m.roles[1].name == "安装工");
    CHECK(pasted.role == m.roles[1].id);
    CHECK(pasted.key_factors[0].standards[0].owner.value == "r9");  // 客服 matched by name
    // One step undoes the paste and the added role together.
    to.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    CHECK(to.d.session.model().roles.size() == 1);
    CHECK(to.d.session.model().circles[0].touchpoints.size() == 1);
}

TEST_CASE("key factors paste into the selected touchpoint — without one the user is told", "[clipboard]") {
    Harness h;
    h.load(with_standards());
    h.click(h.screen_of("c1-tp1-kf1"));
    h.click(h.screen_of("c1-tp1-kf2"), ImGuiMod_Shift);
    h.press(ImGuiKey_X, ImGuiMod_Ctrl);  // cut
    CHECK(h.d.session.model().circles[0].touchpoints[0].key_factors.empty());
    const std::string text = h.platform.clipboard;

    h.press(ImGuiKey_Escape);  // nothing selected
    CHECK_FALSE(h.d.paste_text(text));
    h.frame();
    CHECK_FALSE(h.d.notice.empty());

    h.click(h.screen_of("c1-tp3"));
    REQUIRE(h.d.paste_text(text));
    const auto& kfs = h.d.session.model().circles[0].touchpoints[2].key_factors;
    REQUIRE(kfs.size() == 4);
    CHECK(kfs[2].name == "关键因素 1");
    CHECK(kfs[3].name == "关键因素 2");
    CHECK(h.d.selection.ids.size() == 2);
}

TEST_CASE("a copied circle pastes as a new circle beside the others", "[clipboard]") {
    Harness h;
    h.load(sample_blueprint(1, 3, 1));
    h.click(h.screen_of("c1"));
    h.press(ImGuiKey_C, ImGuiMod_Ctrl);
    REQUIRE(h.d.paste_text(h.platform.clipboard));
    const auto& circles = h.d.session.model().circles;
    REQUIRE(circles.size() == 2);
    CHECK(circles[1].touchpoints.size() == 3);
    CHECK(circles[1].position.x > circles[0].position.x + 2 * ui::ring::display_radius(circles[0]));
}

TEST_CASE("text that is not blueprint JSON pastes nothing — a focused text field keeps its paste", "[clipboard]") {
    Harness h;
    h.load(sample_blueprint(1, 2, 0));
    const uint64_t revision = h.d.session.doc().revision();
    CHECK_FALSE(h.d.paste_text("顾客到店"));
    CHECK_FALSE(h.d.paste_text("{\"format\": 1}"));
    CHECK(h.d.session.doc().revision() == revision);

    h.click(h.screen_of("c1-tp1"));
    h.press(ImGuiKey_C, ImGuiMod_Ctrl);
    h.press(ImGuiKey_F2);  // the rename field has focus
    CHECK_FALSE(h.d.paste_text(h.platform.clipboard));
    CHECK(h.d.session.doc().revision() == revision);
    h.press(ImGuiKey_Escape);
}

TEST_CASE("opening a real file replaces the document — an older version is migrated and said so", "[shell][files]") {
    auto read = [](const std::string& path) {
        std::string text;
        if (FILE* f = std::fopen(path.c_str(), "rb")) {
            char buf[4096];
            size_t n;
            while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) text.append(buf, n);
            std::fclose(f);
        }
        return text;
    };
    Harness h;
    h.load(sample_blueprint(1, 2, 0));
    const std::string v2 = read(std::string(BP_SOURCE_DIR) + "/tests/fixtures/water_heater.v2.blueprint.json");
    REQUIRE_FALSE(v2.empty());
    // A file in today's format opens without a word.
    const std::string current = bp::save_blueprint(bp::load_blueprint(v2).blueprint());
    REQUIRE(h.d.open_text(current, "water_heater.blueprint.json"));
    h.frames(2);
    CHECK(h.d.session.model().circles.size() >= 1);
    CHECK_FALSE(h.d.unsaved());
    INFO(h.d.notice);
    CHECK(h.d.notice.empty());
    CHECK(h.d.session.doc().history().undo_depth() == 0);
    const std::string first = h.d.session.model().circles[0].touchpoints[0].id.value;
    CHECK_NOTHROW(h.screen_of(first));

    REQUIRE(h.d.open_text(v2, "water_heater.v2.blueprint.json"));
    CHECK((h.d.notice.find("旧版格式（版本 2）") != std::string::npos ||
           h.d.notice.find("older format (version 2)") != std::string::npos));
    const std::string v1 = read(std::string(BP_SOURCE_DIR) + "/tests/fixtures/water_heater.v1.blueprint.json");
    REQUIRE(h.d.open_text(v1, "water_heater.v1.blueprint.json"));
    CHECK((h.d.notice.find("旧版格式（版本 1）") != std::string::npos ||
           h.d.notice.find("older format (version 1)") != std::string::npos));
    CHECK_FALSE(h.d.notice_is_error);

    // A broken file names the place that is wrong, and the open document stays.
    std::string broken = v2;
    broken.replace(broken.find("\"format_version\": 2"), 19, "\"format_version\": \"two\"");
    const uint64_t revision = h.d.session.doc().revision();
    CHECK_FALSE(h.d.open_text(broken, "broken.blueprint.json"));
    CHECK(h.d.notice.find("format_version") != std::string::npos);
    CHECK(h.d.session.doc().revision() == revision);
}
