// The blueprint document on disk: every format version loads, migrates and saves back to the same bytes.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "blueprint/json_io.h"
#include "blueprint/json_rapidjson.h"
#include "fixtures.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

using namespace bp;

namespace {
Blueprint load_ok(std::string_view text) {
    LoadResult r = load_blueprint(text);
    INFO((r.ok() ? std::string() : r.error().describe(bp::Lang::En)));
    REQUIRE(r.ok());
    return r.blueprint();
}

const Standard& standard(const Blueprint& b, int c, int t, int k, int s) {
    return b.circles.at(c).touchpoints.at(t).key_factors.at(k).standards.at(s);
}
}  // namespace

TEST_CASE("a version 2 document loads every field and saves as its migrated fixture (in the current version)") {
    std::string text = read_fixture("water_heater.v2.blueprint.json");
    LoadResult r = load_blueprint(text);
    REQUIRE(r.ok());
    CHECK(r.migrated_from == 2);
    const Blueprint& b = r.blueprint();

    CHECK(b.id.value == "bp-water-heater");
    CHECK(b.industry == "家电零售");
    REQUIRE(b.roles.size() == 3);
    CHECK(b.roles[1].name == "安装工");
    CHECK(b.roles[1].name_en == "Installer");
    REQUIRE(b.circles.size() == 2);
    CHECK(b.circles[0].position == Vec2{120.5, -40});
    CHECK(b.circles[0].radius == 300);
    CHECK(b.circles[1].touchpoints.empty());

    const Touchpoint& call = b.circles[0].touchpoints[0];
    CHECK(call.role.value == "role-service");
    CHECK(call.channel == Channel::Phone);
    CHECK(call.feeling == -1);
    CHECK(call.duration_minutes == 3.5);
    CHECK(call.wait_point);
    CHECK(call.mitigation == "占线时回拨");
    const KeyFactor& answer = call.key_factors[0];
    CHECK(answer.dimension == Dimension::Responsiveness);
    CHECK(answer.importance == 5);
    REQUIRE(answer.card_offset);
    CHECK(*answer.card_offset == Vec2{40, -25.25});
    CHECK_FALSE(call.key_factors[1].card_offset);

    const Standard& courtesy = standard(b, 0, 0, 0, 1);
    CHECK(courtesy.type == StandardType::Soft);
    CHECK(courtesy.target.comparator == Comparator::AtLeast);
    CHECK(courtesy.target.value == 4.5);
    CHECK(courtesy.target.compliance == 0.9);
    CHECK(courtesy.target.aggregation == Aggregation::Average);
    CHECK(courtesy.target.survey_question == "接线员是否礼貌？");
    CHECK(courtesy.measurement.method == Method::Survey);
    CHECK(courtesy.measurement.frequency == Frequency::Monthly);
    CHECK(standard(b, 0, 0, 0, 0).customer_visible);
    CHECK(standard(b, 0, 0, 0, 0).agreed_with_staff);
    CHECK(standard(b, 0, 1, 0, 0).review_by == "2024-02-29");
    CHECK_FALSE(standard(b, 0, 1, 0, 1).target.value);

    CHECK(as_format_3(save_blueprint(b)) == read_fixture("water_heater.v2-as-v3.blueprint.json"));
}

