// Format 3 (the blueprint's layers): deadlines as typed values in both languages, the v3 fixture round
// trip, migration from version 2 (roles become activities, a mitigation that names a circle exactly becomes
// a link), and the loader's messages for the new fields, with path and line:column.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "blueprint/invariants.h"
#include "blueprint/json_io.h"
#include "fixtures.h"
#include "blueprint/json_validate.h"
#include "blueprint/layers.h"
#include "blueprint/lint.h"

using namespace bp;

namespace {
// The v3 fixture with one snippet replaced; the snippet must occur exactly once.
std::string edited(const std::string& from, const std::string& to) {
    return edited_fixture("water_heater.v3.blueprint.json", from, to);
}

LoadError error_of(const std::string& text) { return load_error(text); }

// The 1-based line of the first occurrence of needle.
int line_of(const std::string& text, const std::string& needle) {
    const size_t at = text.find(needle);
    REQUIRE(at != std::string::npos);
    return 1 + int(std::count(text.begin(), text.begin() + long(at), '\n'));
}
}  // namespace

TEST_CASE("deadlines parse from the file token and from what they print in either language") {
    struct Case {
        const char* text;
        Deadline::Kind kind;
        int64_t minutes;
        int day;
        const char* token;
        const char* zh;
        const char* en;
    };
    using K = Deadline::Kind;
    const Case cases[] = {
        {"+30min", K::Relative, 30, 0, "+30min", "+30 分钟", "+30 min"},
        {"+30 分钟", K::Relative, 30, 0, "+30min", "+30 分钟", "+30 min"},
        {"+2 hours", K::Relative, 120, 0, "+2h", "+2 小时", "+2 h"},
        {"+90 minutes", K::Relative, 90, 0, "+90min", "+90 分钟", "+90 min"},
        {"+1 天", K::Relative, 1440, 0, "+1d", "+1 天", "+1 d"},
        {"+72h", K::Relative, 4320, 0, "+3d", "+3 天", "+3 d"},
        {"前一日 18:00", K::Clock, 1080, -1, "D-1 18:00", "前一日 18:00", "18:00 the day before"},
        {"18:00 the day before", K::Clock, 1080, -1, "D-1 18:00", "前一日 18:00", "18:00 the day before"},
        {"D-1 18:00", K::Clock, 1080, -1, "D-1 18:00", "前一日 18:00", "18:00 the day before"},
        {"次日 9:30", K::Clock, 570, 1, "D+1 09:30", "次日 09:30", "09:30 the next day"},
        {"当日 16:00", K::Clock, 960, 0, "D+0 16:00", "当日 16:00", "16:00 the same day"},
        {"16:00", K::Clock, 960, 0, "D+0 16:00", "当日 16:00", "16:00 the same day"},
        {"第 3 日 08:00", K::Clock, 480, 3, "D+3 08:00", "第 3 日 08:00", "08:00, 3 days after"},
        {"08:00, 2 days before", K::Clock, 480, -2, "D-2 08:00", "前 2 日 08:00", "08:00, 2 days before"},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        auto d = parse_deadline(c.text);
        REQUIRE(d);
        CHECK(d->kind == c.kind);
        CHECK(d->minutes == c.minutes);
        CHECK(d->day == c.day);
        CHECK(deadline_token(*d) == c.token);
        CHECK(deadline_text(*d, Lang::Zh) == c.zh);
        CHECK(deadline_text(*d, Lang::En) == c.en);
        CHECK(parse_deadline(deadline_text(*d, Lang::Zh)) == d);  // what is printed reads back
        CHECK(parse_deadline(deadline_text(*d, Lang::En)) == d);
    }
    CHECK(parse_deadline("")->empty());
    for (const char* bad : {"+0min", "+30", "+30 weeks", "30 分钟", "24:00", "前一日 18:60", "D-400 10:00", "+400d",
                            "soon", "+99999999min"}) {
        INFO(bad);
        CHECK_FALSE(parse_deadline(bad));
    }
}

