// The bundled samples (assets/samples/): each loads, lints to exactly the findings we intend, converts
// and exports; circles are laid out without overlapping.
#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <rapidjson/document.h>

#include "blueprint/convert.h"
#include "blueprint/edit.h"
#include "blueprint/export.h"
#include "blueprint/json_io.h"
#include "blueprint/lint.h"

using namespace bp;

namespace {

const std::string kSamplesDir = std::string(BP_SOURCE_DIR) + "/assets/samples";

// The lint rule ids each sample is meant to show, with `today` fixed so review dates stay in the future.
// front-desk-reception keeps one key factor without a standard so Convert has something to do.
const std::map<std::string, std::multiset<std::string>> kIntendedFindings = {
    {"water-heater-installation", {}},
    {"complaint-handling", {}},
    {"front-desk-reception", {"coverage.key-factor-without-standard"}},
    {"hotel-check-in", {}},
    {"tcm-clinic-visit", {}},  // seed 000, with its layers, handoffs and promise
    {"home-design", {}},       // seed 004's roles handing work to each other
};

// The samples written in English; the others are Chinese.
const std::set<std::string> kEnglishSamples = {"hotel-check-in"};

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::string> sample_names() {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(kSamplesDir)) {
        const std::string file = entry.path().filename().string();
        const std::string suffix = ".blueprint.json";
        if (file.size() > suffix.size() && file.compare(file.size() - suffix.size(), suffix.size(), suffix) == 0)
            names.push_back(file.substr(0, file.size() - suffix.size()));
    }
    std::sort(names.begin(), names.end());
    return names;
}

Blueprint load_sample(const std::string& name) {
    const LoadResult r = load_blueprint(read(kSamplesDir + "/" + name + ".blueprint.json"));
    INFO(name << ": " << (r.ok() ? std::string() : r.error().describe(bp::Lang::En)));
    REQUIRE(r.ok());
    return r.blueprint();
}

LintOptions lint_options() {
    LintOptions o;
    o.today = "2026-06-01";
    return o;
}

}  // namespace

TEST_CASE("the three samples from the seeds are there, and every sample has its intended findings listed") {
    const auto names = sample_names();
    for (const char* required : {"water-heater-installation", "complaint-handling", "front-desk-reception"})
        CHECK(std::find(names.begin(), names.end(), required) != names.end());
    for (const auto& name : names) {
        INFO(name);
        CHECK(kIntendedFindings.count(name) == 1);
    }
}

TEST_CASE("every sample is a complete blueprint in its language with classified key factors") {
    for (const auto& name : sample_names()) {
        INFO(name);
        const Blueprint b = load_sample(name);
        CHECK(b.language == (kEnglishSamples.count(name) ? "en" : "zh-CN"));
        CHECK_FALSE(b.description.empty());
        CHECK_FALSE(b.industry.empty());
        REQUIRE(b.roles.size() >= 2);
        for (const Role& r : b.roles) CHECK_FALSE(r.name_en.empty());
        const Counts n = count(b);
        CHECK(n.touchpoints >= 6);
        CHECK(n.standards >= 10);
        bool hard = false, soft = false, visible = false;
        for (const Circle& c : b.circles) {
            CHECK(c.touchpoints.size() >= 4);
            for (const Touchpoint& t : c.touchpoints) {
                INFO(t.id.value);
                CHECK_FALSE(t.role.empty());
                CHECK_FALSE(t.key_factors.empty());
                for (const KeyFactor& k : t.key_factors) {
                    CHECK_FALSE(k.expectation.empty());
                    for (const Standard& s : k.standards) {
                        hard |= s.type == StandardType::Hard;
                        soft |= s.type == StandardType::Soft;
                        visible |= s.customer_visible;
                        CHECK(s.target.value.has_value());
                        CHECK_FALSE(s.target.metric.empty());
                        CHECK_FALSE(s.owner.empty());
                    }
                }
            }
        }
        CHECK(hard);
        CHECK(soft);
        CHECK(visible);
    }
}