// Format 3 (number sources, acknowledgements) ------------------------------------------------------
TEST_CASE("a version 3 document loads number sources and acknowledgements and saves them back as version 4") {
    const std::string text = read_fixture("water_heater.v3-sources.blueprint.json");
    LoadResult r = load_blueprint(text);
    REQUIRE(r.ok());
    CHECK(r.migrated_from == 3);
    const Blueprint& b = r.blueprint();
    CHECK(standard(b, 0, 0, 0, 0).number_source == NumberSource::Customer);
    CHECK(standard(b, 0, 0, 0, 0).number_basis == "接通前不超过三声");
    CHECK(standard(b, 0, 0, 0, 1).number_source == NumberSource::Seed);
    CHECK(standard(b, 0, 0, 0, 1).number_basis == "003 客户投诉处理 1H");
    CHECK(standard(b, 0, 1, 0, 0).number_source == NumberSource::Suggested);
    CHECK(standard(b, 0, 1, 0, 1).number_source == NumberSource::Unset);
    REQUIRE(b.acknowledgements.size() == 2);
    CHECK(b.acknowledgements[0].rule == "coverage.touchpoint-without-key-factor");
    CHECK(b.acknowledgements[0].element == "tp-leaflet");
    CHECK(b.acknowledgements[0].note == "说明书由厂家提供，不设标准");
    CHECK(b.acknowledgements[1].element == "st-gone");  // stale: kept until the user drops it
    CHECK(as_format_3(save_blueprint(b)) == text);
}

TEST_CASE("a version 2 document migrates to version 3: numbers not stated, nothing acknowledged") {
    Blueprint v2 = load_ok(read_fixture("water_heater.v2.blueprint.json"));
    for (const auto& c : v2.circles)
        for (const auto& t : c.touchpoints)
            for (const auto& k : t.key_factors)
                for (const auto& s : k.standards) {
                    CHECK(s.number_source == NumberSource::Unset);
                    CHECK(s.number_basis.empty());
                }
    CHECK(v2.acknowledgements.empty());
    const std::string saved = save_blueprint(v2);
    CHECK(saved.find("\"format_version\": 4,") != std::string::npos);
    LoadResult again = load_blueprint(saved);
    REQUIRE(again.ok());
    CHECK(again.migrated_from == 0);
    CHECK(save_blueprint(again.blueprint()) == saved);

    // The v3-sources fixture is the v2 fixture (migrated) plus its number sources and acknowledgements, nothing else.
    Blueprint v3 = load_ok(read_fixture("water_heater.v3-sources.blueprint.json"));
    Blueprint migrated = v2;
    for (int c = 0; c < (int)v3.circles.size(); ++c)
        for (int t = 0; t < (int)v3.circles[c].touchpoints.size(); ++t)
            for (int k = 0; k < (int)v3.circles[c].touchpoints[t].key_factors.size(); ++k)
                for (int s = 0; s < (int)v3.circles[c].touchpoints[t].key_factors[k].standards.size(); ++s) {
                    Standard& m = migrated.circles[c].touchpoints[t].key_factors[k].standards[s];
                    m.number_source = standard(v3, c, t, k, s).number_source;
                    m.number_basis = standard(v3, c, t, k, s).number_basis;
                }
    migrated.acknowledgements = v3.acknowledgements;
    CHECK(as_format_3(save_blueprint(migrated)) == read_fixture("water_heater.v3-sources.blueprint.json"));
}

TEST_CASE("version 3 fields are refused in older versions, and bad ones are reported with their path") {
    const std::string v2 = read_fixture("water_heater.v2.blueprint.json");
    std::string with_source = v2;
    with_source.replace(with_source.find("\"approved\": false"), 17, "\"approved\": false, \"number_source\": \"seed\"");
    LoadResult early = load_blueprint(with_source);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message_en.find("unknown field \"number_source\"") != std::string::npos);

    std::string v3 = read_fixture("water_heater.v3-sources.blueprint.json");
    std::string bad_source = v3;
    bad_source.replace(bad_source.find("\"customer\""), 10, "\"client\"");
    LoadResult r = load_blueprint(bad_source);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().path == "circles[0].touchpoints[0].key_factors[0].standards[0].number_source");
    CHECK(r.error().message_en.find("customer") != std::string::npos);

    std::string no_rule = v3;
    no_rule.replace(no_rule.find("\"rule\": \"coverage"), 8, "\"rules\":");
    LoadResult r2 = load_blueprint(no_rule);
    REQUIRE_FALSE(r2.ok());
    CHECK(r2.error().path.find("acknowledgements[0]") == 0);
}