TEST_CASE("a version 3 document loads its layers, handoffs and promise and saves them back as version 4") {
    const std::string text = read_fixture("water_heater.v3.blueprint.json");
    LoadResult r = load_blueprint(text);
    REQUIRE(r.ok());
    CHECK(r.migrated_from == 3);
    const Blueprint& b = r.blueprint();
    const Circle& c = b.circles.at(0);
    REQUIRE(c.promise);
    CHECK(c.promise->text == "当日 16:00 前下单,承诺次日安装");
    CHECK(deadline_token(c.promise->budget) == "D+1 18:00");
    CHECK(deadline_token(c.promise->starts_by) == "D+0 16:00");
    const Touchpoint& schedule = c.touchpoints.at(1);
    REQUIRE(schedule.activities.size() == 5);
    CHECK(schedule.activities[2].id.value == "a-wh-order");
    CHECK(schedule.activities[2].role.value == "r-promoter");
    CHECK(schedule.activities[4].layer == Layer::Support);
    CHECK(schedule.activities[4].system == "派工系统");
    CHECK(c.touchpoints.at(5).recovery.value == "c-wh-exception");
    const Handoff& stock = c.handoffs.at(2);
    CHECK(stock.id.value == "h-wh-stock");
    CHECK(stock.from.value == "a-wh-stock");
    CHECK(stock.to.value == "a-wh-collect");
    CHECK(stock.items.at(0).kind == ItemKind::Goods);
    CHECK(stock.medium == Medium::InPerson);
    CHECK(deadline_text(stock.deadline, Lang::Zh) == "前一日 18:00");
    CHECK(stock.standard.value == "st-wh-stock");
    CHECK(stock.breaks_chain);
    CHECK(check_invariants(b).empty());
    CHECK(as_format_3(save_blueprint(b)) == text);
}

TEST_CASE("version 2 migrates: a touchpoint's role becomes its activity, a mitigation naming a circle exactly a link") {
    const std::string v2 = R"({"format": "service-blueprint", "format_version": 2, "id": "b", "name": "n",
        "roles": [{"id": "r-1", "name": "安装工"}],
        "circles": [
          {"id": "c-main", "name": "安装", "touchpoints": [
            {"id": "t-1", "name": "勘察", "role": "r-1", "lane": "backstage", "fail_point": true, "mitigation": "异常处理"},
            {"id": "t-2", "name": "安装", "role": "r-1", "fail_point": true, "mitigation": "转入“异常处理”服务圈"},
            {"id": "t-3", "name": "顾客自助", "fail_point": true, "mitigation": "安装"}]},
          {"id": "c-ex", "name": "异常处理", "touchpoints": []}]})";
    LoadResult r = load_blueprint(v2);
    REQUIRE(r.ok());
    CHECK(r.migrated_from == 2);
    const Blueprint& b = r.blueprint();
    const auto& tps = b.circles[0].touchpoints;
    REQUIRE(tps[0].activities.size() == 1);
    CHECK(tps[0].activities[0].id.value == "act-1");
    CHECK(tps[0].activities[0].role.value == "r-1");
    CHECK(tps[0].activities[0].layer == Layer::Backstage);  // it sat behind the line of visibility
    CHECK(tps[0].activities[0].name == "勘察");
    CHECK(tps[1].activities.at(0).layer == Layer::Frontstage);
    CHECK(tps[2].activities.empty());  // no role, no activity
    CHECK(tps[0].role.value == "r-1");  // the owner of the moment stays
    CHECK(tps[0].recovery.value == "c-ex");  // exactly the name: a link
    CHECK(tps[0].mitigation.empty());
    CHECK(tps[1].recovery.empty());  // names it inside other words: stays text
    CHECK(tps[1].mitigation == "转入“异常处理”服务圈");
    CHECK(tps[2].recovery.empty());  // its own circle's name is no recovery
    CHECK(check_invariants(b).empty());

    size_t as_text = 0, unlinked = 0;
    for (const Finding& f : lint(b)) {
        if (f.rule == "process.recovery-as-text") {
            ++as_text;
            CHECK(f.element == ElementId(TouchpointId("t-2")));
        }
        if (f.rule == "process.fail-point-without-recovery-circle") ++unlinked;
    }
    CHECK(as_text == 1);
    CHECK(unlinked == 2);  // t-2 and t-3: the blueprint has a recovery circle now

    // Saved, it is the current version and loads again unchanged.
    const std::string saved = save_blueprint(b);
    CHECK(saved.find("\"format_version\": 4,") != std::string::npos);
    LoadResult again = load_blueprint(saved);
    REQUIRE(again.ok());
    CHECK(again.migrated_from == 0);
    CHECK(save_blueprint(again.blueprint()) == saved);
}

TEST_CASE("version 1 migrates through version 2 to 3") {
    LoadResult r = load_blueprint(read_fixture("water_heater.v1.blueprint.json"));
    REQUIRE(r.ok());
    CHECK(r.migrated_from == 1);
    const auto& tps = r.blueprint().circles[0].touchpoints;
    REQUIRE(tps[0].activities.size() == 1);
    CHECK(tps[0].activities[0].role == tps[0].role);
    CHECK(check_invariants(r.blueprint()).empty());
}

TEST_CASE("format 2 files cannot hold format 3 fields") {
    const std::string text = R"({"format": "service-blueprint", "format_version": 2, "id": "b", "name": "n",
        "circles": [{"id": "c", "name": "c", "handoffs": []}]})";
    LoadError e = error_of(text);
    CHECK(e.path == "circles[0].handoffs");
    CHECK(e.message_en.find("unknown field \"handoffs\"") != std::string::npos);
    CHECK(json::field_names<Touchpoint>(3).size() == json::field_names<Touchpoint>(2).size() + 2);
    CHECK(json::field_names<Circle>(3).size() == json::field_names<Circle>(2).size() + 2);
}