TEST_CASE("sample circles do not overlap on the canvas") {
    for (const auto& name : sample_names()) {
        INFO(name);
        const Blueprint b = load_sample(name);
        for (size_t i = 0; i < b.circles.size(); ++i)
            for (size_t j = i + 1; j < b.circles.size(); ++j) {
                const Circle &a = b.circles[i], &c = b.circles[j];
                const double distance = std::hypot(a.position.x - c.position.x, a.position.y - c.position.y);
                // Room for the key-factor cards around each ring as well.
                CHECK(distance >= a.radius + c.radius + 100);
            }
    }
}

TEST_CASE("each sample lints to exactly the findings it is meant to show") {
    for (const auto& name : sample_names()) {
        INFO(name);
        std::multiset<std::string> rules;
        for (const Finding& f : lint(load_sample(name), lint_options())) rules.insert(f.rule);
        CHECK(rules == kIntendedFindings.at(name));
    }
}

TEST_CASE("converting a sample fills exactly the key factors without a standard and clears coverage findings") {
    for (const auto& name : sample_names()) {
        INFO(name);
        const Blueprint before = load_sample(name);
        Document doc{Blueprint(before)};
        EditPtr edit = convert_all(doc);
        size_t empty = 0;
        for (const Circle& c : before.circles)
            for (const Touchpoint& t : c.touchpoints)
                for (const KeyFactor& k : t.key_factors) empty += k.standards.empty();
        CHECK((edit != nullptr) == (empty > 0));
        if (edit) REQUIRE(doc.apply(std::move(edit)));
        const Blueprint& after = doc.model();
        CHECK(count(after).standards == count(before).standards + empty);
        for (size_t c = 0; c < after.circles.size(); ++c)
            for (size_t t = 0; t < after.circles[c].touchpoints.size(); ++t)
                for (size_t k = 0; k < after.circles[c].touchpoints[t].key_factors.size(); ++k) {
                    const KeyFactor& was = before.circles[c].touchpoints[t].key_factors[k];
                    const KeyFactor& now = after.circles[c].touchpoints[t].key_factors[k];
                    CHECK_FALSE(now.standards.empty());
                    if (!was.standards.empty()) CHECK(now.standards.size() == was.standards.size());
                }
        for (const Finding& f : lint(after, lint_options())) CHECK(f.rule != "coverage.key-factor-without-standard");
        CHECK(load_blueprint(save_blueprint(after)).ok());
    }
}

TEST_CASE("each sample exports standards as JSON, CSV and Markdown") {
    for (const auto& name : sample_names()) {
        INFO(name);
        const Blueprint b = load_sample(name);
        const size_t standards = count(b).standards;
        const std::string json = export_standards_json(b);
        rapidjson::Document d;
        d.Parse(json.data(), json.size());
        REQUIRE_FALSE(d.HasParseError());
        CHECK(d["standards"].Size() == standards);
        const std::string csv = export_standards_csv(b);
        size_t rows = 0;
        for (size_t p = csv.find("\r\n"); p != std::string::npos; p = csv.find("\r\n", p + 2)) ++rows;
        CHECK(rows == standards + 1);  // sample text has no line breaks inside cells
        const std::string md = export_standards_markdown(b);
        CHECK(md.find("# " + b.name) == 0);
        for (const Circle& c : b.circles) CHECK(md.find(c.name) != std::string::npos);
        CHECK(export_standards_json(b) == json);
    }
}

TEST_CASE("samples survive a save and load round trip unchanged") {
    for (const auto& name : sample_names()) {
        INFO(name);
        const std::string saved = save_blueprint(load_sample(name));
        const LoadResult again = load_blueprint(saved);
        REQUIRE(again.ok());
        CHECK(save_blueprint(again.blueprint()) == saved);
    }
}
