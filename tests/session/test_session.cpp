// The designer's session without ImGui and without a frame: open, new, save, the saved state, the
// lookup, the lint cache and the autosave schedule, on a clock the test moves by hand.
#include <catch2/catch.hpp>

#include <cstdio>
#include <string>
#include <vector>

#include "app/designer/session.h"
#include "blueprint/edit.h"
#include "blueprint/json_io.h"

namespace {

// A small valid document: one circle with one touchpoint holding one key factor with one standard.
bp::Blueprint small_blueprint() {
    bp::Blueprint b;
    b.id = bp::BlueprintId("bp-test");
    b.name = "热水器/安装";
    bp::Circle c;
    c.id = bp::CircleId("circle-1");
    c.name = "服务圈";
    bp::Touchpoint tp;
    tp.id = bp::TouchpointId("tp-1");
    tp.name = "预约";
    bp::KeyFactor kf;
    kf.id = bp::KeyFactorId("kf-1");
    kf.name = "准时";
    bp::Standard s;
    s.id = bp::StandardId("st-1");
    s.statement = "按约定时间到达";
    kf.standards.push_back(s);
    tp.key_factors.push_back(kf);
    c.touchpoints.push_back(tp);
    b.circles.push_back(c);
    return b;
}

std::string small_text() { return bp::save_blueprint(small_blueprint()); }

// A clock that only moves when told to.
struct FakeClock {
    double now = 1000;
};

bool rename_circle(ui::Session& s, const std::string& name) {
    bp::Circle before = s.model().circles[0];
    before.touchpoints.clear();
    bp::Circle after = before;
    after.name = name;
    return s.doc().apply(bp::set_circle(before, after));
}

}  // namespace

TEST_CASE("open replaces the document and counts it as saved in that file", "[session]") {
    ui::Session s;
    const auto result = s.open_text(small_text(), "安装.blueprint.json");
    REQUIRE(result.ok());
    CHECK(result.migrated_from == 0);
    CHECK(s.model().id.value == "bp-test");
    CHECK(s.filename() == "安装.blueprint.json");
    CHECK(s.base_name() == "安装");
    CHECK_FALSE(s.unsaved());
    REQUIRE(rename_circle(s, "改名"));
    CHECK(s.unsaved());
}

TEST_CASE("a refused file says where and why, and the open document stays as it was", "[session]") {
    ui::Session s;
    REQUIRE(s.open_text(small_text(), "a.blueprint.json").ok());
    REQUIRE(rename_circle(s, "未保存的改动"));
    const uint64_t revision = s.doc().revision();

    const auto result = s.open_text("{\"format\": \"service-blueprint\", \"circles\": [", "broken.json");
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.error);
    CHECK(result.error->line == 1);
    CHECK_FALSE(result.error->describe(false).empty());
    CHECK(s.doc().revision() == revision);
    CHECK(s.model().circles[0].name == "未保存的改动");
    CHECK(s.filename() == "a.blueprint.json");
    CHECK(s.unsaved());
}

TEST_CASE("an older format is converted on open and says from which version", "[session]") {
    ui::Session s;
    bp::LoadResult v1 = bp::load_blueprint_file(std::string(BP_SOURCE_DIR) + "/tests/fixtures/water_heater.v1.blueprint.json");
    REQUIRE(v1.ok());
    REQUIRE(v1.migrated_from == 1);
    std::string text;
    {
        std::FILE* f = std::fopen((std::string(BP_SOURCE_DIR) + "/tests/fixtures/water_heater.v1.blueprint.json").c_str(), "rb");
        REQUIRE(f);
        char buf[4096];
        size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) text.append(buf, n);
        std::fclose(f);
    }
    const auto result = s.open_text(text, "old.json");
    REQUIRE(result.ok());
    CHECK(result.migrated_from == 1);
}

TEST_CASE("mark_unsaved: restored work that no file holds stays unsaved until saved", "[session]") {
    ui::Session s;
    REQUIRE(s.open_text(small_text(), "").ok());
    CHECK_FALSE(s.unsaved());
    s.mark_unsaved();
    CHECK(s.unsaved());
    const std::string bytes = s.save();
    CHECK_FALSE(s.unsaved());
    CHECK(bytes == small_text());
    CHECK(s.base_name() == "热水器_安装");  // no file name: the blueprint's, made safe for a file system
}

TEST_CASE("new makes one circle named in the language, with no file name", "[session]") {
    ui::Session s;
    REQUIRE(s.open_text(small_text(), "a.blueprint.json").ok());
    s.new_document(ui::Lang::En);
    REQUIRE(s.model().circles.size() == 1);
    CHECK(s.model().circles[0].id.value == "circle-1");
    CHECK(s.model().circles[0].name == "Circle 1");
    CHECK(s.model().language == "en");
    CHECK(s.filename().empty());
    CHECK_FALSE(s.unsaved());
    CHECK(s.doc().history().undo_depth() == 0);
    s.new_document(ui::Lang::Zh);
    CHECK(s.model().circles[0].name == "服务圈 1");
}