TEST_CASE("a version 1 document migrates: role names become a roles table, percentages become shares") {
    LoadResult r = load_blueprint(read_fixture("water_heater.v1.blueprint.json"));
    REQUIRE(r.ok());
    CHECK(r.migrated_from == 1);
    const Blueprint& b = r.blueprint();

    // One role per distinct name, ids in order of first use.
    REQUIRE(b.roles.size() == 2);
    CHECK(b.roles[0].id.value == "role-1");
    CHECK(b.roles[0].name == "客服");
    CHECK(b.roles[1].id.value == "role-2");
    CHECK(b.roles[1].name == "安装工");
    CHECK(b.circles[0].touchpoints[0].role.value == "role-1");
    CHECK(b.circles[0].touchpoints[1].role.value == "role-2");
    CHECK(b.circles[0].touchpoints[2].role.empty());
    CHECK(standard(b, 0, 0, 0, 0).owner.value == "role-1");
    CHECK(standard(b, 0, 1, 0, 0).owner.value == "role-2");
    CHECK(standard(b, 0, 1, 0, 1).owner.empty());

    CHECK(standard(b, 0, 0, 0, 0).target.compliance == 0.95);
    CHECK(standard(b, 0, 0, 0, 1).target.compliance == 0.9);
    CHECK(standard(b, 0, 1, 0, 0).target.compliance == 0.98);

    // Saved as the current version, it reloads without migration into the same document.
    std::string saved = save_blueprint(b);
    CHECK(saved.find("\"format_version\": 4,") != std::string::npos);
    LoadResult again = load_blueprint(saved);
    REQUIRE(again.ok());
    CHECK(again.migrated_from == 0);
    CHECK(save_blueprint(again.blueprint()) == saved);

    // Everything but the roles table matches the same blueprint written as version 2.
    Blueprint v2 = load_ok(read_fixture("water_heater.v2.blueprint.json"));
    Blueprint migrated = b;
    auto rename = [](RoleId& id) {
        if (id.value == "role-1") id = RoleId("role-service");
        if (id.value == "role-2") id = RoleId("role-installer");
    };
    for (auto& c : migrated.circles)
        for (auto& t : c.touchpoints) {
            rename(t.role);
            for (auto& a : t.activities) rename(a.role);  // format 3: the role's activity
            for (auto& k : t.key_factors)
                for (auto& s : k.standards) rename(s.owner);
        }
    migrated.roles = v2.roles;
    CHECK(save_blueprint(migrated) == save_blueprint(v2));
}

TEST_CASE("version 1 migration gives each name one role and never reuses an id already in the document") {
    std::string text = R"({"format": "service-blueprint", "format_version": 1, "id": "role-1", "name": "b",
      "circles": [{"id": "role-2", "name": "c", "touchpoints": [
        {"id": "t1", "name": "a", "role": "安装工"},
        {"id": "t2", "name": "b", "role": "安装工",
         "key_factors": [{"id": "k", "name": "k", "standards": [{"id": "s", "statement": "s", "type": "hard",
           "owner": "客服"}]}]}]}]})";
    Blueprint b = load_ok(text);
    REQUIRE(b.roles.size() == 2);
    CHECK(b.roles[0].id.value == "role-3");
    CHECK(b.roles[0].name == "安装工");
    CHECK(b.roles[1].id.value == "role-4");
    CHECK(b.circles[0].touchpoints[0].role == b.circles[0].touchpoints[1].role);
    CHECK(standard(b, 0, 1, 0, 0).owner.value == "role-4");
}

