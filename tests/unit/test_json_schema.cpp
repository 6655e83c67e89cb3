// The file format is described once (blueprint/json_schema.h): what the saver writes, the field lists the
// reader checks against and the shapes the parser keeps all come from that one description.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "blueprint/json_io.h"
#include "blueprint/json_validate.h"

using namespace bp;

namespace {
std::vector<std::string_view> keys(const rapidjson::Value& object) {
    std::vector<std::string_view> out;
    for (const auto& m : object.GetObject()) out.emplace_back(m.name.GetString(), m.name.GetStringLength());
    return out;
}
}  // namespace

TEST_CASE("the saver writes each object's fields exactly as the format's field lists name them, in order") {
    std::ifstream in(std::string(BP_SOURCE_DIR) + "/tests/fixtures/water_heater.v3.blueprint.json", std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    LoadResult r = load_blueprint(text.str());
    REQUIRE(r.ok());
    Blueprint doc = r.blueprint();
    doc.circles[0].touchpoints[0].key_factors[0].card_offset = Vec2{1, 2};
    doc.circles[0].touchpoints[0].key_factors[1].card_offset.reset();
    // Format 4: a scored standard with a target history, and results.
    Standard& first = doc.circles[0].touchpoints[0].key_factors[0].standards[0];
    first.scoring = Scoring{};
    first.target_history.push_back(TargetChange{"2026-01-01", 0.9, 4.0, "why"});
    doc.results = Results{{"2026-11"}, {"A"}, {ResultSeries{first.id, {ResultCell{0, 0, 2, 1, 0, 0}}}}};
    std::string saved = save_blueprint(doc);
    rapidjson::Document d;
    d.Parse(saved.data(), saved.size());
    REQUIRE_FALSE(d.HasParseError());

    using json::field_names;
    CHECK(keys(d) == field_names<Blueprint>());
    CHECK(keys(d["roles"][0]) == field_names<Role>());
    const auto& circle = d["circles"][0];
    CHECK(keys(circle) == field_names<Circle>());
    CHECK(keys(circle["position"]) == field_names<Vec2>());
    const auto& touchpoint = circle["touchpoints"][0];
    CHECK(keys(touchpoint) == field_names<Touchpoint>());
    CHECK(keys(touchpoint["key_factors"][0]) == field_names<KeyFactor>());  // with its card_offset
    std::vector<std::string_view> without_offset = field_names<KeyFactor>();
    without_offset.erase(std::find(without_offset.begin(), without_offset.end(), "card_offset"));
    CHECK(keys(touchpoint["key_factors"][1]) == without_offset);  // card_offset is left out when unset
    const auto& standard = touchpoint["key_factors"][0]["standards"][0];
    CHECK(keys(standard) == field_names<Standard>());
    CHECK(keys(standard["target"]) == field_names<Target>());
    CHECK(keys(standard["measurement"]) == field_names<Measurement>());
    // Format 3: the layers (the fixture's circles have promises; its touchpoints activities and handoffs).
    CHECK(keys(circle["promise"]) == field_names<Promise>());
    CHECK(keys(touchpoint["activities"][0]) == field_names<Activity>());
    CHECK(keys(circle["handoffs"][0]) == field_names<Handoff>());
    CHECK(keys(circle["handoffs"][0]["items"][0]) == field_names<HandoffItem>());
    // Format 4: scoring, target history and results.
    CHECK(keys(standard["scoring"]) == field_names<Scoring>());
    CHECK(keys(standard["scoring"]["sample"]) == field_names<SamplePlan>());
    CHECK(keys(standard["target_history"][0]) == field_names<TargetChange>());
    CHECK(keys(d["results"]) == field_names<Results>());
    CHECK(keys(d["results"]["series"][0]) == field_names<ResultSeries>());
}

TEST_CASE("format 1 has no roles table — every other list is the same in both versions") {
    std::vector<std::string_view> v2 = json::field_names<Blueprint>(2), v1 = json::field_names<Blueprint>(1);
    CHECK(v2.size() == v1.size() + 1);
    v2.erase(std::find(v2.begin(), v2.end(), "roles"));
    CHECK(v1 == v2);
    CHECK(json::field_names<Touchpoint>(1) == json::field_names<Touchpoint>(2));
    LoadResult roles = load_blueprint(R"({"format": "service-blueprint", "format_version": 1, "id": "b",
                                          "name": "n", "roles": []})");
    REQUIRE_FALSE(roles.ok());
    CHECK(roles.error().path == "roles");
    CHECK(roles.error().message_en.find("unknown field \"roles\"") != std::string::npos);
}

TEST_CASE("the parser keeps objects and arrays only where the format has them") {
    const json::Shape& root = json::shape_of<Blueprint>();
    REQUIRE(root.find("circles"));
    CHECK(root.find("circles")->is_array);
    CHECK(root.find("circles")->child == &json::shape_of<Circle>());
    CHECK(root.find("roles"));
    CHECK_FALSE(root.find("description"));
    const json::Shape& key_factor = json::shape_of<KeyFactor>();
    REQUIRE(key_factor.find("card_offset"));
    CHECK_FALSE(key_factor.find("card_offset")->is_array);
    CHECK(key_factor.find("card_offset")->child == &json::shape_of<Vec2>());
    CHECK(json::shape_of<Target>().containers.empty());
}