TEST_CASE("the document's locator finds every kind of element and notices when one is gone", "[session]") {
    ui::Session s;
    REQUIRE(s.open_text(small_text(), "").ok());
    auto st = s.doc().locator().find("st-1");
    REQUIRE(st);
    CHECK(st->kind == bp::ElementKind::Standard);
    CHECK(st->path.key_factor == 0);
    CHECK(s.doc().locator().find("circle-1")->kind == bp::ElementKind::Circle);
    CHECK(s.doc().locator().find("tp-1")->kind == bp::ElementKind::Touchpoint);
    CHECK(s.doc().locator().find("kf-1")->kind == bp::ElementKind::KeyFactor);
    CHECK_FALSE(s.doc().locator().find("nope"));
    CHECK_FALSE(s.doc().locator().find(""));
    REQUIRE(s.doc().apply(bp::remove_at(s.model(), st->path)));
    CHECK_FALSE(s.doc().locator().find("st-1"));
    REQUIRE(s.doc().undo());
    CHECK(s.doc().locator().find("st-1"));
}

TEST_CASE("lint is cached per revision and waits for the end of a gesture", "[session]") {
    ui::Session s;
    REQUIRE(s.open_text(small_text(), "").ok());
    const auto& first = s.findings();
    const size_t count = first.size();

    s.set_gesture_in_progress(true);
    REQUIRE(s.doc().apply(bp::remove_at(s.model(), s.doc().locator().find("st-1")->path)));  // a key factor without a standard
    CHECK(s.findings().size() == count);  // the findings of the gesture's start stand
    CHECK(s.background_work_pending());
    s.set_gesture_in_progress(false);
    CHECK(s.findings().size() != count);
}

TEST_CASE("autosave: after a change, not for a file just opened, not during a gesture", "[session]") {
    FakeClock clock;
    ui::Session s([&] { return clock.now; });
    REQUIRE(s.open_text(small_text(), "a.json").ok());
    std::vector<std::string> written;
    auto write = [&](const std::string& text) { written.push_back(text); };

    CHECK_FALSE(s.autosave_if_due(false, write));  // as opened: the file holds it
    CHECK(written.empty());
    s.findings();
    CHECK_FALSE(s.background_work_pending());

    REQUIRE(rename_circle(s, "一"));
    CHECK(s.background_work_pending());
    s.set_gesture_in_progress(true);
    CHECK_FALSE(s.autosave_if_due(false, write));
    s.set_gesture_in_progress(false);
    CHECK(s.autosave_if_due(false, write));
    REQUIRE(written.size() == 1);
    CHECK(bp::load_blueprint(written[0]).blueprint().circles[0].name == "一");
    CHECK_FALSE(s.autosave_if_due(false, write));  // nothing new
    CHECK(written.size() == 1);
}

TEST_CASE("autosave while typing: a cheap save with every change, a costly one every two seconds", "[session]") {
    FakeClock clock;
    ui::Session s([&] { return clock.now; });
    REQUIRE(s.open_text(small_text(), "a.json").ok());
    int writes = 0;
    double cost = 0;  // seconds one write takes on the fake clock
    auto write = [&](const std::string&) { ++writes; clock.now += cost; };

    REQUIRE(rename_circle(s, "a"));
    CHECK(s.autosave_if_due(true, write));   // cheap: at once
    REQUIRE(rename_circle(s, "ab"));
    clock.now += 0.01;
    CHECK(s.autosave_if_due(true, write));   // still cheap: with every change
    CHECK(writes == 2);

    cost = 0.06;                             // a save now costs 60 ms
    REQUIRE(rename_circle(s, "abc"));
    clock.now += 1.0;
    CHECK(s.autosave_if_due(true, write));   // measured as costly from here on
    REQUIRE(rename_circle(s, "abcd"));
    clock.now += 1.0;
    CHECK_FALSE(s.autosave_if_due(true, write));
    CHECK(s.background_work_pending());      // the platform must come back for it
    clock.now += 1.0;
    CHECK(s.autosave_if_due(true, write));
    REQUIRE(rename_circle(s, "abcde"));
    clock.now += 1.0;
    CHECK(s.autosave_if_due(false, write));  // typing stopped: at once
    CHECK(writes == 5);
}

TEST_CASE("a slow autosave runs at most once per ten of its durations", "[session]") {
    FakeClock clock;
    ui::Session s([&] { return clock.now; });
    REQUIRE(s.open_text(small_text(), "a.json").ok());
    int writes = 0;
    auto slow_write = [&](const std::string&) {
        ++writes;
        clock.now += 0.1;  // the platform took 100 ms
    };
    REQUIRE(rename_circle(s, "a"));
    CHECK(s.autosave_if_due(false, slow_write));
    REQUIRE(rename_circle(s, "b"));
    clock.now += 0.5;
    CHECK_FALSE(s.autosave_if_due(false, slow_write));
    clock.now += 0.51;  // past ten durations since the last one ended
    CHECK(s.autosave_if_due(false, slow_write));
    CHECK(writes == 2);
}