TEST_CASE("saving is deterministic, pretty-printed with two spaces, in field order, ending with a newline") {
    Blueprint b = load_ok(read_fixture("water_heater.v2.blueprint.json"));
    std::string first = save_blueprint(b);
    Blueprint copy = b;
    CHECK(save_blueprint(copy) == first);
    CHECK(first.back() == '\n');
    CHECK(first.rfind("{\n  \"format\": \"service-blueprint\",\n  \"format_version\": 4,\n  \"id\"", 0) == 0);
    CHECK(first.find("\"channel\": \"phone\"") != std::string::npos);  // enums as tokens, not numbers
    CHECK(first.find("\"radius\": 300,") != std::string::npos);          // whole numbers without ".0"
    CHECK(first.find("\"x\": 120.5,") != std::string::npos);
    CHECK(first.find("\t") == std::string::npos);
    // Fields in the documented order at the top level.
    size_t last = 0;
    for (const char* field : {"\"format\"", "\"format_version\"", "\"id\"", "\"name\"", "\"description\"",
                              "\"industry\"", "\"language\"", "\"roles\"", "\"circles\""}) {
        size_t at = first.find(std::string("\n  ") + field);
        REQUIRE(at != std::string::npos);
        CHECK(at >= last);
        last = at;
    }
}

// The saver writes its own pretty JSON for speed; the files it writes must stay the bytes RapidJSON's pretty
// writer wrote (two-space indent, every significant digit), which this parse and rewrite reproduces.
std::string rewritten_by_rapidjson(const std::string& text) {
    rapidjson::Document doc;
    doc.Parse<rapidjson::kParseFullPrecisionFlag>(text.data(), text.size());
    REQUIRE_FALSE(doc.HasParseError());
    rapidjson::StringBuffer buffer;
    rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(buffer);
    writer.SetIndent(' ', 2);
    writer.SetMaxDecimalPlaces(324);
    doc.Accept(writer);
    return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

TEST_CASE("saving writes the bytes RapidJSON's pretty writer writes: escapes, numbers, empty containers, Chinese") {
    for (const char* fixture : {"water_heater.v2.blueprint.json", "water_heater.v4-results.blueprint.json",
                                "water_heater.v4-trainer.blueprint.json"}) {
        const std::string saved = save_blueprint(load_ok(read_fixture(fixture)));
        CHECK(saved == rewritten_by_rapidjson(saved));
    }
    Blueprint b = load_ok(read_fixture("water_heater.v2.blueprint.json"));
    std::string every_control;
    for (char c = 1; c < 0x20; ++c) every_control += c;
    b.description = "引号\"反斜杠\\斜杠/ tab\t 换行\n" + every_control + "\x7f 末尾";
    b.circles[0].position = {0.1, -1e-7};
    b.circles[0].radius = 123456.789012345;
    b.circles[1].touchpoints.clear();  // an empty array
    const std::string saved = save_blueprint(b);
    CHECK(saved.find("\\u001F") != std::string::npos);
    CHECK(saved.find("\"touchpoints\": []") != std::string::npos);
    CHECK(saved == rewritten_by_rapidjson(saved));
    CHECK(save_blueprint(load_ok(saved)) == saved);
}

TEST_CASE("only the required fields: everything else takes the model's defaults") {
    Blueprint b = load_ok(R"({"format": "service-blueprint", "format_version": 2, "id": "b", "name": "n",
      "circles": [{"id": "c", "name": "c", "touchpoints": [{"id": "t", "name": "t",
        "key_factors": [{"id": "k", "name": "k", "standards": [{"id": "s", "statement": "s", "type": "soft"}]}]}]}]})");
    Blueprint defaults;
    CHECK(b.language == defaults.language);
    CHECK(b.roles.empty());
    const Circle& c = b.circles[0];
    CHECK(c.radius == Circle{}.radius);
    CHECK(c.position == Vec2{});
    const Touchpoint& t = c.touchpoints[0];
    CHECK(t.channel == Touchpoint{}.channel);
    CHECK(t.lane == Touchpoint{}.lane);
    const KeyFactor& k = t.key_factors[0];
    CHECK(k.importance == KeyFactor{}.importance);
    CHECK_FALSE(k.card_offset);
    const Standard& s = k.standards[0];
    CHECK(s.type == StandardType::Soft);
    CHECK(s.target.compliance == Target{}.compliance);
    CHECK_FALSE(s.target.value);
    CHECK(s.measurement.method == Measurement{}.method);
}