TEST_CASE("the loader says where a handoff points wrong, with path and line:column, in both languages") {
    SECTION("a missing activity") {
        const std::string text = edited("\"to\": \"a-wh-collect\"", "\"to\": \"a-wh-nowhere\"");
        LoadError e = error_of(text);
        CHECK(e.path == "circles[0].handoffs[2].to");
        CHECK(e.line == line_of(text, "\"to\": \"a-wh-nowhere\""));
        CHECK(e.column > 0);
        CHECK(e.message_en.find("refers to \"a-wh-nowhere\", which is no element of this document; expected the id of an activity") !=
              std::string::npos);
        CHECK(e.message_zh.find("不在本文档中；应为活动的 id") != std::string::npos);
    }
    SECTION("an element of another kind") {
        LoadError e = error_of(edited("\"to\": \"a-wh-collect\"", "\"to\": \"tp-wh-pickup\""));
        CHECK(e.path == "circles[0].handoffs[2].to");
        CHECK(e.message_en.find("which is a touchpoint, not an activity") != std::string::npos);
    }
    SECTION("an activity of another circle") {
        LoadError e = error_of(edited("\"to\": \"a-wh-collect\"", "\"to\": \"a-wh-ex-swap\""));
        CHECK(e.path == "circles[0].handoffs[2].to");
        CHECK(e.message_en.find("of another circle (circles[1].touchpoints[1].activities[0])") != std::string::npos);
    }
    SECTION("a handoff to itself") {
        LoadError e = error_of(edited("\"to\": \"a-wh-collect\"", "\"to\": \"a-wh-stock\""));
        CHECK(e.path == "circles[0].handoffs[2].to");
        CHECK(e.message_en.find("to itself") != std::string::npos);
    }
    SECTION("a cycle") {
        // h-wh-go runs survey → install; pointing it back at the delivery closes deliver → survey → deliver.
        LoadError e = error_of(edited("\"to\": \"a-wh-install\"", "\"to\": \"a-wh-deliver\""));
        CHECK(e.path.rfind("circles[0].handoffs[", 0) == 0);
        CHECK(e.message_en.find("closes a cycle") != std::string::npos);
        CHECK(e.message_zh.find("循环") != std::string::npos);
    }
    SECTION("a recovery link to a missing circle, and a standard that is not one") {
        LoadError r = error_of(edited("\"recovery\": \"c-wh-exception\",\n          \"key_factors\": [\n            {\n"
                                      "              \"id\": \"kf-wh-safety\"",
                                      "\"recovery\": \"c-none\",\n          \"key_factors\": [\n            {\n"
                                      "              \"id\": \"kf-wh-safety\""));
        CHECK(r.path == "circles[0].touchpoints[5].recovery");
        CHECK(r.message_en.find("expected the id of a circle") != std::string::npos);
        LoadError s = error_of(edited("\"standard\": \"st-wh-stock\"", "\"standard\": \"kf-wh-stock\""));
        CHECK(s.path == "circles[0].handoffs[2].standard");
        CHECK(s.message_en.find("which is a key factor, not a standard") != std::string::npos);
    }
    SECTION("a deadline that is not one") {
        const std::string text = edited("\"deadline\": \"D-1 18:00\"", "\"deadline\": \"before tea\"");
        LoadError e = error_of(text);
        CHECK(e.path == "circles[0].handoffs[2].deadline");
        CHECK(e.line == line_of(text, "before tea"));
        CHECK(e.message_en.find("expected a deadline such as \"+30min\"") != std::string::npos);
        CHECK(e.message_en.find("found \"before tea\"") != std::string::npos);
        CHECK(e.message_zh.find("应为时限") != std::string::npos);
    }
    SECTION("a handoff without its start, an activity without a layer, a duplicate activity id") {
        LoadError from = error_of(edited("\"from\": \"a-wh-stock\",", ""));
        CHECK(from.path == "circles[0].handoffs[2]");
        CHECK(from.message_en == "missing required field \"from\"");
        LoadError layer = error_of(edited("\"id\": \"a-wh-collect\",\n              \"layer\": \"backstage\",",
                                          "\"id\": \"a-wh-collect\","));
        CHECK(layer.message_en == "missing required field \"layer\"");
        LoadError dup = error_of(edited("\"id\": \"a-wh-collect\"", "\"id\": \"a-wh-stock\""));
        CHECK(dup.path == "circles[0].touchpoints[2].activities[1].id");
        CHECK(dup.message_en.find("already used by circles[0].touchpoints[2].activities[0]") != std::string::npos);
    }
}
