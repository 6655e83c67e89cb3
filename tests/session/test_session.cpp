// The designer's session without ImGui and without a frame: open, new, save, the saved state, the
// lookup, the lint cache and the autosave schedule, on a clock the test moves by hand.
#include <algorithm>
#include <catch2/catch.hpp>

#include <cstdio>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "app/designer/session.h"
#include "blueprint/edit.h"
#include "blueprint/fields.h"
#include "blueprint/dates.h"
#include "blueprint/json_io.h"
#include "blueprint/lint.h"

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
    CHECK_FALSE(result.error->describe(bp::Lang::En).empty());
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

TEST_CASE("the counts the panels show follow every edit, undo and a new document", "[session]") {
    ui::Session s;
    s.open(small_blueprint(), "");
    CHECK(s.counts().touchpoints == 1);
    CHECK(s.counts().standards == 1);
    bp::Touchpoint tp;
    tp.id = bp::TouchpointId("tp-2");
    REQUIRE(s.doc().apply(bp::insert_touchpoint(bp::CircleId("circle-1"), tp)));
    CHECK(s.counts().touchpoints == 2);
    REQUIRE(s.doc().undo());
    CHECK(s.counts().touchpoints == 1);
    bp::Blueprint two = small_blueprint();
    two.circles.push_back(bp::Circle{});
    two.circles.back().id = bp::CircleId("circle-2");
    s.open(two, "");
    CHECK(s.counts().circles == 2);
    CHECK(s.counts().touchpoints == 1);
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

TEST_CASE("once frames are drawn, a costly snapshot and a costly lint wait for the frame that shows the change", "[session]") {
    FakeClock clock;
    ui::Session s([&] { return clock.now; });
    REQUIRE(s.open_text(small_text(), "a.json").ok());
    int writes = 0;
    auto slow_write = [&](const std::string&) {
        ++writes;
        clock.now += 0.1;  // 100 ms: costly
    };
    REQUIRE(rename_circle(s, "a"));
    CHECK(s.autosave_if_due(false, slow_write));  // no frames reported yet: nothing waits
    s.frame_drawn();

    clock.now += 5;
    REQUIRE(rename_circle(s, "b"));               // a change between frames (an import, an open)
    CHECK_FALSE(s.autosave_if_due(false, slow_write));
    CHECK(s.background_work_pending());
    s.frame_drawn();                              // the frame that shows it
    CHECK(s.autosave_if_due(false, slow_write));  // the next frame writes it
    CHECK(writes == 2);
    CHECK(bp::load_blueprint(s.save()).blueprint().circles[0].name == "b");
}

TEST_CASE("a costly lint runs in the frame after the one that shows the change, and until then findings lag", "[session]") {
    FakeClock clock;
    double step = 0;  // how far the clock moves each time it is read
    ui::Session s([&] { clock.now += step; return clock.now; });
    REQUIRE(s.open_text(small_text(), "a.json").ok());
    step = 0.06;  // from here on a lint measures 60 ms: costly
    REQUIRE(rename_circle(s, "a"));
    const size_t count = s.findings().size();  // no frames reported yet: runs at once
    s.frame_drawn();

    clock.now += 10;
    REQUIRE(s.doc().apply(bp::remove_at(s.model(), s.doc().locator().find("st-1")->path)));  // between frames
    CHECK(s.findings().size() == count);  // the last lint's findings stand for this frame
    CHECK(s.findings_revision() != s.doc().revision());
    CHECK(s.background_work_pending());
    s.frame_drawn();
    CHECK(s.findings().size() != count);  // a key factor without a standard
    CHECK(s.findings_revision() == s.doc().revision());

    // A costly snapshot does not follow a costly lint in the same frame.
    int writes = 0;
    auto write = [&](const std::string&) { ++writes; };
    CHECK(s.autosave_if_due(false, write));  // the first snapshot measures costly (60 ms a clock read)
    REQUIRE(rename_circle(s, "b"));
    s.frame_drawn();
    clock.now += 10;
    s.findings();  // lints (60 ms)
    CHECK_FALSE(s.autosave_if_due(false, write));
    s.frame_drawn();
    CHECK(s.autosave_if_due(false, write));
    CHECK(writes == 2);
}

TEST_CASE("a journal entry sets its element again on the snapshot, for every kind of element", "[session][journal]") {
    const std::string snapshot = small_text();
    ui::Session edited;
    REQUIRE(edited.open_text(snapshot, "a.json").ok());
    const bp::Blueprint& m = edited.model();
    REQUIRE(edited.doc().apply(bp::set_field(m, &bp::Blueprint::description, std::string("说明，已改"))));
    REQUIRE(edited.doc().apply(bp::set_field(m.circles[0], &bp::Circle::name, std::string("圈二"))));
    REQUIRE(edited.doc().apply(bp::set_field(m.circles[0].touchpoints[0], &bp::Touchpoint::name, std::string("上门"))));
    REQUIRE(edited.doc().apply(
        bp::set_field(m.circles[0].touchpoints[0].key_factors[0], &bp::KeyFactor::name, std::string("守时"))));
    REQUIRE(edited.doc().apply(bp::set_field(m.circles[0].touchpoints[0].key_factors[0].standards[0],
                                             &bp::Standard::statement, std::string("提前十分钟到达"))));
    std::vector<std::string> entries;
    for (const char* id : {"bp-test", "circle-1", "tp-1", "kf-1", "st-1"}) {
        entries.push_back(edited.journal_entry(id));
        REQUIRE_FALSE(entries.back().empty());
        CHECK(entries.back().size() < 4000);  // the element and its ancestors' own fields, not the document
        CHECK(bp::load_blueprint(entries.back()).ok());
    }
    CHECK(edited.journal_entry("no-such-element").empty());

    ui::Session restored;
    REQUIRE(restored.open_text(snapshot, "a.json").ok());
    CHECK(restored.apply_journal(entries) == 5);
    CHECK(bp::save_blueprint(restored.model()) == bp::save_blueprint(edited.model()));
    CHECK(restored.unsaved());  // the file does not hold the restored changes
    CHECK(restored.doc().undo());  // one step
    CHECK(bp::save_blueprint(restored.model()) == snapshot);
}

TEST_CASE("a journal that does not fit the snapshot is refused whole", "[session][journal]") {
    const std::string snapshot = small_text();
    ui::Session edited;
    REQUIRE(edited.open_text(snapshot, "a.json").ok());
    REQUIRE(rename_circle(edited, "新名"));
    const std::string circle_entry = edited.journal_entry("circle-1");
    bp::Blueprint other = small_blueprint();
    other.id = bp::BlueprintId("bp-other");
    ui::Session elsewhere;
    elsewhere.open(other, "");
    const std::string foreign_entry = elsewhere.journal_entry("tp-1");
    bp::Blueprint missing = small_blueprint();
    missing.circles[0].touchpoints[0].id = bp::TouchpointId("tp-gone");
    ui::Session gone;
    gone.open(missing, "");
    const std::string missing_entry = gone.journal_entry("tp-gone");

    for (const std::string& bad : {foreign_entry, missing_entry, std::string("{\"format\":"), std::string()}) {
        ui::Session s;
        REQUIRE(s.open_text(snapshot, "a.json").ok());
        CHECK(s.apply_journal({circle_entry, bad}) == 0);
        CHECK(bp::save_blueprint(s.model()) == snapshot);  // nothing half applied
        CHECK_FALSE(s.unsaved());
    }
}

// A session whose snapshots take 500 ms (a costly document), with what it wrote.
struct CostlySession {
    FakeClock clock;
    ui::Session s{[this] { return clock.now; }};
    std::vector<std::string> snapshots, journal;
    ui::Session::AutosaveWriter write;
    CostlySession() {
        REQUIRE(s.open_text(small_text(), "a.json").ok());
        write.snapshot = [this](const std::string& text) { snapshots.push_back(text); clock.now += 0.5; };
        write.journal = [this](const std::string& id, const std::string& entry) { journal.push_back(id + " " + entry); };
    }
};

TEST_CASE_METHOD(CostlySession, "a costly document: typing goes to the journal at once, the snapshot after two quiet seconds", "[session][journal]") {

    REQUIRE(rename_circle(s, "a"));
    CHECK(s.autosave_if_due(true, write));  // the first snapshot: measured as costly
    REQUIRE(snapshots.size() == 1);
    clock.now += 10;
    for (const char* name : {"ab", "abc", "abcd"}) {
        REQUIRE(rename_circle(s, name));
        clock.now += 0.1;
        CHECK(s.autosave_if_due(true, write));
        CHECK(journal.back().rfind("circle-1 ", 0) == 0);
        CHECK(bp::load_blueprint(journal.back().substr(9)).blueprint().circles[0].name == name);
    }
    CHECK(journal.size() == 3);
    CHECK(snapshots.size() == 1);  // typing is not held up by the costly snapshot
    CHECK_FALSE(s.autosave_if_due(true, write));  // nothing new
    CHECK(s.background_work_pending());
    s.findings();
    CHECK(s.background_work_due_in() == Approx(2.0));  // no frames needed until the snapshot is due
    clock.now += 2.0;
    CHECK(s.autosave_if_due(true, write));  // quiet for two seconds: the snapshot
    REQUIRE(snapshots.size() == 2);
    CHECK(bp::load_blueprint(snapshots.back()).blueprint().circles[0].name == "abcd");
    s.findings();
    CHECK_FALSE(s.background_work_pending());

    // A structural change (a new touchpoint) goes to the journal too, as its circle whole.
    clock.now += 10;
    bp::Touchpoint tp;
    tp.id = bp::TouchpointId("tp-2");
    tp.name = "回访";
    REQUIRE(s.doc().apply(bp::insert_touchpoint(bp::CircleId("circle-1"), tp)));
    CHECK(s.autosave_if_due(true, write));
    CHECK(snapshots.size() == 2);
    REQUIRE(journal.size() == 4);
    CHECK(journal.back().rfind("circle-1 circle\n", 0) == 0);
    CHECK(bp::load_blueprint(journal.back().substr(16)).blueprint().circles[0].touchpoints.size() == 2);

    // A change no journal entry can carry (the measured results) waits only for the ten-durations rule.
    clock.now += 10;
    REQUIRE(s.doc().apply(bp::set_results(bp::Results{})));
    CHECK(s.autosave_if_due(true, write));
    CHECK(snapshots.size() == 3);
    CHECK(journal.size() == 4);
}

TEST_CASE_METHOD(CostlySession, "a costly document: keystrokes handled together in one frame still go to the journal", "[session][journal]") {
    // A loaded page can handle several keystrokes between two frames: the first starts a step, the next
    // merge into it. That is still typing in one field, and must not wait for the next snapshot.
    REQUIRE(rename_circle(s, "a"));
    CHECK(s.autosave_if_due(true, write));  // the first snapshot: measured as costly
    REQUIRE(snapshots.size() == 1);

    auto set_description = [&](const std::string& text) {
        bp::Touchpoint before = s.model().circles[0].touchpoints[0];
        before.key_factors.clear();
        bp::Touchpoint after = before;
        after.description = text;
        return s.doc().apply(bp::set_touchpoint(before, after), "typing");
    };
    clock.now += 0.1;
    REQUIRE(set_description("x"));   // a new step
    REQUIRE(set_description("xy"));  // merged into it, in the same frame
    const size_t depth = s.doc().history().undo_depth();
    CHECK(s.autosave_if_due(true, write));
    // The touchpoint's entry, and the circle's (the step below might also have taken a keystroke).
    REQUIRE(journal.size() == 2);
    const auto tp_entry = std::find_if(journal.begin(), journal.end(), [](const std::string& e) { return e.rfind("tp-1 ", 0) == 0; });
    REQUIRE(tp_entry != journal.end());
    CHECK(bp::load_blueprint(tp_entry->substr(5)).blueprint().circles[0].touchpoints[0].description == "xy");
    CHECK(snapshots.size() == 1);
    CHECK(s.doc().history().undo_depth() == depth);
}

TEST_CASE("a costly document whose journal is small beside its snapshot: the journal is the autosave until it grows or the page hides", "[session][journal]") {
    FakeClock clock;
    ui::Session s([&] { return clock.now; });
    bp::Blueprint doc = small_blueprint();
    bp::Circle other;
    other.id = bp::CircleId("circle-2");
    other.name = "回访";
    other.description = std::string(20000, 'x');  // the snapshot is ~20 KB; an entry for circle-1, ~300 bytes
    doc.circles.push_back(other);
    REQUIRE(s.open_text(bp::save_blueprint(doc), "a.json").ok());
    std::vector<std::string> snapshots, journal;
    ui::Session::AutosaveWriter write;
    write.snapshot = [&](const std::string& text) { snapshots.push_back(text); clock.now += 0.5; };
    write.journal = [&](const std::string& id, const std::string& entry) { journal.push_back(id); (void)entry; };
    REQUIRE(rename_circle(s, "a"));
    CHECK(s.autosave_if_due(false, write));  // the first snapshot: measured as costly
    REQUIRE(snapshots.size() == 1);

    // Edits to one element: the page keeps its newest entry only, so the journal stays small whatever
    // their number, and the snapshot is put off past the quiet seconds: no work waits, no frames.
    for (const char* name : {"ab", "abc", "abcd"}) {
        clock.now += 10;
        REQUIRE(rename_circle(s, name));
        CHECK(s.autosave_if_due(false, write));
    }
    clock.now += 30;
    CHECK_FALSE(s.autosave_if_due(false, write));
    CHECK(snapshots.size() == 1);
    CHECK(journal == std::vector<std::string>{"circle-1", "circle-1", "circle-1"});
    s.findings();
    CHECK_FALSE(s.background_work_pending());
    // Hiding the page writes the snapshot.
    CHECK(s.autosave_now(write));
    REQUIRE(snapshots.size() == 2);
    CHECK(bp::load_blueprint(snapshots.back()).blueprint().circles[0].name == "abcd");

    // An entry of an eighth of the snapshot or more: the snapshot follows after two quiet seconds.
    clock.now += 10;
    bp::Circle before = s.model().circles[1], after = before;
    after.description += "y";
    REQUIRE(s.doc().apply(bp::set_circle(before, after)));
    CHECK(s.autosave_if_due(false, write));
    CHECK(journal.back() == "circle-2");
    CHECK(snapshots.size() == 2);
    CHECK(s.background_work_pending());
    clock.now += 2.0;
    CHECK(s.autosave_if_due(false, write));
    REQUIRE(snapshots.size() == 3);
    CHECK(bp::load_blueprint(snapshots.back()).blueprint().circles[1].description.back() == 'y');
}

TEST_CASE("autosave_now writes a pending snapshot whatever it costs", "[session][journal]") {
    FakeClock clock;
    ui::Session s([&] { return clock.now; });
    REQUIRE(s.open_text(small_text(), "a.json").ok());
    int snapshots = 0;
    ui::Session::AutosaveWriter write;
    write.snapshot = [&](const std::string&) { ++snapshots; clock.now += 1.0; };
    CHECK_FALSE(s.autosave_now(write));  // as opened: nothing pending
    REQUIRE(rename_circle(s, "a"));
    CHECK(s.autosave_if_due(false, write));
    REQUIRE(rename_circle(s, "b"));
    CHECK_FALSE(s.autosave_if_due(false, write));  // held back: a save costs a second
    CHECK(s.autosave_now(write));
    CHECK(snapshots == 2);
    s.findings();
    CHECK_FALSE(s.background_work_pending());
    CHECK_FALSE(s.autosave_now(write));
}

TEST_CASE("a costly document as opened: the bytes it was opened from are the journal's base, it is not saved again",
          "[session][journal]") {
    double now = 0;
    ui::Session s{[&] { return now += 0.1; }};  // every reading 100 ms later: the open measures as costly
    const std::string text = small_text();
    REQUIRE(s.open_text(text, "a.json").ok());
    std::vector<std::string> snapshots, journal;
    ui::Session::AutosaveWriter write;
    write.snapshot = [&](const std::string& t) { snapshots.push_back(t); };
    write.journal = [&](const std::string& id, const std::string& entry) { journal.push_back(id + " " + entry); };
    // No journal kept: nothing to base, the file holds the document.
    CHECK_FALSE(s.snapshot_as_opened(text, ui::Session::AutosaveWriter{write.snapshot, nullptr}));
    CHECK(s.snapshot_as_opened(text, write));
    REQUIRE(snapshots.size() == 1);
    CHECK(snapshots[0] == text);  // the bytes as opened, byte for byte
    CHECK_FALSE(s.snapshot_as_opened(text, write));  // once
    CHECK_FALSE(s.autosave_if_due(false, write));    // and no snapshot is due after it
    CHECK(snapshots.size() == 1);
    // Typing goes to the journal at once, on that base.
    REQUIRE(rename_circle(s, "x"));
    CHECK(s.autosave_if_due(true, write));
    CHECK(journal.size() == 1);
    CHECK(snapshots.size() == 1);
    // Edited since: no longer "as opened".
    ui::Session other{[&] { return now += 0.1; }};
    REQUIRE(other.open_text(text, "a.json").ok());
    REQUIRE(rename_circle(other, "y"));
    CHECK_FALSE(other.snapshot_as_opened(text, write));
}

TEST_CASE("every costly document opened in the tab is handed over as opened, not only the first", "[session][journal]") {
    double now = 0;
    ui::Session s{[&] { return now += 0.1; }};  // every open measures as costly
    const std::string text = small_text();
    std::vector<std::string> snapshots;
    ui::Session::AutosaveWriter write{[&](const std::string& t) { snapshots.push_back(t); },
                                      [](const std::string&, const std::string&) {}};
    REQUIRE(s.open_text(text, "a.json").ok());
    CHECK(s.snapshot_as_opened(text, write));
    REQUIRE(rename_circle(s, "x"));
    now += 10;
    CHECK(s.autosave_now(write));  // the first document, edited, is written
    REQUIRE(snapshots.size() == 2);
    // The next file opened in the same tab: its bytes are its snapshot too, with no save of it.
    bp::Blueprint other = small_blueprint();
    other.id = bp::BlueprintId("bp-second");
    other.name = "另一份蓝图";
    const std::string second = bp::save_blueprint(other);
    REQUIRE(s.open_text(second, "b.json").ok());
    CHECK(s.snapshot_as_opened(second, write));
    REQUIRE(snapshots.size() == 3);
    CHECK(snapshots[2] == second);
    CHECK_FALSE(s.autosave_if_due(false, write));
    CHECK(snapshots.size() == 3);
}

TEST_CASE("a cheap document as opened is not written as a snapshot: the file holds it", "[session][journal]") {
    FakeClock clock;
    ui::Session s{[&] { return clock.now; }};
    const std::string text = small_text();
    REQUIRE(s.open_text(text, "a.json").ok());
    std::vector<std::string> snapshots;
    ui::Session::AutosaveWriter write{[&](const std::string& t) { snapshots.push_back(t); },
                                      [](const std::string&, const std::string&) {}};
    CHECK_FALSE(s.snapshot_as_opened(text, write));
    CHECK(snapshots.empty());
}

namespace {
// What the page keeps of the journal (web/page-storage.js): the newest entry for each key, restored in
// the order they were written.
struct PageJournal {
    std::map<std::string, std::pair<int, std::string>> newest;
    int seq = 0;
    void write(const std::string& key, const std::string& entry) { newest[key] = {++seq, entry}; }
    std::vector<std::string> entries() const {
        std::vector<std::pair<int, std::string>> in_order;
        for (const auto& [key, e] : newest) in_order.push_back(e);
        std::sort(in_order.begin(), in_order.end());
        std::vector<std::string> out;
        for (auto& e : in_order) out.push_back(e.second);
        return out;
    }
};

bp::Circle circle_with(const std::string& id, const std::string& touchpoint) {
    bp::Circle c;
    c.id = bp::CircleId(id);
    c.name = "圈 " + id;
    bp::Touchpoint tp;
    tp.id = bp::TouchpointId(touchpoint);
    tp.name = "触点 " + touchpoint;
    c.touchpoints.push_back(tp);
    return c;
}
}  // namespace

TEST_CASE_METHOD(CostlySession, "a costly document: structural edits, undo and redo go to the journal, and the snapshot with the journal restores each state", "[session][journal]") {
    REQUIRE(rename_circle(s, "a"));
    CHECK(s.autosave_if_due(false, write));  // the first snapshot: measured as costly
    REQUIRE(snapshots.size() == 1);
    const std::string base = snapshots[0];
    PageJournal page;
    write.journal = [&](const std::string& key, const std::string& entry) { page.write(key, entry); };

    auto set_tp_name = [&](const std::string& id, const std::string& name) {
        bp::Touchpoint before = bp::own_fields(bp::touchpoint_at(s.model(), *s.doc().locator().find(bp::TouchpointId(id))));
        bp::Touchpoint after = before;
        after.name = name;
        return s.doc().apply(bp::set_touchpoint(before, after), "typing " + id);
    };
    bp::Touchpoint extra;
    extra.id = bp::TouchpointId("tp-2");
    extra.name = "回访";
    const std::vector<std::pair<const char*, std::function<bool()>>> steps = {
        {"add a circle", [&] { return s.doc().apply(bp::insert_circle(circle_with("circle-2", "tp-20"))); }},
        {"add a touchpoint", [&] { return s.doc().apply(bp::insert_touchpoint(bp::CircleId("circle-1"), extra, 0)); }},
        {"type in it", [&] { return set_tp_name("tp-2", "回访电话"); }},
        {"move a touchpoint", [&] { return s.doc().apply(bp::move_touchpoint(bp::CircleId("circle-1"), 0, 1)); }},
        {"type in the other circle", [&] { return set_tp_name("tp-20", "改名"); }},
        {"delete a touchpoint with its key factor", [&] { return s.doc().apply(bp::remove_touchpoint(s.model(), bp::TouchpointId("tp-1"))); }},
        {"undo the delete", [&] { return s.doc().undo(); }},
        {"redo it", [&] { return s.doc().redo(); }},
        {"the blueprint's description", [&] { return s.doc().apply(bp::set_field(s.model(), &bp::Blueprint::description, std::string("改过"))); }},
        {"add a third circle first", [&] { return s.doc().apply(bp::insert_circle(circle_with("circle-3", "tp-30"), 0)); }},
        {"delete the second circle", [&] { return s.doc().apply(bp::remove_circle(s.model(), bp::CircleId("circle-2"))); }},
        {"undo that", [&] { return s.doc().undo(); }},
    };
    for (const auto& [what, step] : steps) {
        INFO(what);
        REQUIRE(step());
        s.doc().seal();
        clock.now += 0.1;
        CHECK(s.autosave_if_due(false, write));
        CHECK(snapshots.size() == 1);  // the journal carries it: no costly snapshot while the user works

        ui::Session restored;
        REQUIRE(restored.open_text(base, "a.json").ok());
        const std::vector<std::string> entries = page.entries();
        CHECK(restored.apply_journal(entries) == (int)entries.size());
        CHECK(bp::save_blueprint(restored.model()) == bp::save_blueprint(s.model()));
        CHECK(restored.doc().undo());  // one step back to the snapshot
        CHECK(bp::save_blueprint(restored.model()) == base);
    }
    clock.now += 5.0;
    CHECK(s.autosave_if_due(false, write));  // quiet, and ten durations on: the snapshot, and a fresh journal
    CHECK(snapshots.size() == 2);
    CHECK(bp::save_blueprint(s.model()) == snapshots.back());
    page.newest.clear();
    REQUIRE(set_tp_name("tp-2", "再改"));
    clock.now += 0.1;
    CHECK(s.autosave_if_due(false, write));
    REQUIRE(page.newest.count("tp-2"));  // its own fields again, not its circle whole
    CHECK(page.newest.size() == 1);
    CHECK(page.newest.at("tp-2").second.rfind("circle\n", 0) == std::string::npos);
}

TEST_CASE("a journal of whole circles that does not fit the snapshot is refused whole", "[session][journal]") {
    const std::string snapshot = small_text();
    FakeClock clock;
    ui::Session edited([&] { return clock.now; });
    REQUIRE(edited.open_text(snapshot, "a.json").ok());
    PageJournal page;
    ui::Session::AutosaveWriter write;
    write.snapshot = [&](const std::string&) { clock.now += 0.5; };
    write.journal = [&](const std::string& key, const std::string& entry) { page.write(key, entry); };
    REQUIRE(rename_circle(edited, "a"));
    REQUIRE(edited.autosave_if_due(false, write));  // the snapshot, costly
    REQUIRE(edited.doc().apply(bp::insert_circle(circle_with("circle-2", "tp-20"))));
    clock.now += 0.1;
    REQUIRE(edited.autosave_if_due(false, write));
    REQUIRE(page.newest.size() == 2);  // the new circle whole, and the list of circles
    const std::string whole = page.newest.at("circle-2").second;
    const std::string list = page.newest.at("").second;

    // The new circle without the list that places it; the list naming a circle nothing brings; an entry
    // cut short; a circle entry holding two circles.
    bp::Blueprint two = small_blueprint();
    two.circles.push_back(circle_with("circle-2", "tp-20"));
    const std::string two_circles = "circle\n" + bp::save_blueprint(two);
    for (const std::vector<std::string>& bad : std::vector<std::vector<std::string>>{
             {whole}, {list}, {whole, list.substr(0, list.size() / 2)}, {two_circles, list}}) {
        ui::Session s;
        REQUIRE(s.open_text(snapshot, "a.json").ok());
        CHECK(s.apply_journal(bad) == 0);
        CHECK(bp::save_blueprint(s.model()) == snapshot);  // nothing half applied
        CHECK_FALSE(s.unsaved());
    }
    ui::Session s;
    REQUIRE(s.open_text(snapshot, "a.json").ok());
    CHECK(s.apply_journal({whole, list}) == 2);
    CHECK(s.model().circles.size() == 2);
}

TEST_CASE("findings after edits, undo and redo equal a full lint while only the changed circles are linted again", "[session]") {
    ui::Session s;
    bp::Blueprint b = small_blueprint();
    b.circles.push_back(circle_with("circle-2", "tp-20"));
    s.open(b, "a.json");
    auto same_as_full = [&] {
        bp::LintOptions options;
        options.today = bp::today_local();
        const std::vector<bp::Finding> full = bp::lint(s.model(), options);
        const std::vector<bp::Finding>& got = s.findings();
        REQUIRE(got.size() == full.size());
        for (size_t i = 0; i < got.size(); ++i) {
            CHECK(got[i].rule == full[i].rule);
            CHECK(got[i].element == full[i].element);
            CHECK(got[i].message_en == full[i].message_en);
        }
    };
    same_as_full();
    REQUIRE(s.doc().apply(bp::remove_key_factor(s.model(), bp::KeyFactorId("kf-1"))));
    same_as_full();
    REQUIRE(s.doc().apply(bp::insert_touchpoint(bp::CircleId("circle-2"), circle_with("x", "tp-21").touchpoints[0])));
    same_as_full();
    REQUIRE(s.doc().undo());
    same_as_full();
    REQUIRE(s.doc().undo());
    same_as_full();
    REQUIRE(s.doc().redo());
    same_as_full();
    REQUIRE(rename_circle(s, "改名"));
    same_as_full();
}