TEST_CASE("lenient spellings that mean the same: null card offset, 3.0 for 3, a UTF-8 byte order mark") {
    std::string text = "\xEF\xBB\xBF" R"({"format": "service-blueprint", "format_version": 2, "id": "b", "name": "n",
      "circles": [{"id": "c", "name": "c", "touchpoints": [{"id": "t", "name": "t", "feeling": -2.0,
        "key_factors": [{"id": "k", "name": "k", "importance": 4.0, "card_offset": null}]}]}]})";
    Blueprint b = load_ok(text);
    CHECK(b.circles[0].touchpoints[0].feeling == -2);
    CHECK(b.circles[0].touchpoints[0].key_factors[0].importance == 4);
    CHECK_FALSE(b.circles[0].touchpoints[0].key_factors[0].card_offset);
}

TEST_CASE("a model built in code saves and reloads identically and values the loader refuses are saved loadably") {
    Blueprint b;
    b.id = BlueprintId("b");
    b.name = "新蓝图";
    Circle c;
    c.id = CircleId("c");
    c.name = "圈";
    c.position = Vec2{1e-7, 123456789.125};
    c.radius = std::numeric_limits<double>::infinity();
    Touchpoint t;
    t.id = TouchpointId("t");
    t.name = "引号\"与\\反斜杠\n换行\x01";
    t.duration_minutes = std::numeric_limits<double>::quiet_NaN();
    t.feeling = 7;
    KeyFactor k;
    k.id = KeyFactorId("k");
    k.name = "k";
    k.card_offset = Vec2{-0.1, 0.3};
    Standard s;
    s.id = StandardId("s");
    s.statement = "s";
    s.target.value = std::numeric_limits<double>::quiet_NaN();
    s.target.compliance = 95;
    s.review_by = "2025-06";  // half typed
    k.standards.push_back(s);
    t.key_factors.push_back(k);
    c.touchpoints.push_back(t);
    b.circles.push_back(c);

    std::string saved = save_blueprint(b);
    LoadResult r = load_blueprint(saved);
    INFO(saved);
    REQUIRE(r.ok());
    const Blueprint& back = r.blueprint();
    CHECK(back.circles[0].position == c.position);
    CHECK(back.circles[0].touchpoints[0].name == t.name);
    CHECK(*back.circles[0].touchpoints[0].key_factors[0].card_offset == Vec2{-0.1, 0.3});
    CHECK(back.circles[0].radius == Circle{}.radius);
    CHECK(back.circles[0].touchpoints[0].duration_minutes == 0);
    CHECK(back.circles[0].touchpoints[0].feeling == 2);
    const Standard& s_back = back.circles[0].touchpoints[0].key_factors[0].standards[0];
    CHECK_FALSE(s_back.target.value);
    CHECK(s_back.target.compliance == 1);
    CHECK(s_back.review_by.empty());
    CHECK(save_blueprint(back) == saved);
}

TEST_CASE("files: save writes through a temporary and load reads it back") {
    Blueprint b = load_ok(read_fixture("water_heater.v3.blueprint.json"));
    std::string path = std::string(BP_BINARY_DIR) + "/test_json_roundtrip.blueprint.json";
    std::string error;
    REQUIRE(save_blueprint_file(b, path, &error));
    CHECK_FALSE(std::ifstream(path + ".saving"));
    LoadResult r = load_blueprint_file(path);
    REQUIRE(r.ok());
    CHECK(as_format_3(save_blueprint(r.blueprint())) == read_fixture("water_heater.v3.blueprint.json"));

    CHECK_FALSE(save_blueprint_file(b, std::string(BP_BINARY_DIR) + "/no/such/folder/x.json", &error));
    CHECK(error.find("cannot write") != std::string::npos);
    LoadResult missing = load_blueprint_file(std::string(BP_BINARY_DIR) + "/no/such/file.json");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message_en.find("cannot open the file") != std::string::npos);
    CHECK(missing.error().message_zh.find("无法打开文件") != std::string::npos);
}
